package studio.backprop.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

import studio.backprop.layout.Point;
import studio.backprop.layout.Rect;
import studio.backprop.presentation.BundledFont;
import studio.backprop.presentation.GraphStyle;
import studio.backprop.presentation.Picture;
import studio.backprop.presentation.Shape;

/**
 * Writes pictures as a vector PDF with Apache PDFBox: one page per frame, so all steps make a
 * handout. DejaVu Sans is embedded (as a subset), so the text looks the same in every viewer. A
 * drawing pixel is 0.75 pt, as a CSS pixel is, so the PDF is as large as the SVG.
 */
public final class PdfWriter implements FrameWriter {

    static final float POINTS_PER_PIXEL = 0.75f;
    /** Bézier handle length for a quarter circle. */
    private static final double KAPPA = 0.5522847498;

    private final boolean transparent;

    public PdfWriter(boolean transparent) {
        this.transparent = transparent;
    }

    @Override
    public boolean holdsManyFrames() {
        return true;
    }

    @Override
    public void write(List<Frame> frames, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType0Font regular = PDType0Font.load(document, new ByteArrayInputStream(BundledFont.REGULAR.bytes()), true);
            PDType0Font bold = PDType0Font.load(document, new ByteArrayInputStream(BundledFont.BOLD.bytes()), true);
            PDDocumentInformation information = document.getDocumentInformation();
            information.setCreator("Backprop Studio");
            information.setTitle(frames.get(0).title() != null ? frames.get(0).title() : "Computation graph");
            for (Frame frame : frames) {
                Picture picture = frame.picture();
                PDPage page = new PDPage(new PDRectangle((float) picture.width() * POINTS_PER_PIXEL,
                        (float) picture.height() * POINTS_PER_PIXEL));
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    new PagePainter(content, regular, bold).paint(picture, transparent);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }
            document.save(out);
        }
    }

    /** A step of painting: PDFBox declares an IOException on every call to the content stream. */
    private interface Painting {
        void paint() throws IOException;
    }

    /**
     * Paints one picture on one page, in drawing pixels with y downwards. A visitor's methods cannot
     * throw an IOException, so they carry it out as an UncheckedIOException, unwrapped by write.
     */
    private record PagePainter(PDPageContentStream content, PDType0Font regular, PDType0Font bold)
            implements Shape.Visitor<Void> {

        void paint(Picture picture, boolean transparent) throws IOException {
            content.transform(new Matrix(POINTS_PER_PIXEL, 0, 0, -POINTS_PER_PIXEL, 0,
                    (float) picture.height() * POINTS_PER_PIXEL));
            content.setLineCapStyle(GraphStyle.SQUARE_CAPS ? 2 : 0);
            if (!transparent) {
                fillColor(picture.background());
                content.addRect(0, 0, (float) picture.width(), (float) picture.height());
                content.fill();
            }
            for (Shape shape : picture.shapes()) {
                shape.accept(this);
            }
        }

        private static Void unchecked(Painting painting) {
            try {
                painting.paint();
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Void route(Shape.Route route) {
            return unchecked(() -> paintRoute(route));
        }

        @Override
        public Void arrowhead(Shape.Arrowhead arrow) {
            return unchecked(() -> paintArrowhead(arrow));
        }

        @Override
        public Void box(Shape.Box box) {
            return unchecked(() -> paintBox(box));
        }

        @Override
        public Void text(Shape.Text text) {
            return unchecked(() -> paintText(text));
        }

        private void paintRoute(Shape.Route route) throws IOException {
            List<Point> points = route.points();
            content.moveTo((float) points.get(0).x(), (float) points.get(0).y());
            if (route.curved()) {
                for (int i = 1; i + 2 < points.size(); i += 3) {
                    Point c1 = points.get(i);
                    Point c2 = points.get(i + 1);
                    Point end = points.get(i + 2);
                    content.curveTo((float) c1.x(), (float) c1.y(), (float) c2.x(), (float) c2.y(), (float) end.x(),
                            (float) end.y());
                }
            } else {
                for (int i = 1; i < points.size(); i++) content.lineTo((float) points.get(i).x(), (float) points.get(i).y());
            }
            stroke(route.stroke());
            content.stroke();
        }

        private void paintArrowhead(Shape.Arrowhead arrow) throws IOException {
            List<Point> corners = arrow.corners();
            content.moveTo((float) corners.get(0).x(), (float) corners.get(0).y());
            for (int i = 1; i < corners.size(); i++) content.lineTo((float) corners.get(i).x(), (float) corners.get(i).y());
            content.closePath();
            fillColor(arrow.fill());
            content.fill();
        }

        private void paintBox(Shape.Box box) throws IOException {
            roundedRectangle(box.bounds(), box.radius());
            fillColor(box.fill());
            stroke(box.stroke());
            content.fillAndStroke();
        }

        private void paintText(Shape.Text text) throws IOException {
            PDType0Font font = text.bold() ? bold : regular;
            double width = BundledFont.of(text.bold()).width(text.text(), text.size());
            content.beginText();
            content.setFont(font, (float) text.size());
            fillColor(text.color());
            // The page is flipped to y downwards; flipping the text again keeps it upright.
            content.setTextMatrix(new Matrix(1, 0, 0, -1, (float) (text.anchor().x() - width / 2), (float) text.anchor().y()));
            content.showText(text.text());
            content.endText();
        }

        private void roundedRectangle(Rect r, double radius) throws IOException {
            float x = (float) r.x();
            float y = (float) r.y();
            float right = (float) r.right();
            float bottom = (float) r.bottom();
            float rad = (float) radius;
            float k = (float) (KAPPA * radius);
            content.moveTo(x + rad, y);
            content.lineTo(right - rad, y);
            content.curveTo(right - rad + k, y, right, y + rad - k, right, y + rad);
            content.lineTo(right, bottom - rad);
            content.curveTo(right, bottom - rad + k, right - rad + k, bottom, right - rad, bottom);
            content.lineTo(x + rad, bottom);
            content.curveTo(x + rad - k, bottom, x, bottom - rad + k, x, bottom - rad);
            content.lineTo(x, y + rad);
            content.curveTo(x, y + rad - k, x + rad - k, y, x + rad, y);
            content.closePath();
        }

        private void stroke(Shape.Stroke stroke) throws IOException {
            int[] rgb = rgb(stroke.color());
            content.setStrokingColor(rgb[0] / 255f, rgb[1] / 255f, rgb[2] / 255f);
            content.setLineWidth((float) stroke.width());
            float[] dashes = new float[stroke.dashes().size()];
            for (int i = 0; i < dashes.length; i++) dashes[i] = stroke.dashes().get(i).floatValue();
            content.setLineDashPattern(dashes, 0);
        }

        private void fillColor(String hex) throws IOException {
            int[] rgb = rgb(hex);
            content.setNonStrokingColor(rgb[0] / 255f, rgb[1] / 255f, rgb[2] / 255f);
        }

        private static int[] rgb(String hex) {
            int value = Integer.parseInt(hex.substring(1), 16);
            return new int[] {(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff};
        }
    }
}
