package studio.backprop.ui.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import studio.backprop.autodiff.PassTimeline;
import studio.backprop.export.ExportFormat;
import studio.backprop.export.ExportOptions;
import studio.backprop.export.SlideFormat;
import studio.backprop.export.StepChoice;
import studio.backprop.layout.EdgeLabels;
import studio.backprop.presentation.FrameContent;
import studio.backprop.presentation.Theme;
import studio.backprop.ui.StudioModel;
import studio.backprop.ui.StudioPreferences;

/**
 * File → Export: format, scale, which steps, theme, what to show and a title, remembered between
 * exports. It draws from the same Drawing as the screen whenever the theme and text size match, so
 * an export has the screen's positions exactly.
 */
public final class ExportViewModel {

    /** Which steps to export. */
    public enum Steps { CURRENT, FINAL, START, ALL }

    /** Slide mode: off (the picture has the graph's own size), or slides of a shape whose text stays readable. */
    public enum Slides {
        OFF(null), WIDE(SlideFormat.WIDE), STANDARD(new SlideFormat(4, 3));

        private final SlideFormat format;

        Slides(SlideFormat format) {
            this.format = format;
        }

        /** The slides' shape, or null when off. */
        public SlideFormat format() {
            return format;
        }
    }

    private final StudioModel model;
    private final StudioPreferences preferences;
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(this, "format", ExportFormat.PNG);
    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", 2);
    private final ObjectProperty<Steps> steps = new SimpleObjectProperty<>(this, "steps", Steps.CURRENT);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final BooleanProperty values = new SimpleBooleanProperty(this, "values", true);
    private final BooleanProperty gradients = new SimpleBooleanProperty(this, "gradients", true);
    private final BooleanProperty locals = new SimpleBooleanProperty(this, "locals", true);
    private final ObjectProperty<EdgeLabels> edgeLabels = new SimpleObjectProperty<>(this, "edgeLabels", EdgeLabels.BOTH);
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final BooleanProperty transparent = new SimpleBooleanProperty(this, "transparent", false);
    private final BooleanProperty beamer = new SimpleBooleanProperty(this, "beamer", false);
    private final ObjectProperty<Slides> slides = new SimpleObjectProperty<>(this, "slides", Slides.OFF);

    public ExportViewModel(StudioModel model, StudioPreferences preferences) {
        this.model = model;
        this.preferences = preferences;
        recall();
        for (Observable choice : List.of(format, scale, steps, theme, values, gradients, locals, edgeLabels, title,
                transparent, beamer, slides)) {
            choice.addListener(observable -> remember());
        }
    }

    public ObjectProperty<ExportFormat> formatProperty() { return format; }
    public DoubleProperty scaleProperty() { return scale; }
    public ObjectProperty<Steps> stepsProperty() { return steps; }
    public ObjectProperty<Theme> themeProperty() { return theme; }
    public BooleanProperty valuesProperty() { return values; }
    public BooleanProperty gradientsProperty() { return gradients; }
    public BooleanProperty localsProperty() { return locals; }
    /** What the edges write: numbers, formulas or both. */
    public ObjectProperty<EdgeLabels> edgeLabelsProperty() { return edgeLabels; }
    public StringProperty titleProperty() { return title; }
    public BooleanProperty transparentProperty() { return transparent; }
    public BooleanProperty beamerProperty() { return beamer; }
    public ObjectProperty<Slides> slidesProperty() { return slides; }

    public ExportOptions options() {
        String line = title.get() == null || title.get().isBlank() ? null : title.get();
        return ExportOptions.DEFAULT.withTheme(theme.get())
                .withShown(new FrameContent.Shown(values.get(), gradients.get(), locals.get(), edgeLabels.get()))
                .withTitle(line).withScale(scale.get()).withTransparent(transparent.get())
                .withBeamer(beamer.get() && format.get() == ExportFormat.TIKZ).withSlide(slides.get().format());
    }

