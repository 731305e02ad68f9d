package studio.backprop.graph;

import java.util.Arrays;

/**
 * The subexpressions built so far, by op and operands, so an identical one can be found and
 * merged. An operand is a node (by index) or a constant (by value). Open addressing over plain
 * arrays, with every entry's operands in one shared pool: no object per entry, and keys made in
 * order hash near each other, which keeps a million-node program's inserts in a few cache lines.
 */
final class SubexpressionTable {

    private int[] slots = new int[64];
    private int[] ops = new int[32];
    private int[] hashes = new int[32];
    private int[] nodes = new int[32];
    /** Entry e's operands are pool[start[e] .. start[e+1]), constants marked in {@code constant}. */
    private int[] start = new int[33];
    private long[] pool = new long[64];
    private boolean[] constant = new boolean[64];
    private int size;

    /** The node for this subexpression, or -1. */
    int find(int op, Operand[] operands, int count) {
        int hash = hash(op, operands, count);
        int mask = slots.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot] - 1;
            if (entry < 0) return -1;
            if (hashes[entry] == hash && ops[entry] == op && sameOperands(entry, operands, count)) {
                return nodes[entry];
            }
        }
    }

    /** Remembers a subexpression unless an identical one is known already. */
    void addIfAbsent(int op, Operand[] operands, int count, int node) {
        if (find(op, operands, count) >= 0) return;
        if (size + 1 == ops.length) grow();
        int first = start[size];
        if (first + count > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, first + count));
            constant = Arrays.copyOf(constant, pool.length);
        }
        for (int i = 0; i < count; i++) {
            pool[first + i] = operands[i].id();
            constant[first + i] = operands[i].isConstant();
        }
        ops[size] = op;
        hashes[size] = hash(op, operands, count);
        nodes[size] = node;
        start[size + 1] = first + count;
        size++;
        if (size * 2 > slots.length) {
            slots = new int[slots.length * 2];
            for (int entry = 0; entry < size; entry++) place(entry);
        } else {
            place(size - 1);
        }
    }

    private boolean sameOperands(int entry, Operand[] operands, int count) {
        int first = start[entry];
        if (start[entry + 1] - first != count) return false;
        for (int i = 0; i < count; i++) {
            if (pool[first + i] != operands[i].id() || constant[first + i] != operands[i].isConstant()) return false;
        }
        return true;
    }

    private void place(int entry) {
        int mask = slots.length - 1;
        int slot = hashes[entry] & mask;
        while (slots[slot] != 0) slot = (slot + 1) & mask;
        slots[slot] = entry + 1;
    }

    private void grow() {
        int capacity = ops.length * 2;
        ops = Arrays.copyOf(ops, capacity);
        hashes = Arrays.copyOf(hashes, capacity);
        nodes = Arrays.copyOf(nodes, capacity);
        start = Arrays.copyOf(start, capacity + 1);
    }

    private static int hash(int op, Operand[] operands, int count) {
        int h = op * 0x9E3779B9;
        for (int i = 0; i < count; i++) {
            long id = operands[i].id();
            h = 7 * h + (int) (id ^ (id >>> 32)) + (operands[i].isConstant() ? 1 : 0);
        }
        return h ^ (h >>> 16);
    }
}
