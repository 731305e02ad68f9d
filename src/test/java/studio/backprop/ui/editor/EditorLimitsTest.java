package studio.backprop.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditorLimitsTest {

    @Test
    void aProgramOfOrdinarySizeIsEditable() {
        assertThat(EditorLimits.tooLargeToEdit("a = 5\nJ = 3*a\n")).isEmpty();
        assertThat(EditorLimits.tooLargeToEdit("J = a" + " + a".repeat(4_000))).isEmpty();
    }

    @Test
    void aVeryLongLineOrAVeryLongProgramIsShownInPartAndSaysWhy() {
        String oneLine = "a = 2\nJ = a" + " + a".repeat(10_000);
        assertThat(EditorLimits.tooLargeToEdit(oneLine)).hasValueSatisfying(why -> assertThat(why)
                .startsWith("This program is too large to edit here (40,011 characters, the longest line 40,005; "
                        + "the editor takes 5,000,000, and lines of up to 20,000)."));
        String preview = EditorLimits.preview(oneLine);
        assertThat(preview).startsWith("a = 2\nJ = a + a").endsWith(" …\n…");
        assertThat(preview.length()).isLessThan(20_100);

        String manyLines = "x0 = 1\n" + "x1 = x0 + 1\n".repeat(500_000);
        assertThat(EditorLimits.tooLargeToEdit(manyLines)).isPresent();
        assertThat(EditorLimits.preview(manyLines).length()).isLessThanOrEqualTo(EditorLimits.PREVIEW_CHARACTERS + 2);
    }
}
