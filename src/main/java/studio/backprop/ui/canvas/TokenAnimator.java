package studio.backprop.ui.canvas;

import java.util.ArrayList;
import java.util.List;

import javafx.animation.FadeTransition;
import javafx.animation.ParallelTransition;
import javafx.animation.PathTransition;
import javafx.animation.SequentialTransition;
import javafx.animation.Transition;
import javafx.scene.Group;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Duration;

import studio.backprop.autodiff.BackwardStep;
import studio.backprop.autodiff.ChainTerm;
import studio.backprop.autodiff.Evaluation;
import studio.backprop.expr.Numbers;
import studio.backprop.graph.Node;
import studio.backprop.layout.NodeBox;
import studio.backprop.layout.Point;
import studio.backprop.presentation.TensorEdges;
import studio.backprop.tensor.Tensor;
import studio.backprop.training.TrainingStep;

/**
 * The motion of one step. Forward: each operand's value travels along its edge into the node, and
 * then the node's value appears. Backward: each contribution {@code du · ∂u/∂c} travels back along
 * its edge, and with fan-out the contributions are shown adding up before the node's dvar appears.
 * Only decoration: what is shown after a step is set by the presenter, whether or not this runs.
 */
final class TokenAnimator {

    private final GraphCanvas canvas;
    private Transition running;
    /** What the running motion holds hidden until it appears; shown at once when the motion stops. */
    private List<javafx.scene.Node> hidden = List.of();

    TokenAnimator(GraphCanvas canvas) {
        this.canvas = canvas;
    }

    void stop() {
        if (running != null) {
            running.stop();
            running = null;
        }
        hidden.forEach(node -> node.setOpacity(1));
        hidden = List.of();
        canvas.tokenLayer().getChildren().clear();
    }

    void forward(Node node, Evaluation evaluation, NodeView target, double millis) {
        stop();
        List<Transition> travels = new ArrayList<>();
        for (EdgeView edge : canvas.edgeViews()) {
            if (edge.edge().user() == node) {
                Node operand = edge.edge().operand();
                // A vector or matrix travels as its shape: its numbers are in the node's grid.
                String value = operand.shape().isScalar() ? Numbers.format(evaluation.value(operand))
                        : TensorEdges.label(operand.shape());
                travels.add(travel(value, RoutePath.of(edge.path().points(), canvas.drawing().edgeShape()),
                        "token-forward", millis * 0.7));
            }
        }
        play(travels, List.of(), target.valueText(), millis);
    }

    void backward(BackwardStep step, NodeView target, double millis) {
        stop();
        List<Transition> travels = new ArrayList<>();
        for (EdgeView edge : canvas.edgeViews()) {
            for (ChainTerm term : step.terms()) {
                if (term.edge() == edge.edge()) {
                    List<Point> reversed = new ArrayList<>(edge.path().points());
                    java.util.Collections.reverse(reversed);
                    String carried = step.isTensor() ? "d" + term.edge().user().label() : Numbers.compact(term.contribution());
                    travels.add(travel(carried,
                            RoutePath.of(reversed, canvas.drawing().edgeShape()), "token-backward", millis * 0.6));
                }
            }
        }
        List<Transition> afterwards = new ArrayList<>();
        if (step.terms().size() > 1 && !step.isTensor()) {
            afterwards.add(sumLabel(step, target.box(), millis * 0.35));
        }
        play(travels, afterwards, target.gradientText(), millis);
    }

    /**
     * A training step: at each parameter, {@code − α · dw} rises from below the node into it, and
     * the node's new value appears, as w := w − α · dw writes it.
     */
    void update(TrainingStep step, List<NodeView> parameters, double millis) {
        stop();
        List<Transition> travels = new ArrayList<>();
        List<javafx.scene.Node> shown = new ArrayList<>();
        for (NodeView view : parameters) {
            String name = view.node().label();
            Tensor gradient = step.gradients().get(name);
            if (gradient == null) continue;
            String change = "− α·d" + name + (gradient.shape().isScalar()
                    ? " = " + Numbers.compact(-step.rate() * gradient.scalar()) : "");
            NodeBox box = view.box();
            double x = box.x() + box.width() / 2;
            Path rise = new Path(new MoveTo(x, box.bottom() + canvas.drawing().fontSize() * 1.5),
                    new LineTo(x, box.y() + box.height() / 2));
            travels.add(travel(change, rise, "token-backward", millis * 0.7));
            shown.add(view.valueShown());
        }
        if (travels.isEmpty()) return;
        play(travels, List.of(), shown, millis);
    }

    private void play(List<Transition> travels, List<Transition> afterwards, Text reveal, double millis) {
        play(travels, afterwards, List.of(reveal), millis);
    }

    private void play(List<Transition> travels, List<Transition> afterwards, List<javafx.scene.Node> revealed,
                      double millis) {
        hidden = revealed;
        ParallelTransition appear = new ParallelTransition();
        for (javafx.scene.Node reveal : revealed) {
            reveal.setOpacity(0);
            FadeTransition fade = new FadeTransition(Duration.millis(millis * 0.25), reveal);
            fade.setFromValue(0);
            fade.setToValue(1);
            appear.getChildren().add(fade);
        }
        SequentialTransition sequence = new SequentialTransition(new ParallelTransition(travels.toArray(Transition[]::new)));
        afterwards.forEach(sequence.getChildren()::add);
        sequence.getChildren().add(appear);
        sequence.setOnFinished(event -> {
            canvas.tokenLayer().getChildren().clear();
            revealed.forEach(reveal -> reveal.setOpacity(1));
        });
        running = sequence;
        sequence.play();
    }

    private Transition travel(String text, Path route, String styleClass, double millis) {
        Group token = token(text, styleClass);
        canvas.tokenLayer().getChildren().add(token);
        PathTransition move = new PathTransition(Duration.millis(millis), route, token);
        move.setOnFinished(event -> canvas.tokenLayer().getChildren().remove(token));
        return move;
    }

    /** "2 + 3 = 5" beside a node with fan-out, while the contributions add up. */
    private Transition sumLabel(BackwardStep step, NodeBox box, double millis) {
        StringBuilder sum = new StringBuilder();
        for (ChainTerm term : step.terms()) {
            if (sum.length() > 0) sum.append(" + ");
            sum.append(Numbers.operand(term.contribution()));
        }
        sum.append(" = ").append(Numbers.format(step.gradient()));
        Group label = token(sum.toString(), "token-sum");
        label.setLayoutX(box.x() + box.width() / 2);
        label.setLayoutY(box.bottom() + canvas.drawing().fontSize());
        canvas.tokenLayer().getChildren().add(label);
        FadeTransition hold = new FadeTransition(Duration.millis(Math.max(1, millis)), label);
        hold.setFromValue(1);
        hold.setToValue(1);
        return hold;
    }

    /** A rounded tag centred on its origin, so a PathTransition carries its middle along the edge. */
    private Group token(String text, String styleClass) {
        double size = canvas.drawing().fontSize() * 0.85;
        Text label = new Text(text);
        label.setFont(Font.font(size));
        label.getStyleClass().add("token-text");
        double width = label.getLayoutBounds().getWidth() + size * 0.8;
        double height = size * 1.5;
        Rectangle tag = new Rectangle(-width / 2, -height / 2, width, height);
        tag.setArcWidth(height);
        tag.setArcHeight(height);
        tag.getStyleClass().add("token-tag");
        label.setX(-label.getLayoutBounds().getWidth() / 2);
        label.setY(size * 0.35);
        Group token = new Group(tag, label);
        token.getStyleClass().addAll("token", styleClass);
        return token;
    }
}
