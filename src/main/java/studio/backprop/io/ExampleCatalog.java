package studio.backprop.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The example programs bundled from the course material, in the order of resources/examples/index.txt.
 * Each file starts with two comment lines: its title, and one line on what it teaches.
 */
public final class ExampleCatalog {

    /** One bundled program. */
    public record Example(String name, String title, String summary, String source) {

        /**
         * Whether the program shows a mistake on purpose, as the tutorial's "calculate if possible"
         * has products that cannot be calculated: its name ends in "-impossible".
         */
        public boolean showsAMistake() {
            return name.endsWith("-impossible");
        }
    }

    private ExampleCatalog() {
    }

    /** The examples that are programs to run, without those that show a mistake on purpose. */
    public static List<Example> programs() {
        return all().stream().filter(example -> !example.showsAMistake()).toList();
    }

    public static List<Example> all() {
        List<Example> examples = new ArrayList<>();
        for (String name : read("index.txt").split("\\R")) {
            if (!name.isBlank()) examples.add(named(name.strip()));
        }
        return examples;
    }

    public static Example named(String name) {
        String source = read(name + ".cgraph");
        String[] lines = source.split("\\R", 3);
        return new Example(name, comment(lines, 0, name), comment(lines, 1, ""), source);
    }

    private static String comment(String[] lines, int index, String otherwise) {
        return lines.length > index && lines[index].startsWith("#") ? lines[index].substring(1).strip() : otherwise;
    }

    private static String read(String file) {
        try (InputStream in = ExampleCatalog.class.getResourceAsStream("/examples/" + file)) {
            if (in == null) throw new IllegalArgumentException("No bundled example " + file);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
