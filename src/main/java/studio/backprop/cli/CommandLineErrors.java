package studio.backprop.cli;

import java.util.List;

import picocli.CommandLine;

/** picocli's messages about options, in the command line's own voice: "error: unknown option '--bogus'". */
final class CommandLineErrors {

    private CommandLineErrors() {
    }

    static String describe(CommandLine.ParameterException exception) {
        if (exception instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()
                && !unmatched.getUnmatched().get(0).startsWith("-")) {
            return unexpected(unmatched);
        }
        String message = String.valueOf(exception.getMessage())
                .replace("option option", "option")
                .replace("Unknown option: ", "unknown option ")
                .replace("Unknown options: ", "unknown options ");
        // picocli builds the message around what was typed, so the whole of it is clipped, at a sentence's length.
        message = Messages.clipped(message, 200);
        return Messages.sentence(message);
    }

    /**
     * A word the command does not take: a mistyped command ("evl"), with the nearest command
     * picocli finds, or one argument too many ("eval a.cgraph b.cgraph").
     */
    private static String unexpected(CommandLine.UnmatchedArgumentException exception) {
        List<String> words = exception.getUnmatched();
        CommandLine.Model.CommandSpec spec = exception.getCommandLine().getCommandSpec();
        String first = "'" + Messages.clipped(words.get(0)) + "'";
        if (!spec.subcommands().isEmpty()) {
            List<String> suggestions = exception.getSuggestions();
            return first + " is not a command" + (suggestions.isEmpty() ? "" : "; did you mean '" + suggestions.get(0) + "'?")
                    + " The commands are " + String.join(", ", spec.subcommands().keySet()) + ".";
        }
        String more = words.size() > 1 ? " (and " + (words.size() - 1) + " more)" : "";
        return first + more + " is more than " + spec.name() + " takes: give one FILE or -e PROGRAM, "
                + "and quote a program that has spaces";
    }
}
