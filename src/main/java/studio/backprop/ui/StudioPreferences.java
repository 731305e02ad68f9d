package studio.backprop.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import studio.backprop.layout.EdgeLabels;
import studio.backprop.presentation.Theme;

/** What the app remembers between runs: theme, font scale, edge labels, speed, recent files and window size. */
public final class StudioPreferences {

    static final int RECENT_FILES = 8;

    private final Preferences node;

    StudioPreferences(Preferences node) {
        this.node = node;
    }

    static StudioPreferences forUser() {
        return new StudioPreferences(Preferences.userRoot().node("/studio/backprop"));
    }

    Theme theme() {
        return Theme.byId(node.get("theme", Theme.LIGHT.id())).orElse(Theme.LIGHT);
    }

    void setTheme(Theme theme) {
        node.put("theme", theme.id());
    }

    double fontScale() {
        return node.getDouble("fontScale", 1);
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
        return node.getDouble("speed", 1);
    }

    void setSpeed(double speed) {
        node.putDouble("speed", speed);
    }

    double windowWidth() {
        return node.getDouble("windowWidth", 1280);
    }

    double windowHeight() {
        return node.getDouble("windowHeight", 800);
    }

    void setWindowSize(double width, double height) {
        node.putDouble("windowWidth", width);
        node.putDouble("windowHeight", height);
    }

    /** A remembered export choice, such as "format" or "theme". */
    public String exportChoice(String name, String otherwise) {
        return node.get("export." + name, otherwise);
    }

    public void setExportChoice(String name, String value) {
        node.put("export." + name, value);
    }

    public List<Path> recentFiles() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < RECENT_FILES; i++) {
            String file = node.get("recent." + i, null);
            if (file != null) files.add(Path.of(file));
        }
        return files;
    }

    /** Puts {@code file} first, without duplicates, keeping at most {@value #RECENT_FILES}. */
    public void addRecentFile(Path file) {
        List<Path> files = recentFiles();
        Path absolute = file.toAbsolutePath().normalize();
        files.removeIf(known -> known.toAbsolutePath().normalize().equals(absolute));
        files.add(0, absolute);
        for (int i = 0; i < RECENT_FILES; i++) {
            if (i < files.size()) node.put("recent." + i, files.get(i).toString());
            else node.remove("recent." + i);
        }
    }

    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Preferences are a convenience; failing to store them must not disturb the lesson.
        }
    }
}
