package studio.backprop.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import studio.backprop.expr.Constant;
import studio.backprop.expr.Expr;
import studio.backprop.expr.Note;
import studio.backprop.expr.Numbers;
import studio.backprop.expr.InputRole;
import studio.backprop.expr.Op;
import studio.backprop.expr.Parser;
import studio.backprop.expr.Program;
import studio.backprop.expr.ProgramException;
import studio.backprop.expr.SizeLimit;
import studio.backprop.expr.Span;
import studio.backprop.expr.Statement;
import studio.backprop.expr.SymbolTable;
import studio.backprop.tensor.Shape;
import studio.backprop.tensor.Tensor;

/**
 * Builds a {@link ComputationGraph} from a program, statement by statement.
 *
 * <ul>
 *   <li>{@code a = 5} (a signed number) makes an input; a name used but never defined is an input
 *       too, whose value must come from elsewhere ({@code --set a=5}, or the app's panel). A
 *       computed name set to a number later ({@code c = a + 1; c = 3}) becomes a new input, c′.</li>
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
 * explicit stack, so a 250,000-term sum cannot overflow the stack. A program of more nodes than
 * the memory Java has can hold ({@link SizeLimit}) is refused with a message naming the limit.
 */
public final class GraphBuilder {

    private final boolean merge;
    /** Where data inputs read files, and the rows a training step gives them. */
    private final DataSource data;
    /** The first data input, whose rows every other must match. */
    private String firstDataName;
    private Shape firstDataShape;
    private final NodeTable table;
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
    /** The program text, for naming operands in messages about shapes. */
    private String source;
    /** How the parser read names side by side ("xy is read as x·y"), for the graph to pass on. */
    private final List<Note> readings = new ArrayList<>();
    private int output = -1;
    /** Operand indices of the node being made. */
    private int[] scratch = new int[2];

    private GraphBuilder(BuildOptions options, int mostNodes) {
        this.merge = !options.tree();
        this.data = options.data();
        this.table = new NodeTable(mostNodes);
    }

    public static ComputationGraph build(Program program) {
        return build(program, BuildOptions.MERGED);
    }

    public static ComputationGraph build(Program program, BuildOptions options) {
        GraphBuilder builder = new GraphBuilder(options, SizeLimit.mostNodes());
        builder.symbols = program.symbols();
        builder.source = program.source();
        builder.readings.addAll(program.notes());
        program.statements().forEach(builder::add);
        return builder.finish(program.source(), program.symbols());
    }

    /** Parses and builds in one go, keeping no syntax tree longer than its statement. */
    public static ComputationGraph compile(String source, BuildOptions options) {
        return compile(source, options, SizeLimit.mostNodes());
    }

    /** As {@link #compile(String, BuildOptions)}, refusing programs of more than {@code mostNodes} nodes. */
    static ComputationGraph compile(String source, BuildOptions options, int mostNodes) {
        GraphBuilder builder = new GraphBuilder(options, mostNodes);
        builder.source = source;
        SymbolTable symbols = Parser.forEachStatement(source, builder::startAt, builder::add, builder.readings::add,
                mostNodes);
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
        ComputationGraph graph = table.toGraph(source, output, Arrays.copyOf(inputs, inputCount),
                new Labels(names.asSet()), !merge, readings);
        InputRoles.check(graph);
        return graph;
    }

    private int assign(Statement.Assignment assignment) {
        String name = assignment.name();
        Optional<Tensor> literal = TensorLiteral.of(assignment.value());
        if (assignment.role() != InputRole.PLAIN) literal = Optional.of(InputRoles.value(assignment, literal, data));
        int symbol = assignment.symbol();
        ensureSymbol(symbol);
        int earlier = scope[symbol] - 1;
        int version = versionOf(symbol);
        int node;
        if (literal.isPresent()) {
            checkOneValue(assignment, earlier);
            checkNotUsedBefore(assignment);
            node = table.addLeaf(Op.INPUT, Labels.version(name, version + 1), true, assignment.nameSpan(), Double.NaN);
            table.declare(node, literal.get());
            table.role(node, assignment.role());
            if (assignment.role() == InputRole.DATA) {
                InputRoles.checkRows(assignment, literal.get().shape(), firstDataName, firstDataShape);
                if (firstDataShape == null) {
                    firstDataName = name;
                    firstDataShape = literal.get().shape();
                }
            }
            addInput(symbol, node);
        } else {
            node = root(assignment.value(), Labels.version(name, version + 1), true, assignment.span());
            checkNotUsedBefore(assignment);
        }
        scope[symbol] = node + 1;
        versions[symbol] = version + 1;
        return node;
    }

