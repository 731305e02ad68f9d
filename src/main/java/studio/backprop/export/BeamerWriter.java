package studio.backprop.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import studio.backprop.presentation.Picture;
import studio.backprop.presentation.Shape;

/**
 * Writes the frames of an export as one Beamer slide that builds up like the animation: overlay n
 * shows frame n. Whatever all frames share is drawn once; everything else is wrapped in
 * {@code \only<...>} for the overlays that show it, so a value appears from its forward step on
 * ({@code \only<3->}) and an active border for one step ({@code \only<3>}). Frames are merged part
 * by part and layer by layer, so each overlay paints exactly what its frame paints, in the same order.
 */
public final class BeamerWriter implements FrameWriter {

    /**
     * Wider than this (width / height) and the graph fills the width of a 16:9 slide's text area
     * (about 140 × 80 mm), else 85% of its height.
     */
    private static final double SLIDE_TEXT_ASPECT = 2.0;

    private final boolean transparent;
    private final boolean bodyOnly;

    public BeamerWriter(boolean transparent) {
        this(transparent, false);
    }

    /** {@code bodyOnly}: just the overlaid tikzpicture, colours inside, to {@code \input} into a frame of one's own. */
    public BeamerWriter(boolean transparent, boolean bodyOnly) {
        this.transparent = transparent;
        this.bodyOnly = bodyOnly;
    }

    @Override
    public boolean holdsManyFrames() {
        return true;
    }

    @Override
    public void write(List<Frame> frames, OutputStream out) throws IOException {
        // Every overlay is compared with every other, so the pictures are composed once and kept.
        List<Frame> composed = List.copyOf(frames);
        String tex = bodyOnly ? body(composed) : document(composed);
        out.write(tex.getBytes(StandardCharsets.UTF_8));
    }

    String document(List<Frame> frames) {
        if (frames.get(0).view() != null) return slides(frames);
        Picture first = frames.get(0).picture();
        TikzPicture tikz = new TikzPicture();
        String picture = tikz.begin(first, transparent) + overlays(frames, tikz) + tikz.end();
        boolean wide = first.width() / first.height() > SLIDE_TEXT_ASPECT;
        return "% " + TikzWriter.heading(frames.get(0)) + " and on, one overlay per step\n"
                + "% Made by Backprop Studio. Compile with: pdflatex FILE.tex\n"
                + "\\documentclass[aspectratio=169]{beamer}\n"
                + "\\usepackage{tikz}\n"
                + "\\setbeamertemplate{navigation symbols}{}\n"
                + tikz.colorDefinitions()
                + "\\begin{document}\n"
                + "\\begin{frame}\n"
                + "\\centering\n"
                + (wide ? "\\resizebox{\\linewidth}{!}{%\n" : "\\resizebox{!}{0.85\\textheight}{%\n")
                + picture
                + "}\n"
                + "\\end{frame}\n"
                + "\\end{document}\n";
    }

    /**
     * Slides of the slide shape, each filling a frame edge to edge: the steps that show the same
     * part of the graph are one frame whose overlays build up, the next part the next frame.
     */
    private String slides(List<Frame> frames) {
        TikzPicture tikz = new TikzPicture();
        StringBuilder deck = new StringBuilder();
        for (List<Frame> group : sameView(frames)) {
            deck.append("\\begin{frame}[plain]\n\\centering\n\\makebox[\\linewidth]{\\resizebox{\\paperwidth}{!}{%\n")
                    .append(tikz.begin(group.get(0), transparent)).append(overlays(group, tikz)).append(tikz.end())
                    .append("}}\n\\end{frame}\n");
        }
        return "% " + TikzWriter.heading(frames.get(0)) + " and on, as slides\n"
                + "% Made by Backprop Studio. Compile with: pdflatex FILE.tex\n"
                + "\\documentclass[aspectratio=" + aspect(frames.get(0)) + "]{beamer}\n"
                + "\\usepackage{tikz}\n"
                + "\\setbeamertemplate{navigation symbols}{}\n"
                + tikz.colorDefinitions()
                + "\\begin{document}\n"
                + deck
                + "\\end{document}\n";
    }

