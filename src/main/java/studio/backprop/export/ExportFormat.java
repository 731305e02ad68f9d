package studio.backprop.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The file formats a graph can be exported to. */
public enum ExportFormat {
    /** A picture, 1× to 4× the screen's pixels. */
    PNG("png", "png"),
    /** Vectors with text as text, for browsers, Inkscape and PowerPoint. */
    SVG("svg", "svg"),
    /** Vectors with the font embedded; one page per step for handouts. */
    PDF("pdf", "pdf"),
    /** A LaTeX document with a TikZ picture, or a Beamer slide that builds up step by step. */
    TIKZ("tikz", "tex"),
    /** Graphviz, with the drawing's positions for {@code neato -n2}. */
    DOT("dot", "dot");

    private final String id;
    private final String extension;

    ExportFormat(String id, String extension) {
        this.id = id;
        this.extension = extension;
    }

    /** As typed on the command line: "png", "tikz". */
    public String id() {
        return id;
    }

    /** The usual file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    public static Optional<ExportFormat> byId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.id.equals(wanted)).findFirst();
    }

    /** The format a file name suggests: "graph.svg" is SVG, "slides.tex" TikZ, "g.gv" DOT. */
    public static Optional<ExportFormat> byFileName(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) return Optional.empty();
        String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (extension.equals("gv")) return Optional.of(DOT);
        return Arrays.stream(values()).filter(format -> format.extension.equals(extension)).findFirst();
    }

    /** "png, svg, pdf, tikz, dot": for messages. */
    public static String choices() {
        return Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", "));
    }
}
