package studio.backprop.expr;

import java.util.List;

/**
 * Every operation of the language, each defined once: how a student spells it, how many operands
 * it takes, what a node of it shows, its value, its local partial derivatives, and where it has a
 * kink or leaves its domain. The parser, the graph, the passes, the nudge diagnosis, the help text
 * and the tests all ask this enum; nothing else lists operations.
 *
 * <p>Values and partials are {@code final} methods that switch over the constant, so the passes'
 * call {@code ops[i].apply(args)} is one known method that the JIT inlines, not a virtual call into
 * twenty constant bodies. Nothing here throws: outside the domain the result is NaN or ±∞, and
 * {@link #whyNotFinite} says why in words a student can read.
 *
 * <p>Each constant also owns the rule that writes its partials as the lecture does, in the
 * operands' names ({@link PartialRules}): ∂u/∂b = c, ∂a/∂z = a(1 − a).
 */
public enum Op {
    INPUT("input", "", 0, PartialRules.NONE),
    CONST("const", "", 0, PartialRules.NONE),
    /** {@code J = v}: the output is an earlier node under a new name. */
    IDENTITY("id", "=", 1, PartialRules.ONE),
    ADD("add", "+", 2, PartialRules.ONE),
    SUB("sub", "−", 2, PartialRules.SUB),
    MUL("mul", "×", 2, PartialRules.MUL),
    DIV("div", "÷", 2, PartialRules.DIV),
    POW("pow", "^", 2, PartialRules.POW),
    NEG("neg", "−", 1, PartialRules.NEG),
    EXP("exp", "exp", 1, PartialRules.EXP, "exp"),
    LN("ln", "ln", 1, PartialRules.LN, "ln", "log"),
    SQRT("sqrt", "√", 1, PartialRules.SQRT, "sqrt"),
    SIN("sin", "sin", 1, PartialRules.SIN, "sin"),
    COS("cos", "cos", 1, PartialRules.COS, "cos"),
    TAN("tan", "tan", 1, PartialRules.TAN, "tan"),
    TANH("tanh", "tanh", 1, PartialRules.TANH, "tanh"),
    SIGMOID("sigmoid", "σ", 1, PartialRules.SIGMOID, "sigmoid", "σ"),
    /** relu'(0) = 0 by convention, as in PyTorch. */
    RELU("relu", "relu", 1, PartialRules.RELU, "relu"),
    /** Heaviside's step, as the course defines it: 0 for x ≤ 0, 1 for x > 0; its slope is 0 everywhere. */
    STEP("step", "step", 1, PartialRules.STEP, "step"),
    /** abs'(0) = 0 by convention. */
    ABS("abs", "abs", 1, PartialRules.ABS, "abs"),
    /** On a tie the gradient is split evenly between the arguments, as PyTorch's maximum does. */
    MAX("max", "max", 2, PartialRules.MAX, "max"),
    /** On a tie the gradient is split evenly between the arguments, as PyTorch's minimum does. */
    MIN("min", "min", 2, PartialRules.MIN, "min"),
    /*
     * Structural operations: they move or combine whole vectors and matrices rather than apply a
     * function to each number, so their values and chain rules are in studio.backprop.tensor.
     */
    /** The matrix product, {@code W @ x}, {@code W · x}, {@code dot(x, w)}; between scalars it is {@link #MUL}. */
    MATMUL("matmul", "·", 2, PartialRules.NONE, "dot", "matmul"),
    /** {@code Wᵀ}, {@code transpose(W)}: a vector's transpose is a row. */
    TRANSPOSE("transpose", "ᵀ", 1, PartialRules.NONE, "transpose"),
    /** The sum of every element: a scalar. */
    SUM("sum", "Σ", 1, PartialRules.NONE, "sum"),
    /** The mean of every element: a scalar. */
    MEAN("mean", "mean", 1, PartialRules.NONE, "mean"),
    /** One element, {@code W[3,2]}, counted from 1 as the course's w₃₂. */
    INDEX("index", "[ ]", 1, PartialRules.NONE),
    /** {@code [a, b, c]}: scalars into a vector, or vectors into the rows of a matrix; any number of operands. */
    STACK("stack", "[ ]", -1, PartialRules.NONE);

    /** The arity of an op that takes any number of operands, one or more ({@link #STACK}). */
    public static final int VARIADIC = -1;

    private final String jsonName;
    private final String symbol;
    private final int arity;
    private final List<String> spellings;
    private final PartialRule partials;

