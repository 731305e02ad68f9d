package studio.backprop.autodiff;

import studio.backprop.graph.Node;
import studio.backprop.graph.ScalarExpansion;

/**
 * The course's nudge check for one input: move x by h and watch J.
 *
 * @param element  which element of the input is nudged, row by row from 0 (0 for a scalar)
 * @param x        the input's value (that element's)
 * @param h        the nudge, Δx
 * @param j        J at x
 * @param jPlus    J at x + h
 * @param jMinus   J at x − h
 * @param analytic ∂J/∂x from backprop
 */
public record Nudge(Node input, int element, double x, double h, double j, double jPlus, double jMinus,
                    double analytic) {

    /** The input as the nudge names it: "a", or for an element of a vector or matrix "W1[3,2]". */
    public String name() {
        return ScalarExpansion.elementName(input, element);
    }

    public double deltaX() {
        return h;
    }

    /** ΔJ = J(x + h) − J(x). */
    public double deltaJ() {
        return jPlus - j;
    }

    /** The course's slope, ΔJ/Δx = (J(x + h) − J(x)) / h. */
    public double forward() {
        return deltaJ() / h;
    }

    /** (J(x + h) − J(x − h)) / 2h: error of order h² rather than h. */
    public double central() {
        return (jPlus - jMinus) / (2 * h);
    }

    /**
     * |central − analytic| / max(|central|, |analytic|): 0 when they agree exactly, about h² on a
     * smooth function, large at a kink. NaN if either is not a number.
     */
    public double relativeError() {
        return relativeDifference(central(), analytic);
    }

    /** The same for the course's forward difference, whose error is of order h, not h². */
    public double forwardRelativeError() {
        return relativeDifference(forward(), analytic);
    }

    private static double relativeDifference(double estimate, double exact) {
        double scale = Math.max(Math.abs(estimate), Math.abs(exact));
        if (scale == 0) return 0;
        return Math.abs(estimate - exact) / scale;
    }
}
