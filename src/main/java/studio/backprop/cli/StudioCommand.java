package studio.backprop.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import studio.backprop.expr.SizeLimit;

/** The command line: {@code backprop-studio eval ...}. */
@Command(name = "backprop-studio", mixinStandardHelpOptions = true, version = "Backprop Studio 0.1",
        description = "Teaches the chain rule by showing it: computation graphs, both passes, and the nudge check.",
        subcommands = {EvalCommand.class, TrainCommand.class, ExportCommand.class, PlotCommand.class, CommandLine.HelpCommand.class})
public final class StudioCommand implements Runnable {

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
        CommandLine commandLine = new CommandLine(new StudioCommand())
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

    private static int reportOutputFailure(StandardOutput.Failed failed, PrintWriter err) {
        if (failed.isClosedPipe()) return 0;
        err.println("error: cannot write to standard output: " + failed.reason()
                + ". Check the disk has room, or send the output elsewhere.");
        return 2;
    }
}
