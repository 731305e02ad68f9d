package studio.backprop.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import studio.backprop.layout.Point;
import studio.backprop.layout.Rect;
import studio.backprop.presentation.BundledFont;
import studio.backprop.presentation.GraphStyle;
import studio.backprop.presentation.PathSink;
import studio.backprop.presentation.PathWriter;
import studio.backprop.presentation.Picture;
import studio.backprop.presentation.Shape;

/**
 * Writes a {@link Picture} as plain SVG 1.1 that browsers, Inkscape and PowerPoint all read: every
 * colour and width is an attribute (PowerPoint ignores style sheets), text stays text, centred with
 * {@code text-anchor="middle"} on its baseline, in DejaVu Sans or the closest font at hand. Each
 * node and edge is a group with the node's id ({@code n1}, {@code e1}), for editing by hand.
 */
public final class SvgWriter implements FrameWriter {

    private final boolean transparent;

    public SvgWriter(boolean transparent) {
        this.transparent = transparent;
    }

    @Override
    public void write(List<Frame> frames, OutputStream out) throws IOException {
        out.write(svg(frames.get(0).picture(), transparent).getBytes(StandardCharsets.UTF_8));
    }

    public static String svg(Picture picture, boolean transparent) {
        StringBuilder svg = new StringBuilder();
        String width = Decimals.of(picture.width());
        String height = Decimals.of(picture.height());
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\">\n");
        if (!transparent) {
            svg.append("  <rect width=\"").append(width).append("\" height=\"").append(height)
                    .append("\" fill=\"").append(picture.background()).append("\"/>\n");
        }
        for (Picture.Part part : picture.parts()) {
            svg.append("  <g id=\"").append(escape(part.id())).append("\">\n");
            for (Shape shape : part.shapes()) {
                svg.append("    ").append(shape.accept(ELEMENT)).append('\n');
            }
            svg.append("  </g>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    /** Each shape as one SVG element. */
    private static final Shape.Visitor<String> ELEMENT = new Shape.Visitor<>() {
        @Override
        public String route(Shape.Route route) {
            return "<path d=\"" + pathData(route) + "\" fill=\"none\"" + stroke(route.stroke()) + "/>";
        }

        @Override
        public String arrowhead(Shape.Arrowhead arrow) {
            return "<polygon points=\"" + arrow.corners().stream().map(SvgWriter::pair).collect(Collectors.joining(" "))
                    + "\" fill=\"" + arrow.fill() + "\"/>";
        }

        @Override
        public String box(Shape.Box box) {
            Rect r = box.bounds();
            return "<rect x=\"" + Decimals.of(r.x()) + "\" y=\"" + Decimals.of(r.y()) + "\" width=\"" + Decimals.of(r.width())
                    + "\" height=\"" + Decimals.of(r.height()) + "\" rx=\"" + Decimals.of(box.radius()) + "\" ry=\""
                    + Decimals.of(box.radius()) + "\" fill=\"" + box.fill() + "\"" + stroke(box.stroke()) + "/>";
        }

        @Override
        public String text(Shape.Text text) {
            return "<text x=\"" + Decimals.of(text.anchor().x()) + "\" y=\"" + Decimals.of(text.anchor().y())
                    + "\" font-family=\"" + BundledFont.FAMILY_LIST + "\" font-size=\"" + Decimals.of(text.size()) + "\""
                    + (text.bold() ? " font-weight=\"bold\"" : "") + " fill=\"" + text.color()
                    + "\" text-anchor=\"middle\">" + escape(text.text()) + "</text>";
        }
    };

    private static String stroke(Shape.Stroke stroke) {
        String attributes = " stroke=\"" + stroke.color() + "\" stroke-width=\"" + Decimals.of(stroke.width())
                + "\" stroke-linecap=\"" + (GraphStyle.SQUARE_CAPS ? "square" : "butt") + "\"";
        if (stroke.dashed()) {
            attributes += " stroke-dasharray=\"" + stroke.dashes().stream().map(Decimals::of)
                    .collect(Collectors.joining(",")) + "\"";
        }
        return attributes;
    }

    private static String pathData(Shape.Route route) {
        PathData d = new PathData();
        PathWriter.route(route, d);
        return d.toString();
    }

    /** SVG path data: {@code M x,y L x,y C x,y x,y x,y Z}. */
    private static final class PathData implements PathSink {
        private final StringBuilder d = new StringBuilder();

        @Override
        public void moveTo(Point point) {
            d.append("M ").append(pair(point));
        }

        @Override
        public void lineTo(Point point) {
            d.append(" L ").append(pair(point));
        }

        @Override
        public void curveTo(Point control1, Point control2, Point end) {
            d.append(" C ").append(pair(control1)).append(' ').append(pair(control2)).append(' ').append(pair(end));
        }

        @Override
        public void close() {
            d.append(" Z");
        }

        @Override
        public String toString() {
            return d.toString();
        }
    }

    private static String pair(Point p) {
        return Decimals.of(p.x()) + "," + Decimals.of(p.y());
    }

    /** XML text and attribute escaping; characters XML 1.0 forbids are dropped. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') escaped.appendCodePoint(c);
                }
            }
        });
        return escaped.toString();
    }
}
