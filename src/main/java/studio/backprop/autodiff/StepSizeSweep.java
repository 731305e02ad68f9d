package studio.backprop.autodiff;

/**
 * How the nudge's error depends on h, for the log-log plot beside the h slider: the forward
 * difference (J(x + h) − J(x))/h and the central one (J(x + h) − J(x − h))/2h against backprop's
 * slope, at h from 10⁻¹ down to 10⁻¹², four values per decade. As h shrinks, the truncation error
 * falls (in proportion to h, or h² for the central difference) until round-off, about ε·|J|/h,
 * takes over and rises again.
 *
 * @param h             the step sizes, from the largest
 * @param forwardError  |forward difference − backprop| at each h
 * @param centralError  |central difference − backprop| at each h
 * @param analytic      backprop's slope
 */
public record StepSizeSweep(double[] h, double[] forwardError, double[] centralError, double analytic) {

    public static final double LARGEST_H = 1e-1;
    public static final double SMALLEST_H = 1e-12;
    static final int PER_DECADE = 4;

    /** The sweep along {@code along}'s input: two forward passes per step size. */
    public static StepSizeSweep of(OutputAlong along) {
        int count = (int) Math.round(Math.log10(LARGEST_H / SMALLEST_H) * PER_DECADE) + 1;
        double[] hs = new double[count];
        double[] forward = new double[count];
        double[] central = new double[count];
        double x = along.x();
        double j = along.j();
        double analytic = along.slope();
        for (int i = 0; i < count; i++) {
            double h = LARGEST_H * Math.pow(10, -(double) i / PER_DECADE);
            double plus = along.at(x + h);
            double minus = along.at(x - h);
            hs[i] = h;
            forward[i] = Math.abs((plus - j) / h - analytic);
            central[i] = Math.abs((plus - minus) / (2 * h) - analytic);
        }
        return new StepSizeSweep(hs, forward, central, analytic);
    }
}
