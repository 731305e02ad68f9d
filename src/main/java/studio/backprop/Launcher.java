package studio.backprop;

import java.awt.GraphicsEnvironment;
import java.io.FileDescriptor;
import java.io.FileOutputStream;

import studio.backprop.cli.StudioCommand;
import studio.backprop.ui.StudioApp;

/**
 * The jar's entry point: with no arguments, or with just a .cgraph file, it opens the app;
 * otherwise it runs the command line. It does not extend JavaFX's Application, so the shaded jar
 * starts on a plain classpath.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        if (opensTheApp(args)) {
            if (GraphicsEnvironment.isHeadless() || noDisplay()) {
                System.err.println("error: there is no display to open the window on. "
                        + "Use the command line instead, e.g.: "
                        + System.getProperty("backprop.command", "java -jar backprop-studio.jar") + " eval FILE");
                System.exit(2);
            }
            StudioApp.open(args);
            System.exit(0);
        }
        // The file descriptor itself, not System.out: a PrintStream hides write errors, such as a full disk.
        System.exit(StudioCommand.execute(args, new FileOutputStream(FileDescriptor.out), System.err));
    }

    static boolean opensTheApp(String[] args) {
        return args.length == 0 || (args.length == 1 && args[0].endsWith(".cgraph"));
    }

    private static boolean noDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase();
        return os.contains("linux") && System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null;
    }
}
