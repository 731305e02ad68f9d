package studio.backprop.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import studio.backprop.autodiff.Analysis;
import studio.backprop.autodiff.InputValues;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.GraphBuilder;

/**
 * Very deep and very long programs either evaluate or fail with a clear message, and never
 * overflow the stack. Each runs on a thread with a small (512 KiB) stack, smaller than any the app
 * uses, so a recursion that depends on the input would show up here.
 */
class HugeProgramTest {

    private static final long SMALL_STACK = 512 * 1024;

    @Test
    void aHundredThousandNestedParenthesesFailWithAClearMessage() {
        String source = "(".repeat(100_000) + "a" + ")".repeat(100_000);
        Throwable thrown = onSmallStack(() -> Parser.parse(source));
        assertThat(thrown).isInstanceOf(ProgramException.class)
                .hasMessage("This expression is nested more than 256 levels deep. Split it into named steps (u = ...; v = ...).");
        assertThat(((ProgramException) thrown).span().column()).isEqualTo(257);
    }

    @Test
    void deepUnaryMinusAndPowerTowersFailTheSameWay() {
        assertThat(onSmallStack(() -> Parser.parse("-".repeat(100_000) + "x"))).isInstanceOf(ProgramException.class);
        assertThat(onSmallStack(() -> Parser.parse("2" + "^2".repeat(100_000)))).isInstanceOf(ProgramException.class);
        assertThat(onSmallStack(() -> Parser.parse("exp(".repeat(100_000) + "x" + ")".repeat(100_000))))
                .isInstanceOf(ProgramException.class);
    }

    @Test
    void nestingUpToTheLimitStillWorks() {
        String parentheses = "a = 1; J = " + "(".repeat(255) + "a" + ")".repeat(255);
        assertThat(onSmallStack(() -> analyze(parentheses))).isNull();
        String calls = "a = 1; J = " + "exp(-".repeat(127) + "a" + ")".repeat(127);
        assertThat(onSmallStack(() -> analyze(calls))).isNull();
    }

    @Test
    void aOneMegabyteSumOnOneLineEvaluates() {
        int terms = 250_000;
        String source = "a = 2\nJ = a" + " + a".repeat(terms - 1);
        assertThat(source.length()).isGreaterThan(1_000_000);
        AtomicReference<Analysis> result = new AtomicReference<>();
        assertThat(onSmallStack(() -> result.set(analyze(source)))).isNull();
        Analysis analysis = result.get();
        assertThat(analysis.evaluation().output()).isEqualTo(2.0 * terms);
        assertThat(analysis.gradients().gradient(analysis.graph().input("a").orElseThrow())).isEqualTo(terms);
    }

    @Test
    void aOneMegabyteProgramOfStatementsEvaluates() {
        StringBuilder source = new StringBuilder("x0 = 0.5\n");
        int lines = 0;
        while (source.length() < 1_000_000) {
            lines++;
            source.append("x").append(lines).append(" = x").append(lines - 1).append(" + 0.001\n");
        }
        AtomicReference<Analysis> result = new AtomicReference<>();
        assertThat(onSmallStack(() -> result.set(analyze(source.toString())))).isNull();
        assertThat(result.get().evaluation().output()).isCloseTo(0.5 + lines * 0.001, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(result.get().gradients().gradient(result.get().graph().input("x0").orElseThrow())).isEqualTo(1);
    }

    @Test
    void aOneMegabyteLineOfGarbageFailsQuicklyWithAPosition() {
        String source = "a = 1; J = a + " + "a a ".repeat(250_000);
        Throwable thrown = onSmallStack(() -> Parser.parse(source));
        assertThat(thrown).isInstanceOf(ProgramException.class);
        assertThat(((ProgramException) thrown).span().column()).isEqualTo(18);
    }

    private static Analysis analyze(String source) {
        ComputationGraph graph = GraphBuilder.build(Parser.parse(source));
        return Analysis.of(InputValues.declared(graph));
    }

    /** Runs on a thread with a small stack; returns what it threw, or null. */
    private static Throwable onSmallStack(Runnable work) {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                work.run();
            } catch (Throwable t) {
                thrown.set(t);
            }
        }, "small-stack", SMALL_STACK);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return thrown.get();
    }
}
