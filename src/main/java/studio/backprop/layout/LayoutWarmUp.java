package studio.backprop.layout;

import studio.backprop.graph.BuildOptions;
import studio.backprop.graph.GraphBuilder;

/**
 * Lays out a two-node graph on a thread of its own, so that the first real layout finds ELK ready.
 *
 * <p>ELK's first layout in a JVM costs about a second: registering its options and loading some
 * 2,000 classes, which class-data sharing cannot keep (EMF's are Java 5 class files). The window and
 * {@code export} start it at once and spend that time starting JavaFX or reading the command line
 * on the other core. A layout that comes first simply waits for the registration; a warm-up that
 * fails changes nothing, since the real layout meets and reports the same problem.
 */
public final class LayoutWarmUp {

    private LayoutWarmUp() {
    }

    public static void start() {
        Thread thread = new Thread(LayoutWarmUp::layOutOnce, "backprop-layout-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.start();
    }

    private static void layOutOnce() {
        try {
            ElkLayeredLayout.laidOut(GraphBuilder.compile("J = 2*a", BuildOptions.MERGED), LayoutStyle.DEFAULT,
                    LayoutEffort.forSize(2, 2), () -> false);
        } catch (RuntimeException | LinkageError ignored) {
            // See the class comment: the first real layout reports whatever went wrong here.
        }
    }
}
