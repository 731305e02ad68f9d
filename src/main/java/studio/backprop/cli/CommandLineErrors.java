package studio.backprop.cli;

import picocli.CommandLine;

/** picocli's messages about options, in the command line's own voice: "error: unknown option '--bogus'". */
final class CommandLineErrors {

    private CommandLineErrors() {
    }

    static String describe(CommandLine.ParameterException exception) {
        String message = String.valueOf(exception.getMessage())
                .replace("option option", "option")
                .replace("Unknown option: ", "unknown option ")
                .replace("Unknown options: ", "unknown options ");
        message = Messages.clipped(message.length() > 200 ? message.substring(0, 200) : message);
        return Messages.sentence(message);
    }
}
