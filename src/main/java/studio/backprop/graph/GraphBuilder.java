package studio.backprop.graph;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import studio.backprop.expr.Constant;
import studio.backprop.expr.Expr;
import studio.backprop.expr.Numbers;
import studio.backprop.expr.ProgramException;
import studio.backprop.expr.Parser;
import studio.backprop.expr.Program;
import studio.backprop.expr.Span;
import studio.backprop.expr.Statement;
import studio.backprop.expr.SymbolTable;

/**
 * Builds a {@link ComputationGraph} from a program, statement by statement.
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
 * <p>{@link #compile} builds while the text is parsed, so a program's syntax trees are thrown away
 * a statement at a time instead of all being kept until the end. Expressions are walked with an
 * explicit stack, so a 250,000-term sum cannot overflow the stack.
 */
public final class GraphBuilder {

    private final boolean merge;
    private final NodeTable table = new NodeTable();
    private final SubexpressionTable known = new SubexpressionTable();
    /** By symbol: the node a name stands for now (index + 1, 0 for none) and how many it has had. */
    private int[] scope = new int[64];
    private int[] versions = new int[64];
    /** By symbol: the input of that name (index + 1, 0 for none). */
    private int[] inputBySymbol = new int[64];
    private int[] inputs = new int[16];
    private int inputCount;
    private final Map<String, Span> firstUseOfUndefined = new HashMap<>();
    private SymbolTable symbols;
    private int output = -1;

    private GraphBuilder(BuildOptions options) {
        this.merge = !options.tree();
    }

    public static ComputationGraph build(Program program) {
        return build(program, BuildOptions.MERGED);
    }

    public static ComputationGraph build(Program program, BuildOptions options) {
        GraphBuilder builder = new GraphBuilder(options);
        builder.symbols = program.symbols();
        program.statements().forEach(builder::add);
        return builder.finish(program.source(), program.symbols());
    }

    /** Parses and builds in one go, keeping no syntax tree longer than its statement. */
    public static ComputationGraph compile(String source, BuildOptions options) {
        GraphBuilder builder = new GraphBuilder(options);
        SymbolTable symbols = Parser.forEachStatement(source, builder::startAt, builder::add);
        return builder.finish(source, symbols);
    }

    private void startAt(SymbolTable table) {
        symbols = table;
    }

    private void add(Statement statement) {
        output = statement instanceof Statement.Assignment assignment
                ? assign(assignment)
                : root(statement.value(), Labels.version("J", versionOf(symbols.find("J")) + 1), false, statement.span());
    }

    private ComputationGraph finish(String source, SymbolTable names) {
        return table.toGraph(source, output, Arrays.copyOf(inputs, inputCount), new Labels(names.asSet()), !merge);
    }

    private int assign(Statement.Assignment assignment) {
        String name = assignment.name();
        OptionalDouble literal = ExprShape.signedLiteral(assignment.value());
        int symbol = assignment.symbol();
        ensureSymbol(symbol);
        int earlier = scope[symbol] - 1;
        int version = versionOf(symbol);
        int node;
        if (literal.isPresent()) {
            if (earlier >= 0) {
                throw ProgramException.names(assignment.nameSpan(), "'" + name + "' is already defined on line "
                        + table.span(earlier).line() + ". An input gets one value; give this one a new name.");
            }
            checkNotUsedBefore(assignment);
            node = table.add(Op.INPUT, name, true, assignment.nameSpan(), Double.NaN, -1, -1);
            table.declare(node, literal.getAsDouble());
            addInput(symbol, node);
        } else {
            node = root(assignment.value(), Labels.version(name, version + 1), true, assignment.span());
            checkNotUsedBefore(assignment);
        }
        scope[symbol] = node + 1;
        versions[symbol] = version + 1;
        return node;
    }

    private void checkNotUsedBefore(Statement.Assignment assignment) {
        String name = assignment.name();
        Span use = firstUseOfUndefined.get(name);
        if (use == null) return;
        if (use.start() >= assignment.span().start()) {
            throw ProgramException.names(use, "'" + name + "' is used in its own definition but has no earlier value. "
                    + "Define it first, as in " + name + " = 2.");
        }
        throw ProgramException.names(assignment.nameSpan(), "'" + name + "' is used on line " + use.line()
                + " before it is defined here. Move this line above line " + use.line() + ".");
    }

    /** A new node for the root of a statement; a bare name or number becomes J = v. */
    private int root(Expr expr, String label, boolean named, Span span) {
        int count = ExprShape.childCount(expr);
        if (count == 0) {
            int operand = materialize(walk(expr));
            return table.add(Op.IDENTITY, label, named, span, Double.NaN, operand, -1);
        }
        Operand first = walk(ExprShape.child(expr, 0));
        Operand second = count > 1 ? walk(ExprShape.child(expr, 1)) : Operand.NONE;
        Op op = ExprShape.opOf(expr);
        int node = table.add(op, label, named, span, Double.NaN, materialize(first), count > 1 ? materialize(second) : -1);
        if (merge) remember(op, first, second, count > 1, node);
        return node;
    }

