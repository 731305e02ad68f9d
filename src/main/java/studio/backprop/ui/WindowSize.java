package studio.backprop.ui;

/** The size of the window's content, in pixels. */
record WindowSize(double width, double height) {

    static final WindowSize DEFAULT = new WindowSize(1280, 800);
    /** Smaller than this, the panels no longer fit beside the graph. */
    static final WindowSize SMALLEST = new WindowSize(640, 400);

    /** Whether it is a size a window can have on a screen of {@code screen}'s size. */
    boolean fitsOn(WindowSize screen) {
        return width >= SMALLEST.width && height >= SMALLEST.height
                && width <= screen.width && height <= screen.height;
    }

    /** This size, made no larger than {@code screen}. */
    WindowSize within(WindowSize screen) {
        return new WindowSize(Math.min(width, screen.width), Math.min(height, screen.height));
    }
}
