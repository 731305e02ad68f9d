package studio.backprop.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PaletteTest {

    static final String[] COLOURS = {"background", "panel", "text", "muted", "edge", "forward", "backward",
        "input-fill", "input-stroke", "constant-fill", "operation-fill", "operation-stroke", "output-fill",
        "output-stroke", "selected", "flag", "unknown", "error"};

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyThemeDefinesEveryColourTheRenderersUse(Theme theme) {
        Palette palette = Palette.of(theme);
        for (String colour : COLOURS) {
            assertThat(palette.color(colour)).matches("#[0-9a-f]{6}");
        }
        assertThat(palette.color("forward")).isNotEqualTo(palette.color("backward"));
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void forwardIsBlueAndBackwardOrangeSoColourBlindViewersTellThemApart(Theme theme) {
        int[] forward = Palette.of(theme).rgb("forward");
        int[] backward = Palette.of(theme).rgb("backward");
        assertThat(forward[2]).as("forward is blue").isGreaterThan(forward[0]);
        assertThat(backward[0]).as("backward is orange").isGreaterThan(backward[2]);
        assertThat(backward[0]).isGreaterThan(backward[1]);
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void textStandsOutFromTheBackground(Theme theme) {
        Palette palette = Palette.of(theme);
        assertThat(contrast(palette.rgb("text"), palette.rgb("background"))).isGreaterThan(7);
    }

    @org.junit.jupiter.api.Test
    void theProjectorThemeHasThickerLinesAndLargerType() {
        assertThat(Palette.of(Theme.PROJECTOR).strokeScale()).isGreaterThan(Palette.of(Theme.LIGHT).strokeScale());
        assertThat(Palette.of(Theme.PROJECTOR).fontScale()).isGreaterThan(Palette.of(Theme.LIGHT).fontScale());
        assertThat(Palette.of(Theme.PROJECTOR).color("text")).isEqualTo("#000000");
        assertThat(Palette.of(Theme.PROJECTOR).color("background")).isEqualTo("#ffffff");
    }

    /** WCAG contrast ratio. */
    static double contrast(int[] a, int[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int[] rgb) {
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = rgb[i] / 255.0;
            linear[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }
}
