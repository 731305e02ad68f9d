package studio.backprop.presentation.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * Round numbers for an axis: a step of 1, 2 or 5 times a power of ten, so that about
 * {@code count} ticks cover the range, and the range widened out to whole steps.
 */
record NiceTicks(double from, double to, double step) {

    static NiceTicks of(double min, double max, int count) {
        if (!(max > min)) {
            double half = min == 0 ? 1 : Math.abs(min) * 0.5;
            return of(min - half, max + half, count);
        }
        double raw = (max - min) / Math.max(1, count);
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / power;
        double step = (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
        // A small tolerance, so that 0.30000000000000004 is not pushed out to 0.4.
        double from = Math.floor(min / step + 1e-9) * step;
        double to = Math.ceil(max / step - 1e-9) * step;
        return new NiceTicks(from, to, step);
    }

    /** The ticks from {@code from} to {@code to}, each computed from its count so that no error adds up. */
    List<Double> values() {
        List<Double> values = new ArrayList<>();
        long first = Math.round(from / step);
        long last = Math.round(to / step);
        for (long k = first; k <= last; k++) values.add(k * step);
        return values;
    }
}