    /**
     * An input is given its value once: {@code a = 5} then {@code a = 6} is refused. A name that was
     * computed ({@code c = a + 1}) and is then set to a number ({@code c = 3}) becomes a new input,
     * c′, as any reassignment makes a new node.
     */
    private void checkOneValue(Statement.Assignment assignment, int earlier) {
        if (earlier >= 0 && table.op(earlier) == Op.INPUT) {
            throw ProgramException.names(assignment.nameSpan(), "'" + assignment.name() + "' is already defined on line "
                    + table.span(earlier).line() + ". An input gets one value; give this one a new name.");
        }
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
        ExprShape shape = ExprShape.of(expr);
        if (shape.isLeaf()) {
            Operand[] operand = {walk(expr)};
            return identity(label, named, span, operand);
        }
        List<Expr> children = shape.operands();
        Operand[] operands = new Operand[children.size()];
        for (int i = 0; i < operands.length; i++) {
            operands[i] = walk(children.get(i));
        }
        Op op = reading(shape, operands, expr);
        if (op == null) {
            // sum(x) of a scalar x, say: the statement still gets a node of its own name.
            return identity(label, named, span, operands);
        }
        int node = make(op, label, named, span, operands, operands.length);
        int element = finishShape(node, op, shape, operands, expr);
        if (merge) known.addIfAbsent(key(op, element), operands, operands.length, node);
        return node;
    }

    /** {@code J = v}: a node that is its operand under a new name, of the operand's shape. */
    private int identity(String label, boolean named, Span span, Operand[] operand) {
        int node = make(Op.IDENTITY, label, named, span, operand, 1);
        table.shape(node, shapeOf(operand[0]));
        return node;
    }

    /** Post-order walk with an explicit stack; returns the operand the expression stands for. */
    private Operand walk(Expr expr) {
        if (ExprShape.of(expr).isLeaf()) {
            return leaf(expr);
        }
        Deque<Pending> pending = new ArrayDeque<>();
        Deque<Operand> results = new ArrayDeque<>();
        pending.push(new Pending(expr, ExprShape.of(expr)));
        while (!pending.isEmpty()) {
            Pending current = pending.peek();
            if (current.shape.isLeaf()) {
                pending.pop();
                results.push(leaf(current.expr));
            } else if (!current.expanded) {
                current.expanded = true;
                List<Expr> children = current.shape.operands();
                for (int i = children.size() - 1; i >= 0; i--) {
                    pending.push(new Pending(children.get(i), ExprShape.of(children.get(i))));
                }
            } else {
                pending.pop();
                int count = current.shape.operands().size();
                Operand[] operands = new Operand[count];
                for (int i = count - 1; i >= 0; i--) operands[i] = results.pop();
                results.push(combine(current.expr, current.shape, operands));
            }
        }
        return results.pop();
    }

    /** An expression on the walk's stack, with how it is read and whether its operands are pushed yet. */
    private static final class Pending {
        final Expr expr;
        final ExprShape shape;
        boolean expanded;

        Pending(Expr expr, ExprShape shape) {
            this.expr = expr;
            this.shape = shape;
        }
    }

    private Operand combine(Expr expr, ExprShape shape, Operand[] operands) {
        Op op = reading(shape, operands, expr);
        if (op == null) return operands[0];
        int element = op == Op.INDEX ? TensorShapes.element(shape, shapeOf(operands[0]), expr, source) : -1;
        if (merge) {
            int existing = known.find(key(op, element), operands, operands.length);
            if (existing >= 0) {
                return Operand.node(existing);
            }
        }
        int node = make(op, null, false, expr.span(), operands, operands.length);
        finishShape(node, op, shape, operands, expr);
        if (merge) known.addIfAbsent(key(op, element), operands, operands.length, node);
        return Operand.node(node);
    }

