package studio.backprop.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code backprop-studio eval ...}. */
@Command(name = "backprop-studio", mixinStandardHelpOptions = true, version = "Backprop Studio 0.1",
        description = "Teaches the chain rule by showing it: computation graphs, both passes, and the nudge check.",
        subcommands = {EvalCommand.class, ExportCommand.class, CommandLine.HelpCommand.class})
public final class StudioCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns the exit code: 0 on success, 2 for any mistake in the input. */
    public static int execute(String[] args, OutputStream out, OutputStream err) {
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine commandLine = new CommandLine(new StudioCommand())
                .setOut(outWriter)
                .setErr(errWriter)
                .setExecutionExceptionHandler((exception, command, parseResult) -> {
                    command.getErr().println("error: something went wrong inside Backprop Studio ("
                            + exception + "). Please report it with the program that caused it.");
                    return 1;
                });
        int code = commandLine.execute(args);
        outWriter.flush();
        errWriter.flush();
        return code;
    }
}
