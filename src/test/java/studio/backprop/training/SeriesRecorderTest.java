package studio.backprop.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SeriesRecorderTest {

    private static List<Double> xs(Series series) {
        List<Double> xs = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) xs.add(series.x(i));
        return xs;
    }

    @Test
    void keepsEveryPointWhileThereIsRoom() {
        SeriesRecorder recorder = new SeriesRecorder(8);
        for (int k = 1; k <= 5; k++) recorder.add(k, k * k);
        Series series = recorder.snapshot("J");
        assertThat(xs(series)).containsExactly(1.0, 2.0, 3.0, 4.0, 5.0);
        assertThat(series.y(4)).isEqualTo(25);
    }

    @Test
    void thinsEvenlyOnceFullAndAlwaysEndsAtTheNewestPoint() {
        SeriesRecorder recorder = new SeriesRecorder(4);
        // Points 0..9: four fit, then every second (0, 2, 4, 6), then every fourth (0, 4, 8), and 9 is the newest.
        for (int k = 0; k <= 9; k++) recorder.add(k, -k);
        assertThat(xs(recorder.snapshot("J"))).containsExactly(0.0, 4.0, 8.0, 9.0);
        assertThat(recorder.snapshot("J").y(3)).isEqualTo(-9);
        recorder.add(10, -10);
        assertThat(xs(recorder.snapshot("J"))).containsExactly(0.0, 4.0, 8.0, 10.0);
    }

    @Test
    void aMillionPointsKeepAtMostTheLimit() {
        SeriesRecorder recorder = new SeriesRecorder(TrainingHistory.POINTS);
        for (int k = 1; k <= 1_000_000; k++) recorder.add(k, 1.0 / k);
        Series series = recorder.snapshot("J");
        assertThat(series.size()).isLessThanOrEqualTo(TrainingHistory.POINTS + 1).isGreaterThan(TrainingHistory.POINTS / 2);
        assertThat(series.x(0)).isEqualTo(1);
        assertThat(series.x(series.size() - 1)).isEqualTo(1_000_000);
        // Evenly spread: every gap but the last is the same stride.
        double stride = series.x(1) - series.x(0);
        for (int i = 1; i + 1 < series.size(); i++) assertThat(series.x(i) - series.x(i - 1)).isEqualTo(stride);
    }
}