    /** Post-order walk with an explicit stack; returns the operand the expression stands for. */
    private Operand walk(Expr expr) {
        if (ExprShape.childCount(expr) == 0) {
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
            int count = ExprShape.childCount(current);
            if (count == 0) {
                results.push(leaf(current));
            } else if (!childrenDone) {
                pending.push(current);
                expanded.push(true);
                for (int i = count - 1; i >= 0; i--) {
                    pending.push(ExprShape.child(current, i));
                    expanded.push(false);
                }
            } else {
                Operand second = count > 1 ? results.pop() : Operand.NONE;
                Operand first = results.pop();
                results.push(combine(current, first, second, count > 1));
            }
        }
        return results.pop();
    }

    private Operand combine(Expr expr, Operand first, Operand second, boolean binary) {
        Op op = ExprShape.opOf(expr);
        if (merge) {
            int existing = known.find(op.ordinal(), first.id(), first.isConstant(), second.id(), second.isConstant(), binary);
            if (existing >= 0) {
                return Operand.node(existing);
            }
        }
        int node = table.add(op, null, false, expr.span(), Double.NaN, materialize(first),
                binary ? materialize(second) : -1);
        if (merge) remember(op, first, second, binary, node);
        return Operand.node(node);
    }

    private Operand leaf(Expr expr) {
        OptionalDouble literal = ExprShape.signedLiteral(expr);
        if (literal.isPresent()) {
            double value = literal.getAsDouble();
            return Operand.constant(value, Numbers.format(value), expr.span());
        }
        Expr.Var var = (Expr.Var) expr;
        ensureSymbol(var.symbol());
        int defined = scope[var.symbol()] - 1;
        if (defined >= 0) {
            return Operand.node(defined);
        }
        Optional<Constant> constant = Constant.named(var.name());
        if (constant.isPresent()) {
            return Operand.constant(constant.get().value(), constant.get().symbol(), var.span());
        }
        int input = inputBySymbol[var.symbol()] - 1;
        if (input < 0) {
            input = table.add(Op.INPUT, var.name(), true, var.span(), Double.NaN, -1, -1);
            addInput(var.symbol(), input);
            firstUseOfUndefined.put(var.name(), var.span());
        }
        return Operand.node(input);
    }

    private void remember(Op op, Operand first, Operand second, boolean binary, int node) {
        known.addIfAbsent(op.ordinal(), first.id(), first.isConstant(), second.id(), second.isConstant(), binary, node);
    }

    /** The node for an operand, making a constant's node now: constants are made with their user. */
    private int materialize(Operand operand) {
        if (!operand.isConstant()) {
            return operand.node;
        }
        return table.add(Op.CONST, operand.label, false, operand.span, operand.value, -1, -1);
    }

    private void addInput(int symbol, int node) {
        if (inputCount == inputs.length) inputs = Arrays.copyOf(inputs, inputCount * 2);
        inputs[inputCount++] = node;
        inputBySymbol[symbol] = node + 1;
    }

    /** Symbols arrive as the text is read, so the per-name arrays grow with them. */
    private void ensureSymbol(int symbol) {
        if (symbol >= scope.length) {
            int capacity = Math.max(symbol + 1, scope.length * 2);
            scope = Arrays.copyOf(scope, capacity);
            versions = Arrays.copyOf(versions, capacity);
            inputBySymbol = Arrays.copyOf(inputBySymbol, capacity);
        }
    }

    /** How many nodes a name has had: 1 for a free input, so that a later "J" output is J′. */
    private int versionOf(int symbol) {
        if (symbol < 0) return 0;
        ensureSymbol(symbol);
        return scope[symbol] != 0 ? versions[symbol] : inputBySymbol[symbol] != 0 ? 1 : 0;
    }

    /** A node already made (by index), or a constant not made yet. */
    private static final class Operand {
        static final Operand NONE = new Operand(-1, 0, null, null);

        final int node;
        final double value;
        final String label;
        final Span span;

        private Operand(int node, double value, String label, Span span) {
            this.node = node;
            this.value = value;
            this.label = label;
            this.span = span;
        }

        static Operand node(int index) {
            return new Operand(index, Double.NaN, null, null);
        }

        static Operand constant(double value, String label, Span span) {
            return new Operand(-1, value, label, span);
        }

        boolean isConstant() {
            return node < 0;
        }

        /** A node by index, a constant by the bits of its value. */
        long id() {
            return node >= 0 ? node : Double.doubleToLongBits(value);
        }
    }
}
