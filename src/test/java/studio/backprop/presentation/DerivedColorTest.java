package studio.backprop.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DerivedColorTest {

    /** The expected colours are what JavaFX 21 computes for CSS {@code derive(c, 50%)}. */
    @ParameterizedTest(name = "derive({0}, 50%) = {1}")
    @CsvSource({"#d55e00, #e6985c", "#f0a04b, #f7cda2", "#c04000, #d6794b"})
    void lighterMatchesJavaFxDeriveForEachThemesBackwardColour(String base, String derived) {
        assertThat(DerivedColor.lighter(base, 0.5)).isEqualTo(derived);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"#000000", "#ffffff", "#808080"})
    void greysStayGrey(String grey) {
        String derived = DerivedColor.lighter(grey, 0.5);
        assertThat(derived.substring(1, 3)).isEqualTo(derived.substring(3, 5)).isEqualTo(derived.substring(5, 7));
    }
}
