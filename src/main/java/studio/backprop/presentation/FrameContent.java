package studio.backprop.presentation;

import studio.backprop.autodiff.Analysis;
import studio.backprop.autodiff.Gradients;
import studio.backprop.autodiff.PassTimeline;
import studio.backprop.expr.DerivativeFormula;
import studio.backprop.expr.Numbers;
import studio.backprop.graph.Node;
import studio.backprop.graph.OperandEdge;
import studio.backprop.layout.Drawing;
import studio.backprop.layout.EdgeLabels;
import studio.backprop.graph.ScalarExpansion;
import studio.backprop.layout.TensorArea;
import studio.backprop.tensor.TensorText;

/**
 * What every node and edge shows at one position of the animation, as text: the same words on
 * the screen and in every exporter. Values appear as the forward pass reaches them ("?" before),
 * dvars and local derivatives as the backward pass does; each kind can be switched off for a
 * slide.
 */
public final class FrameContent {

    /**
     * Which kinds of numbers a frame shows, and how an edge writes its local derivative: its number,
     * its formula in the operands' names, or both; with formulas, a backward step's caption writes
     * them first too. The labels must be what the drawing has room for ({@link Drawing#edgeLabels()}).
     */
    public record Shown(boolean values, boolean gradients, boolean locals, EdgeLabels labels) {
        public static final Shown ALL = new Shown(true, true, true, EdgeLabels.NUMBERS);

        public Shown(boolean values, boolean gradients, boolean locals) {
            this(values, gradients, locals, EdgeLabels.NUMBERS);
        }

        public Shown {
            if (labels == null) throw new IllegalArgumentException("Choose what edge labels write");
        }

        /** The same, with edge labels written as {@code written}. */
        public Shown writing(EdgeLabels written) {
            return new Shown(values, gradients, locals, written);
        }
    }

    /**
     * One node's lines.
     *
     * @param value     the value, or "?" while it is not computed yet; null if values are not shown
     * @param gradient  "dv = 3", or null before the backward pass reaches the node
     * @param problem   why the shown value or gradient is NaN or ±∞, or null
     * @param values    a vector or matrix node's value as cells; null for a scalar or when not shown
     * @param gradients a vector or matrix node's gradient as cells; null until the backward pass reaches it
     */
    public record NodeText(String label, String value, String gradient, String problem,
                           boolean forwardActive, boolean backwardActive, Cells values, Cells gradients) {

        public NodeText(String label, String value, String gradient, String problem, boolean forwardActive,
                        boolean backwardActive) {
            this(label, value, gradient, problem, forwardActive, backwardActive, null, null);
        }

        public boolean unknown() {
            return "?".equals(value);
        }
    }

    /**
     * One edge's label, as {@link Shown#labels} writes it ("2", "c" or "c = 2"), with the full form
     * for hovering ("∂u/∂b = c = 2"); both are null while the label is hidden, before the backward
     * pass has flowed along the edge.
     */
    public record EdgeText(String local, String partial, boolean forwardActive, boolean backwardActive) {
    }

    private final PassTimeline timeline;
    private final int position;
    private final Shown shown;
    private final Concealment concealment;
    /** Looked up once: every node and edge asks for it. */
    private final Node active;

    public FrameContent(PassTimeline timeline, int position, Shown shown) {
        this(timeline, position, shown, Concealment.NONE);
    }

    public FrameContent(PassTimeline timeline, int position, Shown shown, Concealment concealment) {
        this.timeline = timeline;
        this.position = Math.max(0, Math.min(position, timeline.end()));
        this.shown = shown;
        this.concealment = concealment;
        this.active = timeline.activeNode(this.position);
    }

    public int position() {
        return position;
    }

    public PassTimeline timeline() {
        return timeline;
    }

