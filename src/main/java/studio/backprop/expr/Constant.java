package studio.backprop.expr;

import java.util.Optional;

/** Named constants. A program's own definition of the same name shadows them. */
public enum Constant {
    E("e", Math.E),
    PI("π", Math.PI);

    private final String symbol;
    private final double value;

    Constant(String symbol, double value) {
        this.symbol = symbol;
        this.value = value;
    }

    public String symbol() {
        return symbol;
    }

    public double value() {
        return value;
    }

    public static Optional<Constant> named(String name) {
        return switch (name) {
            case "e" -> Optional.of(E);
            case "pi", "π" -> Optional.of(PI);
            default -> Optional.empty();
        };
    }
}
