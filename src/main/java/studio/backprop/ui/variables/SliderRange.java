package studio.backprop.ui.variables;

/**
 * A slider's range for an input: symmetric about 0, wide enough to hold the value with room to
 * spare, and a round number so the ticks read well: ±5 for most course values, ±10 for a = 5,
 * ±20 for b = 6.88. A value dragged to is {@link #snap snapped} to a thousandth of the range
 * rounded down to a power of ten, so the program says b = 5.15, not b = 5.1487603305785115.
 */
record SliderRange(double min, double max) {

    private static final double[] STEPS = {1, 2, 5};

    static SliderRange around(double value) {
        double needed = Math.max(5, 2 * Math.abs(value));
        if (!Double.isFinite(needed)) {
            return new SliderRange(-5, 5);
        }
        double decade = Math.pow(10, Math.floor(Math.log10(needed)));
        for (int attempt = 0; attempt < 4; attempt++, decade *= 10) {
            for (double step : STEPS) {
                if (step * decade >= needed) {
                    return new SliderRange(-step * decade, step * decade);
                }
            }
        }
        return new SliderRange(-needed, needed);
    }

    /**
     * The round value nearest {@code value} that a drag on this range can mean: a multiple of
     * 10^k, the largest power of ten at most a thousandth of the range (0.01 for ±5 to ±20).
     */
    double snap(double value) {
        int power = (int) Math.floor(Math.log10((max - min) / 1000));
        if (!Double.isFinite(value) || power < -15) return value;
        // Dividing by an exact power of ten gives the double nearest 515/100, where multiplying by 0.01 would not.
        if (power < 0) {
            double inverse = Math.pow(10, -power);
            return Math.round(value * inverse) / inverse;
        }
        double step = Math.pow(10, power);
        return Math.round(value / step) * step;
    }

    boolean contains(double value) {
        return value >= min && value <= max;
    }
}
