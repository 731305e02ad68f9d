package studio.backprop.ui;

import studio.backprop.Launcher;

/**
 * The app started as {@code java -jar} starts it, with {@link FirstFrame} watching for the lecture
 * graph: the first frame in which its seven nodes and their values are on the screen.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    public static void main(String[] args) throws Exception {
        FirstFrame.watch(scene -> scene.getRoot().lookupAll(".graph-node").size() >= 7);
        Launcher.main(args);
    }
}
