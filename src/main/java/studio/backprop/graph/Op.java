package studio.backprop.graph;

import java.util.List;

/**
 * What a node computes, with its value and its local partial derivatives side by side, as in
 * micrograd's engine. Operations take one or two operands ({@code x}, {@code y}); unary ones ignore
 * {@code y}. Nothing here throws: outside the domain the result is NaN or ±∞, and
 * {@link #whyNotFinite} says why in words a student can read.
 */
public enum Op {
    INPUT("input", 0, ""),
    CONST("const", 0, ""),
    /** {@code J = v}: the output is an earlier node under a new name. */
    IDENTITY("id", 1, "=") {
        @Override public double apply(double x, double y) { return x; }
        @Override public double partial(int slot, double x, double y, double value) { return 1; }
        @Override public String write(List<String> o) { return o.get(0); }
    },
    ADD("add", 2, "+") {
        @Override public double apply(double x, double y) { return x + y; }
        @Override public double partial(int slot, double x, double y, double value) { return 1; }
        @Override public String write(List<String> o) { return o.get(0) + " + " + o.get(1); }
    },
    SUB("sub", 2, "−") {
        @Override public double apply(double x, double y) { return x - y; }
        @Override public double partial(int slot, double x, double y, double value) { return slot == 0 ? 1 : -1; }
        @Override public String write(List<String> o) { return o.get(0) + " - " + o.get(1); }
    },
    MUL("mul", 2, "×") {
        @Override public double apply(double x, double y) { return x * y; }
        @Override public double partial(int slot, double x, double y, double value) { return slot == 0 ? y : x; }
        @Override public String write(List<String> o) { return o.get(0) + "·" + o.get(1); }
    },
    DIV("div", 2, "÷") {
        @Override public double apply(double x, double y) { return x / y; }
        @Override public double partial(int slot, double x, double y, double value) { return slot == 0 ? 1 / y : -x / (y * y); }
        @Override public String write(List<String> o) { return o.get(0) + "/" + o.get(1); }
        @Override String domainProblem(double x, double y) {
            return y == 0 ? (x == 0 ? "0/0 is undefined" : "division by zero") : null;
        }
    },
    POW("pow", 2, "^") {
        @Override public double apply(double x, double y) { return Math.pow(x, y); }
        @Override public double partial(int slot, double x, double y, double value) {
            if (slot == 0) return y == 0 ? 0 : y * Math.pow(x, y - 1);
            if (x > 0) return value * Math.log(x);
            return x == 0 && y > 0 ? 0 : Double.NaN;
        }
        @Override public String write(List<String> o) { return o.get(0) + "^" + o.get(1); }
        @Override String domainProblem(double x, double y) {
            if (x < 0 && y != Math.rint(y)) return "a negative number to a fractional power";
            return x == 0 && y < 0 ? "zero to a negative power (division by zero)" : null;
        }
        @Override String slopeProblem(int slot, double x, double y) {
            return slot == 1 && x < 0 ? "x^y has no real slope in y when x is negative" : super.slopeProblem(slot, x, y);
        }
    },
    NEG("neg", 1, "−") {
        @Override public double apply(double x, double y) { return -x; }
        @Override public double partial(int slot, double x, double y, double value) { return -1; }
        @Override public String write(List<String> o) { return "-" + o.get(0); }
    },
    EXP("exp", 1, "exp") {
        @Override public double apply(double x, double y) { return Math.exp(x); }
        @Override public double partial(int slot, double x, double y, double value) { return value; }
        @Override String domainProblem(double x, double y) {
            return x > 709 ? "exp(x) is too large for a double when x > 709.78" : null;
        }
    },
    LN("ln", 1, "ln") {
        @Override public double apply(double x, double y) { return Math.log(x); }
        @Override public double partial(int slot, double x, double y, double value) { return 1 / x; }
        @Override String domainProblem(double x, double y) {
            return x < 0 ? "ln of a negative number" : x == 0 ? "ln of zero is -∞" : null;
        }
    },
    SQRT("sqrt", 1, "√") {
        @Override public double apply(double x, double y) { return Math.sqrt(x); }
        @Override public double partial(int slot, double x, double y, double value) { return 0.5 / value; }
        @Override String domainProblem(double x, double y) {
            return x < 0 ? "square root of a negative number" : null;
        }
    },
    SIN("sin", 1, "sin") {
        @Override public double apply(double x, double y) { return Math.sin(x); }
        @Override public double partial(int slot, double x, double y, double value) { return Math.cos(x); }
    },
    COS("cos", 1, "cos") {
        @Override public double apply(double x, double y) { return Math.cos(x); }
        @Override public double partial(int slot, double x, double y, double value) { return -Math.sin(x); }
    },
    TAN("tan", 1, "tan") {
        @Override public double apply(double x, double y) { return Math.tan(x); }
        @Override public double partial(int slot, double x, double y, double value) { return 1 + value * value; }
    },
    TANH("tanh", 1, "tanh") {
        @Override public double apply(double x, double y) { return Math.tanh(x); }
        @Override public double partial(int slot, double x, double y, double value) { return 1 - value * value; }
    },
    SIGMOID("sigmoid", 1, "σ") {
        @Override public double apply(double x, double y) {
            // Two forms, so that neither exp(-x) nor exp(x) can overflow.
            if (x >= 0) return 1 / (1 + Math.exp(-x));
            double ex = Math.exp(x);
            return ex / (1 + ex);
        }
        @Override public double partial(int slot, double x, double y, double value) { return value * (1 - value); }
        @Override public String write(List<String> o) { return "σ(" + o.get(0) + ")"; }
    },
    RELU("relu", 1, "relu") {
        @Override public double apply(double x, double y) { return Double.isNaN(x) ? x : Math.max(0, x); }
        /** relu'(0) = 0 by convention, as in PyTorch. */
        @Override public double partial(int slot, double x, double y, double value) { return x > 0 ? 1 : 0; }
        @Override public boolean isKink(double x, double y) { return x == 0; }
    },
    ABS("abs", 1, "abs") {
        @Override public double apply(double x, double y) { return Math.abs(x); }
        /** abs'(0) = 0 by convention. */
        @Override public double partial(int slot, double x, double y, double value) { return x > 0 ? 1 : x < 0 ? -1 : 0; }
        @Override public String write(List<String> o) { return "|" + o.get(0) + "|"; }
        @Override public boolean isKink(double x, double y) { return x == 0; }
    },
    /** On a tie the whole gradient goes to the first argument. */
    MAX("max", 2, "max") {
        @Override public double apply(double x, double y) { return Double.isNaN(x) || Double.isNaN(y) ? Double.NaN : x >= y ? x : y; }
        @Override public double partial(int slot, double x, double y, double value) { return (x >= y) == (slot == 0) ? 1 : 0; }
        @Override public boolean isKink(double x, double y) { return x == y; }
    },
    /** On a tie the whole gradient goes to the first argument. */
    MIN("min", 2, "min") {
        @Override public double apply(double x, double y) { return Double.isNaN(x) || Double.isNaN(y) ? Double.NaN : x <= y ? x : y; }
        @Override public double partial(int slot, double x, double y, double value) { return (x <= y) == (slot == 0) ? 1 : 0; }
        @Override public boolean isKink(double x, double y) { return x == y; }
    };

