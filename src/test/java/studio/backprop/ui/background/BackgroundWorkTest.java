package studio.backprop.ui.background;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BackgroundWorkTest {

    private final List<String> where = new ArrayList<>();
    private final Executor background = work -> {
        where.add("background");
        work.run();
    };
    private final Executor fx = work -> {
        where.add("fx");
        work.run();
    };
    private final List<Throwable> reported = new ArrayList<>();
    private Thread.UncaughtExceptionHandler before;

    @BeforeEach
    void catchReports() {
        before = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((thread, failure) -> reported.add(failure));
    }

    @AfterEach
    void restoreHandler() {
        Thread.currentThread().setUncaughtExceptionHandler(before);
    }

    @Test
    void theResultComesBackOnTheFxExecutor() {
        List<String> results = new ArrayList<>();
        BackgroundWork.run(background, fx, () -> "drawn", results::add, reported::add);
        assertThat(where).containsExactly("background", "fx");
        assertThat(results).containsExactly("drawn");
        assertThat(reported).isEmpty();
    }

    @Test
    void anyFailureComesBackOnTheFxExecutorErrorsIncluded() {
        List<Throwable> failures = new ArrayList<>();
        BackgroundWork.run(background, fx, () -> { throw new IllegalStateException("a bug"); }, result -> { }, failures::add);
        BackgroundWork.run(background, fx, () -> { throw new StackOverflowError(); }, result -> { }, failures::add);
        assertThat(where).containsExactly("background", "fx", "background", "fx");
        assertThat(failures).hasSize(2).first().isInstanceOf(IllegalStateException.class);
        assertThat(failures.get(1)).isInstanceOf(StackOverflowError.class);
    }

    @Test
    void anUnexpectedFailureGoesToTheThreadsHandlerWhichTheAppSetsToItsErrorDialog() {
        IllegalStateException bug = new IllegalStateException("a bug");
        BackgroundWork.run(background, fx, () -> { throw bug; }, result -> { }, BackgroundWork::reportUnexpected);
        assertThat(reported).containsExactly(bug);
    }
}
