package studio.backprop.ui.training;

import studio.backprop.expr.Numbers;
import studio.backprop.training.TrainingHint;
import studio.backprop.training.TrainingSettings;

/**
 * The training panel's fields as typed, read into settings; a field that does not read says which
 * field it is and what to type instead, and nothing trains until it does.
 */
record SettingsText(String rate, String batch, String steps, String seed) {

    /** A field that does not read: which one, for the panel to mark, and what to type. */
    static final class Problem extends Exception {
        private final String field;

        Problem(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }

        String field() {
            return field;
        }
    }

    /** The fields a program's '# train:' line asks for, or the defaults. */
    static SettingsText of(TrainingHint hint) {
        TrainingSettings settings = hint.settings();
        return new SettingsText(Numbers.format(settings.rate()), settings.batch() == 0 ? "all" : String.valueOf(settings.batch()),
                String.valueOf(hint.steps()), String.valueOf(settings.seed()));
    }

    TrainingSettings settings() throws Problem {
        double alpha;
        try {
            alpha = Double.parseDouble(rate.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            alpha = Double.NaN;
        }
        if (!(alpha > 0) || Double.isInfinite(alpha)) {
            throw new Problem("rate", "Learning rate α: \"" + rate.strip() + "\" is not a positive number. Type one such as 0.1 "
                    + "in the α field.");
        }
        String rows = batch.strip();
        int size = rows.isEmpty() || rows.equalsIgnoreCase("all") ? 0 : whole(rows, 1, "batch",
                "Batch size: \"" + rows + "\" is not a number of rows. Type all for gradient descent, 1 for SGD, or a "
                        + "number of rows such as 4 for mini-batch.");
        long order = whole(seed.strip(), Integer.MIN_VALUE, "seed", "Seed: \"" + seed.strip()
                + "\" is not a whole number. Type one such as 1; it decides the order of the rows in each epoch.");
        return new TrainingSettings(alpha, size, order);
    }

    /** Steps one Run takes. */
    int runSteps() throws Problem {
        return whole(steps.strip(), 1, "steps", "Steps: \"" + steps.strip() + "\" is not a number of steps. Type a whole "
                + "number such as 100; Run takes that many steps.");
    }

    private static int whole(String text, int least, String field, String message) throws Problem {
        try {
            int value = Integer.parseInt(text);
            if (value >= least) return value;
        } catch (NumberFormatException e) {
            // said below
        }
        throw new Problem(field, message);
    }
}
