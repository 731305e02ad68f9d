package studio.backprop.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import studio.backprop.expr.ProgramException;

/**
 * Shapes are checked when the program is read: each message names both operands as written, with
 * their shapes, says what does not fit, and what would; the span is the expression at fault.
 */
class ShapeMessagesTest {

    private static final String TUTORIAL = "W = [[1, 2, 3], [4, 8, 9], [9, 3, 2], [8, 3, 1]]\n"
            + "X = [[4, 8], [7, 2], [6, 9]]\nY = [[5, 2], [6, 2], [8, 1], [9, 1]]\na = [4, 3, 1]\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            J = sum(X @ Y)           | X @ Y    | Cannot multiply X (3×2) by Y (4×2): X has 2 columns but Y has 4 rows. Yᵀ (2×4) would fit: X @ Yᵀ.
            J = sum(X · W)           | X · W    | Cannot multiply X (3×2) by W (4×3): X has 2 columns but W has 4 rows.
            J = sum(X · a)           | X · a    | Cannot multiply X (3×2) by a (3): X has 2 columns but a has 3 rows. Xᵀ (2×3) would fit: Xᵀ @ a.
            J = sum(a @ W)           | a @ W    | Cannot multiply a (3) by W (4×3): a is a column of 3, so it has 1 column but W has 4 rows.
            J = a · [1, 2]           | a · [1, 2] | Cannot take the dot product of a (3) and [1, 2] (2): they have 3 and 2 elements.
            J = sum(X + Y)           | X + Y    | Cannot add X (3×2) and Y (4×2): element by element, the shapes must be the same, or one a scalar, or a vector as long as each row of the matrix.
            J = sum(X * W)           | X * W    | Cannot multiply X (3×2) and W (4×3) element by element: element by element, the shapes must be the same, or one a scalar, or a vector as long as each row of the matrix. For the matrix product, write X @ W.
            J = sum(a - [1, 2])      | a - [1, 2] | Cannot subtract [1, 2] (2) from a (3): element by element, the shapes must be the same, or one a scalar, or a vector as long as each row of the matrix.
            J = sum([[1, 2], [3]])   | [[1, 2], [3]] | The rows of a matrix must all have the same length: row 1 has 2 and row 2 has 1.
            J = sum([1, [2, 3]])     | [1, [2, 3]] | A bracket holds numbers or rows, not both: item 1 is a number and item 2 is a row of 2.
            J = X[2]                 | X[2]     | X is 3×2: give a row and a column, as in X[2,1].
            J = a[1,2]               | a[1,2]   | a is a vector of 3: give one index, as in a[1].
            J = X[4,1]               | X[4,1]   | X is 3×2, so X[4,1] is outside it: rows go from 1 to 3 and columns from 1 to 2.
            J = a[4]                 | a[4]     | a has 3 elements, so a[4] is outside it: indices go from 1 to 3.
            """)
    void shapesThatDoNotFitSayWhyAndWhereAndWhatWould(String line, String at, String message) {
        String program = TUTORIAL + line;
        ProgramException error = catchThrowableOfType(ProgramException.class,
                () -> GraphBuilder.compile(program, BuildOptions.MERGED));
        assertThat(error).as(line).isNotNull();
        assertThat(error.kind()).isEqualTo(ProgramException.Kind.SHAPES);
        assertThat(error.getMessage()).isEqualTo(message);
        assertThat(program.substring(error.span().start(), error.span().end())).isEqualTo(at);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            W · X         | 4×2
            W · a         | 4
            X · Yᵀ        | 3×4
            X @ Y^T       | 3×4
            a · a         | scalar
            aᵀ            | 1×3
            aᵀ @ a        | scalar
            a @ aᵀ        | 3×3
            Xᵀ            | 2×3
            X + [1, 2]    | 3×2
            2 · X         | 3×2
            X - 1         | 3×2
            σ(W · a)      | 4
            sum(W)        | scalar
            mean(a)       | scalar
            X[3,2]        | scalar
            [a, a]        | 2×3
            [1, 2, 3]     | 3
            """)
    void whatFitsHasTheShapeTheCourseGivesIt(String expression, String shape) {
        ComputationGraph graph = GraphBuilder.compile(TUTORIAL + "J = " + expression, BuildOptions.MERGED);
        assertThat(graph.output().shape().toString()).isEqualTo(shape);
    }
}