    /** Beamer's aspect ratio closest to the slides' own. */
    private static String aspect(Frame frame) {
        double ratio = frame.picture().width() / frame.picture().height();
        return Math.abs(ratio - 4.0 / 3) < 0.01 ? "43" : Math.abs(ratio - 1.6) < 0.01 ? "1610" : "169";
    }

    /** Runs of consecutive frames that show the same part of the drawing. */
    private static List<List<Frame>> sameView(List<Frame> frames) {
        List<List<Frame>> groups = new ArrayList<>();
        for (Frame frame : frames) {
            if (groups.isEmpty() || !Objects.equals(groups.get(groups.size() - 1).get(0).view(), frame.view())) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(frame);
        }
        return groups;
    }

    /** The overlaid picture alone, its colours defined inside it, for a frame of one's own. */
    String body(List<Frame> frames) {
        TikzPicture tikz = new TikzPicture();
        String frameLines = tikz.frame(frames.get(0).picture(), transparent);
        String overlays = overlays(frames, tikz);
        return "% " + TikzWriter.heading(frames.get(0)) + " and on, one overlay per step\n" + TikzWriter.BODY_HEADER
                + "% Put it into a frame: \\begin{frame}\\resizebox{\\linewidth}{!}{\\input{FILE}}\\end{frame}\n"
                + tikz.open() + tikz.colorDefinitions() + frameLines + overlays + tikz.end();
    }

    /** Every part's shapes, each wrapped in the overlays that show it, then the last overlay named. */
    private static String overlays(List<Frame> frames, TikzPicture tikz) {
        StringBuilder body = new StringBuilder();
        for (String part : partIds(frames)) {
            for (int layer = 0; layer <= 3; layer++) {
                for (Map.Entry<Shape, BitSet> variant : variants(frames, part, layer).entrySet()) {
                    String command = tikz.command(variant.getKey());
                    String overlays = overlays(variant.getValue(), frames.size());
                    body.append(overlays.isEmpty() ? command : "\\only<" + overlays + ">{" + command + "}").append('\n');
                }
            }
        }
        // Names the last overlay, so the slide has one overlay per frame even if the last adds nothing.
        return body.append("\\only<").append(frames.size()).append(">{}\n").toString();
    }

    private static Set<String> partIds(List<Frame> frames) {
        Set<String> ids = new LinkedHashSet<>();
        for (Frame frame : frames) {
            frame.picture().parts().forEach(part -> ids.add(part.id()));
        }
        return ids;
    }

    /** The different shapes one part paints in one layer across the frames, each with the frames that paint it. */
    private static Map<Shape, BitSet> variants(List<Frame> frames, String partId, int layer) {
        Map<Shape, BitSet> variants = new LinkedHashMap<>();
        for (int f = 0; f < frames.size(); f++) {
            for (Picture.Part part : frames.get(f).picture().parts()) {
                if (!part.id().equals(partId)) continue;
                for (Shape shape : part.shapes()) {
                    if (shape.layer() == layer) variants.computeIfAbsent(shape, key -> new BitSet()).set(f);
                }
            }
        }
        return variants;
    }

    /** Frames (from 0) as a Beamer overlay specification (from 1): "", "3", "2-4", "1,3-". */
    static String overlays(BitSet frames, int count) {
        if (frames.cardinality() == count) return "";
        List<String> ranges = new ArrayList<>();
        for (int start = frames.nextSetBit(0); start >= 0; start = frames.nextSetBit(start)) {
            int end = frames.nextClearBit(start);
            if (end >= count) ranges.add((start + 1) + "-");
            else ranges.add(end - start == 1 ? String.valueOf(start + 1) : (start + 1) + "-" + end);
            start = end;
        }
        return String.join(",", ranges);
    }
}
