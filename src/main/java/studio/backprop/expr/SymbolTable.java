package studio.backprop.expr;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;

/**
 * Every distinct name of a program, numbered from 0 in order of first appearance. The lexer looks
 * names up straight from the source text, so a name that appears a second time costs no new
 * string; the parser and the graph builder then keep per-name facts in arrays indexed by the
 * number instead of hash maps keyed by text, which is what keeps a million-line program fast.
 */
public final class SymbolTable {

    private String[] names = new String[16];
    private int[] hashes = new int[16];
    /** Open addressing: slot → symbol + 1, or 0 when empty. */
    private int[] slots = new int[32];
    private int size;

    /** The symbol for {@code source[start, end)}, adding it if it is new. */
    int intern(String source, int start, int end) {
        int hash = hash(source, start, end);
        int mask = slots.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot];
            if (entry == 0) {
                return add(source.substring(start, end), hash, slot);
            }
            String known = names[entry - 1];
            if (hashes[entry - 1] == hash && known.length() == end - start && source.startsWith(known, start)) {
                return entry - 1;
            }
        }
    }

    /** The symbol of a name, or -1 if the program never mentions it. */
    public int find(String name) {
        int hash = hash(name, 0, name.length());
        int mask = slots.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot];
            if (entry == 0) return -1;
            if (hashes[entry - 1] == hash && names[entry - 1].equals(name)) return entry - 1;
        }
    }

    /** The symbol for {@code text[start, end)}, or -1 if the program has not mentioned it; makes no string. */
    int find(String text, int start, int end) {
        int hash = hash(text, start, end);
        int mask = slots.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot];
            if (entry == 0) return -1;
            String known = names[entry - 1];
            if (hashes[entry - 1] == hash && known.length() == end - start && text.startsWith(known, start)) {
                return entry - 1;
            }
        }
    }

    public String name(int symbol) {
        return names[symbol];
    }

    public int size() {
        return size;
    }

    /** The names as a read-only set. */
    public Set<String> asSet() {
        return new AbstractSet<>() {
            @Override
            public boolean contains(Object name) {
                return name instanceof String text && find(text) >= 0;
            }

            @Override
            public Iterator<String> iterator() {
                return Arrays.asList(names).subList(0, size).iterator();
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    private int add(String name, int hash, int slot) {
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        names[size] = name;
        hashes[size] = hash;
        slots[slot] = ++size;
        if (size * 2 > slots.length) rehash();
        return size - 1;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int symbol = 0; symbol < size; symbol++) {
            int slot = hashes[symbol] & mask;
            while (slots[slot] != 0) slot = (slot + 1) & mask;
            slots[slot] = symbol + 1;
        }
    }

    /**
     * String's own hash with HashMap's spread. Numbered names (x1, x2, ...) get neighbouring hashes,
     * so a generated program fills the table in order, which the memory system loves.
     */
    private static int hash(String text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) h = 31 * h + text.charAt(i);
        return h ^ (h >>> 16);
    }
}
