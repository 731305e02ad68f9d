package studio.backprop.expr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes input values into a program's text, for saving: each {@code a = 5} line gets the new
 * value in place, keeping the rest of the line and the student's layout and comments; inputs the
 * program only uses get a {@code name = value} line at the top. Values are keyed by the inputs'
 * labels, so a computed name set to a number later ({@code c = 3}, the input c′) is found too. A program that does not parse is
 * returned unchanged, so saving never loses work.
 */
public final class ValueRewriter {

    private ValueRewriter() {
    }

    public static String withValues(String source, Map<String, Double> values) {
        Program program;
        try {
            program = Parser.parse(source);
        } catch (ProgramException e) {
            return source;
        }
        Map<String, Double> missing = new LinkedHashMap<>(values);
        List<Statement.Assignment> literals = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        Map<String, Integer> versions = new HashMap<>();
        for (Statement statement : program.statements()) {
            if (!(statement instanceof Statement.Assignment assignment)) continue;
            String label = Versions.label(assignment.name(), versions.merge(assignment.name(), 1, Integer::sum));
            if (Expr.signedLiteral(assignment.value()).isPresent() && missing.containsKey(label)) {
                literals.add(assignment);
                labels.add(label);
                missing.remove(label);
            }
        }
        StringBuilder text = new StringBuilder(source);
        // Replace from the end, so earlier spans stay where they were.
        for (int i = literals.size() - 1; i >= 0; i--) {
            Statement.Assignment assignment = literals.get(i);
            Span literal = assignment.value().span();
            double value = values.get(labels.get(i));
            if (Double.compare(Expr.signedLiteral(assignment.value()).getAsDouble(), value) != 0) {
                text.replace(literal.start(), literal.end(), exact(value));
            }
        }
        StringBuilder header = new StringBuilder();
        missing.forEach((name, value) -> header.append(name).append(" = ").append(exact(value)).append('\n'));
        return header + text.toString();
    }

    /** The shortest text that reads back as exactly this number: 5, -2.5, 0.1, 1.0E-7. */
    public static String exact(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
