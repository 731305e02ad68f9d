package studio.backprop.training;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A program can say how it is meant to be trained, in a comment line such as
 * {@code # train: --rate 1 --steps 300 --batch 2 --seed 3}: the window starts its training panel
 * there, and a teacher's example trains the same way on the command line. Anything not given is
 * the default: α = 0.1, all rows, seed 1, 100 steps.
 */
public record TrainingHint(TrainingSettings settings, int steps) {

    public static final int DEFAULT_STEPS = 100;
    private static final Pattern LINE = Pattern.compile("(?m)^\\s*#\\s*train:(.*)$");
    private static final Pattern OPTION = Pattern.compile("--(rate|steps|batch|seed)\\s+(\\S+)");

    public static TrainingHint of(String source) {
        Matcher line = LINE.matcher(source);
        TrainingSettings settings = TrainingSettings.DEFAULT;
        int steps = DEFAULT_STEPS;
        if (!line.find()) return new TrainingHint(settings, steps);
        Matcher option = OPTION.matcher(line.group(1));
        while (option.find()) {
            try {
                String value = option.group(2);
                switch (option.group(1)) {
                    case "rate" -> settings = settings.withRate(Double.parseDouble(value));
                    case "steps" -> steps = Math.max(1, Integer.parseInt(value));
                    case "batch" -> settings = settings.withBatch(Integer.parseInt(value));
                    default -> settings = new TrainingSettings(settings.rate(), settings.batch(), Long.parseLong(value));
                }
            } catch (IllegalArgumentException e) {
                // A hint that does not read is no hint: the defaults stay, and training says nothing wrong.
            }
        }
        return new TrainingHint(settings, steps);
    }

    /** The same as command-line arguments: {@code --rate 1 --steps 300}. */
    public String[] arguments() {
        return settings.batch() > 0
                ? new String[] {"--rate", String.valueOf(settings.rate()), "--steps", String.valueOf(steps), "--batch",
                    String.valueOf(settings.batch()), "--seed", String.valueOf(settings.seed())}
                : new String[] {"--rate", String.valueOf(settings.rate()), "--steps", String.valueOf(steps), "--seed",
                    String.valueOf(settings.seed())};
    }
}
