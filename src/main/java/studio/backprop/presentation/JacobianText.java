package studio.backprop.presentation;

import java.util.ArrayList;
import java.util.List;

import studio.backprop.autodiff.Evaluation;
import studio.backprop.autodiff.Jacobians;
import studio.backprop.expr.Numbers;
import studio.backprop.graph.Node;
import studio.backprop.graph.ScalarExpansion;

/**
 * For a vector output, its Jacobian ∂f/∂(every input element) as a table, and the Jacobian chain
 * rule through g with the actual matrices when every path goes through g: the command line's
 * report and the window's Jacobian view say it in the same words.
 */
public final class JacobianText {

    private JacobianText() {
    }

    public static String of(Evaluation evaluation) {
        StringBuilder out = new StringBuilder();
        Node output = evaluation.graph().output();
        List<String> columns = Jacobians.inputColumns(evaluation.graph());
        out.append("Jacobian ∂").append(output.label()).append("/∂(").append(String.join(", ", columns)).append(")\n");
        table(out, rows(output), columns, Jacobians.ofInputs(evaluation, output));
        Jacobians.chainRule(evaluation).ifPresent(chain -> {
            String f = output.label();
            String g = chain.middle().label();
            out.append("\nJacobian chain rule: ∂").append(f).append("/∂x = ∂").append(f).append("/∂").append(g)
                    .append(" · ∂").append(g).append("/∂x\n");
            out.append("  ∂").append(f).append("/∂").append(g).append('\n');
            table(out, rows(output), rows(chain.middle()), chain.outer());
            out.append("  ∂").append(g).append("/∂x\n");
            table(out, rows(chain.middle()), columns, chain.inner());
            out.append("  product, ∂").append(f).append("/∂x\n");
            table(out, rows(output), columns, chain.product());
        });
        return out.toString();
    }

    private static List<String> rows(Node node) {
        List<String> names = new ArrayList<>();
        for (int e = 0; e < node.shape().size(); e++) names.add(ScalarExpansion.elementName(node, e));
        return names;
    }

    private static void table(StringBuilder out, List<String> rowNames, List<String> columns, double[][] values) {
        List<String[]> rows = new ArrayList<>();
        String[] heading = new String[columns.size() + 1];
        heading[0] = "";
        for (int c = 0; c < columns.size(); c++) heading[c + 1] = columns.get(c);
        rows.add(heading);
        for (int r = 0; r < values.length; r++) {
            String[] row = new String[columns.size() + 1];
            row[0] = rowNames.get(r);
            for (int c = 0; c < columns.size(); c++) row[c + 1] = Numbers.format(values[r][c]);
            rows.add(row);
        }
        int[] widths = new int[heading.length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) widths[c] = Math.max(widths[c], row[c].codePointCount(0, row[c].length()));
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int c = 0; c < row.length; c++) {
                line.append(row[c]).append(" ".repeat(widths[c] - row[c].codePointCount(0, row[c].length()) + 2));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }
}
