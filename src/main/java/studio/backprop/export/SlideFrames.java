package studio.backprop.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

import studio.backprop.autodiff.PassTimeline;
import studio.backprop.graph.Node;
import studio.backprop.layout.Drawing;
import studio.backprop.layout.LayoutStyle;
import studio.backprop.layout.NodeBox;
import studio.backprop.layout.Rect;
import studio.backprop.presentation.ActiveRegion;
import studio.backprop.presentation.BundledFont;
import studio.backprop.presentation.FrameContent;
import studio.backprop.presentation.GraphStyle;
import studio.backprop.presentation.Picture;
import studio.backprop.presentation.PictureComposer;
import studio.backprop.presentation.PictureScale;
import studio.backprop.presentation.Shape;

/**
 * Slides that the back row can read: every slide has the chosen shape (16:9), and its digits are
 * at least {@value #DIGIT_SHARE} of its height (in the projector theme, its type scale times
 * more). A graph that fits at that size is shown whole; a bigger one is cropped, for a step, to
 * the step's {@link ActiveRegion} (the node it computes, its operands and its users), and split
 * over several slides for the start and the end, left to right and each column top to bottom.
 * Every slide of one export has the same scale, so the type never changes size between them. A
 * slide shows the nodes that lie wholly on it and the edges that reach them.
 */
final class SlideFrames {

    /** The least height of a digit, as a share of the slide's height, in the light theme. */
    static final double DIGIT_SHARE = 0.031;
    /** Space between a slide's edges and what it shows, in em. */
    private static final double MARGIN_EM = 0.6;

    private final PictureComposer composer;
    private final ExportOptions options;
    private final SlideFormat format;

    SlideFrames(PictureComposer composer, ExportOptions options) {
        this.composer = composer;
        this.options = options;
        this.format = options.slide();
    }

    private BundledFont titleFont() {
        return BundledFont.of(composer.style().title("", 1).bold());
    }

