package studio.backprop.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import studio.backprop.expr.Numbers;
import studio.backprop.tensor.Tensor;
import studio.backprop.tensor.TensorText;

/**
 * One step of training: forward on a batch of rows, backward, then w := w − α · dw for every
 * parameter.
 *
 * @param step      counted from 1
 * @param epoch     the epoch this step belongs to, from 1
 * @param rows      the examples used, counted from 1 as the course counts x⁽ⁱ⁾; empty without data
 * @param loss      J on those rows, with the parameters before the update
 * @param before    each parameter before the update, by name, in the program's order
 * @param gradients dJ/dw on those rows, by name
 * @param after     each parameter after the update
 * @param rate      α
 */
public record TrainingStep(int step, int epoch, int[] rows, double loss, Map<String, Tensor> before,
                           Map<String, Tensor> gradients, Map<String, Tensor> after, double rate) {

    /** The update written out per parameter, as the course writes it: {@code w1 := 0.5 − 0.1 · 0.23 = 0.477}. */
    public List<String> updates() {
        List<String> lines = new ArrayList<>();
        for (String name : before.keySet()) {
            lines.add(name + " := " + text(before.get(name)) + " − " + Numbers.format(rate) + " · "
                    + operand(gradients.get(name)) + " = " + text(after.get(name)));
        }
        return lines;
    }

    /** "rows 3, 1" or "all 4 rows", for captions. */
    public String rowsInWords(int allRows) {
        if (rows.length == 0) return "";
        if (rows.length == allRows && allRows > 1) return "all " + allRows + " rows";
        StringBuilder text = new StringBuilder(rows.length == 1 ? "row " : "rows ");
        for (int i = 0; i < rows.length; i++) text.append(i > 0 ? ", " : "").append(rows[i]);
        return text.toString();
    }

    private static String text(Tensor value) {
        return value.shape().isScalar() ? Numbers.format(value.scalar()) : TensorText.precise(value);
    }

    /** A negative number after "·" gets brackets, as the steps write it. */
    private static String operand(Tensor value) {
        return value.shape().isScalar() ? Numbers.operand(value.scalar()) : TensorText.precise(value);
    }
}
