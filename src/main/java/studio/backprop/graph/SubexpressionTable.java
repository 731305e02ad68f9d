package studio.backprop.graph;

import java.util.Arrays;

/**
 * The subexpressions built so far, by op and operands, so an identical one can be found and
 * merged. An operand is a node (by index) or a constant (by value). Open addressing over plain
 * arrays: no object per entry, and keys made in order hash near each other, which keeps a
 * million-node program's inserts in a few cache lines.
 */
final class SubexpressionTable {

    private static final int CONSTANT_FIRST = 1;
    private static final int CONSTANT_SECOND = 2;
    private static final int HAS_SECOND = 4;

    private int[] slots = new int[64];
    private int[] ops = new int[32];
    private long[] firsts = new long[32];
    private long[] seconds = new long[32];
    private byte[] flags = new byte[32];
    private int[] nodes = new int[32];
    private int size;

    /** The node for this subexpression, or -1. */
    int find(int op, long first, boolean firstConstant, long second, boolean secondConstant, boolean hasSecond) {
        int flag = flags(firstConstant, secondConstant, hasSecond);
        int mask = slots.length - 1;
        for (int slot = hash(op, first, second) & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot] - 1;
            if (entry < 0) return -1;
            if (ops[entry] == op && firsts[entry] == first && seconds[entry] == second && flags[entry] == flag) {
                return nodes[entry];
            }
        }
    }

    /** Remembers a subexpression unless an identical one is known already. */
    void addIfAbsent(int op, long first, boolean firstConstant, long second, boolean secondConstant, boolean hasSecond,
                     int node) {
        if (find(op, first, firstConstant, second, secondConstant, hasSecond) >= 0) return;
        if (size == ops.length) grow();
        ops[size] = op;
        firsts[size] = first;
        seconds[size] = second;
        flags[size] = (byte) flags(firstConstant, secondConstant, hasSecond);
        nodes[size] = node;
        size++;
        if (size * 2 > slots.length) {
            slots = new int[slots.length * 2];
            for (int entry = 0; entry < size; entry++) place(entry);
        } else {
            place(size - 1);
        }
    }

    private void place(int entry) {
        int mask = slots.length - 1;
        int slot = hash(ops[entry], firsts[entry], seconds[entry]) & mask;
        while (slots[slot] != 0) slot = (slot + 1) & mask;
        slots[slot] = entry + 1;
    }

    private void grow() {
        int capacity = ops.length * 2;
        ops = Arrays.copyOf(ops, capacity);
        firsts = Arrays.copyOf(firsts, capacity);
        seconds = Arrays.copyOf(seconds, capacity);
        flags = Arrays.copyOf(flags, capacity);
        nodes = Arrays.copyOf(nodes, capacity);
    }

    private static int flags(boolean firstConstant, boolean secondConstant, boolean hasSecond) {
        return (firstConstant ? CONSTANT_FIRST : 0) | (secondConstant ? CONSTANT_SECOND : 0) | (hasSecond ? HAS_SECOND : 0);
    }

    private static int hash(int op, long first, long second) {
        int h = (int) (first ^ (first >>> 32)) + 7 * (int) (second ^ (second >>> 32)) + op * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
