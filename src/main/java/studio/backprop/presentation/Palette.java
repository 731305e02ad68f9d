package studio.backprop.presentation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A theme's colours and weights, read from the {@code -bp-*} declarations of its style sheet: the
 * one place they are defined, for the screen and for every exporter alike, which draw them through
 * {@link GraphStyle}. Colours are {@code #rrggbb}.
 */
public final class Palette {

    private static final Pattern DECLARATION = Pattern.compile("(-bp-[a-z-]+)\\s*:\\s*([^;]+);");
    private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private final Theme theme;
    private final Map<String, String> values;

    private Palette(Theme theme, Map<String, String> values) {
        this.theme = theme;
        this.values = values;
    }

    /** Each theme's style sheet is read once: the app asks on every compile and every export. */
    private static final Map<Theme, Palette> READ = new EnumMap<>(Theme.class);

    public static Palette of(Theme theme) {
        synchronized (READ) {
            return READ.computeIfAbsent(theme, Palette::read);
        }
    }

    private static Palette read(Theme theme) {
        try (InputStream in = Palette.class.getResourceAsStream(theme.stylesheet())) {
            if (in == null) throw new IllegalStateException("missing style sheet " + theme.stylesheet());
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> values = new HashMap<>();
            Matcher matcher = DECLARATION.matcher(css);
            while (matcher.find()) {
                values.putIfAbsent(matcher.group(1), matcher.group(2).strip());
            }
            return new Palette(theme, values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Theme theme() {
        return theme;
    }

    /** A colour by its name without the prefix: {@code color("forward")} is {@code -bp-forward}. */
    public String color(String name) {
        // Asked for every node and edge at every step of a big graph: no regex compiled per call.
        String value = values.get("-bp-" + name);
        if (value == null || !HEX_COLOUR.matcher(value).matches()) {
            throw new IllegalArgumentException(theme.id() + " theme has no colour -bp-" + name);
        }
        return value.toLowerCase();
    }

    /** Red, green and blue from 0 to 255. */
    public int[] rgb(String name) {
        String hex = color(name);
        return new int[] {Integer.parseInt(hex.substring(1, 3), 16), Integer.parseInt(hex.substring(3, 5), 16),
            Integer.parseInt(hex.substring(5, 7), 16)};
    }

    /** How much thicker lines are than in the light theme. */
    public double strokeScale() {
        return number("stroke-scale");
    }

    /** How much larger type is than in the light theme. */
    public double fontScale() {
        return number("font-scale");
    }

    /** Whether values and the title are set in bold too, not only labels and dvars: for the back row. */
    public boolean boldNumbers() {
        return "bold".equals(values.get("-bp-number-weight"));
    }

    private double number(String name) {
        String value = values.get("-bp-" + name);
        return value == null ? 1 : Double.parseDouble(value);
    }
}