    Op(String jsonName, String symbol, int arity, PartialRule partials, String... spellings) {
        this.jsonName = jsonName;
        this.symbol = symbol;
        this.arity = arity;
        this.partials = partials;
        this.spellings = List.of(spellings);
    }

    /** The name used in JSON and DOT output: "mul", "sigmoid". */
    public String jsonName() {
        return jsonName;
    }

    /** What a node of this op shows: "+", "×", "σ", "exp". Empty for inputs and constants. */
    public String symbol() {
        return symbol;
    }

    /** How many operands a node of this op has; {@link #VARIADIC} for any number. */
    public int arity() {
        return arity;
    }

    /** Moves or combines whole vectors and matrices, rather than applying a function to each number. */
    public boolean isStructural() {
        return ordinal() >= MATMUL.ordinal();
    }

    /** Applies a function to each number (with broadcasting for two operands): every op with operands but the structural ones. */
    public boolean isElementwise() {
        return arity > 0 && !isStructural();
    }

    /** The names a student may call it by, {@code ln} and {@code log}; empty for operators and leaves. */
    public List<String> spellings() {
        return spellings;
    }

    public boolean isFunction() {
        return !spellings.isEmpty();
    }

    /** The operator or function as the S-expression printer writes it: "+", "-", "ln", "sigmoid". */
    public String printed() {
        return switch (this) {
            case ADD -> "+";
            case SUB, NEG -> "-";
            case MUL -> "*";
            case DIV -> "/";
            case POW -> "^";
            case MATMUL -> "·";
            case TRANSPOSE -> "T";
            case INDEX -> "index";
            case STACK -> "vector";
            default -> isFunction() ? spellings.get(0) : jsonName;
        };
    }

    /*
     * Values and partials. The arithmetic is written out here; functions of one and of two operands
     * go to the methods below. The split keeps each method small enough for the JIT to inline into
     * the passes' loops (HotSpot inlines hot methods up to 325 bytes of bytecode), and the passes
     * hand over one or two operands as plain numbers: going through an array cost a third of a
     * forward pass.
     */

    /** The value at the operands {@code a}, one per slot. */
    public final double apply(double[] a) {
        requireOperands(a);
        return apply(a[0], arity > 1 ? a[1] : Double.NaN);
    }

    /** The value at operands x and y; a unary op ignores y. */
    public final double apply(double x, double y) {
        return switch (this) {
            case ADD -> x + y;
            case SUB -> x - y;
            case MUL -> x * y;
            case DIV -> x / y;
            case NEG -> -x;
            case IDENTITY -> x;
            case POW, MAX, MIN -> binary(x, y);
            default -> unary(x);
        };
    }

    /** ∂(this op)/∂(operand in {@code slot}), at operands {@code a} whose result is {@code value}. */
    public final double partial(int slot, double[] a, double value) {
        requireOperands(a);
        return partial(slot, a[0], arity > 1 ? a[1] : Double.NaN, value);
    }

    private void requireOperands(double[] a) {
        if (a.length != arity) {
            throw new IllegalArgumentException(this + " takes " + arity + (arity == 1 ? " operand" : " operands") + ", not " + a.length);
        }
    }

    /** ∂(this op)/∂(operand in {@code slot}), at operands x and y whose result is {@code value}. */
    public final double partial(int slot, double x, double y, double value) {
        double[] gradients = new double[2];
        chain(x, y, value, 1, gradients, 0, 1);
        return gradients[slot];
    }

    /**
     * The chain rule through one node, as micrograd's {@code _backward}: adds {@code upstream} times
     * each local partial to the gradient of each operand, {@code first} and (for two operands)
     * {@code second}, at operands x and y whose result is {@code value}. This is the one place the
     * partials are written down; {@link #partial} reads them back from it.
     */
    public final void chain(double x, double y, double value, double upstream, double[] gradients, int first, int second) {
        switch (this) {
            case IDENTITY -> gradients[first] += upstream;
            case NEG -> gradients[first] -= upstream;
            case ADD -> {
                gradients[first] += upstream;
                gradients[second] += upstream;
            }
            case SUB -> {
                gradients[first] += upstream;
                gradients[second] -= upstream;
            }
            case MUL -> {
                gradients[first] += upstream * y;
                gradients[second] += upstream * x;
            }
            case DIV -> {
                gradients[first] += upstream / y;
                gradients[second] += upstream * (-x / (y * y));
            }
            case POW, MAX, MIN -> {
                gradients[first] += upstream * binaryPartial(0, x, y, value);
                gradients[second] += upstream * binaryPartial(1, x, y, value);
            }
            default -> gradients[first] += upstream * unaryPartial(x, value);
        }
    }

