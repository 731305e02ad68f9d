package studio.backprop.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import studio.backprop.expr.SizeLimit;

/** The command line: {@code backprop-studio eval ...}. */
@Command(name = "backprop-studio", mixinStandardHelpOptions = true, version = "Backprop Studio 0.1",
        description = "Teaches the chain rule by showing it: computation graphs, both passes, and the nudge check.")
public final class StudioCommand implements Runnable {

    /** The subcommands, in the order the usage lists them. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> all = new LinkedHashMap<>();
        all.put("eval", EvalCommand::new);
        all.put("train", TrainCommand::new);
        all.put("export", ExportCommand::new);
        all.put("plot", PlotCommand::new);
        all.put("help", CommandLine.HelpCommand::new);
        return all;
    }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs the command line and returns the exit code: 0 on success, 2 for any mistake in the input
     * or when the output cannot be written, 1 for a fault of Backprop Studio's own. Whatever
     * happens, the user sees one "error:" line, never a stack trace.
     */
    public static int execute(String[] args, OutputStream out, OutputStream err) {
        StandardOutput checked = new StandardOutput(out);
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(checked, StandardCharsets.UTF_8));
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine commandLine = commandLine(args)
                .setOut(outWriter)
                .setErr(errWriter)
                .setParameterExceptionHandler((exception, arguments) -> {
                    CommandLine command = exception.getCommandLine();
                    command.getErr().println("error: " + CommandLineErrors.describe(exception));
                    command.getErr().println("See '" + command.getCommandSpec().qualifiedName() + " --help' for the options.");
                    return 2;
                })
                .setExecutionExceptionHandler((exception, command, parseResult) -> {
                    if (exception instanceof StandardOutput.Failed failed) {
                        return reportOutputFailure(failed, command.getErr());
                    }
                    command.getErr().println("error: something went wrong inside Backprop Studio ("
                            + exception + "). Please report it with the program that caused it.");
                    return 1;
                });
        int code;
        try {
            code = commandLine.execute(args);
            outWriter.flush();
        } catch (StandardOutput.Failed failed) {
            code = reportOutputFailure(failed, errWriter);
        } catch (OutOfMemoryError e) {
            errWriter.println("error: " + Messages.sentence(SizeLimit.outOfMemory()));
            code = 2;
        } catch (StackOverflowError e) {
            errWriter.println("error: the program is nested too deeply to work through. Split it into named steps (u = ...; v = ...).");
            code = 2;
        }
        errWriter.flush();
        return code;
    }

    /**
     * The parent command with the subcommand that {@code args} names, or with all of them when it
     * names none (the usage, "help", a typo that picocli suggests a name for). Reading a command's
     * annotations is most of picocli's start-up, so {@code eval} alone starts about a third sooner
     * than the whole tree, and says the same.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine parent = new CommandLine(new StudioCommand());
        // The launcher says what the user typed ("backprop"), so "See 'backprop eval --help'" can be typed as it stands.
        parent.setCommandName(System.getProperty("backprop.command", "backprop-studio"));
        boolean one = args.length > 0 && SUBCOMMANDS.containsKey(args[0]) && !args[0].equals("help");
        SUBCOMMANDS.forEach((name, command) -> {
            if (!one || name.equals(args[0])) parent.addSubcommand(name, command.get());
        });
        return parent;
    }

    private static int reportOutputFailure(StandardOutput.Failed failed, PrintWriter err) {
        if (failed.isClosedPipe()) return 0;
        err.println("error: cannot write to standard output: " + failed.reason()
                + ". Check the disk has room, or send the output elsewhere.");
        return 2;
    }
}