    /**
     * The step as a formula, the one caption the window, the exports' titles and every test read:
     * "Forward 2/3: v = a + u = 5 + 6 = 11", "Backward 4/6: dc = du · ∂u/∂c = 3 · 3 = 9"; in
     * reveal mode with the hidden numbers written "?".
     */
    public String caption() {
        if (position == 0) {
            return timeline.end() == 0 ? "Nothing to compute." : "Ready: step forward to start the forward pass.";
        }
        if (timeline.isForward(position)) {
            return "Forward " + position + "/" + timeline.forwardSteps() + ": "
                    + timeline.forwardStep(position).formula(node -> timeline.showsValue(node, position)
                            && node.isComputed() && concealment.hidesValue(node));
        }
        return "Backward " + (position - timeline.forwardSteps()) + "/" + timeline.backwardSteps() + ": "
                + timeline.backwardStep(position).formula(concealment::hidesGradient, shown.labels().showsFormulas());
    }

    /** "v +", "a", "3": the label and the op's symbol. */
    public static String labelLine(Node node) {
        String symbol = node.op().symbol();
        return symbol.isEmpty() || node.isConstant() || node.isInput() ? node.label() : node.label() + " " + symbol;
    }

    public NodeText node(Node node) {
        if (!node.shape().isScalar()) return tensorNode(node);
        Analysis analysis = timeline.analysis();
        boolean valueShown = timeline.showsValue(node, position);
        boolean gradientShown = shown.gradients() && timeline.showsGradient(node, position);
        boolean valueHidden = valueShown && node.isComputed() && concealment.hidesValue(node);
        boolean gradientHidden = gradientShown && concealment.hidesGradient(node);
        String value = !shown.values() || node.isConstant() ? null
                : valueShown && !valueHidden ? Numbers.compact(analysis.evaluation().value(node)) : "?";
        String gradient = !gradientShown ? null
                : "d" + node.label() + " = " + (gradientHidden ? "?" : Numbers.compact(analysis.gradients().gradient(node)));
        valueShown &= !valueHidden;
        gradientShown &= !gradientHidden;
        String problem = valueShown ? analysis.evaluation().problem(node).orElse(null) : null;
        if (problem == null && gradientShown) problem = analysis.gradients().problem(node).orElse(null);
        return new NodeText(labelLine(node), value, gradient, problem,
                node == active && timeline.isForward(position), node == active && timeline.isBackward(position));
    }

    /** A vector or matrix node: its name, op and shape on the first line, and its value and gradient as cells. */
    private NodeText tensorNode(Node node) {
        Analysis analysis = timeline.analysis();
        boolean valueShown = shown.values() && timeline.showsValue(node, position);
        boolean gradientShown = shown.gradients() && timeline.showsGradient(node, position);
        boolean valueHidden = valueShown && node.isComputed() && concealment.hidesValue(node);
        boolean gradientHidden = gradientShown && concealment.hidesGradient(node);
        Cells values = !shown.values() ? null : TensorCells.of(node, node.label(),
                valueShown && !valueHidden ? analysis.evaluation().tensor(node) : null);
        Cells gradients = !gradientShown ? null : TensorCells.of(node, "d" + node.label(),
                gradientHidden ? null : analysis.gradients().gradientTensor(node));
        String problem = valueShown && !valueHidden ? analysis.evaluation().problem(node).orElse(null) : null;
        if (problem == null && gradientShown && !gradientHidden) problem = analysis.gradients().problem(node).orElse(null);
        return new NodeText(TensorArea.labelLine(node), null, null, problem,
                node == active && timeline.isForward(position), node == active && timeline.isBackward(position),
                values, gradients);
    }

    /**
     * What hovering over a node tells: "input a = 5", "v = a + u = 5 + 6 = 11" once computed, and
     * its dvar's formula once the backward pass has reached it; in reveal mode the hidden numbers
     * are "?" here too, or the hover would give the answer away.
     */
    public String explanation(Node node) {
        Analysis analysis = timeline.analysis();
        StringBuilder text = new StringBuilder();
        if (node.isInput()) {
            text.append("input ").append(node.label()).append(" = ")
                    .append(TensorText.full(analysis.evaluation().tensor(node)));
        } else if (node.isConstant()) {
            text.append("constant ").append(node.label());
        } else if (timeline.showsValue(node, position)) {
            text.append(analysis.evaluation().step(node).formula(
                    other -> timeline.showsValue(other, position) && other.isComputed() && concealment.hidesValue(other)));
        } else {
            text.append(node.label()).append(": not computed yet");
        }
        if (shown.gradients() && timeline.showsGradient(node, position)) {
            text.append('\n').append(analysis.gradients().step(node).formula(concealment::hidesGradient,
                    shown.labels().showsFormulas()));
        }
        return text.toString();
    }