    private final String jsonName;
    private final int arity;
    private final String symbol;

    Op(String jsonName, int arity, String symbol) {
        this.jsonName = jsonName;
        this.arity = arity;
        this.symbol = symbol;
    }

    /** The name used in JSON and DOT output: "mul", "sigmoid". */
    public String jsonName() {
        return jsonName;
    }

    public int arity() {
        return arity;
    }

    /** What a node of this op shows: "+", "×", "σ", "exp". Empty for inputs and constants. */
    public String symbol() {
        return symbol;
    }

    public double apply(double x, double y) {
        throw new UnsupportedOperationException(this + " has no operands to apply to");
    }

    /** ∂(this op)/∂(operand in {@code slot}), at operands x, y whose result is {@code value}. */
    public double partial(int slot, double x, double y, double value) {
        throw new UnsupportedOperationException(this + " has no operands");
    }

    /** The op applied to operand texts, as a formula: "b·c", "a + u", "σ(z)", "max(a, b)". */
    public String write(List<String> operands) {
        return jsonName + "(" + String.join(", ", operands) + ")";
    }

    /**
     * Whether operands are written next to an operator symbol, as in {@code 3·(-2)}, so a negative
     * one needs brackets; function calls such as {@code ln(-1)} have their own.
     */
    public boolean isOperator() {
        return this == ADD || this == SUB || this == MUL || this == DIV || this == POW || this == NEG;
    }

    /** True where the op has a corner and the one-sided slopes differ, so a nudge can disagree. */
    public boolean isKink(double x, double y) {
        return false;
    }

    /**
     * Why {@code apply(x, y)} is NaN or ±∞ when both operands are finite: "ln of a negative
     * number", "division by zero", or overflow.
     */
    public String whyNotFinite(double x, double y) {
        String problem = domainProblem(x, y);
        return problem != null ? problem : "overflow: the result is too large for a double";
    }

    /** Why {@code partial(slot, x, y, value)} is NaN or ±∞ when the operands are finite. */
    public String whySlopeNotFinite(int slot, double x, double y) {
        return slopeProblem(slot, x, y);
    }

    String domainProblem(double x, double y) {
        return null;
    }

    String slopeProblem(int slot, double x, double y) {
        String problem = domainProblem(x, y);
        if (problem != null) return problem;
        return "the slope of " + jsonName + " is infinite here (a vertical tangent)";
    }
}