    private double unary(double x) {
        return switch (this) {
            case EXP -> Math.exp(x);
            case LN -> Math.log(x);
            case SQRT -> Math.sqrt(x);
            case SIN -> Math.sin(x);
            case COS -> Math.cos(x);
            case TAN -> Math.tan(x);
            case TANH -> Math.tanh(x);
            case SIGMOID -> Elementary.sigmoid(x);
            case RELU -> Double.isNaN(x) ? x : Math.max(0, x);
            case STEP -> x > 0 ? 1 : x <= 0 ? 0 : x;
            case ABS -> Math.abs(x);
            default -> throw new UnsupportedOperationException(this + " has no operands to apply to");
        };
    }

    private double unaryPartial(double x, double value) {
        return switch (this) {
            case EXP -> value;
            case LN -> 1 / x;
            case SQRT -> 0.5 / value;
            case SIN -> Math.cos(x);
            case COS -> -Math.sin(x);
            case TAN -> 1 + value * value;
            case TANH -> Elementary.tanhSlope(x);
            case SIGMOID -> Elementary.sigmoidSlope(x);
            case RELU -> x > 0 ? 1 : 0;
            case STEP -> 0;
            case ABS -> x > 0 ? 1 : x < 0 ? -1 : 0;
            default -> throw new UnsupportedOperationException(this + " has no operands");
        };
    }

    private double binary(double x, double y) {
        if (this == POW) return Elementary.pow(x, y);
        if (Double.isNaN(x) || Double.isNaN(y)) return Double.NaN;
        return this == MAX ? (x >= y ? x : y) : (x <= y ? x : y);
    }

    /**
     * PyTorch's partials (derivatives.yaml, FunctionsManual.cpp): a tie in max or min gives each
     * argument half; ∂(x^y)/∂x is 0 when y = 0, even at x = 0, and ∂(x^y)/∂y is 0 when x = 0 and
     * y ≥ 0, where x^y·ln(x) would be 0·(−∞).
     */
    private double binaryPartial(int slot, double x, double y, double value) {
        if (this == POW) {
            if (slot == 0) return y == 0 ? 0 : y * Elementary.pow(x, y - 1);
            return x == 0 && y >= 0 ? 0 : value * Math.log(x);
        }
        double mine = slot == 0 ? x : y;
        double other = slot == 0 ? y : x;
        if (mine == other) return 0.5;
        return (this == MAX ? mine < other : mine > other) ? 0 : 1;
    }

    /**
     * ∂(this op)/∂(operand in {@code slot}) as the lecture writes it, in {@code names}: ∂u/∂b = c
     * for u = b·c, ∂a/∂z = a(1 − a) for a = σ(z). A piecewise derivative (relu, abs, max, min)
     * gives the piece for {@code side}, the operands' {@link #sideOfKink}: 1 (z > 0). Null for
     * leaves and for the structural ops, whose chain rule is written in matrix form.
     */
    public DerivativeFormula partialFormula(int slot, FormulaNames names, int side) {
        return partials.of(slot, names, side);
    }

    /** Whether {@link #partialFormula} depends on the side of a kink: relu, abs, max and min (step's is 0 everywhere). */
    public boolean hasPiecewisePartial() {
        return hasKinks() && !jumps();
    }

    /** The op applied to operand texts, as a formula: "b·c", "a + u", "σ(z)", "max(a, b)", "|x|". */
    public String write(List<String> o) {
        return switch (this) {
            case IDENTITY -> o.get(0);
            case ADD -> o.get(0) + " + " + o.get(1);
            case SUB -> o.get(0) + " - " + o.get(1);
            case MUL -> o.get(0) + "·" + o.get(1);
            case DIV -> o.get(0) + "/" + o.get(1);
            case POW -> o.get(0) + "^" + o.get(1);
            case NEG -> "-" + o.get(0);
            case SIGMOID -> "σ(" + o.get(0) + ")";
            case ABS -> "|" + o.get(0) + "|";
            case MATMUL -> o.get(0) + " · " + o.get(1);
            case TRANSPOSE -> o.get(0) + "ᵀ";
            case STACK -> "[" + String.join(", ", o) + "]";
            default -> jsonName + "(" + String.join(", ", o) + ")";
        };
    }

    /**
     * Whether operands are written next to an operator symbol, as in {@code 3·(-2)}, so a negative
     * one needs brackets; function calls such as {@code ln(-1)} have their own.
     */
    public boolean isOperator() {
        return this == ADD || this == SUB || this == MUL || this == DIV || this == POW || this == NEG;
    }

