package studio.backprop.ui;

import studio.backprop.layout.ElkLayeredLayout;
import studio.backprop.layout.GraphLayout;
import studio.backprop.layout.LayoutStyle;
import studio.backprop.ui.editor.Debouncer;
import studio.backprop.ui.playback.ManualBeats;

/** View models wired to run everything at once on the calling thread: no Stage, no FX thread. */
public final class Models {

    private Models() {
    }

    public static StudioModel synchronous(ManualBeats beats) {
        return synchronous(beats, new ElkLayeredLayout());
    }

    public static StudioModel synchronous(ManualBeats beats, GraphLayout layout) {
        return new StudioModel(new StudioOptions(Debouncer.IMMEDIATE, Runnable::run, Runnable::run, Runnable::run,
                beats, layout, LayoutStyle.DEFAULT, 0, null));
    }

    public static StudioModel synchronous() {
        return synchronous(new ManualBeats());
    }
}
