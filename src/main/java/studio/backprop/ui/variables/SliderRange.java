package studio.backprop.ui.variables;

/**
 * A slider's range for an input: symmetric about 0, wide enough to hold the value with room to
 * spare, and a round number so the ticks read well: ±5 for most course values, ±10 for a = 5,
 * ±20 for b = 6.88.
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

    boolean contains(double value) {
        return value >= min && value <= max;
    }
}
