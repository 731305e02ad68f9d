package studio.backprop.ui.canvas;

import java.util.List;
import java.util.function.BiConsumer;

import studio.backprop.autodiff.BackwardStep;
import studio.backprop.autodiff.ForwardStep;
import studio.backprop.autodiff.PassTimeline;
import studio.backprop.graph.Node;
import studio.backprop.layout.Drawing;
import studio.backprop.layout.NodeBox;
import studio.backprop.presentation.FrameContent;
import studio.backprop.presentation.GraphStyle;
import studio.backprop.presentation.Showing;
import studio.backprop.training.TrainingStep;
import studio.backprop.ui.StudioModel;

/**
 * Keeps the canvas in step with what is showing: a new drawing when a new program arrives, and
 * what every node and edge shows at the current step, in the theme's {@link GraphStyle} as the
 * exports show it. Values appear as the forward pass reaches them ("?" before), dvars and local
 * derivatives as the backward pass does.
 *
 * <p>The canvas always draws the {@link Showing} this presenter last adopted, never the model's
 * newest one, so its views and the frame they show are always of the same program.
 */
public final class GraphPresenter {

    private final StudioModel model;
    private final GraphCanvas canvas;
    private final TokenAnimator animator;
    private final double animationScale;
    private Showing shown;
    /** The current theme's looks, for every node and edge on every step. */
    private GraphStyle style;
    private boolean textResized;
    /** How often the views were filled in; a test pins one time per new program. */
    int refreshes;

    /** {@code openJacobian} shows a title and a Jacobian over the window. */
    public GraphPresenter(StudioModel model, GraphCanvas canvas, double animationScale,
                          BiConsumer<String, String> openJacobian) {
        this.model = model;
        this.canvas = canvas;
        this.animator = new TokenAnimator(canvas);
        this.animationScale = animationScale;
        this.style = GraphStyle.of(model.themeProperty().get());
        canvas.setOnViewsAdded(this::refresh);
        // Views left alone while off screen catch up as they come into sight.
        canvas.setOnViewsShown((nodes, edges) -> fill(nodes.stream().filter(NodeView::stale).toList(),
                edges.stream().filter(EdgeView::stale).toList()));
        canvas.setOnNodeClicked((node, element) -> {
            if (node.isInput() && element >= 0) model.nudge().select(node, element);
            else if (node.isInput()) model.nudge().select(node.label());
            model.reveal().reveal(node);
        });
        canvas.setOnEdgeClicked(edge -> {
            if (shown != null) {
                openJacobian.accept("Local Jacobian of " + edge.user().label() + " with respect to "
                        + edge.operand().label(), shown.frame(model.reveal()).jacobian(edge));
            }
        });
        model.reveal().changesProperty().addListener((observable, before, now) -> refresh());
        // The new theme's looks at once on the views there are, before its new layout replaces them.
        model.themeProperty().addListener((observable, before, now) -> {
            style = GraphStyle.of(now);
            canvas.framing().setPalette(style.palette());
            refresh();
        });
        canvas.framing().setPalette(style.palette());
        canvas.framing().setFlightMillis(FollowCamera.FLIGHT_MILLIS * animationScale);
        canvas.framing().setFollowing(model.followProperty().get());
        model.followProperty().addListener((observable, before, now) -> canvas.framing().setFollowing(now));
        model.fontScaleProperty().addListener((observable, before, now) -> textResized = true);
        model.showingProperty().addListener((observable, before, now) -> show(before, now));
        model.loadsProperty().addListener((observable, before, now) -> canvas.fitAgain());
        model.nudge().inputProperty().addListener((observable, before, now) -> select(now));
        model.nudge().elementProperty().addListener((observable, before, now) -> select(model.nudge().inputProperty().get()));
        model.busyProperty().addListener((observable, before, now) -> canvas.setBusy(now));
        model.training().watchedUpdateProperty().addListener((observable, before, now) -> {
            if (now != null) animateUpdate(now);
        });
    }

    /** A training step the class can watch: each parameter takes its step against its slope. */
    private void animateUpdate(TrainingStep step) {
        if (animationScale <= 0 || canvas.drawing() == null || !canvas.complete()) return;
        List<NodeView> parameters = canvas.nodeViews().stream()
                .filter(view -> view.node().isInput() && step.after().containsKey(view.node().label())).toList();
        animator.update(step, parameters, model.playback().beatMillis());
    }

