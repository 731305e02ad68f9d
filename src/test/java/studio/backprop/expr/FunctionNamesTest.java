package studio.backprop.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The functions' spellings come from the ops, and each one reads as the op that owns it. */
class FunctionNamesTest {

    @Test
    void everySpellingHasItsOperation() {
        for (Op op : Op.values()) {
            for (String spelling : op.spellings()) {
                assertThat(FunctionNames.named(spelling)).as(spelling).contains(op);
                Expr parsed = Parser.parse("x = 1; y = 2; J = " + call(spelling, op.arity())).last().value();
                assertThat(parsed).isInstanceOf(Expr.Call.class);
                assertThat(((Expr.Call) parsed).op()).as(spelling).isEqualTo(op);
            }
        }
    }

    @Test
    void noSpellingBelongsToTwoOperations() {
        assertThat(FunctionNames.all()).doesNotHaveDuplicates();
    }

    @Test
    void theLanguageReferenceNamesEveryFunction() throws IOException {
        String reference = Files.readString(Path.of("docs/language.md"));
        for (String spelling : FunctionNames.all()) {
            assertThat(reference).as("docs/language.md mentions " + spelling).contains("`" + spelling);
        }
    }

    @Test
    void aMistypedNameGetsTheClosestSpelling() {
        assertThat(FunctionNames.suggestionFor("sigmod")).contains("sigmoid");
        assertThat(FunctionNames.suggestionFor("xy")).isEmpty();
    }

    private static String call(String spelling, int arity) {
        return spelling + "(" + (arity == 1 ? "x" : "x, y") + ")";
    }
}
