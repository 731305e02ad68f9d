package studio.backprop.expr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each error is pinned down by its message and the line:column and width of its span. */
class ParserErrorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            J = 3*sigmod(x)   | 1:7  | 6 | Unknown function 'sigmod'. Did you mean 'sigmoid'?
            tanhh(x)          | 1:1  | 5 | Unknown function 'tanhh'. Did you mean 'tanh'?
            c(a + 2b)         | 1:1  | 1 | Unknown function 'c'. To multiply by c, write c*(...), or define c on an earlier line.
            pi(r)             | 1:1  | 2 | 'pi' is a constant, not a function. Write pi*(...) to multiply.
            a b               | 1:3  | 1 | Expect an operator between 'a' and 'b'. To multiply, write a*b (names can have several letters).
            2 3               | 1:3  | 1 | Expect an operator between '2' and '3'.
            (a + b            | 1:6  | 1 | Expect ')' to close '(' at 1:1.
            a + b)            | 1:6  | 1 | Unmatched ')'. Remove it, or add '(' where the group starts.
            a +               | 1:3  | 1 | Expect an expression after '+'.
            a + * b           | 1:5  | 1 | Expect an expression after '+', found '*'.
            ()                | 1:2  | 1 | Expect an expression before ')'.
            a + b = 3         | 1:7  | 1 | Expect a single name on the left of '=', as in v = a + u.
            exp + 1           | 1:1  | 3 | 'exp' is a function; call it with parentheses, as in exp(x).
            exp = 2           | 1:1  | 3 | 'exp' is a function; choose another name for this variable.
            max(a)            | 1:1  | 3 | max takes 2 arguments; found 1.
            exp(a, b)         | 1:1  | 3 | exp takes 1 argument; found 2.
            c += 1            | 1:1  | 1 | 'c' has no value yet; define it (c = ...) before using +=.
            a = 1 $ 2         | 1:7  | 1 | Unexpected character '$'. Operators are + - * / ^ and functions are called like exp(x).
            a{1}              | 1:2  | 1 | Unexpected character '{'. Use '(' to group, or '[' for a vector.
            3*a; 2*a          | 1:1  | 3 | Only the last line can be a bare expression. Give this one a name, as in t = ..., or move it to the end.
            f(x, y            | 1:1  | 1 | Unknown function 'f'. To multiply by f, write f*(...), or define f on an earlier line.
            a = 1e999         | 1:5  | 5 | The number 1e999 is too large; the largest is about 1.8e308.
            a, b              | 1:2  | 1 | Unexpected ',' outside a function call.
            "   # only a comment" | 1:20 | 0 | The program is empty. Type an expression such as 3*(a + b*c).
            """)
    void errorsSayWhereAndWhatToDo(String source, String position, int width, String message) {
        ProgramException error = ProgramExceptionCapture.of(source);
        assertThat(error.getMessage()).isEqualTo(message);
        assertThat(error.span().toString()).isEqualTo(position);
        assertThat(error.span().length()).isEqualTo(width);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a = 1\\nJ = (a +\\n b            | 3:2
            a = 1\\nb = 2\\nJ = a b          | 3:7
            x = 1\\n\\n\\ny = sigmod(x)      | 4:5
            """)
    void errorsOnLaterLinesReportThatLine(String escaped, String position) {
        ProgramException error = ProgramExceptionCapture.of(escaped.replace("\\n", "\n"));
        assertThat(error.span().toString()).isEqualTo(position);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            J = 3*sigmod(x)   | NAMES
            pi(r)             | NAMES
            exp = 2           | NAMES
            c += 1            | NAMES
            a b               | SYNTAX
            (a + b            | SYNTAX
            a = 1 $ 2         | SYNTAX
            a = 1e999         | VALUES
            """)
    void eachErrorSaysWhatKindOfMistakeItIs(String source, ProgramException.Kind kind) {
        assertThat(ProgramExceptionCapture.of(source).kind()).isEqualTo(kind);
    }
}
