package studio.backprop.presentation;

import java.util.Locale;
import java.util.Optional;

/**
 * The looks a graph can have. Each is one style sheet under {@code /studio/backprop/themes/}: the
 * app applies it, and the exporters read its colours through {@link Palette}, so a slide looks
 * like the screen.
 */
public enum Theme {
    /** The default, and the one for slides. */
    LIGHT,
    DARK,
    /** High contrast, thick strokes, large type, black on white. */
    PROJECTOR;

    /** "light", "dark", "projector": as typed on the command line and saved in preferences. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String stylesheet() {
        return "/studio/backprop/themes/" + id() + ".css";
    }

    public static Optional<Theme> byId(String id) {
        for (Theme theme : values()) {
            if (theme.id().equalsIgnoreCase(id.strip())) return Optional.of(theme);
        }
        return Optional.empty();
    }
}
