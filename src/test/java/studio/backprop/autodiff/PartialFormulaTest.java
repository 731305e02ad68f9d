package studio.backprop.autodiff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import studio.backprop.expr.DerivativeFormula;
import studio.backprop.expr.FormulaNames;
import studio.backprop.expr.Op;

/**
 * The local derivatives written as the lecture writes them, and each formula read back through
 * the language at a point: what the edge says is what the pass computes.
 */
class PartialFormulaTest {

    @ParameterizedTest(name = "∂{1}/∂slot {2} of {0} = {5}")
    @CsvSource(delimiter = '|', textBlock = """
            MUL     | u | 0 | b   | c  | c
            MUL     | u | 1 | b   | c  | b
            ADD     | v | 0 | a   | u  | 1
            SUB     | v | 1 | a   | u  | −1
            DIV     | q | 0 | x   | y  | 1/y
            DIV     | q | 1 | x   | y  | −x/y²
            POW     | p | 0 | x   | y  | y·x^(y − 1)
            POW     | p | 1 | x   | y  | p·ln(x)
            """)
    void twoOperandsInTheirNames(Op op, String result, int slot, String x, String y, String expected) {
        assertThat(op.partialFormula(slot, FormulaNames.of(result, x, y), 0).text()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "∂{1}/∂{2} of {0} = {4}")
    @CsvSource(delimiter = '|', textBlock = """
            SIGMOID | a | z | 0  | a(1 − a)
            TANH    | t | z | 0  | 1 − t²
            EXP     | u | z | 0  | u
            LN      | u | a | 0  | 1/a
            SQRT    | u | x | 0  | 1/(2√x)
            SIN     | u | x | 0  | cos(x)
            COS     | u | x | 0  | −sin(x)
            TAN     | u | x | 0  | 1 + u²
            NEG     | u | x | 0  | −1
            RELU    | h | z | 1  | 1 (z > 0)
            RELU    | h | z | 0  | 0 (z ≤ 0)
            ABS     | h | x | -1 | −1 (x < 0)
            STEP    | h | z | 0  | 0
            """)
    void oneOperandInTheLecturesForm(Op op, String result, String x, int side, String expected) {
        assertThat(op.partialFormula(0, FormulaNames.of(result, x), side).text()).isEqualTo(expected);
    }

    @Test
    void aNumberOperandIsANumber() {
        FormulaNames threeTimesV = new FormulaNames("J", List.of(new FormulaNames.Name("3", 3), FormulaNames.Name.of("v")));
        assertThat(Op.MUL.partialFormula(1, threeTimesV, 0).text()).isEqualTo("3");
        assertThat(Op.MUL.partialFormula(1, threeTimesV, 0).isNumber()).isTrue();
        FormulaNames aSquared = new FormulaNames("J", List.of(FormulaNames.Name.of("a"), new FormulaNames.Name("2", 2)));
        assertThat(Op.POW.partialFormula(0, aSquared, 0).text()).isEqualTo("2a");
        FormulaNames aCubed = new FormulaNames("J", List.of(FormulaNames.Name.of("a"), new FormulaNames.Name("3", 3)));
        assertThat(Op.POW.partialFormula(0, aCubed, 0).text()).isEqualTo("3a²");
    }

    @Test
    void maxAndMinSayWhichArgumentTheyChoseAndSplitATie() {
        FormulaNames ab = FormulaNames.of("m", "a", "b");
        assertThat(Op.MAX.partialFormula(0, ab, 1).text()).isEqualTo("1 (a > b)");
        assertThat(Op.MAX.partialFormula(1, ab, 1).text()).isEqualTo("0 (a > b)");
        assertThat(Op.MIN.partialFormula(0, ab, 1).text()).isEqualTo("0 (a > b)");
        assertThat(Op.MAX.partialFormula(1, ab, 0).text()).isEqualTo("0.5 (a = b)");
    }

    @Test
    void productsSimplifyAsTheCourseDoes() {
        // dJ/db = ∂J/∂v · ∂v/∂u · ∂u/∂b = 3 · 1 · c = 3c
        DerivativeFormula path = DerivativeFormula.number(3).times(DerivativeFormula.number(1))
                .times(DerivativeFormula.factor("c"));
        assertThat(path.text()).isEqualTo("3c");
        // ∂(ln a)/∂a · ∂a/∂z = 1/a · a(1 − a): the a cancels.
        DerivativeFormula logistic = Op.LN.partialFormula(0, FormulaNames.of("p", "a"), 0)
                .times(Op.SIGMOID.partialFormula(0, FormulaNames.of("a", "z"), 0)).times(DerivativeFormula.number(-1));
        assertThat(logistic.text()).isEqualTo("−(1 − a)");
        assertThat(DerivativeFormula.factor("y").times(DerivativeFormula.factor("1 − a")).text()).isEqualTo("y(1 − a)");
    }

    @Test
    void theStructuralOpsLeaveTheirPartialsToTheMatrixForm() {
        assertThat(Op.MATMUL.partialFormula(0, FormulaNames.of("y", "W", "x"), 0)).isNull();
        assertThat(Op.INPUT.partialFormula(0, FormulaNames.of("a"), 0)).isNull();
    }

    /** Every element-wise op at points on each side of its kinks, with named operands and with a number for the first. */
    static Stream<Arguments> points() {
        double[][] points = {{0.7, 1.3}, {2.5, -0.4}, {-1.2, 3.1}, {1.5, 1.5}, {-0.6, -1.7}};
        List<Arguments> cases = new ArrayList<>();
        for (Op op : Op.values()) {
            if (!op.isElementwise()) continue;
            for (double[] point : points) {
                double[] p = java.util.Arrays.copyOf(point, op.arity());
                if (op.domainDistance(p) > 0.05) {
                    for (int slot = 0; slot < op.arity(); slot++) {
                        cases.add(Arguments.of(op, p, slot, false));
                        if (op.arity() == 2 && slot == 1) cases.add(Arguments.of(op, p, slot, true));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} at {1}, slot {2}, first operand a number: {3}")
    @MethodSource("points")
    void everyFormulaReadBackByTheLanguageIsThePartialThePassUses(Op op, double[] point, int slot, boolean numberFirst) {
        List<FormulaNames.Name> names = new ArrayList<>();
        StringBuilder program = new StringBuilder();
        String[] letters = {"x", "y"};
        for (int i = 0; i < point.length; i++) {
            if (i == 0 && numberFirst) {
                names.add(new FormulaNames.Name(Double.toString(point[0]), point[0]));
            } else {
                names.add(FormulaNames.Name.of(letters[i]));
                program.append(letters[i]).append(" = ").append(point[i]).append('\n');
            }
        }
        List<String> written = names.stream().map(name -> name.isNumber() ? "(" + name.text() + ")" : name.text()).toList();
        // As a student types it: write() is for showing, and shows abs(x) as |x|.
        String call = op.isFunction() ? op.spellings().get(0) + "(" + String.join(", ", written) + ")" : op.write(written);
        program.append("u = ").append(call).append('\n');
        double value = op.apply(point);
        DerivativeFormula formula = op.partialFormula(slot, new FormulaNames("u", names), op.sideOfKink(point));
        String expression = formula.expression().replaceAll("√(\\w+)", "sqrt($1)");
        program.append("J = ").append(expression).append('\n');
        double readBack = Programs.analyze(program.toString()).evaluation().output();
        double partial = op.partial(slot, point, value);
        assertThat(readBack).as("%s read back from %s", formula, program).isCloseTo(partial, within(1e-12 * Math.max(1, Math.abs(partial))));
    }
}
