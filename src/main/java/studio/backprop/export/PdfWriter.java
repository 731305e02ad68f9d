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
import studio.backprop.presentation.BundledFont;
import studio.backprop.presentation.GraphStyle;
import studio.backprop.presentation.PathSink;
import studio.backprop.presentation.PathWriter;
import studio.backprop.presentation.Picture;
import studio.backprop.presentation.Shape;

/**
 * Writes pictures as a vector PDF with Apache PDFBox: one page per frame, so all steps make a
 * handout. DejaVu Sans is embedded (as a subset), so the text looks the same in every viewer. A
 * drawing pixel is 0.75 pt, as a CSS pixel is, so the PDF is as large as the SVG.
 */
public final class PdfWriter implements FrameWriter {

    static final float POINTS_PER_PIXEL = 0.75f;

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
            information.setTitle(documentTitle(frames));
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

    /** Longer than this, the program in a document title is cut with "…". */
    private static final int TITLE_PROGRAM_CHARS = 80;

    /**
     * What a viewer's title bar and a file list show: one page's own title line if it has one;
     * otherwise, and always for many pages, which would each have another caption, the program.
     */
    static String documentTitle(List<Frame> frames) {
        Frame first = frames.get(0);
        if (frames.size() == 1 && first.title() != null && !first.title().isBlank()) return first.title().replaceAll("\\R", " ");
        String program = ProgramLine.of(first.content().timeline().analysis().graph().source());
        if (program.codePointCount(0, program.length()) > TITLE_PROGRAM_CHARS) {
            program = program.substring(0, program.offsetByCodePoints(0, TITLE_PROGRAM_CHARS - 1)).strip() + "…";
        }
        return "Computation graph of " + program + (frames.size() > 1 ? ", " + frames.size() + " pages" : "");
    }

    /** A step of painting: PDFBox declares an IOException on every call to the content stream. */
    private interface Painting {
        void paint() throws IOException;
    }

    /**
     * Paints one picture on one page, in drawing pixels with y downwards; outlines come through
     * {@link PathWriter}. Neither a visitor's nor a path sink's methods can throw an IOException, so
     * they carry it out as an UncheckedIOException, unwrapped by write.
     */
    private record PagePainter(PDPageContentStream content, PDType0Font regular, PDType0Font bold)
            implements Shape.Visitor<Void>, PathSink {

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
            PathWriter.route(route, this);
            stroke(route.stroke());
            content.stroke();
        }

        private void paintArrowhead(Shape.Arrowhead arrow) throws IOException {
            PathWriter.polygon(arrow.corners(), this);
            fillColor(arrow.fill());
            content.fill();
        }

        private void paintBox(Shape.Box box) throws IOException {
            PathWriter.roundedRectangle(box.bounds(), box.radius(), this);
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

        @Override
        public void moveTo(Point point) {
            unchecked(() -> content.moveTo((float) point.x(), (float) point.y()));
        }

        @Override
        public void lineTo(Point point) {
            unchecked(() -> content.lineTo((float) point.x(), (float) point.y()));
        }

        @Override
        public void curveTo(Point control1, Point control2, Point end) {
            unchecked(() -> content.curveTo((float) control1.x(), (float) control1.y(), (float) control2.x(),
                    (float) control2.y(), (float) end.x(), (float) end.y()));
        }

        @Override
        public void close() {
            unchecked(content::closePath);
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
