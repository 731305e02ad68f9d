package studio.backprop.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import studio.backprop.expr.Note;

/**
 * Everything about how a program was read that is not a mistake but changes the numbers, so that
 * neither the app nor the command line ever answers silently wrong: names read as products
 * ("xy is read as x·y"), and results the output leaves out, as when {@code w1 = w1 - alpha*dw1}
 * after {@code L = ...} makes w1′ the output and drops L. In the order of the text.
 */
public final class ProgramNotes {

    /** Past this many, the names left out are counted rather than listed. */
    static final int MOST_NAMES = 4;

    private ProgramNotes() {
    }

    public static List<Note> of(ComputationGraph graph) {
        List<Note> notes = new ArrayList<>(graph.readings());
        unusedResults(graph).ifPresent(notes::add);
        notes.sort(Comparator.comparingInt(note -> note.span().start()));
        return notes;
    }

    /**
     * "L is not used by the output w1′, the last line, so backprop computes no dL. To see dL, make L
     * the last line.": the named results that have no path to the output. The note stands at the
     * first of them; when there are several, each is named with its line.
     */
    static Optional<Note> unusedResults(ComputationGraph graph) {
        boolean[] reaches = graph.wiring().reachesOutput();
        List<Node> unused = graph.computedNodes().stream()
                .filter(node -> node.isNamed() && !reaches[node.index()]).toList();
        if (unused.isEmpty()) return Optional.empty();
        List<Node> listed = unused.subList(0, Math.min(unused.size(), MOST_NAMES));
        String names = unused.size() == 1 ? unused.get(0).label()
                : join(listed.stream().map(node -> node.label() + " (line " + node.span().line() + ")").toList(),
                        unused.size() - listed.size(), "and");
        String gradients = join(listed.stream().map(node -> "d" + node.label()).toList(),
                unused.size() - listed.size(), "or");
        Node first = unused.get(0);
        String output = graph.output().label();
        String text = unused.size() == 1
                ? names + " is not used by the output " + output + ", the last line, so backprop computes no "
                        + gradients + ". To see d" + first.label() + ", make " + first.label() + " the last line."
                : names + " are not used by the output " + output + ", the last line, so backprop computes no "
                        + gradients + ". To see one of them, make it the last line.";
        return Optional.of(new Note(first.span(), text));
    }

    /** "a", "a and b", "a, b and c", "a, b, c, d and 3 more". */
    private static String join(List<String> items, int more, String and) {
        List<String> all = new ArrayList<>(items);
        if (more > 0) all.add(more + " more");
        if (all.size() == 1) return all.get(0);
        return all.subList(0, all.size() - 1).stream().collect(Collectors.joining(", ")) + " " + and + " "
                + all.get(all.size() - 1);
    }
}
