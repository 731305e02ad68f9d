package studio.backprop.ui.editor;

/**
 * Runs an action once things have been quiet for a moment: the editor re-parses after a short
 * pause in typing, not on every key. Tests use {@link #IMMEDIATE}.
 */
@FunctionalInterface
public interface Debouncer {

    Debouncer IMMEDIATE = Runnable::run;

    /** Schedules {@code action}, replacing any action scheduled before that has not run yet. */
    void schedule(Runnable action);
}