    /**
     * The op a node of this shape of expression becomes, given its operands' shapes: the course's
     * dot between two scalars is their product, and a scalar's transpose, sum or mean is itself
     * (null: no node of its own).
     */
    private Op reading(ExprShape shape, Operand[] operands, Expr expr) {
        Op op = shape.op();
        boolean scalars = true;
        for (Operand operand : operands) scalars &= shapeOf(operand).isScalar();
        if (op == Op.MATMUL && (shapeOf(operands[0]).isScalar() || shapeOf(operands[1]).isScalar())) return Op.MUL;
        if ((op == Op.TRANSPOSE || op == Op.SUM || op == Op.MEAN) && scalars) return null;
        return op;
    }

    /**
     * Works out and records a new node's shape, or says in words why its operands' shapes do not
     * fit. Returns an index's element, -1 for any other op.
     */
    private int finishShape(int node, Op op, ExprShape shape, Operand[] operands, Expr expr) {
        Shape[] shapes = new Shape[operands.length];
        for (int i = 0; i < operands.length; i++) shapes[i] = shapeOf(operands[i]);
        int element = -1;
        if (op == Op.INDEX) {
            element = TensorShapes.element(shape, shapes[0], expr, source);
            table.element(node, element);
        }
        table.shape(node, TensorShapes.of(op, shapes, shape.operands(), expr, source));
        return element;
    }

    private Shape shapeOf(Operand operand) {
        return operand.isConstant() ? Shape.SCALAR : table.shape(operand.node);
    }

    /** What merging compares besides the operands: the op, and for an index its element. */
    private static int key(Op op, int element) {
        return op.ordinal() + 64 * (element + 1);
    }

    /** A number, a negative number literal, or a name: a constant, an earlier node, or an input. */
    private Operand leaf(Expr expr) {
        OptionalDouble literal = Expr.signedLiteral(expr);
        if (literal.isPresent()) {
            double value = literal.getAsDouble();
            return Operand.constant(value, Numbers.format(value), expr.span());
        }
        return expr.accept(new LeafName());
    }

    /** The only leaves left once signed literals are taken are names. */
    private final class LeafName implements Expr.Visitor<Operand> {
        @Override
        public Operand visitVar(Expr.Var var) {
            return name(var);
        }

        @Override
        public Operand visitNum(Expr.Num num) {
            throw new IllegalStateException("a number literal is read as a constant");
        }

        @Override
        public Operand visitUnary(Expr.Unary unary) {
            throw new IllegalStateException("a negation is not a leaf");
        }

        @Override
        public Operand visitBinary(Expr.Binary binary) {
            throw new IllegalStateException("an operator is not a leaf");
        }

        @Override
        public Operand visitCall(Expr.Call call) {
            throw new IllegalStateException("a call is not a leaf");
        }

        @Override
        public Operand visitBracket(Expr.Bracket bracket) {
            throw new IllegalStateException("a bracket is not a leaf");
        }

        @Override
        public Operand visitIndex(Expr.Index index) {
            throw new IllegalStateException("an index is not a leaf");
        }

        @Override
        public Operand visitCsv(Expr.Csv csv) {
            throw new IllegalStateException("only a data line reads a file, and it is an input");
        }
    }

    private Operand name(Expr.Var var) {
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
            input = table.addLeaf(Op.INPUT, var.name(), true, var.span(), Double.NaN);
            addInput(var.symbol(), input);
            firstUseOfUndefined.put(var.name(), var.span());
        }
        return Operand.node(input);
    }

    /** A node for the operands, making the constants' nodes now: constants are made with their user. */
    private int make(Op op, String label, boolean named, Span span, Operand[] operands, int count) {
        if (scratch.length < count) scratch = new int[count];
        for (int i = 0; i < count; i++) {
            Operand operand = operands[i];
            scratch[i] = operand.isConstant()
                    ? table.addLeaf(Op.CONST, operand.label, false, operand.span, operand.value) : operand.node;
        }
        return table.add(op, label, named, span, Double.NaN, scratch, count);
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
}
