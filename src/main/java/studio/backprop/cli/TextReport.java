package studio.backprop.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import studio.backprop.autodiff.Analysis;
import studio.backprop.autodiff.BackwardStep;
import studio.backprop.autodiff.ForwardStep;
import studio.backprop.autodiff.Nudge;
import studio.backprop.autodiff.NudgeDiagnosis;
import studio.backprop.expr.Note;
import studio.backprop.expr.Numbers;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.Node;
import studio.backprop.graph.ScalarExpansion;
import studio.backprop.presentation.JacobianText;
import studio.backprop.tensor.TensorText;
import studio.backprop.graph.ProgramNotes;

/**
 * The readable report of {@code eval}: notes on how the program was read, the forward steps, the
 * backward steps, and a nudge table.
 * Written line by line as the steps are made, so a million-step report is never one string.
 */
final class TextReport {

    private TextReport() {
    }

    static String render(Analysis analysis, List<Nudge> nudges) {
        StringWriter text = new StringWriter();
        write(analysis, nudges, new PrintWriter(text));
        return text.toString();
    }

    static void write(Analysis analysis, List<Nudge> nudges, PrintWriter out) {
        Node output = analysis.graph().output();
        if (writeNotes(analysis.graph(), out)) out.append('\n');
        out.append(output.label()).append(" = ").append(TensorText.full(analysis.evaluation().outputTensor())).append("\n\n");

        List<ForwardStep> forward = analysis.evaluation().steps();
        out.append("Forward pass (").append(count(forward.size(), "step")).append(")\n");
        for (int i = 0; i < forward.size(); i++) {
            ForwardStep step = forward.get(i);
            line(out, i + 1, forward.size(), step.formula(), step.problem());
        }

        List<BackwardStep> backward = analysis.gradients().steps();
        out.append("\nBackward pass (").append(count(backward.size(), "step")).append(")\n");
        for (int i = 0; i < backward.size(); i++) {
            BackwardStep step = backward.get(i);
            line(out, i + 1, backward.size(), step.formula(), step.problem());
        }

        String watched = output.shape().isScalar() ? output.label()
                : ScalarExpansion.elementName(output, analysis.gradients().seed());
        if (!nudges.isEmpty()) {
            out.append("\nNudge check, h = ").append(Numbers.format(nudges.get(0).h()))
                    .append(output.shape().isScalar() ? "" : ", watching " + watched).append('\n');
            out.append(nudgeTable(nudges, watched));
            for (Nudge nudge : nudges) {
                NudgeDiagnosis.explain(analysis.gradients(), nudge).ifPresent(reason ->
                        out.append("  ! ").append(nudge.name()).append(": ").append(reason).append('\n'));
            }
        }
        if (!output.shape().isScalar()) out.append('\n').append(JacobianText.of(analysis.evaluation()));
        out.flush();
    }

    /**
     * "note: 3:17: xy is read as x·y.", one line per {@link ProgramNotes} note, as compilers print
     * theirs: what the numbers below depend on. Returns whether there were any.
     */
    static boolean writeNotes(ComputationGraph graph, PrintWriter out) {
        List<Note> notes = ProgramNotes.of(graph);
        for (Note note : notes) {
            out.append("note: ").append(note.located()).append('\n');
        }
        return !notes.isEmpty();
    }

    private static void line(PrintWriter out, int number, int total, String formula, String problem) {
        String position = number + "/" + total;
        out.append("  ").append(pad(position, String.valueOf(total).length() * 2 + 1)).append("  ").append(formula).append('\n');
        if (problem != null) {
            out.append("  ").append(" ".repeat(String.valueOf(total).length() * 2 + 1)).append("  ! ").append(problem).append('\n');
        }
    }

    private static String nudgeTable(List<Nudge> nudges, String output) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"input", "x", "x+h", output, output + "(x+h)", "Δ" + output, "Δ" + output + "/Δx",
            "central", "backprop", "rel. error"});
        for (Nudge nudge : nudges) {
            rows.add(new String[] {
                nudge.name(),
                Numbers.format(nudge.x()),
                Numbers.format(nudge.x() + nudge.h()),
                Numbers.format(nudge.j()),
                Numbers.format(nudge.jPlus()),
                Numbers.format(nudge.deltaJ()),
                Numbers.format(nudge.forward()),
                Numbers.format(nudge.central()),
                Numbers.format(nudge.analytic()),
                String.format(Locale.ROOT, "%.1e", nudge.relativeError()),
            });
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].codePointCount(0, row[c].length()));
            }
        }
        StringBuilder table = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int c = 0; c < row.length; c++) {
                line.append(pad(row[c], widths[c])).append("  ");
            }
            table.append(line.toString().stripTrailing()).append('\n');
        }
        return table.toString();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.codePointCount(0, text.length())));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
