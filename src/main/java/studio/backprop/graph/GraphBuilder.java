package studio.backprop.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import studio.backprop.expr.Constant;
import studio.backprop.expr.Expr;
import studio.backprop.expr.Numbers;
import studio.backprop.expr.ParseException;
import studio.backprop.expr.Program;
import studio.backprop.expr.Span;
import studio.backprop.expr.Statement;

/**
 * Builds a {@link ComputationGraph} from a parsed program, statement by statement.
 *
 * <ul>
 *   <li>{@code a = 5} (a signed number) makes an input; a name used but never defined is an input
 *       too, whose value must come from elsewhere ({@code --set a=5}, or the app's panel).</li>
 *   <li>Any other {@code name = expr} makes a new node for its root, even if an identical one
 *       exists, because the student named it; a later definition of the same name makes another
 *       node, and later uses mean the newest.</li>
 *   <li>Unnamed subexpressions that are identical (same op, same operand nodes, equal constants)
 *       become one node, unless {@link BuildOptions#tree()} is set. Number literals are never
 *       merged: each is its own constant node next to the operation that uses it.</li>
 * </ul>
 *
 * <p>Walks expressions with an explicit stack, so a 250,000-term sum cannot overflow the stack.
 */
public final class GraphBuilder {

    private final Program program;
    private final boolean merge;
    private final Labels labels;
    private final List<Node> nodes = new ArrayList<>();
    private final List<int[]> operands = new ArrayList<>();
    private final Map<Integer, Double> declared = new HashMap<>();
    /** What each name means now; one map, so a million-line program pays one lookup per use. */
    private final Map<String, Definition> scope;
    private final Map<String, Node> inputs = new LinkedHashMap<>();
    private final Map<String, Span> firstUseOfUndefined = new HashMap<>();
    private final Map<Key, Node> known;

    private GraphBuilder(Program program, BuildOptions options) {
        this.program = program;
        this.merge = !options.tree();
        this.labels = new Labels(program.names());
        int expected = program.statements().size() * 2;
        this.scope = new HashMap<>(expected);
        this.known = new HashMap<>(merge ? expected : 0);
    }

    public static ComputationGraph build(Program program) {
        return build(program, BuildOptions.MERGED);
    }

    public static ComputationGraph build(Program program, BuildOptions options) {
        return new GraphBuilder(program, options).run();
    }

    private ComputationGraph run() {
        Node output = null;
        for (Statement statement : program.statements()) {
            output = statement instanceof Statement.Assignment assignment
                    ? assign(assignment)
                    : root(statement.value(), labels.version("J", versionOf("J") + 1), false, statement.span());
        }
        double[] declaredValues = new double[nodes.size()];
        Arrays.fill(declaredValues, Double.NaN);
        declared.forEach((index, value) -> declaredValues[index] = value);
        return new ComputationGraph(program.source(), nodes, operands.toArray(int[][]::new), output,
                new ArrayList<>(inputs.values()), declaredValues, !merge);
    }

    private Node assign(Statement.Assignment assignment) {
        String name = assignment.name();
        OptionalDouble literal = signedLiteral(assignment.value());
        Definition earlier = scope.get(name);
        int version = versionOf(name);
        Node node;
        if (literal.isPresent()) {
            if (earlier != null) {
                throw new ParseException(assignment.nameSpan(), "'" + name + "' is already defined on line "
                        + earlier.at.line() + ". An input gets one value; give this one a new name.");
            }
            checkNotUsedBefore(assignment);
            node = newNode(Op.INPUT, name, true, assignment.nameSpan(), Double.NaN, new int[0]);
            declared.put(node.index(), literal.getAsDouble());
            inputs.put(name, node);
        } else {
            node = root(assignment.value(), labels.version(name, version + 1), true, assignment.span());
            checkNotUsedBefore(assignment);
        }
        scope.put(name, new Definition(node, assignment.nameSpan(), version + 1));
        return node;
    }

    private void checkNotUsedBefore(Statement.Assignment assignment) {
        String name = assignment.name();
        Span use = firstUseOfUndefined.get(name);
        if (use == null) return;
        if (use.start() >= assignment.span().start()) {
            throw new ParseException(use, "'" + name + "' is used in its own definition but has no earlier value. "
                    + "Define it first, as in " + name + " = 2.");
        }
        throw new ParseException(assignment.nameSpan(), "'" + name + "' is used on line " + use.line()
                + " before it is defined here. Move this line above line " + use.line() + ".");
    }

    /** A new node for the root of a statement; a bare name or number becomes J = v. */
    private Node root(Expr expr, String label, boolean named, Span span) {
        List<Expr> children = children(expr);
        if (children.isEmpty()) {
            int operand = materialize(walk(expr));
            return newNode(Op.IDENTITY, label, named, span, Double.NaN, new int[] {operand});
        }
        Operand[] values = new Operand[children.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = walk(children.get(i));
        }
        Op op = opOf(expr);
        Key key = Key.of(op, values);
        Node node = newNode(op, label, named, span, Double.NaN, materialize(values));
        if (merge) {
            known.putIfAbsent(key, node);
        }
        return node;
    }

