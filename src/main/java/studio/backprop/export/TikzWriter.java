package studio.backprop.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import studio.backprop.presentation.Picture;
import studio.backprop.presentation.Shape;

/**
 * Writes a picture as a LaTeX document holding one TikZ picture, on a page exactly its size, that
 * compiles with plain pdflatex and the packages of a basic TeX installation (tikz, geometry); or,
 * body only, as just the {@code tikzpicture} with its colours defined inside it, which any
 * document that loads tikz can {@code \input}: an article, a Beamer frame, the standalone class.
 */
public final class TikzWriter implements FrameWriter {

    /** How a body-only picture says what it needs, at its top. */
    static final String BODY_HEADER = "% Made by Backprop Studio: a tikzpicture to \\input into your document, whose preamble\n"
            + "% needs only \\usepackage{tikz}. Scale it with \\resizebox{\\linewidth}{!}{\\input{FILE}}.\n";

    private final boolean transparent;
    private final boolean bodyOnly;

    public TikzWriter(boolean transparent) {
        this(transparent, false);
    }

    public TikzWriter(boolean transparent, boolean bodyOnly) {
        this.transparent = transparent;
        this.bodyOnly = bodyOnly;
    }

    @Override
    public void write(List<Frame> frames, OutputStream out) throws IOException {
        String tex = bodyOnly ? body(frames.get(0)) : document(frames.get(0));
        out.write(tex.getBytes(StandardCharsets.UTF_8));
    }

    /** The picture alone: its colours are defined inside it, so they stay out of the document's way. */
    String body(Frame frame) {
        Picture picture = frame.picture();
        TikzPicture tikz = new TikzPicture();
        String frameLines = tikz.frame(picture, transparent, frame.view() != null);
        StringBuilder commands = new StringBuilder();
        for (Shape shape : picture.shapes()) {
            commands.append(tikz.command(shape)).append('\n');
        }
        return "% " + heading(frame) + "\n" + BODY_HEADER + tikz.open() + tikz.colorDefinitions() + frameLines + commands
                + tikz.end();
    }

    String document(Frame frame) {
        Picture picture = frame.picture();
        TikzPicture tikz = new TikzPicture();
        StringBuilder body = new StringBuilder(tikz.begin(frame, transparent));
        for (Shape shape : picture.shapes()) {
            body.append(tikz.command(shape)).append('\n');
        }
        body.append(tikz.end());
        String width = Decimals.of(picture.width() * PdfWriter.POINTS_PER_PIXEL) + "pt";
        String height = Decimals.of(picture.height() * PdfWriter.POINTS_PER_PIXEL) + "pt";
        return "% " + heading(frame) + "\n"
                + "% Made by Backprop Studio. Compile with: pdflatex FILE.tex\n"
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
