package studio.backprop.ui.canvas;

import javafx.animation.Interpolator;
import javafx.animation.Transition;
import javafx.util.Duration;

import studio.backprop.graph.Node;
import studio.backprop.layout.Drawing;

/**
 * The follow camera: while the whole graph cannot be shown with its numbers at the chosen text
 * size, each step moves the view smoothly to the step's node with its operands and users, at the
 * chosen size (or at the zoom the teacher set by hand). Fitting the whole graph (F) holds it until
 * the next step; turning it off (C) gives the whole graph back.
 */
final class FollowCamera {

    /** How long the flight to a step takes, at an animation speed of 1. */
    static final double FLIGHT_MILLIS = 450;

    private final Viewport viewport;
    private Transition flight;
    private boolean enabled = true;
    private boolean held;
    private Node active;
    private boolean forward;

    FollowCamera(Viewport viewport) {
        this.viewport = viewport;
    }

    void setEnabled(boolean on) {
        enabled = on;
        held = false;
    }

    boolean enabled() {
        return enabled;
    }

    /** A new step: the node it computes (null at the start) and its pass. Ends a hold. */
    void step(Node node, boolean forwardPass) {
        active = node;
        forward = forwardPass;
        held = false;
    }

    /** The whole graph was asked for: the camera waits for the next step. */
    void hold() {
        held = true;
        stop();
    }

    Node active() {
        return active;
    }

    boolean forward() {
        return forward;
    }

    /** Whether the camera has the view now. */
    boolean engaged(double viewWidth, double viewHeight, Drawing drawing) {
        return enabled && !held && active != null && drawing != null && drawing.boxes().size() > active.index()
                && drawing.boxes().get(active.index()).node() == active && CameraShot.needed(viewWidth, viewHeight, drawing);
    }

    /** Moves the view to the step, over {@code millis} (at once for 0), at {@code scale}. */
    void aim(Drawing drawing, double viewWidth, double viewHeight, double scale, double millis) {
        CameraShot shot = CameraShot.of(drawing, active, forward, viewWidth, viewHeight, scale);
        stop();
        if (millis <= 0) {
            viewport.set(shot.scale(), shot.translateX(), shot.translateY());
            return;
        }
        double fromScale = viewport.scale();
        double fromX = viewport.translateXProperty().get();
        double fromY = viewport.translateYProperty().get();
        flight = new Transition() {
            {
                setCycleDuration(Duration.millis(millis));
                setInterpolator(Interpolator.EASE_BOTH);
            }

            @Override
            protected void interpolate(double t) {
                viewport.set(fromScale + (shot.scale() - fromScale) * t, fromX + (shot.translateX() - fromX) * t,
                        fromY + (shot.translateY() - fromY) * t);
            }
        };
        flight.play();
    }

    void stop() {
        if (flight != null) flight.stop();
        flight = null;
    }
}
