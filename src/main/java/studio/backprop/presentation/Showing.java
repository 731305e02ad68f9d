package studio.backprop.presentation;

import java.util.Objects;

import studio.backprop.autodiff.Analysis;
import studio.backprop.autodiff.PassTimeline;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.layout.Drawing;

/**
 * What the window shows at one moment, as one immutable value: a program that compiled, its
 * drawing, both passes for the current input values, and where the animation stands. The window
 * replaces it in one go whenever any of these changes, so no view ever sees one program's drawing
 * with another program's values, or a position that the timeline does not have.
 *
 * <p>A graph too large to draw has no drawing but the reason why ({@link #noPicture()}); its
 * numbers, steps and captions are all there as usual.
 *
 * <p>Reveal mode's hidden numbers are not part of it: they change with every click, and they only
 * ever hide what this value says.
 *
 * @param source    the program text the graph was compiled from
 * @param drawing   the layout of the graph, {@code timeline.analysis().graph()}, or null if there is none
 * @param noPicture why there is no drawing, or null if there is one
 * @param timeline  the steps of both passes over the current values
 * @param position  where the animation stands, from 0 ("nothing computed") to {@code timeline.end()}
 */
public record Showing(String source, Drawing drawing, String noPicture, PassTimeline timeline, int position) {

    /** What the canvas adds after {@link #noPicture()}. */
    public static final String NUMBERS_STILL_HERE = "The variables, the nudge check and the captions work as usual.";

    public Showing {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(timeline, "timeline");
        if ((drawing == null) == (noPicture == null)) {
            throw new IllegalArgumentException("A program is shown with a drawing or with the reason it has none");
        }
        if (drawing != null) {
            // Throws if the drawing was made for another graph: the one mix-up this value exists to rule out.
            drawing.box(timeline.analysis().graph().output());
            if (drawing.boxes().size() != timeline.analysis().graph().size()) {
                throw new IllegalArgumentException("The drawing has " + drawing.boxes().size() + " boxes for a graph of "
                        + timeline.analysis().graph().size() + " nodes");
            }
        }
        position = Math.max(0, Math.min(position, timeline.end()));
    }

    /** A program as it first appears: nothing computed yet. */
    public static Showing start(String source, Drawing drawing, Analysis analysis) {
        return new Showing(source, drawing, null, new PassTimeline(analysis), 0);
    }

    /** A program too large to draw, as it first appears: {@code reason} says why there is no picture. */
    public static Showing undrawn(String source, String reason, Analysis analysis) {
        return new Showing(source, null, reason, new PassTimeline(analysis), 0);
    }

    public Analysis analysis() {
        return timeline.analysis();
    }

    public ComputationGraph graph() {
        return timeline.analysis().graph();
    }

    /** Whether there is a picture; if not, {@link #noPicture()} says why. */
    public boolean drawn() {
        return drawing != null;
    }

    /**
     * What the status bar says about the picture, or null: the compromise a quick layout made. A
     * missing picture is said where the picture would be.
     */
    public String pictureNote() {
        return drawing == null ? null : drawing.effort().compromise();
    }

    /** The same program with new input values, at the same step: dragging a slider does not restart the animation. */
    public Showing withValues(Analysis values) {
        if (values.graph() != graph()) {
            throw new IllegalArgumentException("New values must be for the graph that is showing");
        }
        return new Showing(source, drawing, noPicture, new PassTimeline(values), position);
    }

    /** The same program and values at another step (clamped to the timeline); this one if it is already there. */
    public Showing at(int newPosition) {
        int clamped = Math.max(0, Math.min(newPosition, timeline.end()));
        return clamped == position ? this : new Showing(source, drawing, noPicture, timeline, clamped);
    }

    /** Whether {@code other} shows the same program, drawn the same way (perhaps with other values or at another step). */
    public boolean sameProgram(Showing other) {
        return other != null && other.graph() == graph() && other.drawing == drawing;
    }

    /**
     * What every node and edge shows now, with {@code concealment}'s numbers held back; edges write
     * what the drawing has room for (numbers when there is no drawing: the caption still writes them).
     */
    public FrameContent frame(Concealment concealment) {
        FrameContent.Shown shown = drawing == null ? FrameContent.Shown.ALL : FrameContent.Shown.ALL.writing(drawing.edgeLabels());
        return new FrameContent(timeline, position, shown, concealment);
    }
}
