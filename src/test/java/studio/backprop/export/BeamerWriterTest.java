package studio.backprop.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import studio.backprop.autodiff.PassTimeline;

class BeamerWriterTest {

    @ParameterizedTest(name = "frames {0} of {1} -> <{2}>")
    @CsvSource(delimiter = '|', value = {"0,1,2 | 3 | ''", "2 | 5 | 3", "3,4 | 5 | 4-", "1,2,3 | 5 | 2-4", "0,2,4,5 | 6 | 1,3,5-"})
    void framesBecomeBeamerOverlaySpecifications(String frames, int count, String overlays) {
        BitSet set = new BitSet();
        for (String frame : frames.split(",")) set.set(Integer.parseInt(frame.strip()));
        assertThat(BeamerWriter.overlays(set, count)).isEqualTo(overlays);
    }

    @Test
    void eachOverlayShowsWhatItsFrameShows() {
        PassTimeline lecture = ExportFixtures.timeline("lecture");
        List<Integer> all = IntStream.rangeClosed(0, lecture.end()).boxed().toList();
        String tex = ExportFixtures.exportText(ExportFormat.TIKZ, ExportOptions.DEFAULT.withBeamer(true), lecture, all);
        assertThat(tex).as("dJ = 1 appears with backward step 1, at position 4, which is overlay 5")
                .containsPattern("\\\\only<5->\\{\\\\node[^\\n]*\\{dJ = 1\\};\\}")
                .containsPattern("\\\\only<1>\\{\\\\node[^\\n]*\\{\\?\\};\\}")
                .containsPattern("\\\\only<10->\\{\\\\draw\\[fill=bpE3EEF8, draw=bpD55E00, line width=3.75pt");
        assertThat(tex).as("the drawing is shared, not repeated").containsOnlyOnce("{u $\\times$}");
    }
}
