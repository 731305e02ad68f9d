package studio.backprop.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineEndingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"LF, 'a = 5\\nJ = a\\n'", "CRLF, 'a = 5\\r\\nJ = a\\r\\n'", "CR, 'a = 5\\rJ = a\\r'", "LF, 'J = a'"})
    void theFirstLineBreakDecidesAndEveryOneBecomesANewlineAndBackAgain(LineEnding ending, String escaped) {
        String text = escaped.replace("\\r", "\r").replace("\\n", "\n");
        assertThat(LineEnding.of(text)).isEqualTo(ending);
        String inside = LineEnding.toNewlines(text);
        assertThat(inside).doesNotContain("\r");
        assertThat(ending.apply(inside)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"'a\\r\\nb\\nc\\rd', 'a\\nb\\nc\\nd'"})
    void mixedEndingsAllBecomeNewlines(String escaped, String expected) {
        String text = escaped.replace("\\r", "\r").replace("\\n", "\n");
        assertThat(LineEnding.toNewlines(text)).isEqualTo(expected.replace("\\n", "\n"));
    }
}