    /** Post-order walk with an explicit stack; returns the operand the expression stands for. */
    private Operand walk(Expr expr) {
        if (children(expr).isEmpty()) {
            return leaf(expr);
        }
        Deque<Expr> pending = new ArrayDeque<>();
        Deque<Boolean> expanded = new ArrayDeque<>();
        Deque<Operand> results = new ArrayDeque<>();
        pending.push(expr);
        expanded.push(false);
        while (!pending.isEmpty()) {
            Expr current = pending.pop();
            boolean childrenDone = expanded.pop();
            List<Expr> children = children(current);
            if (children.isEmpty()) {
                results.push(leaf(current));
            } else if (!childrenDone) {
                pending.push(current);
                expanded.push(true);
                for (int i = children.size() - 1; i >= 0; i--) {
                    pending.push(children.get(i));
                    expanded.push(false);
                }
            } else {
                Operand[] values = new Operand[children.size()];
                for (int i = values.length - 1; i >= 0; i--) {
                    values[i] = results.pop();
                }
                results.push(combine(current, values));
            }
        }
        return results.pop();
    }

    private Operand combine(Expr expr, Operand[] values) {
        Op op = opOf(expr);
        Key key = merge ? Key.of(op, values) : null;
        Node existing = merge ? known.get(key) : null;
        if (existing != null) {
            return Operand.of(existing);
        }
        Node node = newNode(op, labels.fresh(), false, expr.span(), Double.NaN, materialize(values));
        if (merge) {
            known.put(key, node);
        }
        return Operand.of(node);
    }

    private Operand leaf(Expr expr) {
        OptionalDouble literal = signedLiteral(expr);
        if (literal.isPresent()) {
            double value = literal.getAsDouble();
            return Operand.constant(value, Numbers.format(value), expr.span());
        }
        Expr.Var var = (Expr.Var) expr;
        Definition defined = scope.get(var.name());
        if (defined != null) {
            return Operand.of(defined.node);
        }
        Optional<Constant> constant = Constant.named(var.name());
        if (constant.isPresent()) {
            return Operand.constant(constant.get().value(), constant.get().symbol(), var.span());
        }
        Node input = inputs.get(var.name());
        if (input == null) {
            input = newNode(Op.INPUT, var.name(), true, var.span(), Double.NaN, new int[0]);
            inputs.put(var.name(), input);
            firstUseOfUndefined.put(var.name(), var.span());
        }
        return Operand.of(input);
    }

    private int[] materialize(Operand[] values) {
        int[] indices = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            indices[i] = materialize(values[i]);
        }
        return indices;
    }

    private int materialize(Operand operand) {
        if (operand.node != null) {
            return operand.node.index();
        }
        return newNode(Op.CONST, operand.label, false, operand.span, operand.value, new int[0]).index();
    }

    private Node newNode(Op op, String label, boolean named, Span span, double constant, int[] operandIndices) {
        Node node = new Node(nodes.size(), op, label, named, span, constant);
        nodes.add(node);
        operands.add(operandIndices);
        return node;
    }

    /** How many nodes a name has had: 1 for a free input, so that a later "J" output is J′. */
    private int versionOf(String name) {
        Definition definition = scope.get(name);
        return definition != null ? definition.version : inputs.containsKey(name) ? 1 : 0;
    }

    /** {@code 5}, {@code -2.5}: the form that makes {@code a = 5} an input, and a constant elsewhere. */
    static OptionalDouble signedLiteral(Expr expr) {
        if (expr instanceof Expr.Num num) {
            return OptionalDouble.of(num.value());
        }
        if (expr instanceof Expr.Unary unary && unary.operand() instanceof Expr.Num num) {
            return OptionalDouble.of(-num.value());
        }
        return OptionalDouble.empty();
    }

    private static List<Expr> children(Expr expr) {
        if (signedLiteral(expr).isPresent()) return List.of();
        if (expr instanceof Expr.Unary unary) return List.of(unary.operand());
        if (expr instanceof Expr.Binary binary) return List.of(binary.left(), binary.right());
        if (expr instanceof Expr.Call call) return call.arguments();
        return List.of();
    }

    private static Op opOf(Expr expr) {
        if (expr instanceof Expr.Unary) return Op.NEG;
        if (expr instanceof Expr.Call call) return Op.valueOf(call.function().name());
        return switch (((Expr.Binary) expr).operator()) {
            case ADD -> Op.ADD;
            case SUBTRACT -> Op.SUB;
            case MULTIPLY -> Op.MUL;
            case DIVIDE -> Op.DIV;
            case POWER -> Op.POW;
        };
    }

    /** The node a name stands for now, where it was defined, and how many definitions it has had. */
    private record Definition(Node node, Span at, int version) {
    }

    /** A node already made, or a constant not made yet: constants are created with their user. */
    private static final class Operand {
        final Node node;
        final double value;
        final String label;
        final Span span;

        private Operand(Node node, double value, String label, Span span) {
            this.node = node;
            this.value = value;
            this.label = label;
            this.span = span;
        }

        static Operand of(Node node) {
            return new Operand(node, Double.NaN, null, null);
        }

        static Operand constant(double value, String label, Span span) {
            return new Operand(null, value, label, span);
        }

        Object identity() {
            return node != null ? node : (Object) value;
        }
    }

    /** What makes two subexpressions identical: the op and its operands' identities. */
    private record Key(Op op, Object first, Object second) {
        static Key of(Op op, Operand[] values) {
            return new Key(op, values[0].identity(), values.length > 1 ? values[1].identity() : null);
        }
    }
}
