package studio.backprop.autodiff;

/**
 * What the slope picture plots for one input: J along the input over a window around its value,
 * and again magnified round the nudge, with the nudge's triangle (Δx = h along, ΔJ up) and
 * backprop's slope for the tangent. Plain numbers, worked out off the screen's thread: each
 * sample is a forward pass.
 *
 * @param input     the input's name, "b" or "W1[3,2]"
 * @param output    J's name
 * @param x         the input's value
 * @param j         J at x
 * @param h         the nudge
 * @param jPlus     J at x + h
 * @param slope     backprop's ∂J/∂x
 * @param wide      J over x ± {@link #halfWidth}
 * @param close     J over the magnified window, x − span/4 … x + 3·span/4 with span = wide's width / magnification
 * @param magnification how many times the close window is narrower than the wide one: 1, 2 or 5 times a power of ten
 */
public record SlopeSamples(String input, String output, double x, double j, double h, double jPlus, double slope,
                           Curve wide, Curve close, double magnification) {

    /** Samples of J at evenly spaced x, from {@code x[0]} to the last. */
    public record Curve(double[] x, double[] j) {
        public double from() {
            return x[0];
        }

        public double to() {
            return x[x.length - 1];
        }
    }

    static final int WIDE_SAMPLES = 121;
    static final int CLOSE_SAMPLES = 41;
    /** The close window is at least this many nudges wide, so the triangle fills a good part of it. */
    private static final double LEAST_SPAN_IN_H = 2.2;

    /** Half the wide window: 1, or half the input's size if that is more, so 5 is seen from 2.5 to 7.5. */
    public static double halfWidth(double x) {
        return Math.max(1, Math.abs(x) / 2);
    }

    /** Samples for the input {@code along} moves, with a nudge of {@code h}. */
    public static SlopeSamples of(OutputAlong along, double h) {
        double x = along.x();
        double half = halfWidth(x);
        double magnification = magnification(2 * half, h);
        double span = 2 * half / magnification;
        Curve wide = curve(along, x - half, x + half, WIDE_SAMPLES);
        // The point a quarter in from the left: the triangle and its labels take the room on its right.
        Curve close = curve(along, x - 0.25 * span, x + 0.75 * span, CLOSE_SAMPLES);
        return new SlopeSamples(along.inputName(), along.outputName(), x, along.j(), h, along.at(x + h), along.slope(),
                wide, close, magnification);
    }

    /** The largest of 1, 2, 5, 10, 20, … that leaves the close window at least 2.2 nudges wide. */
    static double magnification(double width, double h) {
        double most = width / (LEAST_SPAN_IN_H * h);
        if (!(most > 1)) return 1;
        double decade = Math.pow(10, Math.floor(Math.log10(most)));
        for (double step : new double[] {5, 2, 1}) {
            if (step * decade <= most) return step * decade;
        }
        return decade;
    }

    private static Curve curve(OutputAlong along, double from, double to, int count) {
        double[] xs = new double[count];
        double[] js = new double[count];
        for (int i = 0; i < count; i++) {
            xs[i] = from + (to - from) * i / (count - 1);
            js[i] = along.at(xs[i]);
        }
        return new Curve(xs, js);
    }

    /** ΔJ = J(x + h) − J(x). */
    public double deltaJ() {
        return jPlus - j;
    }
}
