package studio.backprop.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import studio.backprop.export.ExportFormat;
import studio.backprop.export.SlideFormat;
import studio.backprop.io.ExampleCatalog;
import studio.backprop.layout.EdgeLabels;
import studio.backprop.presentation.Theme;
import studio.backprop.ui.Models;
import studio.backprop.ui.StudioModel;
import studio.backprop.ui.StudioPreferences;
import studio.backprop.ui.TestPreferences;

class ExportViewModelTest {

    private final StudioModel model = Models.synchronous();
    private final StudioPreferences preferences = TestPreferences.fresh();

    @AfterAll
    static void forgetPreferences() {
        TestPreferences.removeAll();
    }

    @Test
    void theCurrentStepIsWhereTheAnimationStands() {
        model.load(ExampleCatalog.named("lecture").source());
        ExportViewModel export = new ExportViewModel(model, preferences);
        export.stepsProperty().set(ExportViewModel.Steps.CURRENT);
        assertThat(export.stepChoice().toString()).isEqualTo("start");
        model.playback().stepForward();
        model.playback().stepForward();
        assertThat(export.stepChoice().toString()).isEqualTo("forward:2");
        model.playback().toEnd();
        assertThat(export.stepChoice().toString()).isEqualTo("backward:6");
        assertThat(export.job().firstFrame().content().caption()).isEqualTo("Backward 6/6: da = dv · ∂v/∂a = dv · 1 = 3 · 1 = 3");
    }

    @Test
    void theScreensDrawingIsUsedWhenTheLooksMatchAndANewOneOtherwise() {
        model.load(ExampleCatalog.named("lecture").source());
        ExportViewModel export = new ExportViewModel(model, preferences);
        export.themeProperty().set(Theme.LIGHT);
        assertThat(export.job().drawing()).isSameAs(model.showingProperty().get().drawing());
        export.edgeLabelsProperty().set(EdgeLabels.NUMBERS);
        assertThat(export.job().drawing().edgeLabels()).as("narrower labels, laid out anew").isEqualTo(EdgeLabels.NUMBERS);
        assertThat(export.job().firstFrame().content().caption()).isEqualTo("Ready: step forward to start the forward pass.");
        export.edgeLabelsProperty().set(model.edgeLabelsProperty().get());
        export.themeProperty().set(Theme.PROJECTOR);
        assertThat(export.job().drawing().fontSize()).isEqualTo(24);
    }

    @Test
    void aJobKeepsWhatWasChosenAndShownWhenItWasMade() {
        model.load(ExampleCatalog.named("lecture").source());
        ExportViewModel export = new ExportViewModel(model, preferences);
        export.stepsProperty().set(ExportViewModel.Steps.CURRENT);
        export.formatProperty().set(ExportFormat.SVG);
        model.playback().stepForward();
        ExportJob job = export.job();
        model.playback().toEnd();
        export.formatProperty().set(ExportFormat.PDF);
        model.load("x = 2; J = x*x");
        assertThat(job.format()).isEqualTo(ExportFormat.SVG);
        assertThat(job.steps().toString()).isEqualTo("forward:1");
        assertThat(job.firstFrame().content().caption()).isEqualTo("Forward 1/3: u = b·c = 3·2 = 6");
    }

    @Test
    void slideModeMakesSlidesOfTheChosenShapeAndIsRemembered() {
        model.load(ExampleCatalog.named("network-2-3-1").source());
        ExportViewModel export = new ExportViewModel(model, preferences);
        export.stepsProperty().set(ExportViewModel.Steps.START);
        assertThat(export.options().slide()).isNull();
        assertThat(aspect(export.job())).as("the graph's own shape")
                .isNotCloseTo(16 / 9.0, org.assertj.core.api.Assertions.within(0.01));
        export.slidesProperty().set(ExportViewModel.Slides.WIDE);
        assertThat(export.options().slide()).isEqualTo(SlideFormat.WIDE);
        assertThat(aspect(export.job()))
                .isCloseTo(16 / 9.0, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(new ExportViewModel(model, preferences).slidesProperty().get()).isEqualTo(ExportViewModel.Slides.WIDE);
    }

    private static double aspect(ExportJob job) {
        var picture = job.firstFrame().picture();
        return picture.width() / picture.height();
    }

    @Test
    void choicesAreRememberedForTheNextExport() {
        model.load(ExampleCatalog.named("lecture").source());
        ExportViewModel first = new ExportViewModel(model, preferences);
        first.formatProperty().set(ExportFormat.PDF);
        first.stepsProperty().set(ExportViewModel.Steps.ALL);
        first.themeProperty().set(Theme.DARK);
        first.titleProperty().set("{caption}");
        first.localsProperty().set(false);
        first.edgeLabelsProperty().set(EdgeLabels.FORMULAS);
        ExportViewModel second = new ExportViewModel(model, preferences);
        assertThat(second.formatProperty().get()).isEqualTo(ExportFormat.PDF);
        assertThat(second.stepsProperty().get()).isEqualTo(ExportViewModel.Steps.ALL);
        assertThat(second.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(second.titleProperty().get()).isEqualTo("{caption}");
        assertThat(second.localsProperty().get()).isFalse();
        assertThat(second.edgeLabelsProperty().get()).isEqualTo(EdgeLabels.FORMULAS);
        assertThat(second.suggestedFileName("lecture.cgraph")).isEqualTo("lecture.pdf");
    }
}