    private void show(Showing before, Showing now) {
        shown = now;
        if (!now.sameProgram(before)) {
            animator.stop();
            if (!now.drawn()) {
                canvas.showNoPicture("No picture: " + now.noPicture() + ".\n\n" + Showing.NUMBERS_STILL_HERE);
                return;
            }
            Drawing previous = canvas.drawing();
            // The canvas hands each new slice of views to refresh(...), the first before it returns.
            canvas.show(now.drawing());
            if (textResized && previous != null) canvas.framing().textResized(previous, now.drawing());
            else canvas.framing().fitIfCut();
            textResized = false;
            follow(now);
            return;
        }
        refresh();
        if (now.position() == before.position() + 1) animate(now);
        else if (now.position() != before.position()) animator.stop();
        if (now.position() != before.position()) follow(now);
    }

    /** The camera goes to the step's node, if the graph is too big to show whole at the chosen text size. */
    private void follow(Showing now) {
        canvas.framing().follow(now.timeline().activeNode(now.position()), now.timeline().isForward(now.position()));
    }

    void refresh() {
        refresh(canvas.nodeViews(), canvas.edgeViews());
    }

    private void refresh(List<NodeView> nodeViews, List<EdgeView> edgeViews) {
        if (shown == null || canvas.drawing() == null) return;
        refreshes++;
        fill(nodeViews, edgeViews);
    }

    /** Fills in the views on screen; those off screen are marked, to be filled in when they come into sight. */
    private void fill(List<NodeView> nodeViews, List<EdgeView> edgeViews) {
        if (shown == null || canvas.drawing() == null || nodeViews.isEmpty() && edgeViews.isEmpty()) return;
        FrameContent frame = shown.frame(model.reveal());
        Node selected = model.nudge().inputProperty().get();
        double em = canvas.drawing().fontSize();
        for (NodeView view : nodeViews) {
            if (!view.isVisible()) {
                view.markStale();
                continue;
            }
            Node node = view.node();
            NodeBox box = view.box();
            FrameContent.NodeText text = frame.node(node);
            view.show(style, text, () -> style.node(box.kind(), box.bounds(), em, text), () -> frame.explanation(node),
                    element -> frame.element(node, element));
            view.showHalo(node == selected ? style.halo(box.bounds(), em) : null);
            view.showCellMark(cellMark(view, selected));
            view.valueText().setOpacity(1);
            view.gradientText().setOpacity(1);
        }
        for (EdgeView view : edgeViews) {
            if (!view.isVisible()) {
                view.markStale();
                continue;
            }
            FrameContent.EdgeText text = frame.edge(view.edge());
            view.show(style, text, () -> style.edge(text, view.path().label(), em));
        }
    }

    /** Choosing another input to nudge changes no numbers, only which node is marked. */
    private void select(Node selected) {
        if (canvas.drawing() == null) return;
        double em = canvas.drawing().fontSize();
        for (NodeView view : canvas.nodeViews()) {
            view.showHalo(view.node() == selected ? style.halo(view.box().bounds(), em) : null);
            view.showCellMark(cellMark(view, selected));
        }
    }

    private GraphStyle.HaloLook cellMark(NodeView view, Node selected) {
        NodeBox box = view.box();
        if (view.node() != selected || box.tensor() == null || !box.tensor().grid()) return null;
        return style.cellMark(box.tensor().cell(model.nudge().elementProperty().get(), false));
    }

    private void animate(Showing now) {
        if (animationScale <= 0 || canvas.drawing() == null || !canvas.complete()) return;
        PassTimeline timeline = now.timeline();
        int position = now.position();
        NodeView target = canvas.nodeViews().get(timeline.activeNode(position).index());
        double millis = model.playback().beatMillis();
        if (timeline.isForward(position)) {
            ForwardStep step = timeline.forwardStep(position);
            animator.forward(step.node(), timeline.analysis().evaluation(), target, millis);
        } else {
            BackwardStep step = timeline.backwardStep(position);
            if (!step.terms().isEmpty()) animator.backward(step, target, millis);
        }
    }
}