    /** The steps to export as the exporters understand them; "current" is where the animation stands. */
    public StepChoice stepChoice() {
        PassTimeline timeline = model.playback().timeline();
        return switch (steps.get()) {
            case FINAL -> StepChoice.FINAL;
            case START -> StepChoice.parse("start");
            case ALL -> StepChoice.ALL;
            case CURRENT -> current(timeline, model.playback().position());
        };
    }

    /**
     * The export as chosen now, of what the window shows now; on the FX thread, to be run on
     * another. It draws from the screen's drawing if the export has the screen's theme, normal
     * text size and edge labels, and lays the graph out anew at the export's choices otherwise.
     */
    public ExportJob job() {
        boolean sameLooks = theme.get() == model.themeProperty().get() && model.fontScaleProperty().get() == 1
                && model.showingProperty().get().drawing().edgeLabels() == edgeLabels.get();
        return new ExportJob(format.get(), options(), stepChoice(), model.showingProperty().get(), !sameLooks);
    }

    public String suggestedFileName(String programName) {
        String stem = programName == null ? "graph" : programName.replaceAll("\\.cgraph$", "").replaceAll("[^\\p{L}\\p{N}_-]+", "-");
        return (stem.isBlank() ? "graph" : stem) + "." + format.get().extension();
    }

    static StepChoice current(PassTimeline timeline, int position) {
        if (position <= 0) return StepChoice.parse("start");
        if (position <= timeline.forwardSteps()) return StepChoice.parse("forward:" + position);
        return StepChoice.parse("backward:" + (position - timeline.forwardSteps()));
    }

    /** The choices of the last export; any that cannot be used are left at their defaults, and the window says so. */
    private void recall() {
        format.set(preferences.exportChoice("format", ExportFormat.PNG, ExportFormat::byId));
        scale.set(preferences.exportNumber("scale", 2, ExportOptions.MIN_SCALE, ExportOptions.MAX_SCALE));
        steps.set(preferences.exportChoice("steps", Steps.CURRENT, ExportViewModel::steps));
        theme.set(preferences.exportChoice("theme", Theme.LIGHT, Theme::byId));
        values.set(preferences.exportChoice("values", true, ExportViewModel::flag));
        gradients.set(preferences.exportChoice("gradients", true, ExportViewModel::flag));
        locals.set(preferences.exportChoice("locals", true, ExportViewModel::flag));
        edgeLabels.set(preferences.exportChoice("edgeLabels", EdgeLabels.BOTH, EdgeLabels::byId));
        title.set(preferences.exportText("title", ""));
        transparent.set(preferences.exportChoice("transparent", false, ExportViewModel::flag));
        beamer.set(preferences.exportChoice("beamer", false, ExportViewModel::flag));
        slides.set(preferences.exportChoice("slides", Slides.OFF,
                name -> Arrays.stream(Slides.values()).filter(choice -> choice.name().equals(name)).findFirst()));
    }

    private static Optional<Steps> steps(String name) {
        return Arrays.stream(Steps.values()).filter(choice -> choice.name().equals(name)).findFirst();
    }

    private static Optional<Boolean> flag(String text) {
        return text.equals("true") ? Optional.of(true) : text.equals("false") ? Optional.of(false) : Optional.empty();
    }

    private void remember() {
        preferences.setExportChoice("format", format.get().id());
        preferences.setExportChoice("scale", String.format(Locale.ROOT, "%s", scale.get()));
        preferences.setExportChoice("steps", steps.get().name());
        preferences.setExportChoice("theme", theme.get().id());
        preferences.setExportChoice("values", String.valueOf(values.get()));
        preferences.setExportChoice("gradients", String.valueOf(gradients.get()));
        preferences.setExportChoice("locals", String.valueOf(locals.get()));
        preferences.setExportChoice("edgeLabels", edgeLabels.get().id());
        preferences.setExportChoice("title", title.get() == null ? "" : title.get());
        preferences.setExportChoice("transparent", String.valueOf(transparent.get()));
        preferences.setExportChoice("beamer", String.valueOf(beamer.get()));
        preferences.setExportChoice("slides", slides.get().name());
        preferences.flush();
    }
}