    /*
     * Kinks: points where a nudge to the left and one to the right see different things, so the
     * derivative backprop uses there is a convention. Most are corners of the slope (relu, abs,
     * max, min); step's is a jump of the value itself, where no slope exists at all.
     */

    /** Whether the op has kinks: relu, abs, max and min have corners, step has a jump. */
    public boolean hasKinks() {
        return this == RELU || this == STEP || this == ABS || this == MAX || this == MIN;
    }

    /** Whether the op's kink is a jump of its value (step), not a corner of its slope. */
    public boolean jumps() {
        return this == STEP;
    }

    /** How far the operands are from the nearest kink: |x| for relu, step and abs, |x − y| for max and min; ∞ if none. */
    public double kinkDistance(double[] a) {
        return switch (this) {
            case RELU, STEP, ABS -> Math.abs(a[0]);
            case MAX, MIN -> Math.abs(a[0] - a[1]);
            default -> Double.POSITIVE_INFINITY;
        };
    }

    /** True where the op has a kink, so a nudge can disagree with backprop. */
    public boolean isKink(double[] a) {
        return kinkDistance(a) == 0;
    }

    /** Which side of its kink the operands are on: the sign of x for relu, step and abs, of x − y for max and min. */
    public int sideOfKink(double[] a) {
        return (int) Math.signum(this == MAX || this == MIN ? a[0] - a[1] : a[0]);
    }

    /**
     * What backprop does at the kink and why a nudge sees something else, for the nudge panel:
     * {@code call} is the node's formula ("relu(z)"), {@code first} its first operand's name.
     */
    public String atKink(String call, String first, double[] a) {
        return switch (this) {
            case RELU -> call + " is at its kink (" + first + " = 0). Backprop uses relu'(0) = 0; "
                    + "the slope is 1 to the right and 0 to the left, so the nudge sees something else.";
            case STEP -> call + " is at its jump (" + first + " = 0), where it leaps from 0 to 1: a nudge that moves "
                    + first + " up measures a slope of about 1/h. Backprop uses step'(0) = 0, the slope on either side.";
            case ABS -> call + " is at its kink (" + first + " = 0). Backprop uses abs'(0) = 0; "
                    + "the slope is 1 to the right and −1 to the left.";
            case MAX, MIN -> call + " is at a tie (both arguments are " + Numbers.format(a[0]) + "). Backprop gives "
                    + "each argument half the gradient, as PyTorch does; but the slope is 1 on one side of the tie and 0 "
                    + "on the other, so the nudge, which looks at one side, sees something else.";
            default -> call + " has no kink.";
        };
    }

    /**
     * How far the operands are from the edge of the domain, where the value or its slope stops
     * being finite: x for ln, sqrt and a power's base, |y| for a divisor, |cos x| for tan; ∞ if none.
     */
    public double domainDistance(double[] a) {
        return switch (this) {
            case LN, SQRT, POW -> a[0];
            case DIV -> Math.abs(a[1]);
            case TAN -> Math.abs(Math.cos(a[0]));
            default -> Double.POSITIVE_INFINITY;
        };
    }

    /**
     * Why {@code apply(a)} is NaN or ±∞ when the operands are finite: "ln of a negative number",
     * "division by zero", or overflow.
     */
    public String whyNotFinite(double[] a) {
        String problem = domainProblem(a);
        return problem != null ? problem : "overflow: the result is too large for a double";
    }

    /** Why {@code partial(slot, a, value)} is NaN or ±∞ when the operands are finite. */
    public String whySlopeNotFinite(int slot, double[] a) {
        if (this == POW && slot == 1 && a[0] < 0) return "x^y has no real slope in y when x is negative";
        String problem = domainProblem(a);
        if (problem != null) return problem;
        return "the slope of " + jsonName + " is infinite here (a vertical tangent)";
    }

    private String domainProblem(double[] a) {
        return switch (this) {
            case DIV -> a[1] == 0 ? (a[0] == 0 ? "0/0 is undefined" : "division by zero") : null;
            case POW -> a[0] < 0 && a[1] != Math.rint(a[1]) ? "a negative number to a fractional power"
                    : a[0] == 0 && a[1] < 0 ? "zero to a negative power (division by zero)" : null;
            case EXP -> a[0] > 709 ? "exp(x) is too large for a double when x > 709.78" : null;
            case LN -> a[0] < 0 ? "ln of a negative number" : a[0] == 0 ? "ln of zero is -∞" : null;
            case SQRT -> a[0] < 0 ? "square root of a negative number" : null;
            default -> null;
        };
    }
}
