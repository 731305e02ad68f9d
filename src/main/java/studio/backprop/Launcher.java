package studio.backprop;

import studio.backprop.cli.StudioCommand;

/**
 * The jar's entry point. It does not extend JavaFX's Application, so the shaded jar starts on a
 * plain classpath.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(StudioCommand.execute(args, System.out, System.err));
    }
}
