package studio.backprop.ui;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import studio.backprop.layout.EdgeLabels;
import studio.backprop.presentation.Theme;

/**
 * What the app remembers between runs: theme, font scale, edge labels, speed, recent files, window size and
 * the export choices. Every value is checked as it is read, because the store can hold anything
 * (an older version's value, a hand edit, a broken disk): a value that cannot be used is
 * forgotten, its default is used instead, and {@link #distrusted()} lists it so that the window
 * can say so once.
 */
public final class StudioPreferences {

    static final int RECENT_FILES = 8;
    /** The text sizes View → Larger and Smaller text move between. */
    static final double SMALLEST_FONT_SCALE = 0.5;
    static final double LARGEST_FONT_SCALE = 3;
    /** The speeds the transport bar offers. */
    static final double SLOWEST = 0.25;
    static final double FASTEST = 4;

    private final Preferences node;
    private final List<String> distrusted = new ArrayList<>();

    StudioPreferences(Preferences node) {
        this.node = node;
    }

    static StudioPreferences forUser() {
        return new StudioPreferences(Preferences.userRoot().node("/studio/backprop"));
    }

    /** The remembered values that could not be used, as "font scale (was NaN)"; each is forgotten as it is found. */
    public List<String> distrusted() {
        return List.copyOf(distrusted);
    }

    Theme theme() {
        return choice("theme", "theme", Theme.LIGHT, Theme::byId);
    }

    void setTheme(Theme theme) {
        node.put("theme", theme.id());
    }

    double fontScale() {
        return number("fontScale", "text size", 1, SMALLEST_FONT_SCALE, LARGEST_FONT_SCALE);
    }

    void setFontScale(double scale) {
        node.putDouble("fontScale", scale);
    }

    EdgeLabels edgeLabels() {
        return EdgeLabels.byId(node.get("edgeLabels", EdgeLabels.BOTH.id())).orElse(EdgeLabels.BOTH);
    }

    void setEdgeLabels(EdgeLabels labels) {
        node.put("edgeLabels", labels.id());
    }

    double speed() {
        return number("speed", "animation speed", 1, SLOWEST, FASTEST);
    }

    void setSpeed(double speed) {
        node.putDouble("speed", speed);
    }

    /** The remembered window size if it fits on a screen of {@code screen}'s size; the default otherwise. */
    WindowSize windowSize(WindowSize screen) {
        String width = node.get("windowWidth", null);
        String height = node.get("windowHeight", null);
        if (width == null && height == null) return WindowSize.DEFAULT.within(screen);
        try {
            WindowSize remembered = new WindowSize(Double.parseDouble(width), Double.parseDouble(height));
            if (remembered.fitsOn(screen)) return remembered;
        } catch (NumberFormatException | NullPointerException e) {
            // said below
        }
        distrust("windowWidth", "window size", width + " × " + height);
        node.remove("windowHeight");
        return WindowSize.DEFAULT.within(screen);
    }

    void setWindowSize(double width, double height) {
        node.putDouble("windowWidth", width);
        node.putDouble("windowHeight", height);
    }

    /** A remembered export choice, such as "format" or "theme", if {@code parse} accepts it; else {@code otherwise}. */
    public <T> T exportChoice(String name, T otherwise, Function<String, Optional<T>> parse) {
        return choice("export." + name, "export " + name, otherwise, parse);
    }

    /** A remembered export number from {@code least} to {@code most}; else {@code otherwise}. */
    public double exportNumber(String name, double otherwise, double least, double most) {
        return number("export." + name, "export " + name, otherwise, least, most);
    }

    /** A remembered export text, such as the title; any text will do. */
    public String exportText(String name, String otherwise) {
        return node.get("export." + name, otherwise);
    }

    public void setExportChoice(String name, String value) {
        node.put("export." + name, value);
    }

    /** The recent files, most recent first; entries that are not paths of files are forgotten. */
    public List<Path> recentFiles() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < RECENT_FILES; i++) {
            String file = node.get("recent." + i, null);
            if (file == null) continue;
            Optional<Path> path = fileNamed(file);
            if (path.isPresent()) files.add(path.get());
            else distrust("recent." + i, "a recent file", file);
        }
        return files;
    }

    /** Puts {@code file} first, without duplicates, keeping at most {@value #RECENT_FILES}. */
    public void addRecentFile(Path file) {
        List<Path> files = recentFiles();
        Path absolute = file.toAbsolutePath().normalize();
        files.removeIf(known -> known.equals(absolute));
        files.add(0, absolute);
        for (int i = 0; i < RECENT_FILES; i++) {
            if (i < files.size()) node.put("recent." + i, files.get(i).toString());
            else node.remove("recent." + i);
        }
    }

    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            // Preferences are a convenience; failing to store them must not disturb the lesson.
        }
    }

    /** An absolute path with a file name, or nothing: "", "/" and text with a NUL in it are not files. */
    private static Optional<Path> fileNamed(String text) {
        try {
            Path path = Path.of(text);
            return path.isAbsolute() && path.getFileName() != null ? Optional.of(path.normalize()) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private double number(String key, String what, double otherwise, double least, double most) {
        String text = node.get(key, null);
        if (text == null) return otherwise;
        try {
            double value = Double.parseDouble(text.strip());
            if (value >= least && value <= most) return value;
        } catch (NumberFormatException e) {
            // said below
        }
        distrust(key, what, text);
        return otherwise;
    }

    private <T> T choice(String key, String what, T otherwise, Function<String, Optional<T>> parse) {
        String text = node.get(key, null);
        if (text == null) return otherwise;
        Optional<T> value = parse.apply(text);
        if (value.isPresent()) return value.get();
        distrust(key, what, text);
        return otherwise;
    }

    private void distrust(String key, String what, String text) {
        node.remove(key);
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        distrusted.add(what + " (was '" + shown.replaceAll("\\p{Cntrl}", "?") + "')");
    }
}
