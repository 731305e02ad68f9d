package studio.backprop.cli;

/**
 * How the command line quotes what the user typed back at them: control characters made visible
 * and long texts cut, so that a NUL byte or a 400-digit number cannot garble or flood the terminal.
 */
final class Messages {

    /** Longer quotes are cut to their start and a count. */
    static final int MOST_QUOTED = 40;

    private Messages() {
    }

    /** The text with control characters written as \\uXXXX, cut to {@value #MOST_QUOTED} characters. */
    static String clipped(String text) {
        return clipped(text, MOST_QUOTED);
    }

    /** The same, cut to {@code most} characters. */
    static String clipped(String text, int most) {
        StringBuilder shown = new StringBuilder();
        int count = text.codePointCount(0, text.length());
        int[] codePoints = text.codePoints().limit(most).toArray();
        for (int c : codePoints) {
            if (Character.isISOControl(c)) shown.append(String.format("\\u%04x", c));
            else shown.appendCodePoint(c);
        }
        if (count > most) shown.append("… (").append(count).append(" characters)");
        return shown.toString();
    }

    /** A sentence from elsewhere, made to follow "error: " or "note: ": its first letter in lower case. */
    static String sentence(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** The same, for a quote inside a message. */
    static String quoted(String text) {
        return clipped(text);
    }
}
