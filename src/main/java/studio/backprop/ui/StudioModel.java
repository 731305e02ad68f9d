package studio.backprop.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;

import studio.backprop.autodiff.Analysis;
import studio.backprop.graph.BuildOptions;
import studio.backprop.layout.EdgeLabels;
import studio.backprop.io.LineEnding;
import studio.backprop.layout.LayoutStyle;
import studio.backprop.presentation.Palette;
import studio.backprop.presentation.PlotStyle;
import studio.backprop.presentation.Showing;
import studio.backprop.presentation.Theme;
import studio.backprop.ui.editor.Compiled;
import studio.backprop.ui.editor.Debouncer;
import studio.backprop.ui.editor.ProgramError;
import studio.backprop.ui.editor.ProgramNotesViewModel;
import studio.backprop.ui.editor.ProgramPipeline;
import studio.backprop.ui.nudge.NudgeFiguresViewModel;
import studio.backprop.ui.nudge.NudgeViewModel;
import studio.backprop.ui.playback.PlaybackViewModel;
import studio.backprop.ui.playback.RevealViewModel;
import studio.backprop.ui.scalars.ScalarViewModel;
import studio.backprop.ui.training.TrainingStart;
import studio.backprop.ui.training.TrainingViewModel;
import studio.backprop.ui.variables.VariablesViewModel;

/**
 * The whole window's state: the program text, what is showing (the last program that compiled,
 * its drawing, both passes and the step, as one {@link Showing}), and the panels' view models.
 * Text edits are parsed after a pause and laid out in the background; a typo sets
 * {@link #errorProperty()} and leaves the last good graph in place.
 *
 * <p>Who follows what: the canvas, the playback, reveal mode and the caption follow
 * {@link #showingProperty()}; the nudge panel follows its analysis. The variables are not derived
 * from it but feed it: their values are what the passes run on.
 */
public final class StudioModel {

    /**
     * Lines always end in "\n" inside, as the editor keeps them, whatever was pasted or loaded: an
     * error's span then points at the same characters in the editor, and a file gets its own line
     * endings back only when it is written.
     */
    private final StringProperty source = new SimpleStringProperty(this, "source", "") {
        @Override
        public void set(String text) {
            super.set(text == null ? "" : LineEnding.toNewlines(text));
        }
    };
    private final BooleanProperty tree = new SimpleBooleanProperty(this, "tree", false);
    private final ReadOnlyObjectWrapper<Showing> showing = new ReadOnlyObjectWrapper<>(this, "showing");
    private final ReadOnlyObjectWrapper<ProgramError> error = new ReadOnlyObjectWrapper<>(this, "error");
    private final ReadOnlyIntegerWrapper loads = new ReadOnlyIntegerWrapper(this, "loads");
    private final ReadOnlyIntegerWrapper valueEdits = new ReadOnlyIntegerWrapper(this, "valueEdits");
    private final VariablesViewModel variables = new VariablesViewModel(this::valueEdited);
    private final NudgeViewModel nudge = new NudgeViewModel();
    private final NudgeFiguresViewModel nudgeFigures;
    private final ScalarViewModel scalars = new ScalarViewModel();
    /** The program on show as compiled, for running it again at new values. */
    private Compiled current;
    /** How {@link #current} was built: its CSV folder, for training to build its batches the same way. */
    private BuildOptions currentOptions;
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>(this, "folder");
    private final TrainingViewModel training;
    private final ProgramNotesViewModel notes = new ProgramNotesViewModel(showing.getReadOnlyProperty());
    private final PlaybackViewModel playback;
    private final ProgramPipeline pipeline;
    private final Debouncer debouncer;
    private final LayoutStyle baseStyle;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final DoubleProperty fontScale = new SimpleDoubleProperty(this, "fontScale", 1);
    /** Formulas beside the numbers by default: the lecture's ∂u/∂b = c is what the app teaches. */
    private final ObjectProperty<EdgeLabels> edgeLabels = new SimpleObjectProperty<>(this, "edgeLabels", EdgeLabels.BOTH);
    private final BooleanProperty presenting = new SimpleBooleanProperty(this, "presenting");
    private final BooleanProperty blanked = new SimpleBooleanProperty(this, "blanked");
    private final BooleanProperty follow = new SimpleBooleanProperty(this, "follow", true);
    private final BooleanProperty nudgeShown = new SimpleBooleanProperty(this, "nudgeShown");
    private final RevealViewModel reveal;
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", "");
    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    /** True while {@link #load} sets the text: it compiles at once, so the text must not also wait for the pause. */
    private boolean loading;
    /** What was last sent to be compiled: the pause after an edit that changed nothing sends nothing. */
    private CompileRequest submitted;

