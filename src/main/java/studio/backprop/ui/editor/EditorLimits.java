package studio.backprop.ui.editor;

import java.util.Locale;
import java.util.Optional;

/**
 * How much text the editor can take and stay responsive. The code area lays out a paragraph whole,
 * with one styled piece per highlighted word, and styles the whole text after every key press: a
 * 50 MB one-line program froze the window. A program beyond these limits is still worked out in
 * full; the editor shows its beginning, read-only, and says why.
 */
public final class EditorLimits {

    /** About a 100,000-step program; its 2 MB open and edit without a pause that one notices. */
    static final int MOST_CHARACTERS = 5_000_000;
    static final int LONGEST_LINE = 20_000;
    /** What the editor shows of a program it cannot take. */
    static final int PREVIEW_CHARACTERS = 100_000;

    private EditorLimits() {
    }

    /** Why {@code text} is too large to edit here, or nothing if it is not. */
    public static Optional<String> tooLargeToEdit(String text) {
        int longest = longestLine(text);
        if (text.length() <= MOST_CHARACTERS && longest <= LONGEST_LINE) return Optional.empty();
        return Optional.of(String.format(Locale.ROOT, "This program is too large to edit here (%,d characters, "
                + "the longest line %,d; the editor takes %,d, and lines of up to %,d). It is worked out in full; "
                + "the editor shows its beginning, read-only. Edit it in a text editor and open it again.",
                text.length(), longest, MOST_CHARACTERS, LONGEST_LINE));
    }

    /** The beginning the editor shows, cut at a line break where there is one, and never inside a line too long to show. */
    public static String preview(String text) {
        String start = text.substring(0, Math.min(text.length(), PREVIEW_CHARACTERS));
        StringBuilder shown = new StringBuilder();
        for (String line : start.split("\n", -1)) {
            shown.append(line.length() > LONGEST_LINE ? line.substring(0, LONGEST_LINE) + " …" : line).append('\n');
        }
        return shown.append("…").toString();
    }

    private static int longestLine(String text) {
        int longest = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                longest = Math.max(longest, i - start);
                start = i + 1;
            }
        }
        return longest;
    }
}
