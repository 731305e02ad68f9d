package studio.backprop.ui.nudge;

import java.util.ArrayList;
import java.util.List;

import studio.backprop.autodiff.Analysis;
import studio.backprop.autodiff.Nudge;
import studio.backprop.autodiff.NudgeCheck;
import studio.backprop.autodiff.OutputAlong;
import studio.backprop.autodiff.SlopeSamples;
import studio.backprop.autodiff.StepSizeSweep;
import studio.backprop.graph.Node;

/**
 * What the nudge panel's plots and table are drawn from, for one analysis, input and h: a few
 * hundred forward passes, so they are made off the FX thread, from immutable values.
 *
 * @param analysis the passes they were made for
 * @param input    the input nudged
 * @param slope    J around the input, for the slope picture
 * @param sweep    the nudge's errors at h from 10⁻¹ to 10⁻¹², for the h plot
 * @param h        the h in use
 * @param all      the first {@link #MOST_ROWS} input elements' nudges at h, for the table
 * @param left     how many input elements there are past those
 */
record NudgeFigures(Analysis analysis, Node input, SlopeSamples slope, StepSizeSweep sweep, double h, List<Nudge> all,
                    int left) {

    /**
     * Each row costs two forward passes, so a program with thousands of inputs would keep a core
     * busy at every drag of a slider; past this many the table says how many more there are.
     */
    static final int MOST_ROWS = 200;

    NudgeFigures {
        all = List.copyOf(all);
    }

    static NudgeFigures of(Analysis analysis, Node input, int element, double h) {
        OutputAlong along = OutputAlong.of(analysis.gradients(), input, element);
        List<Nudge> rows = new ArrayList<>();
        int elements = 0;
        for (Node each : analysis.graph().inputs()) {
            for (int e = 0; e < each.shape().size(); e++, elements++) {
                if (rows.size() < MOST_ROWS) rows.add(NudgeCheck.of(analysis.gradients(), each, e, h));
            }
        }
        return new NudgeFigures(analysis, input, SlopeSamples.of(along, h), StepSizeSweep.of(along), h, rows,
                elements - rows.size());
    }
}
