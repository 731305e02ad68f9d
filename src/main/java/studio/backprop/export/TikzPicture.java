package studio.backprop.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import studio.backprop.layout.Point;
import studio.backprop.layout.Rect;
import studio.backprop.presentation.GraphStyle;
import studio.backprop.presentation.PathWriter;
import studio.backprop.presentation.Picture;
import studio.backprop.presentation.Shape;

/**
 * Shapes as TikZ commands. Coordinates stay drawing pixels, with the picture's axes set to 0.75 pt
 * per pixel and y downwards, so the numbers match the SVG's; widths and radii are in points. Colours
 * get names ({@code bp0072B2}), declared once. Text is set at 10 pt, a size every TeX font has, and
 * scaled to its size: no package is needed for fonts that come in a few sizes only.
 */
final class TikzPicture {

    private static final double POINTS_PER_PIXEL = PdfWriter.POINTS_PER_PIXEL;

    private final Map<String, String> colorNames = new LinkedHashMap<>();

    /** The text size the font is selected in, before scaling: one that every TeX font family has. */
    private static final double TEXT_POINTS = 10;

    /** Opens the picture: its axes, its exact bounding box, and the background unless transparent. */
    String begin(Picture picture, boolean transparent) {
        return open() + frame(picture, transparent);
    }

    /** Opens the picture of one frame, clipped to it if it is a slide. */
    String begin(Frame frame, boolean transparent) {
        return open() + frame(frame.picture(), transparent, frame.view() != null);
    }

    /** The picture's first line, with its axes. */
    String open() {
        return "\\begin{tikzpicture}[x=0.75pt,y=-0.75pt]\n";
    }

    /** The exact bounding box, and the background unless transparent. */
    String frame(Picture picture, boolean transparent) {
        return frame(picture, transparent, false);
    }

    /** The same, and with {@code clip} nothing drawn beyond it: a slide cuts the edges that leave it. */
    String frame(Picture picture, boolean transparent, boolean clip) {
        String corner = "(" + Decimals.of(picture.width()) + "," + Decimals.of(picture.height()) + ")";
        StringBuilder tikz = new StringBuilder();
        tikz.append("\\useasboundingbox (0,0) rectangle ").append(corner).append(";\n");
        if (clip) tikz.append("\\clip (0,0) rectangle ").append(corner).append(";\n");
        if (!transparent) {
            tikz.append("\\fill[").append(color(picture.background())).append("] (0,0) rectangle ").append(corner).append(";\n");
        }
        return tikz.toString();
    }

    String end() {
        return "\\end{tikzpicture}\n";
    }

    /** One shape as one command, ending in ";". */
    String command(Shape shape) {
        return shape.accept(commands);
    }

    private final Shape.Visitor<String> commands = new Shape.Visitor<>() {
        @Override
        public String route(Shape.Route route) {
            return "\\draw[" + stroke(route.stroke()) + "] " + path(route) + ";";
        }

        @Override
        public String arrowhead(Shape.Arrowhead arrow) {
            TikzPath outline = new TikzPath(Decimals.DEFAULT);
            PathWriter.polygon(arrow.corners(), outline);
            return "\\fill[" + color(arrow.fill()) + "] " + outline + ";";
        }

        @Override
        public String box(Shape.Box box) {
            Rect r = box.bounds();
            String rounded = box.radius() > 0 ? ", rounded corners=" + points(box.radius()) : "";
            return "\\draw[fill=" + color(box.fill()) + ", " + stroke(box.stroke()) + rounded + "] "
                    + point(new Point(r.x(), r.y())) + " rectangle " + point(new Point(r.right(), r.bottom())) + ";";
        }

        @Override
        public String text(Shape.Text text) {
            double scale = text.size() * POINTS_PER_PIXEL / TEXT_POINTS;
            String scaled = scale == 1 ? "" : ", scale=" + Decimals.of(scale, 4) + ", transform shape";
            return "\\node[anchor=base, inner sep=0pt, text=" + color(text.color()) + ", font=\\sffamily"
                    + (text.bold() ? "\\bfseries" : "") + "\\fontsize{10}{12}\\selectfont" + scaled + "] at "
                    + point(text.anchor()) + " {" + LatexText.of(text.text(), text.bold()) + "};";
        }
    };

    /** The colours used so far, as xcolor definitions: call after the last {@link #command}. */
    String colorDefinitions() {
        return colorNames.entrySet().stream()
                .map(entry -> "\\definecolor{" + entry.getValue() + "}{HTML}{" + entry.getKey().substring(1).toUpperCase(Locale.ROOT) + "}\n")
                .collect(Collectors.joining());
    }

    private String stroke(Shape.Stroke stroke) {
        String dashes = "";
        if (stroke.dashed()) {
            StringBuilder pattern = new StringBuilder(", dash pattern=");
            List<Double> lengths = stroke.dashes();
            for (int i = 0; i < lengths.size(); i++) {
                pattern.append(i % 2 == 0 ? (i == 0 ? "on " : " on ") : " off ").append(points(lengths.get(i)));
            }
            dashes = pattern.toString();
        }
        return "draw=" + color(stroke.color()) + ", line width=" + points(stroke.width()) + ", line cap=" + (GraphStyle.SQUARE_CAPS ? "rect" : "butt") + dashes;
    }

    private static String path(Shape.Route route) {
        TikzPath path = new TikzPath(Decimals.DEFAULT);
        PathWriter.route(route, path);
        return path.toString();
    }

    private String color(String hex) {
        return colorNames.computeIfAbsent(hex, key -> "bp" + key.substring(1).toUpperCase(Locale.ROOT));
    }

    private static String point(Point p) {
        return "(" + Decimals.of(p.x()) + "," + Decimals.of(p.y()) + ")";
    }

    private static String points(double pixels) {
        return Decimals.of(pixels * POINTS_PER_PIXEL) + "pt";
    }
}
