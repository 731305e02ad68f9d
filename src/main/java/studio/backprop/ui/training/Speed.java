package studio.backprop.ui.training;

/** How fast Run goes: slowly enough to watch each update, or as fast as the machine trains. */
public enum Speed {
    ONE("1 step/s", 1),
    FIVE("5 steps/s", 5),
    TWENTY("20 steps/s", 20),
    FASTEST("fastest", 0);

    private final String words;
    private final double perSecond;

    Speed(String words, double perSecond) {
        this.words = words;
        this.perSecond = perSecond;
    }

    /** Whether each step is slow enough for the class to watch its update. */
    public boolean watchable() {
        return perSecond > 0 && perSecond <= FIVE.perSecond;
    }

    /** Steps per second; 0 for as fast as they go. */
    public double perSecond() {
        return perSecond;
    }

    @Override
    public String toString() {
        return words;
    }
}
