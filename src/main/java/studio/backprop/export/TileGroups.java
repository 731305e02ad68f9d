package studio.backprop.export;

import java.util.ArrayList;
import java.util.List;

import studio.backprop.layout.NodeBox;

/**
 * A strip of boxes, sorted top to bottom, cut into as few groups as fit a slide's height, and of
 * those cuts the one whose groups are most nearly the same height: a slide of one lonely node
 * beside one crammed full says the split went wrong.
 */
final class TileGroups {

    private TileGroups() {
    }

    /** The groups, top to bottom; a box taller than {@code height} is a group of its own. */
    static List<List<NodeBox>> split(List<NodeBox> boxes, double height) {
        int n = boxes.size();
        // best[i]: the fewest groups for the first i boxes, then the least sum of squared group heights.
        int[] groups = new int[n + 1];
        double[] squares = new double[n + 1];
        int[] cut = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            groups[i] = Integer.MAX_VALUE;
            double bottom = Double.NEGATIVE_INFINITY;
            for (int j = i - 1; j >= 0; j--) {
                bottom = Math.max(bottom, boxes.get(j).bottom());
                double extent = bottom - boxes.get(j).y();
                if (extent > height && j < i - 1) break;
                int count = groups[j] + 1;
                double sum = squares[j] + extent * extent;
                if (count < groups[i] || count == groups[i] && sum < squares[i]) {
                    groups[i] = count;
                    squares[i] = sum;
                    cut[i] = j;
                }
            }
        }
        List<List<NodeBox>> split = new ArrayList<>();
        for (int i = n; i > 0; i = cut[i]) {
            split.add(0, new ArrayList<>(boxes.subList(cut[i], i)));
        }
        return split;
    }
}
