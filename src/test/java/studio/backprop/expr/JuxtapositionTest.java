package studio.backprop.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names side by side as the course writes products: 3xy, 3(a + bc), w1x1. */
class JuxtapositionTest {

    static String tree(String source) {
        return SExpressionPrinter.print(Parser.parse(source).last().value());
    }

    @ParameterizedTest(name = "{0}  →  {1}")
    @CsvSource(delimiter = '|', textBlock = """
            x = 2; y = 1; J = 3xy                    | (* (* 3 x) y)
            a = 5; b = 3; c = 2; J = 3(a + bc)       | (* 3 (+ a (* b c)))
            w1 = 0.5; x1 = 2; J = w1x1 + 1           | (+ (* w1 x1) 1)
            x₁ = 1; x₂ = 2; J = x₁x₂                 | (* x₁ x₂)
            a = 1; b = 2; c = 3; J = abc             | (* (* a b) c)
            x = 2; y = 1; J = xy^2                   | (* x (^ y 2))
            x = 2; y = 1; J = xy²                    | (* x (^ y 2))
            x = 2; y = 1; J = 2^xy                   | (* (^ 2 x) y)
            x = 2; y = 1; J = 2^(xy)                 | (^ 2 (* x y))
            x = 2; y = 1; J = -xy                    | (* (- x) y)
            """)
    void aNameThatIsNotDefinedButReadsAsDefinedNamesIsTheirProduct(String source, String expected) {
        assertThat(tree(source)).isEqualTo(expected);
    }

    @Test
    void theTutorialsPolynomialReadsAsTheTutorialMeansIt() {
        Program program = Parser.parse("x = 2\ny = 1\nz = x² − 6y² + 3xy − x + 2y + 6");
        assertThat(SExpressionPrinter.print(program.last().value()))
                .isEqualTo("(+ (+ (- (+ (- (^ x 2) (* 6 (^ y 2))) (* (* 3 x) y)) x) (* 2 y)) 6)");
        assertThat(program.notes()).containsExactly(new Note(new Span(3, 17, 28, 30), "xy is read as x·y."));
    }

    @Test
    void aDefinedNameAlwaysMeansItself() {
        assertThat(tree("x = 2; y = 3; xy = 10; J = 3xy")).isEqualTo("(* 3 xy)");
        assertThat(Parser.parse("x = 2; y = 3; xy = 10; J = 3xy").notes()).isEmpty();
    }

    @Test
    void eachNameIsNotedOnceWhereItFirstAppears() {
        Program program = Parser.parse("a = 1; b = 2; J = ab + a*b + ab");
        assertThat(tree("a = 1; b = 2; J = ab + a*b + ab")).isEqualTo("(+ (+ (* a b) (* a b)) (* a b))");
        assertThat(program.notes()).extracting(Note::located).containsExactly("1:19: ab is read as a·b.");
    }

    @Test
    void eachPartSpansItsOwnLetters() {
        Expr product = Parser.parse("b = 3; c = 2\nJ = bc").last().value();
        Expr.Binary times = (Expr.Binary) product;
        assertThat(times.left().span()).isEqualTo(new Span(2, 5, 17, 18));
        assertThat(times.right().span()).isEqualTo(new Span(2, 6, 18, 19));
        assertThat(times.span()).isEqualTo(new Span(2, 5, 17, 19));
    }

    @Test
    void twoWaysToSplitAreAnErrorThatAsksForTheStar() {
        ProgramException error = catchThrowableOfType(ProgramException.class,
                () -> Parser.parse("a = 1; b = 2; ab = 3; c = 4; J = abc"));
        assertThat(error.getMessage()).isEqualTo(
                "'abc' can be read as a·b·c or as ab·c. Write a*b*c or ab*c, or define abc on an earlier line.");
        assertThat(error.span()).isEqualTo(new Span(1, 34, 33, 36));
        assertThat(error.kind()).isEqualTo(ProgramException.Kind.NAMES);
    }

    @Test
    void aNameThatDoesNotSplitIsAnInputOfItsOwnAndStaysOne() {
        assertThat(tree("a = 1; J = ab")).isEqualTo("ab");
        assertThat(tree("J = ab; a = 1; b = 2; K = ab")).as("one name, one meaning").isEqualTo("ab");
        assertThat(tree("a = 1; J = ae")).as("constants are not parts").isEqualTo("ae");
        assertThat(tree("ab")).isEqualTo("ab");
    }

    @Test
    void aFreeNameThatWouldSplitIntoNamesUsedSoFarGetsAHint() {
        Program program = Parser.parse("z = x² − 6y² + 3xy − x + 2y + 6");
        assertThat(SExpressionPrinter.print(program.last().value())).contains("(* 3 xy)");
        assertThat(program.notes()).extracting(Note::text).containsExactly("xy is a name of its own, an input without "
                + "a value. To multiply x and y, give them values on earlier lines, or write x*y.");
    }

    @Test
    void aNameFollowedByABracketIsNotSplit() {
        ProgramException error = catchThrowableOfType(ProgramException.class, () -> Parser.parse("x = 1; y = 2; J = xy(x + 1)"));
        assertThat(error.getMessage()).isEqualTo(
                "Unknown function 'xy'. To multiply by xy, write xy*(...), or define xy on an earlier line.");
        assertThat(tree("x = 1; y = 2; J = xy*(x + 1)")).isEqualTo("(* (* x y) (+ x 1))");
    }

    @Test
    void theLeftOfAnAssignmentIsANewName() {
        Program program = Parser.parse("x = 1; y = 2; xy = 5; J = xy");
        assertThat(((Statement.Assignment) program.statements().get(2)).name()).isEqualTo("xy");
        assertThat(tree("x = 1; y = 2; xy = 5; J = xy")).isEqualTo("xy");
    }
}
