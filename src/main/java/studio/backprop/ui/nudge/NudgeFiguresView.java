package studio.backprop.ui.nudge;

import java.util.List;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import studio.backprop.autodiff.StepSizeSweep;
import studio.backprop.presentation.PlotStyle;
import studio.backprop.presentation.Theme;
import studio.backprop.presentation.plot.SlopePicture;
import studio.backprop.presentation.plot.StepSizePicture;
import studio.backprop.ui.plot.PlotPane;

/**
 * Beside the nudge's numbers: the slope picture, how h matters (with the h slider), and every
 * input at once. Each shows only what the step has revealed: the tangent once the backward pass
 * has reached the input, the h plot (which measures against backprop) likewise, and "?" in the
 * table for the inputs it has not reached.
 */
public final class NudgeFiguresView extends TabPane {

    /** The slider's steps: a quarter of a decade, as the h plot samples. */
    private static final double SLIDER_STEP = 0.25;

    private final NudgeFiguresViewModel model;
    private final ObservableValue<Theme> theme;
    private final ObservableDoubleValue em;
    private final PlotPane slope = new PlotPane("slope-picture");
    private final PlotPane steps = new PlotPane("h-plot");
    private final TableView<List<String>> table = new TableView<>();

    public NudgeFiguresView(NudgeFiguresViewModel model, ObservableValue<Theme> theme, ObservableDoubleValue em) {
        this.model = model;
        this.theme = theme;
        this.em = em;
        setId("nudge-figures");
        getStyleClass().add("nudge-figures");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        getTabs().addAll(tab("Slope", "slope-tab", () -> slope), tab("How h matters", "h-tab", this::hPlot),
                tab("All inputs", "inputs-tab", this::table));
        NudgeViewModel nudge = model.nudge();
        model.figuresProperty().addListener((observable, before, now) -> redraw());
        nudge.gradientShownProperty().addListener((observable, before, now) -> redraw());
        nudge.guessingProperty().addListener((observable, before, now) -> redraw());
        theme.addListener((observable, before, now) -> redraw());
        em.addListener((observable, before, now) -> redraw());
        redraw();
    }

    /**
     * A tab whose content is made when it is first chosen: the window's first frame then has no
     * slider or table to style and lay out behind the tab on show (about 0.1 s of the start-up).
     */
    private static Tab tab(String title, String id, Supplier<javafx.scene.Node> content) {
        Tab tab = new Tab(title);
        tab.setId(id);
        tab.selectedProperty().addListener((observable, before, now) -> {
            if (now && tab.getContent() == null) tab.setContent(content.get());
        });
        return tab;
    }

    private VBox hPlot() {
        Slider slider = new Slider(Math.log10(StepSizeSweep.SMALLEST_H), Math.log10(StepSizeSweep.LARGEST_H),
                Math.log10(model.nudge().hProperty().get()));
        slider.setId("h-slider");
        slider.setBlockIncrement(SLIDER_STEP);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(3);
        slider.setSnapToTicks(true);
        HBox.setHgrow(slider, Priority.ALWAYS);
        // The plot runs from 10⁻¹ on the left to 10⁻¹² on the right, so the slider does too.
        slider.setRotate(180);
        boolean[] echoing = {false};
        slider.valueProperty().addListener((observable, before, now) -> {
            if (echoing[0]) return;
            double h = Double.parseDouble(String.format(java.util.Locale.ROOT, "%.2g", Math.pow(10, now.doubleValue())));
            if (h != model.nudge().hProperty().get()) model.nudge().hProperty().set(h);
        });
        model.nudge().hProperty().addListener((observable, before, now) -> {
            echoing[0] = true;
            slider.setValue(Math.log10(now.doubleValue()));
            echoing[0] = false;
        });
        Label from = new Label("h = 10⁻¹");
        Label to = new Label("10⁻¹²");
        HBox row = new HBox(6, from, slider, to);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(steps, Priority.ALWAYS);
        return new VBox(4, steps, row);
    }

    private TableView<List<String>> table() {
        table.setId("inputs-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No inputs to nudge."));
        for (int c = 0; c < InputsTable.HEADINGS.size(); c++) {
            int column = c;
            TableColumn<List<String>, String> heading = new TableColumn<>(InputsTable.HEADINGS.get(c));
            heading.setSortable(false);
            // Wide enough for "backprop" and "rel. error"; the last column only says agrees or disagrees.
            heading.setMinWidth(c == InputsTable.HEADINGS.size() - 1 ? 40 : 78);
            heading.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().get(column)));
            table.getColumns().add(heading);
        }
        return table;
    }

    private void redraw() {
        NudgeFigures figures = model.figuresProperty().get();
        NudgeViewModel nudge = model.nudge();
        table.setItems(FXCollections.observableArrayList(model.rows()));
        if (figures == null) {
            slope.explain("Click an input to see J against it.");
            steps.explain("Click an input to see how h matters.");
            return;
        }
        PlotStyle style = PlotStyle.of(theme.getValue(), em.get());
        String name = figures.slope().input();
        if (!nudge.shows(figures.input(), true)) {
            slope.explain("Reveal d" + name + " first: the picture would give it away.");
        } else {
            boolean tangent = nudge.shows(figures.input(), false);
            slope.show((width, height) -> new SlopePicture(style).compose(figures.slope(), width, height, tangent));
        }
        if (!nudge.shows(figures.input(), false)) {
            steps.explain("This plot measures the nudge against backprop: it appears once the backward pass has reached "
                    + figures.input().label() + ".");
        } else {
            steps.show((width, height) -> new StepSizePicture(style).compose(figures.sweep(), figures.h(), width, height));
        }
    }
}
