package studio.backprop.presentation.plot;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import studio.backprop.presentation.Picture;
import studio.backprop.presentation.PlotStyle;
import studio.backprop.training.TrainingProgress;

/** The plots of a training run, drawn the same for the window's training panel and for an export. */
public enum TrainingPlot {
    /** J per step, and per epoch for stochastic and mini-batch descent. */
    LOSS,
    /** The examples and the decision boundary; only for two-feature classification. */
    BOUNDARY,
    /** Each parameter element's value per step. */
    PATHS;

    /** An export's size, in em of its text: wide enough for a slide, with room for a legend. */
    public static final double EXPORT_WIDTH_EM = 40;
    public static final double EXPORT_HEIGHT_EM = 26;

    /** "loss", "boundary", "paths": as typed on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TrainingPlot> byId(String id) {
        return Arrays.stream(values()).filter(plot -> plot.id().equals(id.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    /** "loss, boundary, paths": for messages. */
    public static String choices() {
        return Arrays.stream(values()).map(TrainingPlot::id).collect(Collectors.joining(", "));
    }

    /** Whether this plot has something to draw for {@code progress}: the boundary needs two-feature classification. */
    public boolean drawable(TrainingProgress progress) {
        return this != BOUNDARY || progress.scores() != null;
    }

    /** The plot at {@code width} × {@code height} pixels; check {@link #drawable} first. */
    public Picture draw(TrainingProgress progress, PlotStyle style, double width, double height) {
        return switch (this) {
            case LOSS -> LossCurvePicture.of(progress.curves(), style, width, height);
            case PATHS -> ParameterPathsPicture.of(progress.curves(), style, width, height);
            case BOUNDARY -> {
                if (!drawable(progress)) throw new IllegalArgumentException("no two-feature classification to draw");
                // Ringing every example would mark nothing: only a step on some of the rows rings them.
                boolean someRows = progress.last() != null && !progress.curves().fullBatch();
                yield BoundaryPicture.of(progress.classification(), progress.scores(),
                        someRows ? progress.last().rows() : new int[0], style, width, height);
            }
        };
    }
}
