package studio.backprop.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import studio.backprop.expr.ProgramException;
import studio.backprop.expr.SizeLimit;

/**
 * A program too large for the memory Java has is refused early, in words that name the limit:
 * a 50 MB one-line program used to churn for a minute and die of an OutOfMemoryError.
 */
class SizeLimitTest {

    @Test
    void theLimitGrowsWithTheMemoryJavaHasAndNeverFallsBelowAHundredThousandNodes() {
        long megabytes = Runtime.getRuntime().maxMemory() >> 20;
        assertThat(SizeLimit.mostNodes()).isGreaterThanOrEqualTo(100_000)
                .isGreaterThanOrEqualTo((int) Math.min(Integer.MAX_VALUE / 2, megabytes * 1_000));
    }

    @Test
    void aProgramOfMoreNodesThanTheLimitIsRefusedWhereTheLimitWasPassed() {
        StringBuilder chain = new StringBuilder("x0 = 1\n");
        for (int k = 1; k <= 2_000; k++) chain.append('x').append(k).append(" = sin(x").append(k - 1).append(")\n");
        assertThatThrownBy(() -> GraphBuilder.compile(chain.toString(), BuildOptions.MERGED, 1_000))
                .isInstanceOf(ProgramException.class)
                .hasMessageStartingWith("The program has more than 1,000 nodes, the most that fit in the memory Java has (")
                .hasMessageEndingWith("Split it into smaller programs, or give Java more, as in java -Xmx8g -jar "
                        + "backprop-studio.jar ...")
                .satisfies(thrown -> {
                    ProgramException problem = (ProgramException) thrown;
                    assertThat(problem.kind()).isEqualTo(ProgramException.Kind.VALUES);
                    assertThat(problem.span().line()).as("x1000, the 1,001st node").isEqualTo(1_001);
                });
    }

    @Test
    void aStatementTooLongToHoldIsRefusedBeforeItsSyntaxTreeIsBuilt() {
        String sum = "a = 2\nJ = a" + " + a".repeat(5_000);
        assertThatThrownBy(() -> GraphBuilder.compile(sum, BuildOptions.MERGED, 1_000))
                .isInstanceOf(ProgramException.class)
                .hasMessageStartingWith("This statement is longer than 1,000 symbols, the most that fit in the memory");
    }

    @Test
    void programsWithinTheLimitAreUntouchedAndBlankLinesDoNotCount() {
        String program = "a = 2\n" + "\n".repeat(5_000) + "J = a" + " + a".repeat(400);
        assertThat(GraphBuilder.compile(program, BuildOptions.MERGED, 1_000).size()).isEqualTo(401);
    }
}