    /** The slides for the positions: one or more for each, in order. */
    List<Frame> frames(PassTimeline timeline, Drawing drawing, List<Integer> positions) {
        List<FrameContent> contents = positions.stream()
                .map(position -> new FrameContent(timeline, position, options.shown())).toList();
        List<String> titles = contents.stream().map(options::titleFor).toList();
        Layout layout = layout(drawing, contents, titles);
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < contents.size(); i++) {
            FrameContent content = contents.get(i);
            Node active = timeline.activeNode(content.position());
            boolean whole = active == null || positions.size() == 1 && content.position() == timeline.end();
            List<Rect> views = layout.fitsWhole ? List.of(layout.wholeView(drawing))
                    : whole ? layout.tiles(drawing) : List.of(layout.around(drawing, active, timeline.isForward(content.position())));
            for (Rect view : views) {
                frames.add(new Frame(drawing, content, titles.get(i), layout.slide(drawing, content, titles.get(i), view), view));
            }
        }
        return frames;
    }

    /** The slides' size in drawing pixels, their title band, and the part of the drawing one slide can show. */
    private Layout layout(Drawing drawing, List<FrameContent> contents, List<String> titles) {
        double em = drawing.fontSize();
        double share = DIGIT_SHARE * composer.style().palette().fontScale();
        double height = BundledFont.REGULAR.digitHeight(smallestDigits(drawing, contents)) / share;
        double margin = MARGIN_EM * em;
        double titleSize = em * GraphStyle.TITLE_SCALE;
        Layout layout = new Layout(height, margin, titleSize, titles);
        if (drawing.width() <= layout.viewWidth() - 2 * margin && drawing.height() <= layout.viewHeight() - 2 * margin) {
            // It fits: the slide shrinks around the whole graph, and its type grows beyond the least size.
            for (int settle = 0; settle < 3; settle++) {
                double needed = Math.max(drawing.height() + 2 * margin + layout.band,
                        (drawing.width() + 2 * margin) / format.aspect());
                layout = new Layout(needed, margin, titleSize, titles);
            }
            layout.fitsWhole = true;
        }
        return layout;
    }

    /** The smallest text that holds a digit, in any of the frames. */
    private double smallestDigits(Drawing drawing, List<FrameContent> contents) {
        double smallest = drawing.fontSize();
        for (FrameContent content : contents) {
            for (Shape shape : composer.compose(drawing, content, null).shapes()) {
                if (shape instanceof Shape.Text text && text.text().matches(".*\\d.*")) {
                    smallest = Math.min(smallest, text.size());
                }
            }
        }
        return smallest;
    }

    /** One export's slide geometry, in drawing pixels before the slide is scaled to its final size. */
    private final class Layout {
        final double height;
        final double width;
        final double margin;
        final double titleSize;
        final List<List<String>> titleLines;
        /** The title lines' height, the same on every slide of the export. */
        final double band;
        boolean fitsWhole;

        Layout(double height, double margin, double titleSize, List<String> titles) {
            this.height = height;
            this.width = height * format.aspect();
            this.margin = margin;
            this.titleSize = titleSize;
            this.titleLines = titles.stream().map(title -> TitleLines.wrap(title, titleFont(), titleSize, width - 2 * margin)).toList();
            int lines = titleLines.stream().mapToInt(List::size).max().orElse(0);
            this.band = lines == 0 ? 0 : margin + lines * LayoutStyle.LINE_HEIGHT_EM * titleSize;
        }

        double viewWidth() {
            return width;
        }

        double viewHeight() {
            return height - band;
        }

        /** The whole drawing, in the middle of the slide. */
        Rect wholeView(Drawing drawing) {
            return new Rect((drawing.width() - viewWidth()) / 2, (drawing.height() - viewHeight()) / 2, viewWidth(), viewHeight());
        }

        /** A view around the step's region, or as much of it as fits, kept inside the drawing where it can be. */
        Rect around(Drawing drawing, Node active, boolean forward) {
            Rect region = ActiveRegion.focus(drawing, active, forward, viewWidth() - 2 * margin, viewHeight() - 2 * margin);
            double x = placed(region.center().x() - viewWidth() / 2, viewWidth(), drawing.width());
            double y = placed(region.center().y() - viewHeight() / 2, viewHeight(), drawing.height());
            return new Rect(x, y, viewWidth(), viewHeight());
        }

        private double placed(double start, double view, double drawn) {
            if (drawn + 2 * margin <= view) return (drawn - view) / 2;
            return Math.max(-margin, Math.min(start, drawn + margin - view));
        }

        /**
         * Views that together show every node once: the drawing's columns gathered left to right
         * into strips as wide as a slide, each strip cut top to bottom into groups as tall as one.
         */
        List<Rect> tiles(Drawing drawing) {
            List<Rect> views = new ArrayList<>();
            for (List<NodeBox> strip : strips(drawing)) {
                List<NodeBox> byHeight = new ArrayList<>(strip);
                byHeight.sort(Comparator.comparingDouble(NodeBox::y));
                for (List<NodeBox> group : TileGroups.split(byHeight, viewHeight() - 2 * margin)) {
                    views.add(viewOf(drawing, group));
                }
            }
            return views;
        }

        /** The drawing's columns, gathered left to right while they fit a slide's width. */
        private List<List<NodeBox>> strips(Drawing drawing) {
            TreeMap<Integer, List<NodeBox>> columns = new TreeMap<>();
            drawing.boxes().forEach(box -> columns.computeIfAbsent(box.column(), c -> new ArrayList<>()).add(box));
            List<List<NodeBox>> strips = new ArrayList<>();
            List<NodeBox> strip = new ArrayList<>();
            double left = 0;
            for (List<NodeBox> column : columns.values()) {
                double columnLeft = column.stream().mapToDouble(NodeBox::x).min().orElse(0);
                double columnRight = column.stream().mapToDouble(NodeBox::right).max().orElse(0);
                if (!strip.isEmpty() && columnRight - left > viewWidth() - 2 * margin) {
                    strips.add(strip);
                    strip = new ArrayList<>();
                }
                if (strip.isEmpty()) left = columnLeft;
                strip.addAll(column);
            }
            if (!strip.isEmpty()) strips.add(strip);
            return strips;
        }

        /** A view centred on a group of boxes. */
        private Rect viewOf(Drawing drawing, List<NodeBox> group) {
            double left = group.stream().mapToDouble(NodeBox::x).min().orElse(0);
            double right = group.stream().mapToDouble(NodeBox::right).max().orElse(0);
            double top = group.stream().mapToDouble(NodeBox::y).min().orElse(0);
            double bottom = group.stream().mapToDouble(NodeBox::bottom).max().orElse(0);
            double x = placed((left + right - viewWidth()) / 2, viewWidth(), drawing.width());
            double y = placed((top + bottom - viewHeight()) / 2, viewHeight(), drawing.height());
            return new Rect(x, y, viewWidth(), viewHeight());
        }

        /** One slide: the view's nodes and edges under the title, scaled to the slide's final size. */
        Picture slide(Drawing drawing, FrameContent content, String title, Rect view) {
            Rect inside = new Rect(view.x() + margin / 2, view.y() + margin / 2, view.width() - margin, view.height() - margin);
            List<Picture.Part> parts = composer.parts(drawing, content, box -> ActiveRegion.holds(inside, box),
                    -view.x(), band - view.y());
            List<String> lines = title == null ? List.of() : TitleLines.wrap(title, titleFont(), titleSize, width - 2 * margin);
            if (band > 0) {
                // The title stands on the slide's background: an edge that leaves the slide upwards passes under it.
                String ground = composer.style().background();
                parts.add(new Picture.Part("title-band", List.of(new Shape.Box(new Rect(0, 0, width, band), 0, ground,
                        Shape.Stroke.solid(ground, 0)))));
            }
            if (!lines.isEmpty()) {
                double size = TitleLines.fittedSize(lines, titleFont(), titleSize, width - 2 * margin);
                parts.add(composer.title(lines, width / 2, margin + size, size, LayoutStyle.LINE_HEIGHT_EM * size));
            }
            Picture picture = new Picture(width, height, composer.style().background(), parts);
            return PictureScale.of(picture, SlideFormat.HEIGHT / height);
        }
    }
}
