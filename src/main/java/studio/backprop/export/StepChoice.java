package studio.backprop.export;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import studio.backprop.autodiff.PassTimeline;

/**
 * Which steps of the animation to export: the final state, the start, the state after forward or
 * backward step K, or all positions from "nothing computed" to the end.
 */
public record StepChoice(Kind kind, int step) {

    public enum Kind { FINAL, START, FORWARD, BACKWARD, ALL }

    /** For messages: how a step is written. */
    public static final String SYNTAX = "final, start, forward:K, backward:K or all";

    public static final StepChoice FINAL = new StepChoice(Kind.FINAL, 0);
    public static final StepChoice ALL = new StepChoice(Kind.ALL, 0);

    /** Reads "final", "start", "all", "forward:2" or "backward:3". */
    public static StepChoice parse(String text) {
        String spec = text.strip().toLowerCase(Locale.ROOT);
        switch (spec) {
            case "final", "end" -> { return FINAL; }
            case "start" -> { return new StepChoice(Kind.START, 0); }
            case "all" -> { return ALL; }
            default -> { }
        }
        int colon = spec.indexOf(':');
        String pass = colon < 0 ? spec : spec.substring(0, colon);
        if (colon < 0 || !(pass.equals("forward") || pass.equals("backward"))) {
            throw new IllegalArgumentException("'" + text + "' is not a step; write " + SYNTAX);
        }
        try {
            int k = Integer.parseInt(spec.substring(colon + 1).strip());
            return new StepChoice(pass.equals("forward") ? Kind.FORWARD : Kind.BACKWARD, k);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "': K must be a whole number, as in " + pass + ":2");
        }
    }

    /** The positions of the timeline to export, checking that K is in range. */
    public List<Integer> positions(PassTimeline timeline) {
        return switch (kind) {
            case FINAL -> List.of(timeline.end());
            case START -> List.of(0);
            case ALL -> IntStream.rangeClosed(0, timeline.end()).boxed().toList();
            case FORWARD -> List.of(timeline.afterForward(checked("forward", timeline.forwardSteps())));
            case BACKWARD -> List.of(timeline.afterBackward(checked("backward", timeline.backwardSteps())));
        };
    }

    public boolean many() {
        return kind == Kind.ALL;
    }

    private int checked(String pass, int steps) {
        if (steps == 0) {
            throw new IllegalArgumentException(pass + ":" + step + " is out of range: the program has no " + pass + " steps");
        }
        if (step < 1 || step > steps) {
            throw new IllegalArgumentException(pass + ":" + step + " is out of range: the " + pass + " pass has "
                    + steps + (steps == 1 ? " step" : " steps") + ", so K goes from 1 to " + steps);
        }
        return step;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case FORWARD, BACKWARD -> kind.name().toLowerCase(Locale.ROOT) + ":" + step;
            default -> kind.name().toLowerCase(Locale.ROOT);
        };
    }
}
