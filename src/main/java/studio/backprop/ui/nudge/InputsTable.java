package studio.backprop.ui.nudge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;

import studio.backprop.autodiff.Nudge;
import studio.backprop.autodiff.NudgeDiagnosis;
import studio.backprop.expr.Numbers;
import studio.backprop.graph.Node;

/**
 * The nudge check for every input at once, one row each, as the text report's table: the input
 * and its value, backprop's derivative, the nudge ΔJ/Δx, the central difference, their relative
 * error, and whether they agree. What the current step has not revealed is written "?". Past
 * {@link NudgeFigures#MOST_ROWS} input elements a last row counts the rest.
 */
final class InputsTable {

    static final List<String> HEADINGS = List.of("input", "backprop", "nudge", "central", "rel. error", "");

    private InputsTable() {
    }

    /** {@code shows.test(input, nudged)} says whether an input's backprop (false) or nudge (true) numbers may show. */
    static List<List<String>> rows(List<Nudge> nudges, int left, BiPredicate<Node, Boolean> shows) {
        List<List<String>> rows = new ArrayList<>();
        for (Nudge nudge : nudges) {
            boolean known = shows.test(nudge.input(), false);
            boolean nudged = shows.test(nudge.input(), true);
            rows.add(List.of(
                    nudge.name() + " = " + Numbers.format(nudge.x()),
                    known ? Numbers.format(nudge.analytic()) : "?",
                    nudged ? Numbers.format(nudge.forward()) : "?",
                    nudged ? Numbers.format(nudge.central()) : "?",
                    known ? String.format(Locale.ROOT, "%.1e", nudge.relativeError()) : "?",
                    known ? (NudgeDiagnosis.agrees(nudge) ? "agrees" : "disagrees") : ""));
        }
        if (left > 0) {
            rows.add(List.of("… " + Numbers.format(left) + " more", "", "", "", "", "eval lists them all"));
        }
        return rows;
    }
}
