package studio.backprop.ui.canvas;

import java.util.List;

import studio.backprop.autodiff.Analysis;
import studio.backprop.autodiff.BackwardStep;
import studio.backprop.autodiff.ForwardStep;
import studio.backprop.autodiff.PassTimeline;
import studio.backprop.graph.Node;
import studio.backprop.layout.Drawing;
import studio.backprop.layout.NodeBox;
import studio.backprop.presentation.FrameContent;
import studio.backprop.presentation.GraphStyle;
import studio.backprop.ui.StudioModel;
import studio.backprop.ui.editor.Compiled;

/**
 * Keeps the canvas in step with the model: a new drawing when a program compiles, and what every
 * node and edge shows at the current position of the animation, in the theme's {@link GraphStyle}
 * as the exports show it. Values appear as the forward pass reaches them ("?" before), dvars and
 * local derivatives as the backward pass does.
 */
public final class GraphPresenter {

    private final StudioModel model;
    private final GraphCanvas canvas;
    private final TokenAnimator animator;
    private final double animationScale;
    /** The current theme's looks, for every node and edge on every step. */
    private GraphStyle style;
    private boolean textResized;

    public GraphPresenter(StudioModel model, GraphCanvas canvas, double animationScale) {
        this.model = model;
        this.canvas = canvas;
        this.animator = new TokenAnimator(canvas);
        this.animationScale = animationScale;
        this.style = GraphStyle.of(model.themeProperty().get());
        canvas.setOnViewsAdded(this::refresh);
        canvas.setOnNodeClicked(node -> {
            if (node.isInput()) model.nudge().select(node.label());
            model.reveal().reveal(node);
        });
        model.reveal().changesProperty().addListener((observable, before, now) -> refresh());
        // The new theme's looks at once on the views there are, before its new layout replaces them.
        model.themeProperty().addListener((observable, before, now) -> {
            style = GraphStyle.of(now);
            refresh();
        });
        model.fontScaleProperty().addListener((observable, before, now) -> textResized = true);
        model.compiledProperty().addListener((observable, before, now) -> {
            animator.stop();
            Drawing previous = canvas.drawing();
            canvas.show(now.drawing());
            if (textResized && previous != null) canvas.keepZoom(previous, now.drawing());
            else canvas.fitIfCut();
            textResized = false;
            refresh();
        });
        model.loadsProperty().addListener((observable, before, now) -> canvas.fit());
        model.playback().timelineProperty().addListener((observable, before, now) -> refresh());
        model.nudge().inputProperty().addListener((observable, before, now) -> refresh());
        model.busyProperty().addListener((observable, before, now) -> canvas.setBusy(now));
        model.playback().positionProperty().addListener((observable, before, now) -> {
            refresh();
            if (now.intValue() == before.intValue() + 1) animate(now.intValue());
            else animator.stop();
        });
    }

    private boolean consistent() {
        Analysis analysis = model.analysisProperty().get();
        Compiled compiled = model.compiledProperty().get();
        return analysis != null && compiled != null && analysis.graph() == compiled.graph()
                && canvas.drawing() == compiled.drawing();
    }

    void refresh() {
        refresh(canvas.nodeViews(), canvas.edgeViews());
    }

    private void refresh(List<NodeView> nodeViews, List<EdgeView> edgeViews) {
        if (!consistent()) return;
        PassTimeline timeline = model.playback().timelineProperty().get();
        if (timeline == null || timeline.analysis() != model.analysisProperty().get()) return;
        FrameContent frame = model.frame();
        Node selected = model.nudge().inputProperty().get();
        double em = canvas.drawing().fontSize();
        for (NodeView view : nodeViews) {
            Node node = view.node();
            NodeBox box = view.box();
            FrameContent.NodeText text = frame.node(node);
            view.show(style.node(box.kind(), box.bounds(), em, text), text, () -> frame.explanation(node));
            view.showHalo(node == selected ? style.halo(box.bounds(), em) : null);
            view.valueText().setOpacity(1);
            view.gradientText().setOpacity(1);
        }
        for (EdgeView view : edgeViews) {
            FrameContent.EdgeText text = frame.edge(view.edge());
            view.show(style.edge(text, view.path().label(), em), text);
        }
    }

    private void animate(int position) {
        if (animationScale <= 0 || !consistent() || !canvas.complete()) return;
        PassTimeline timeline = model.playback().timelineProperty().get();
        Node active = timeline.activeNode(position);
        NodeView target = canvas.nodeViews().get(active.index());
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
