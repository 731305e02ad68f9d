package studio.backprop.expr;

/**
 * The few functions whose textbook formula loses digits or disagrees with IEEE 754, written so
 * that they do not. Small static methods, so that the passes' calls through {@link Op} still
 * inline.
 */
final class Elementary {

    private Elementary() {
    }

    /**
     * IEEE 754 and C99's pow (Annex F.9.4.4) where Java's {@code Math.pow} differs: 1^y = 1 for
     * every y, NaN and ±∞ included, and (−1)^±∞ = 1. Elsewhere the two agree.
     */
    static double pow(double x, double y) {
        if (x == 1 || (x == -1 && Double.isInfinite(y))) return 1;
        return Math.pow(x, y);
    }

    /**
     * σ'(x) = σ(x)·σ(−x) = t/(1 + t)² with t = e^−|x|, which is even in x and subtracts nothing:
     * the usual σ(1 − σ) loses every digit for large x, where σ rounds to 1 (σ'(40) came out 0).
     */
    static double sigmoidSlope(double x) {
        double t = Math.exp(-Math.abs(x));
        double s = 1 + t;
        return t / (s * s);
    }

    /**
     * tanh'(x) = sech²(x), with sech(x) = 2t/(1 + t²) and t = e^−|x|: no subtraction, so no
     * cancellation where tanh rounds to ±1 (1 − tanh² made tanh'(20) 0); squaring sech, rather than
     * using t², keeps the digits down to the smallest doubles.
     */
    static double tanhSlope(double x) {
        double t = Math.exp(-Math.abs(x));
        double sech = 2 * t / (1 + t * t);
        return sech * sech;
    }

    /** Two forms, so that neither exp(-x) nor exp(x) can overflow. */
    static double sigmoid(double x) {
        if (x >= 0) return 1 / (1 + Math.exp(-x));
        double ex = Math.exp(x);
        return ex / (1 + ex);
    }
}
