package studio.backprop.ui.plot;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.StackPane;

import studio.backprop.export.PngWriter;
import studio.backprop.presentation.Picture;
import studio.backprop.ui.background.BackgroundWork;

/**
 * A plot on screen (the nudge panel's slope picture and h plot, training's loss curve and decision
 * boundary): the {@link Picture} the exporters write, painted by
 * the PNG writer at the screen's pixel density, so the screen and a saved plot are the same
 * picture. The pane takes whatever room it is given and draws the plot to fit; when there is
 * nothing to plot it says why instead. Its context menu copies the plot for a slide; the command
 * line's {@code plot} and {@code export --picture} write it as a file.
 */
public final class PlotPane extends StackPane {

    /** Below this the plot's words would not fit: it waits for more room. */
    private static final double LEAST_WIDTH = 160;
    private static final double LEAST_HEIGHT = 100;

    /**
     * Painting a plot of a thousand points takes tens of milliseconds: off the FX thread, one plot
     * at a time, so training's updates never hold up a key press.
     */
    private static final ExecutorService PAINTER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "backprop-plots");
        thread.setDaemon(true);
        return thread;
    });

    private final ImageView image = new ImageView();
    /** The newest redraw asked for; an older painting that finishes later is dropped. */
    private final AtomicLong generation = new AtomicLong();
    private final Label why = new Label();
    private BiFunction<Double, Double, Picture> drawing;

    public PlotPane(String id) {
        setId(id);
        getStyleClass().add("plot-pane");
        image.setManaged(false);
        image.setId(id + "-image");
        why.getStyleClass().add("hint");
        why.setWrapText(true);
        why.setId(id + "-why");
        setMinSize(0, 0);
        setPrefSize(LEAST_WIDTH, LEAST_HEIGHT);
        getChildren().addAll(image, why);
        MenuItem copy = new MenuItem("Copy plot as image");
        copy.setId(id + "-copy");
        copy.setOnAction(event -> copy());
        ContextMenu menu = new ContextMenu(copy);
        // A right click (or a long press, or the menu key) opens it.
        setOnContextMenuRequested(event -> {
            copy.setDisable(picture() == null);
            if (!menu.isShowing()) menu.show(this, event.getScreenX(), event.getScreenY());
            event.consume();
        });
        setOnMousePressed(event -> {
            if (event.isSecondaryButtonDown() && !menu.isShowing()) {
                copy.setDisable(picture() == null);
                menu.show(this, event.getScreenX(), event.getScreenY());
            }
        });
        widthProperty().addListener((observable, before, now) -> redraw());
        heightProperty().addListener((observable, before, now) -> redraw());
    }

    /** Draws {@code picture(width, height)} from now on, at whatever size the pane gets. */
    public void show(BiFunction<Double, Double, Picture> picture) {
        drawing = picture;
        why.setText("");
        why.setVisible(false);
        redraw();
    }

    /** No plot, and why not. */
    public void explain(String reason) {
        drawing = null;
        generation.incrementAndGet();
        image.setImage(null);
        why.setText(reason);
        why.setVisible(true);
    }

    /** The picture on show now, for tests; null if there is none. */
    public Picture picture() {
        return drawing == null || getWidth() < LEAST_WIDTH || getHeight() < LEAST_HEIGHT
                ? null : drawing.apply(Math.floor(getWidth()), Math.floor(getHeight()));
    }

    /** The plot as it is on screen, at twice the pixels, on the clipboard for a slide (as Ctrl+Shift+C does for the graph). */
    public void copy() {
        Picture picture = picture();
        if (picture == null) return;
        ClipboardContent content = new ClipboardContent();
        content.putImage(SwingFXUtils.toFXImage(new PngWriter(2, false).render(picture), null));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Draws the plot again, as when its looks have changed. */
    public void redraw() {
        long mine = generation.incrementAndGet();
        Picture picture = picture();
        if (picture == null) {
            image.setImage(null);
            return;
        }
        double scale = getScene() == null || getScene().getWindow() == null ? 1 : Math.max(1, getScene().getWindow().getOutputScaleX());
        BackgroundWork.run(PAINTER, Platform::runLater, () -> new PngWriter(scale, false).render(picture), painted -> {
            if (generation.get() != mine) return;
            image.setImage(SwingFXUtils.toFXImage(painted, null));
            image.setFitWidth(picture.width());
            image.setFitHeight(picture.height());
            image.relocate(0, 0);
        }, BackgroundWork::reportUnexpected);
    }
}
