package studio.backprop.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes frames in one file format. */
interface FrameWriter {

    /** Whether one file holds many frames (PDF pages, Beamer overlays); otherwise each frame is a file. */
    default boolean holdsManyFrames() {
        return false;
    }

    /** Told before an export of {@code count} numbered files, one frame each, which a writer may write faster together. */
    default void expectFrames(int count) {
    }

    /** Writes the frames, which are one unless {@link #holdsManyFrames()}. */
    void write(List<Frame> frames, OutputStream out) throws IOException;
}
