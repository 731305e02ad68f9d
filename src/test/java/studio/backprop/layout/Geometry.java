package studio.backprop.layout;

import java.util.List;

/**
 * The numbers of a drawing without the graph objects it refers to, so that drawings of two graphs
 * built from the same text can be compared with {@code equals}.
 */
record Geometry(double width, double height, List<Rect> boxes, List<List<Point>> paths, List<Rect> labels) {

    static Geometry of(Drawing drawing) {
        return new Geometry(drawing.width(), drawing.height(),
                drawing.boxes().stream().map(NodeBox::bounds).toList(),
                drawing.paths().stream().map(EdgePath::points).toList(),
                drawing.paths().stream().map(EdgePath::label).toList());
    }
}
