package studio.backprop.layout;

import java.util.function.BooleanSupplier;

import org.eclipse.elk.core.util.BasicProgressMonitor;

/**
 * An ELK progress monitor that reports cancellation when asked to, or when the layout thread is
 * interrupted.
 *
 * <p>ELK Layered asks {@link #isCanceled()} between its processors (about 30 steps), and then
 * returns quietly, so a caller must check {@link #isCanceled()} again afterwards. Every sub-task
 * monitor shares the same question, because ELK hands sub-monitors to the phases.
 */
final class CancellableMonitor extends BasicProgressMonitor {

    private final BooleanSupplier cancelled;

    CancellableMonitor(BooleanSupplier cancelled) {
        this.cancelled = cancelled;
    }

    @Override
    public boolean isCanceled() {
        return cancelled.getAsBoolean() || Thread.currentThread().isInterrupted();
    }

    @Override
    protected BasicProgressMonitor doSubTask(float work, int maxHierarchyLevels) {
        return new CancellableMonitor(cancelled);
    }
}
