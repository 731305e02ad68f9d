package studio.backprop.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParserTest {

    /** The last statement's expression as an S-expression. */
    static String tree(String source) {
        return SExpressionPrinter.print(Parser.parse(source).last().value());
    }

    @ParameterizedTest(name = "{0}  →  {1}")
    @CsvSource(delimiter = '|', textBlock = """
            3*(a+b*c)      | (* 3 (+ a (* b c)))
            a + b * c      | (+ a (* b c))
            a * b + c      | (+ (* a b) c)
            a - b - c      | (- (- a b) c)
            a / b / c      | (/ (/ a b) c)
            a / b * c      | (* (/ a b) c)
            2^3^2          | (^ 2 (^ 3 2))
            -x^2           | (- (^ x 2))
            -2^2           | (- (^ 2 2))
            2^-1           | (^ 2 (- 1))
            --x            | (- (- x))
            +x             | x
            a * -b         | (* a (- b))
            (a + b) * c    | (* (+ a b) c)
            a ** b ** c    | (^ a (^ b c))
            2*a^2          | (* 2 (^ a 2))
            """)
    void precedenceAndAssociativity(String source, String expected) {
        assertThat(tree(source)).isEqualTo(expected);
    }

    @Test
    void powerIsRightAssociative() {
        assertThat(tree("2^3^2")).isEqualTo("(^ 2 (^ 3 2))");
    }

    @Test
    void unaryMinusBindsLooserThanPower() {
        assertThat(tree("-x^2")).isEqualTo("(- (^ x 2))");
    }

    @ParameterizedTest(name = "{0}  →  {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2b                     | (* 2 b)
            3(a+b)                 | (* 3 (+ a b))
            (a+b)(b+1)             | (* (+ a b) (+ b 1))
            (a+b)c                 | (* (+ a b) c)
            (a+b)2                 | (* (+ a b) 2)
            c = 2; c(a+2b)         | (* c (+ a (* 2 b)))
            2x^2                   | (* 2 (^ x 2))
            a/2b                   | (* (/ a 2) b)
            2 b                    | (* 2 b)
            2exp(x)                | (* 2 (exp x))
            2e                     | (* 2 e)
            3x²y                   | (* (* 3 (^ x 2)) y)
            2(a)(b)                | (* (* 2 a) b)
            """)
    void multiplicationIsImpliedExactlyWhereStudentsWriteIt(String source, String expected) {
        assertThat(tree(source)).isEqualTo(expected);
    }

    @Test
    void namesHaveSeveralLettersSoAdjacentLettersAreOneName() {
        assertThat(tree("w1*x1 + yhat + x_2")).isEqualTo("(+ (+ (* w1 x1) yhat) x_2)");
        assertThat(tree("ab")).isEqualTo("ab");
    }

    @ParameterizedTest(name = "{0}  →  {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a·b            | (· a b)
            a×b            | (* a b)
            a∙b            | (· a b)
            a⋅b            | (· a b)
            a÷b            | (/ a b)
            a−b            | (- a b)
            −a             | (- a)
            x²             | (^ x 2)
            x³             | (^ x 3)
            x⁻¹            | (^ x (- 1))
            σ(z)           | (sigmoid z)
            α + θ·η        | (+ α (· θ η))
            x₁ + x₂        | (+ x₁ x₂)
            π*r^2          | (* π (^ r 2))
            log(x)         | (ln x)
            max(a, b)      | (max a b)
            """)
    void unicodeFromSlidesMeansWhatItLooksLike(String source, String expected) {
        assertThat(tree(source)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"1, 1", "2.5, 2.5", ".5, 0.5", "1e-3, 0.001", "6.02E23, 6.02e23", "1., 1", "2E+2, 200"})
    void numbersAreReadAsWritten(String source, String expected) {
        assertThat(tree(source)).isEqualTo(expected);
    }

    @Test
    void statementsAreSeparatedByNewlinesAndSemicolonsAndCommentsAreSkipped() {
        Program program = Parser.parse("""
                # the lecture
                a = 5 ; b = 3
                c = 2   # last input

                u = b*c; v = a + u
                J = 3*v
                """);
        assertThat(program.statements()).hasSize(6);
        assertThat(names(program)).containsExactly("a", "b", "c", "u", "v", "J");
    }

    @Test
    void newlinesInsideParenthesesContinueTheExpression() {
        Program program = Parser.parse("L = -(y*ln(a)\n      + (1-y)*ln(1-a))");
        assertThat(program.statements()).hasSize(1);
        assertThat(tree("L = -(y*ln(a)\n + (1-y)*ln(1-a))"))
                .isEqualTo("(- (+ (* y (ln a)) (* (- 1 y) (ln (- 1 a)))))");
    }

    @Test
    void compoundAssignmentIsSugarForANewDefinition() {
        assertThat(tree("c = 2; c += c + 1")).isEqualTo("(+ c (+ c 1))");
        assertThat(tree("c = 2; c -= 1")).isEqualTo("(- c 1)");
        assertThat(tree("c = 2; c *= 3")).isEqualTo("(* c 3)");
        assertThat(tree("c = 2; c /= 4")).isEqualTo("(/ c 4)");
    }

    @Test
    void theLastStatementCanBeABareExpression() {
        Program program = Parser.parse("a = 1\n3*a");
        assertThat(program.last()).isInstanceOf(Statement.Output.class);
    }

    @Test
    void spansPointAtTheTextTheyCameFrom() {
        Program program = Parser.parse("a = 5\nJ = 3 * (a + b)");
        Statement.Assignment j = (Statement.Assignment) program.last();
        assertThat(j.nameSpan()).isEqualTo(new Span(2, 1, 6, 7));
        Expr.Binary times = (Expr.Binary) j.value();
        assertThat(times.span()).isEqualTo(new Span(2, 5, 10, 20));
        Expr.Binary plus = (Expr.Binary) times.right();
        assertThat(plus.left().span()).isEqualTo(new Span(2, 10, 15, 16));
    }

    @Test
    void columnsCountCharactersNotBytesOrUtf16Units() {
        ProgramException error = ProgramExceptionCapture.of("θ·η + $");
        assertThat(error.span().column()).isEqualTo(7);
    }

    private static List<String> names(Program program) {
        return program.statements().stream()
                .map(statement -> ((Statement.Assignment) statement).name())
                .collect(Collectors.toList());
    }
}
