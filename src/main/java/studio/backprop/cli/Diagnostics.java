package studio.backprop.cli;

import studio.backprop.expr.ProgramException;
import studio.backprop.expr.Span;

/**
 * Formats a program error the way compilers do:
 *
 * <pre>
 * error: 1:9: Unknown function 'sigmod'. Did you mean 'sigmoid'?
 * J = 3 * sigmod(x)
 *         ^~~~~~
 * </pre>
 *
 * A very long line is cut to a window around the error, so a 1 MB one-line program does not
 * flood the terminal.
 */
final class Diagnostics {

    private static final int CONTEXT = 60;

    private Diagnostics() {
    }

    static String format(ProgramException error, String source) {
        Span span = error.span();
        int start = Math.min(span.start(), source.length());
        int lineStart = source.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = source.indexOf('\n', start);
        if (lineEnd < 0) lineEnd = source.length();
        if (lineEnd > lineStart && source.charAt(lineEnd - 1) == '\r') lineEnd--;

        int shownStart = Math.max(lineStart, start - CONTEXT);
        int shownEnd = Math.min(lineEnd, start + CONTEXT);
        String prefix = shownStart > lineStart ? "…" : "";
        String suffix = shownEnd < lineEnd ? "…" : "";
        String line = prefix + source.substring(shownStart, shownEnd) + suffix;

        StringBuilder caret = new StringBuilder(prefix.isEmpty() ? "" : " ");
        source.substring(shownStart, start).codePoints()
                .forEach(c -> caret.append(c == '\t' ? '\t' : ' '));
        caret.append('^');
        int underlined = source.codePointCount(start, Math.max(start, Math.min(span.end(), shownEnd)));
        caret.append("~".repeat(Math.max(0, underlined - 1)));
        return "error: " + error.located() + System.lineSeparator() + line + System.lineSeparator() + caret;
    }
}
