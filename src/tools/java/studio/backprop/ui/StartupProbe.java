package studio.backprop.ui;

import java.util.Arrays;

import studio.backprop.Launcher;

/**
 * The app started as {@code java -jar} starts it, with {@link FirstFrame} watching for the lecture
 * graph: the first frame in which its seven nodes and their values are on the screen.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    /** With {@code --any-frame FILE}: the window's first frame of any kind, with FILE as its program. */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--any-frame")) {
            FirstFrame.watch(scene -> true);
            Launcher.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        FirstFrame.watch(scene -> scene.getRoot().lookupAll(".graph-node").size() >= 7);
        Launcher.main(args);
    }
}
