package studio.backprop.ui;

import studio.backprop.layout.ElkLayeredLayout;
import studio.backprop.layout.LayoutStyle;

/** View models wired to run everything at once on the calling thread: no Stage, no FX thread. */
final class Models {

    private Models() {
    }

    static StudioModel synchronous(ManualBeats beats) {
        return new StudioModel(new StudioOptions(Debouncer.IMMEDIATE, Runnable::run, Runnable::run, beats,
                new ElkLayeredLayout(), LayoutStyle.DEFAULT, 0));
    }

    static StudioModel synchronous() {
        return synchronous(new ManualBeats());
    }
}
