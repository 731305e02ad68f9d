package studio.backprop.expr;

import static studio.backprop.expr.TokenType.NAME;
import static studio.backprop.expr.TokenType.STAR;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * Names written side by side, the way the course writes products: {@code z = x² − 6y² + 3xy} in
 * Tutorial 3 and {@code J = 3(a + bc)} in the lecture. A name that is not defined but splits into
 * names defined on earlier lines in exactly one way ({@code xy} with x and y defined, {@code bc},
 * {@code w1x1}) is their product, read exactly as if the student had typed {@code x*y}, so
 * {@code 3xy^2 = 3*x*y^2}; a note says so. A name that is defined always means itself.
 *
 * <p>Two ways to split ({@code abc} with a, b, ab and c defined) is an error that asks for the
 * '*'. A name that splits in no way is an input of its own and means itself from then on, even
 * once its parts are defined, so one name never means two things in one program; when it would
 * split into names used so far, a note says how to multiply them.
 */
final class JuxtaposedNames {

    private final SymbolTable symbols;
    /** The parser's names defined on earlier lines, read as they grow. */
    private final BitSet defined;
    /** Names used as inputs of their own, without a value: they keep meaning themselves. */
    private final BitSet usedAlone = new BitSet();
    /** Names already noted, so that each is noted once, where it first appears. */
    private final BitSet noted = new BitSet();
    private final Consumer<Note> notes;

    JuxtaposedNames(SymbolTable symbols, BitSet defined, Consumer<Note> notes) {
        this.symbols = symbols;
        this.defined = defined;
        this.notes = notes;
    }

    /**
     * The tokens to read in place of {@code name}, a name that is not defined, not a function
     * and not a constant: its parts with a '*' token between each two, or the name alone.
     */
    List<Token> read(Token name) {
        String text = name.text();
        if (!usedAlone.get(name.symbol()) && !defined.isEmpty()) {
            List<int[]> readings = Juxtaposition.readings(text, (from, to) -> isDefined(text, from, to));
            if (readings.size() > 1) {
                throw ParseErrors.ambiguousProduct(name, parts(text, readings.get(0)), parts(text, readings.get(1)));
            }
            if (readings.size() == 1) {
                note(name, text + " is read as " + String.join("·", parts(text, readings.get(0))) + ".");
                return partTokens(name, readings.get(0));
            }
        }
        if (!usedAlone.get(name.symbol())) {
            usedAlone.set(name.symbol());
            hintIfItCouldMultiply(name);
        }
        return List.of(name);
    }

    /** "xy is a name of its own ...": the first use of a free name that reads as names used so far. */
    private void hintIfItCouldMultiply(Token name) {
        String text = name.text();
        List<int[]> known = Juxtaposition.readings(text,
                (from, to) -> isDefined(text, from, to) || isUsedAlone(text, from, to));
        if (known.isEmpty()) return;
        List<String> parts = parts(text, known.get(0));
        note(name, text + " is a name of its own, an input without a value. To multiply " + String.join(" and ", parts)
                + ", give them values on earlier lines, or write " + String.join("*", parts) + ".");
    }

    private boolean isDefined(String text, int from, int to) {
        int symbol = symbols.find(text, from, to);
        return symbol >= 0 && defined.get(symbol);
    }

    private boolean isUsedAlone(String text, int from, int to) {
        int symbol = symbols.find(text, from, to);
        return symbol >= 0 && usedAlone.get(symbol);
    }

    private static List<String> parts(String text, int[] cuts) {
        List<String> parts = new ArrayList<>(cuts.length);
        int from = 0;
        for (int cut : cuts) {
            parts.add(text.substring(from, cut));
            from = cut;
        }
        return parts;
    }

    /** The parts as NAME tokens, each spanning its own letters, with a '*' of no width between each two. */
    private List<Token> partTokens(Token name, int[] cuts) {
        String text = name.text();
        Span span = name.span();
        List<Token> tokens = new ArrayList<>(2 * cuts.length - 1);
        int from = 0;
        for (int cut : cuts) {
            int column = span.column() + text.codePointCount(0, from);
            int start = span.start() + from;
            if (from > 0) {
                tokens.add(new Token(STAR, "*", Double.NaN, -1, span.line(), column, start, start));
            }
            int symbol = symbols.find(text, from, cut);
            tokens.add(new Token(NAME, symbols.name(symbol), Double.NaN, symbol, span.line(), column, start,
                    span.start() + cut));
            from = cut;
        }
        return tokens;
    }

    private void note(Token name, String text) {
        if (noted.get(name.symbol())) return;
        noted.set(name.symbol());
        notes.accept(new Note(name.span(), text));
    }
}
