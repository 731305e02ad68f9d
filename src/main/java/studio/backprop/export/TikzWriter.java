package studio.backprop.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import studio.backprop.presentation.Picture;
import studio.backprop.presentation.Shape;

/**
 * Writes a picture as a LaTeX document holding one TikZ picture, on a page exactly its size, that
 * compiles with plain pdflatex and the packages of a basic TeX installation (tikz, geometry,
 * fix-cm). To put the graph into another document, copy the tikzpicture and the colour definitions.
 */
public final class TikzWriter implements FrameWriter {

    private final boolean transparent;

    public TikzWriter(boolean transparent) {
        this.transparent = transparent;
    }

    @Override
    public void write(List<Frame> frames, OutputStream out) throws IOException {
        out.write(document(frames.get(0)).getBytes(StandardCharsets.UTF_8));
    }

    String document(Frame frame) {
        Picture picture = frame.picture();
        TikzPicture tikz = new TikzPicture();
        StringBuilder body = new StringBuilder(tikz.begin(picture, transparent));
        for (Shape shape : picture.shapes()) {
            body.append(tikz.command(shape)).append('\n');
        }
        body.append(tikz.end());
        String width = Decimals.of(picture.width() * PdfWriter.POINTS_PER_PIXEL) + "pt";
        String height = Decimals.of(picture.height() * PdfWriter.POINTS_PER_PIXEL) + "pt";
        return "% " + heading(frame) + "\n"
                + "% Made by Backprop Studio. Compile with: pdflatex FILE.tex\n"
                + "\\RequirePackage{fix-cm}\n"
                + "\\documentclass{article}\n"
                + "\\usepackage[paperwidth=" + width + ",paperheight=" + height + ",margin=0pt]{geometry}\n"
                + "\\usepackage{tikz}\n"
                + "\\pagestyle{empty}\n"
                + tikz.colorDefinitions()
                + "\\begin{document}\n"
                + "\\noindent\n"
                + body
                + "\\end{document}\n";
    }

    /** A comment line naming what is shown; the caption may hold any character, so it is kept to one line. */
    static String heading(Frame frame) {
        return "Computation graph, " + frame.content().caption().replaceAll("\\R", " ");
    }
}
