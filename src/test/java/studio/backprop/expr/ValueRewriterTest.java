package studio.backprop.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ValueRewriterTest {

    @Test
    void declaredValuesAreReplacedInPlaceKeepingCommentsAndLayout() {
        String source = "# lecture\na = 5   # first input\nb = -3\nJ = a*b\n";
        assertThat(ValueRewriter.withValues(source, Map.of("a", 7.5, "b", 2.0)))
                .isEqualTo("# lecture\na = 7.5   # first input\nb = 2\nJ = a*b\n");
    }

    @Test
    void unchangedValuesKeepTheirSpelling() {
        String source = "c = 1e-3\nJ = 2*c";
        assertThat(ValueRewriter.withValues(source, Map.of("c", 0.001))).isEqualTo(source);
    }

    @Test
    void inputsTheProgramOnlyUsesGetALineAtTheTop() {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("a", 5.0);
        values.put("b", 3.0);
        values.put("c", 2.0);
        assertThat(ValueRewriter.withValues("3*(a+b*c)", values)).isEqualTo("a = 5\nb = 3\nc = 2\n3*(a+b*c)");
    }

    @Test
    void aComputedNameSetToANumberIsFoundByItsPrimedLabel() {
        assertThat(ValueRewriter.withValues("a = 1; c = a + 1; c = 3", Map.of("a", 1.0, "c′", 4.0)))
                .isEqualTo("a = 1; c = a + 1; c = 4");
    }

    @Test
    void theResultReadsBackAsTheSameValues() {
        String saved = ValueRewriter.withValues("a = 1; J = a", Map.of("a", 0.1 + 0.2));
        Statement.Assignment a = (Statement.Assignment) Parser.parse(saved).statements().get(0);
        assertThat(((Expr.Num) a.value()).value()).isEqualTo(0.1 + 0.2);
    }

    @Test
    void aProgramWithAnErrorIsSavedAsItIs() {
        String broken = "a = 5; J = 3*(a +";
        assertThat(ValueRewriter.withValues(broken, Map.of("a", 9.0))).isEqualTo(broken);
    }

    @Test
    void negativeNewValuesReplaceTheWholeSignedLiteral() {
        assertThat(ValueRewriter.withValues("b = -3; J = b", Map.of("b", -4.0))).isEqualTo("b = -4; J = b");
        assertThat(ValueRewriter.withValues("b = -3; J = b", Map.of("b", 4.0))).isEqualTo("b = 4; J = b");
    }
}