    public StudioModel(StudioOptions options) {
        this.debouncer = options.debouncer();
        this.baseStyle = options.style();
        this.playback = new PlaybackViewModel(showing, options.beats(), options.animationScale());
        this.reveal = new RevealViewModel(playback);
        nudge.analysisProperty().bind(Bindings.createObjectBinding(
                () -> showing.get() == null ? null : showing.get().analysis(), showing));
        this.pipeline = new ProgramPipeline(options.layout(), options.background(), options.fx());
        this.training = new TrainingViewModel(options.fx(), this::trainingStart, this::showTrained, this::reevaluate);
        // Saved somewhere else: csv("points.csv") now means the file in the new folder.
        folder.addListener((observable, before, now) -> compile(false));
        this.nudgeFigures = new NudgeFiguresViewModel(nudge, options.background(), options.fx());
        // The nudge panel shows backprop's answer for an input only once the graph does.
        showing.addListener((observable, before, now) -> updateNudgeShown());
        reveal.changesProperty().addListener((observable, before, now) -> updateNudgeShown());
        nudge.guessingProperty().bind(reveal.enabledProperty());
        source.addListener((observable, before, now) -> {
            if (!loading) debouncer.schedule(this::compileEdit);
        });
        tree.addListener((observable, before, now) -> compile(false));
        // Larger type means larger boxes: the graph is laid out again, keeping the zoom.
        theme.addListener((observable, before, now) -> compile(false));
        fontScale.addListener((observable, before, now) -> compile(false));
        // Formulas need wider labels, so they are laid out again too.
        edgeLabels.addListener((observable, before, now) -> compile(false));
        scalars.enabledProperty().addListener((observable, before, now) -> compile(true));
        scalars.outputElementProperty().addListener((observable, before, now) -> compile(true));
        showing.addListener((observable, before, now) -> updateCaption());
        showing.addListener((observable, before, now) -> updateStatus());
        notice.addListener((observable, before, now) -> updateStatus());
        // Turning reveal mode on or off counts as a change too.
        reveal.changesProperty().addListener((observable, before, now) -> updateCaption());
    }

    /** The program text, as the editor shows it. */
    public StringProperty sourceProperty() {
        return source;
    }

    /** Keep identical subexpressions as separate nodes. */
    public BooleanProperty treeProperty() {
        return tree;
    }

    /**
     * What the window shows: the last program that compiled (it stays while the text has errors),
     * its values' passes and the step, replaced as one value; null until a program has compiled.
     */
    public ReadOnlyObjectProperty<Showing> showingProperty() {
        return showing.getReadOnlyProperty();
    }

    /** What is wrong with the current text, or null. */
    public ReadOnlyObjectProperty<ProgramError> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Counts programs loaded whole (at start, from an example or a file), so the canvas knows to fit. */
    public ReadOnlyIntegerProperty loadsProperty() {
        return loads.getReadOnlyProperty();
    }

    /** Counts changes the student makes to variable values, so the document knows it has unsaved work. */
    public ReadOnlyIntegerProperty valueEditedProperty() {
        return valueEdits.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return pipeline.busyProperty();
    }

    public VariablesViewModel variables() {
        return variables;
    }

    public ScalarViewModel scalars() {
        return scalars;
    }

    public PlaybackViewModel playback() {
        return playback;
    }

    public NudgeViewModel nudge() {
        return nudge;
    }

    /** The slope picture's, the h plot's and the all-inputs table's samples, made in the background. */
    public NudgeFiguresViewModel nudgeFigures() {
        return nudgeFigures;
    }

    private void updateNudgeShown() {
        Showing now = showing.get();
        nudge.gradientShownProperty().set(now == null ? node -> true
                : node -> ofGraph(now, node) && now.timeline().showsGradient(node, now.position()) && !reveal.hidesGradient(node));
    }

    /** While a new program replaces the old, a panel may still ask about the old graph's nodes: they are not shown. */
    private static boolean ofGraph(Showing showing, studio.backprop.graph.Node node) {
        return node.index() < showing.graph().size() && showing.graph().node(node.index()) == node;
    }

    /** The notes under the editor on how the program that is showing was read. */
    public ProgramNotesViewModel notes() {
        return notes;
    }

    /** How the training plots look in the current theme and text size: their text as large as the panels'. */
    public PlotStyle plotStyle() {
        return new PlotStyle(Palette.of(theme.get()), Studio.BASE_FONT_PX * Palette.of(theme.get()).fontScale() * fontScale.get());
    }

    /** The layout style for the current theme, font scale and edge labels. */
    public LayoutStyle style() {
        return baseStyle.withFontScale(baseStyle.fontScale() * Palette.of(theme.get()).fontScale() * fontScale.get())
                .withEdgeLabels(edgeLabels.get());
    }

