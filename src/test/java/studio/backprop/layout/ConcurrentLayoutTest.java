package studio.backprop.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** The UI lays out on a background thread while an export may run on another. */
class ConcurrentLayoutTest {

    @Test
    void layoutsOnSeveralThreadsAtOnceGiveTheSameDrawingsAsOneAfterAnother() throws Exception {
        GraphLayout layout = new ElkLayeredLayout();
        List<Corpus.Sample> samples = Corpus.handWritten();
        List<Geometry> expected = samples.stream().map(sample -> Geometry.of(layout.layout(sample.graph()))).toList();
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<List<Geometry>>> results = new ArrayList<>();
            for (int thread = 0; thread < 3; thread++) {
                results.add(threads.submit(() -> samples.stream()
                        .map(sample -> Geometry.of(layout.layout(sample.graph()))).toList()));
            }
            for (Future<List<Geometry>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
