package studio.backprop.export;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as the text formats write them: at most two decimals, no trailing zeros, a dot whatever
 * the locale, and never "-0". Exported files stay the same from run to run and machine to machine.
 */
final class Decimals {

    private Decimals() {
    }

    /** Hundredths: finer than a pixel, short enough for a readable file. */
    static final int DEFAULT = 2;

    static String of(double x) {
        return of(x, DEFAULT);
    }

    /** With at most {@code decimals} decimals, for the rare number that needs more (inches in DOT). */
    static String of(double x, int decimals) {
        if (!Double.isFinite(x)) throw new IllegalArgumentException("Not a coordinate: " + x);
        BigDecimal rounded = BigDecimal.valueOf(x).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (rounded.signum() == 0) return "0";
        return rounded.toPlainString();
    }
}
