package studio.backprop.io;

/**
 * How a file ends its lines. Inside Backprop Studio a program's lines always end in {@code "\n"},
 * as the editor keeps them, so that an error's position in the text is the same character in the
 * editor; a file keeps its own line endings when it is saved again.
 */
public enum LineEnding {
    /** Unix, macOS and most editors: {@code "\n"}. */
    LF("\n"),
    /** Windows: {@code "\r\n"}. */
    CRLF("\r\n"),
    /** Classic Mac OS: {@code "\r"} alone. */
    CR("\r");

    private final String separator;

    LineEnding(String separator) {
        this.separator = separator;
    }

    /** The ending of a text's first line break; {@link #LF} for a text of one line. */
    public static LineEnding of(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') return LF;
            if (c == '\r') return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? CRLF : CR;
        }
        return LF;
    }

    /** The text with every line break, whatever its kind, written {@code "\n"}. */
    public static String toNewlines(String text) {
        if (text.indexOf('\r') < 0) return text;
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** A text whose lines end in {@code "\n"}, with this ending instead. */
    public String apply(String text) {
        return this == LF ? text : text.replace("\n", separator);
    }
}
