package studio.backprop.export;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A program on one line, for a title: comments and blank lines dropped, statements joined by "; ". */
final class ProgramLine {

    private ProgramLine() {
    }

    static String of(String source) {
        return Arrays.stream(source.split("\\R"))
                .map(line -> line.contains("#") ? line.substring(0, line.indexOf('#')) : line)
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .collect(Collectors.joining("; "));
    }
}