    /** What an edge between numbers writes: its local derivative's number, its formula (∂u/∂b = c), or both. */
    public ObjectProperty<EdgeLabels> edgeLabelsProperty() {
        return edgeLabels;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The student's text size, on top of the theme's: applies to nodes, caption and panels, not to zoom. */
    public DoubleProperty fontScaleProperty() {
        return fontScale;
    }

    /** Graph and caption fill the screen; the editor and side panels are hidden. */
    public BooleanProperty presentingProperty() {
        return presenting;
    }

    /** The screen is black, as a clicker's B key asks. */
    public BooleanProperty blankedProperty() {
        return blanked;
    }

    public TrainingViewModel training() {
        return training;
    }

    /** The folder of the program's file, where csv(...) finds its files; null for a program not saved. */
    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    /**
     * The follow camera: when the whole graph cannot be shown with its numbers at the chosen text
     * size, the view moves to each step's node, its operands and its users. On by default.
     */
    public BooleanProperty followProperty() {
        return follow;
    }

    /** Whether the presentation layout shows the nudge check under the graph, in the presentation's large type. */
    public BooleanProperty nudgeShownProperty() {
        return nudgeShown;
    }

    public RevealViewModel reveal() {
        return reveal;
    }

    /** The current step as a formula, with numbers held back in reveal mode written "?". */
    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    /**
     * One thing the shell wants the student to know until it is replaced or cleared, such as
     * remembered settings that could not be used; "" for none.
     */
    public StringProperty noticeProperty() {
        return notice;
    }

    /**
     * The status bar: what is true of the picture (drawn with a quick layout), then the notice; ""
     * when there is nothing to say.
     */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Replaces the program and compiles it at once, without waiting for a pause. */
    public void load(String program) {
        loading = true;
        try {
            source.set(program);
        } finally {
            loading = false;
        }
        compile(true);
    }

    /**
     * After the pause in typing. Nothing is sent if the text and options are what was sent last
     * (an edit undone within the pause, or typing just before a load): compiling again would show
     * the same program a second time, back at its first step.
     */
    private void compileEdit() {
        if (!request().equals(submitted)) compile(false);
    }

    private CompileRequest request() {
        return new CompileRequest(source.get(), tree.get(), folder.get(), style(), scalars.requestedOutput());
    }

    private void compile(boolean wholeLoad) {
        submitted = request();
        BuildOptions built = submitted.options();
        pipeline.submit(submitted.source(), built, submitted.style(),
                submitted.scalarOutput(), result -> accept(result, built, wholeLoad), error::set);
    }

    private void accept(Compiled result, BuildOptions built, boolean wholeLoad) {
        error.set(null);
        current = result;
        currentOptions = built;
        variables.adopt(result.written());
        Analysis analysis = analyse();
        showing.set(result.drawing() != null ? Showing.start(result.source(), result.drawing(), analysis)
                : Showing.undrawn(result.source(), result.noPicture(), analysis));
        training.programShown(result.written(), result.source(), wholeLoad);
        if (wholeLoad) {
            loads.set(loads.get() + 1);
        }
    }

    private void updateCaption() {
        Showing now = showing.get();
        caption.set(now == null ? "" : now.frame(reveal).caption());
    }

    private void updateStatus() {
        Showing now = showing.get();
        String picture = now == null ? null : now.pictureNote();
        String said = notice.get() == null ? "" : notice.get();
        status.set(picture == null ? said : said.isEmpty() ? picture : picture + "  " + said);
    }

    private void valueEdited() {
        valueEdits.set(valueEdits.get() + 1);
        training.valuesEdited();
        reevaluate();
    }

    private TrainingStart trainingStart() {
        return new TrainingStart(current.source(), currentOptions, current.written(), variables.values(current.written()));
    }

    /**
     * The graph at the parameters training has reached, at the same step of the passes: with the
     * passes the training thread made, if they are over the graph drawn (not the scalar view).
     */
    private void showTrained(TrainingViewModel.Trained trained) {
        Showing now = showing.get();
        if (now == null) return;
        Analysis made = trained.analysis();
        showing.set(now.withValues(made != null && made.graph() == now.graph() ? made
                : scalars.analyse(current, trained.progress().trained(variables.values(current.written())))));
    }

    /** Both passes again, for new values; cheap enough for the FX thread. */
    private void reevaluate() {
        Showing now = showing.get();
        if (now == null) return;
        showing.set(now.withValues(analyse()));
    }

    private Analysis analyse() {
        return scalars.analyse(current, variables.values(current.written()));
    }
}