    /**
     * Hovering over one cell of a vector or matrix node: that element's exact value and gradient,
     * "W1[3,2] = 1" and "dW1[3,2] = -0.625", as far as the step has reached and reveal mode allows;
     * a heat map shows only shades, so this is where its numbers are read.
     */
    public String element(Node node, int element) {
        Analysis analysis = timeline.analysis();
        String name = ScalarExpansion.elementName(node, element);
        StringBuilder text = new StringBuilder(name).append(" = ");
        boolean valueShown = node.isInput() || timeline.showsValue(node, position);
        text.append(!valueShown || node.isComputed() && concealment.hidesValue(node) ? "?"
                : Numbers.format(analysis.evaluation().element(node, element)));
        if (shown.gradients() && timeline.showsGradient(node, position)) {
            text.append("\nd").append(name).append(" = ").append(concealment.hidesGradient(node) ? "?"
                    : Numbers.format(analysis.gradients().element(node, element)));
        }
        return text.toString();
    }

    public EdgeText edge(OperandEdge edge) {
        if (!TensorEdges.isScalar(edge)) return tensorEdge(edge);
        boolean visible = shown.locals() && timeline.showsLocal(edge, position);
        String label = null;
        String partial = null;
        if (visible) {
            Gradients gradients = timeline.analysis().gradients();
            double local = gradients.local(edge);
            DerivativeFormula formula = gradients.formula(edge);
            String number = Numbers.tiny(local);
            label = switch (shown.labels()) {
                case NUMBERS -> number;
                case FORMULAS -> formula.text();
                case BOTH -> formula.isNumber() ? formula.text() : formula.text() + " = " + number;
            };
            String name = "∂" + edge.user().label() + "/∂" + edge.operand().label();
            partial = name + (formula.isNumber() ? "" : " = " + formula.text()) + " = " + Numbers.format(local);
        }
        return new EdgeText(label, partial,
                active != null && timeline.isForward(position) && edge.user() == active,
                active != null && timeline.isBackward(position) && edge.operand() == active);
    }

    /**
     * An edge's local Jacobian, for the student who opens it: the matrix when it is small, its
     * structure in words when it is big, and for an edge between numbers the one derivative. It
     * needs only the forward values, so it opens at any step, except in reveal mode while its
     * user's value or its operand's gradient is held back: it would give either away.
     */
    public String jacobian(OperandEdge edge) {
        String name = "∂" + edge.user().label() + "/∂" + edge.operand().label();
        if (concealment.hidesValue(edge.user()) || concealment.hidesGradient(edge.operand())) {
            return name + " stays hidden until " + edge.user().label() + " and d" + edge.operand().label()
                    + " are revealed.";
        }
        Gradients gradients = timeline.analysis().gradients();
        if (TensorEdges.isScalar(edge)) {
            return name + " = " + Numbers.format(gradients.local(edge)) + "\n(a 1×1 Jacobian: both ends are numbers)";
        }
        return TensorEdges.jacobian(gradients, edge);
    }

    /**
     * An edge between vectors or matrices is labelled with the shape that flows along it, from the
     * start; hovering tells its local Jacobian once the backward pass has flowed along it.
     */
    private EdgeText tensorEdge(OperandEdge edge) {
        boolean reached = shown.locals() && timeline.showsLocal(edge, position);
        String jacobian = reached ? TensorEdges.jacobian(timeline.analysis().gradients(), edge) : null;
        return new EdgeText(TensorEdges.label(edge.operand().shape()), jacobian,
                active != null && timeline.isForward(position) && edge.user() == active,
                active != null && timeline.isBackward(position) && edge.operand() == active);
    }
}
