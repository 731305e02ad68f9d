package studio.backprop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import studio.backprop.export.ExportFormat;
import studio.backprop.presentation.Theme;

/**
 * Remembered values are checked as they are read: a bad one falls back to its default, is
 * forgotten, and is listed once. Before, a font scale of 0, an export scale of "abc" or an unknown
 * step choice stopped the app at every start, and a size of 1e9 made a 32767 × 32767 window.
 */
class StudioPreferencesTest {

    private static final WindowSize SCREEN = new WindowSize(1920, 1080);
    private final Preferences node = Preferences.userRoot().node("/studio/backprop/test/" + UUID.randomUUID());
    private final StudioPreferences preferences = new StudioPreferences(node);

    @AfterAll
    static void forgetPreferences() {
        TestPreferences.removeAll();
    }

    @Test
    void nothingRememberedMeansTheDefaultsAndNothingToSay() {
        assertThat(preferences.theme()).isEqualTo(Theme.LIGHT);
        assertThat(preferences.fontScale()).isEqualTo(1);
        assertThat(preferences.speed()).isEqualTo(1);
        assertThat(preferences.windowSize(SCREEN)).isEqualTo(WindowSize.DEFAULT);
        assertThat(preferences.windowSize(new WindowSize(1024, 700))).isEqualTo(new WindowSize(1024, 700));
        assertThat(preferences.distrusted()).isEmpty();
    }

    @Test
    void goodValuesAreKept() {
        node.put("theme", "projector");
        node.put("fontScale", "1.5");
        node.put("speed", "0.25");
        node.put("windowWidth", "1000");
        node.put("windowHeight", "700");
        node.put("export.scale", "3.0");
        assertThat(preferences.theme()).isEqualTo(Theme.PROJECTOR);
        assertThat(preferences.fontScale()).isEqualTo(1.5);
        assertThat(preferences.speed()).isEqualTo(0.25);
        assertThat(preferences.windowSize(SCREEN)).isEqualTo(new WindowSize(1000, 700));
        assertThat(preferences.exportNumber("scale", 2, 1, 4)).isEqualTo(3);
        assertThat(preferences.distrusted()).isEmpty();
    }

    @Test
    void eachBadValueFallsBackToItsDefaultIsForgottenAndIsListedOnce() {
        node.put("theme", "neon");
        node.put("fontScale", "NaN");
        node.put("speed", "-1");
        node.put("windowWidth", "1e9");
        node.put("windowHeight", "Infinity");
        node.put("export.scale", "abc");
        node.put("export.steps", "SOMETIMES");
        node.put("export.format", "gif");
        node.put("export.values", "yes");
        assertThat(preferences.theme()).isEqualTo(Theme.LIGHT);
        assertThat(preferences.fontScale()).isEqualTo(1);
        assertThat(preferences.speed()).isEqualTo(1);
        assertThat(preferences.windowSize(SCREEN)).isEqualTo(WindowSize.DEFAULT);
        assertThat(preferences.exportNumber("scale", 2, 1, 4)).isEqualTo(2);
        assertThat(preferences.exportChoice("format", ExportFormat.PNG, ExportFormat::byId)).isEqualTo(ExportFormat.PNG);
        assertThat(preferences.distrusted()).containsExactly("theme (was 'neon')", "text size (was 'NaN')",
                "animation speed (was '-1')", "window size (was '1e9 × Infinity')", "export scale (was 'abc')",
                "export format (was 'gif')");

        StudioPreferences nextStart = new StudioPreferences(node);
        nextStart.theme();
        nextStart.fontScale();
        nextStart.speed();
        nextStart.windowSize(SCREEN);
        nextStart.exportNumber("scale", 2, 1, 4);
        assertThat(nextStart.distrusted()).as("forgotten, so said only once").isEmpty();
    }

    @Test
    void fontScalesOutsideWhatTheMenuOffersAreNotTrusted() {
        for (String scale : new String[] {"0", "-1", "1000", "0.1", "Infinity"}) {
            node.put("fontScale", scale);
            assertThat(new StudioPreferences(node).fontScale()).as(scale).isEqualTo(1);
        }
    }

    @Test
    void aWindowLargerThanTheScreenOrTooSmallToUseGetsTheDefault() {
        node.put("windowWidth", "3000");
        node.put("windowHeight", "900");
        assertThat(preferences.windowSize(SCREEN)).isEqualTo(WindowSize.DEFAULT);
        node.put("windowWidth", "10");
        node.put("windowHeight", "10");
        assertThat(new StudioPreferences(node).windowSize(SCREEN)).isEqualTo(WindowSize.DEFAULT);
    }

    @Test
    void recentFilesThatAreNoFilesAreDroppedSoTheMenuNeverShowsNull() {
        node.put("recent.0", "/home/ann/lecture.cgraph");
        node.put("recent.1", "");
        node.put("recent.2", "/");
        node.put("recent.3", "relative.cgraph");
        assertThat(preferences.recentFiles()).containsExactly(Path.of("/home/ann/lecture.cgraph"));
        assertThat(preferences.distrusted()).hasSize(3);
        assertThat(preferences.recentFiles()).allSatisfy(file -> {
            assertThat(file.getFileName()).isNotNull();
            assertThat(file.getParent()).isNotNull();
        });
    }
}
