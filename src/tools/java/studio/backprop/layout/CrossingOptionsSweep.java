package studio.backprop.layout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import org.eclipse.elk.alg.layered.options.CrossingMinimizationStrategy;
import org.eclipse.elk.alg.layered.options.GreedySwitchType;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.LongEdgeOrderingStrategy;
import org.eclipse.elk.alg.layered.options.NodePromotionStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;

import studio.backprop.expr.Parser;
import studio.backprop.graph.BuildOptions;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.GraphBuilder;

/**
 * Which of ELK Layered's own options reduce crossings on the benchmark's graphs: lays each graph
 * out with ELK's own layering and ordering as {@link ElkLayeredLayout} used them before it did its
 * own (network simplex, layer sweep with thoroughness 7 and model order at {@code DETAILED}, 1 and
 * none at {@code FAST}), then with one option changed, and prints the crossings
 * ({@link CrossingCounter}) and the time of the third layout. The last row is the layout as
 * shipped. Exploratory, for docs/benchmarks.md; run it with
 * {@code java -Xss64m -cp ... studio.backprop.layout.CrossingOptionsSweep [part of a variant's name]}.
 */
public final class CrossingOptionsSweep {

    private CrossingOptionsSweep() {
    }

    public static void main(String[] args) {
        Map<String, String> programs = new LinkedHashMap<>();
        programs.put("DAG ~100", SamplePrograms.sharedInputs(100, new Random(100)));
        programs.put("DAG ~300", SamplePrograms.sharedInputs(300, new Random(300)));
        programs.put("rec ~100", SamplePrograms.recurrence(100, 5));
        programs.put("net 2-3-1", SamplePrograms.network(2, 3, 1));
        programs.put("tree ~100", SamplePrograms.tree(100, new Random(100)));
        Map<String, Consumer<ElkNode>> variants = variants();
        System.out.printf("%-34s", "variant");
        programs.keySet().forEach(name -> System.out.printf("%18s", name));
        System.out.println();
        for (Map.Entry<String, Consumer<ElkNode>> variant : variants.entrySet()) {
            if (args.length > 0 && !variant.getKey().contains(args[0])) continue;
            System.out.printf("%-34s", variant.getKey());
            for (String source : programs.values()) {
                ComputationGraph graph = GraphBuilder.build(Parser.parse(source), BuildOptions.MERGED);
                try {
                    System.out.print(measure(graph, variant.getValue()));
                } catch (RuntimeException e) {
                    System.out.printf("%18s", "ELK fails");
                }
            }
            System.out.println();
        }
    }

    private static String measure(ComputationGraph graph, Consumer<ElkNode> change) {
        LayoutEffort effort = LayoutEffort.forSize(graph.size(), LayeringEstimate.cells(graph));
        Drawing drawing = null;
        double ms = 0;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            drawing = change == null ? new ElkLayeredLayout().layout(graph) : layOut(graph, effort, change);
            ms = (System.nanoTime() - start) / 1e6;
        }
        return String.format(Locale.ROOT, "%10d %5.0fms", CrossingCounter.count(drawing), ms);
    }

    static Drawing layOut(ComputationGraph graph, LayoutEffort effort, Consumer<ElkNode> change) {
        LayeredRegistration.ensureRegistered();
        LayoutStyle style = LayoutStyle.DEFAULT;
        BoxMeasure measure = new BoxMeasure(style);
        ElkInput input = ElkInput.of(graph, measure);
        LayeredSettings.apply(input.root, style, effort);
        input.root.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.NETWORK_SIMPLEX);
        input.root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_STRATEGY, CrossingMinimizationStrategy.LAYER_SWEEP);
        input.root.setProperty(LayeredOptions.THOROUGHNESS, effort == LayoutEffort.DETAILED ? 7 : 1);
        input.root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY,
                effort == LayoutEffort.DETAILED ? OrderingStrategy.NODES_AND_EDGES : OrderingStrategy.NONE);
        change.accept(input.root);
        new RecursiveGraphLayoutEngine().layout(input.root, new BasicProgressMonitor());
        return new DrawingReader(graph, measure, style, effort).read(input);
    }

    private static Map<String, Consumer<ElkNode>> variants() {
        Map<String, Consumer<ElkNode>> v = new LinkedHashMap<>();
        v.put("ELK's own, as before", root -> { });
        for (GreedySwitchType type : GreedySwitchType.values()) {
            v.put("greedy switch " + type + " always", root -> {
                root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_GREEDY_SWITCH_ACTIVATION_THRESHOLD, 0);
                root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_GREEDY_SWITCH_TYPE, type);
            });
        }
        for (int t : new int[] {1, 7, 20, 50}) {
            v.put("thoroughness " + t, root -> root.setProperty(LayeredOptions.THOROUGHNESS, t));
        }
        v.put("median layer sweep", root -> root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_STRATEGY,
                CrossingMinimizationStrategy.MEDIAN_LAYER_SWEEP));
        for (LayeringStrategy layering : List.of(LayeringStrategy.LONGEST_PATH, LayeringStrategy.LONGEST_PATH_SOURCE,
                LayeringStrategy.COFFMAN_GRAHAM, LayeringStrategy.MIN_WIDTH, LayeringStrategy.STRETCH_WIDTH,
                LayeringStrategy.BF_MODEL_ORDER, LayeringStrategy.DF_MODEL_ORDER)) {
            v.put("layering " + layering, root -> root.setProperty(LayeredOptions.LAYERING_STRATEGY, layering));
        }
        for (NodePromotionStrategy promotion : NodePromotionStrategy.values()) {
            v.put("promotion " + promotion, root -> root.setProperty(LayeredOptions.LAYERING_NODE_PROMOTION_STRATEGY, promotion));
        }
        for (OrderingStrategy order : OrderingStrategy.values()) {
            v.put("model order " + order, root -> root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, order));
        }
        for (LongEdgeOrderingStrategy longEdges : LongEdgeOrderingStrategy.values()) {
            v.put("long edges " + longEdges, root -> {
                root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
                root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_LONG_EDGE_STRATEGY, longEdges);
            });
        }
        v.put("force node model order", root -> {
            root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
            root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_FORCE_NODE_MODEL_ORDER, true);
        });
        v.put("splines", root -> root.setProperty(LayeredOptions.EDGE_ROUTING,
                org.eclipse.elk.core.options.EdgeRouting.SPLINES));
        v.put("greedy TWO_SIDED + thor 20", root -> {
            root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_GREEDY_SWITCH_ACTIVATION_THRESHOLD, 0);
            root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_GREEDY_SWITCH_TYPE, GreedySwitchType.TWO_SIDED);
            root.setProperty(LayeredOptions.THOROUGHNESS, 20);
        });
        for (GreedySwitchType type : List.of(GreedySwitchType.TWO_SIDED, GreedySwitchType.ONE_SIDED)) {
            for (int t : new int[] {1, 7, 20}) {
                v.put("median + " + type + " thor " + t, root -> {
                    root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_STRATEGY, CrossingMinimizationStrategy.MEDIAN_LAYER_SWEEP);
                    root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_GREEDY_SWITCH_ACTIVATION_THRESHOLD, 0);
                    root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_GREEDY_SWITCH_TYPE, type);
                    root.setProperty(LayeredOptions.THOROUGHNESS, t);
                });
            }
        }
        for (OrderingStrategy order : OrderingStrategy.values()) {
            v.put("median + model order " + order, root -> {
                root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_STRATEGY, CrossingMinimizationStrategy.MEDIAN_LAYER_SWEEP);
                root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, order);
            });
        }
        v.put("median + MIN_WIDTH", root -> {
            root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_STRATEGY, CrossingMinimizationStrategy.MEDIAN_LAYER_SWEEP);
            root.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.MIN_WIDTH);
        });
        v.put("median + splines", root -> {
            root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_STRATEGY, CrossingMinimizationStrategy.MEDIAN_LAYER_SWEEP);
            root.setProperty(LayeredOptions.EDGE_ROUTING, org.eclipse.elk.core.options.EdgeRouting.SPLINES);
        });
        v.put("median + polyline", root -> {
            root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_STRATEGY, CrossingMinimizationStrategy.MEDIAN_LAYER_SWEEP);
            root.setProperty(LayeredOptions.EDGE_ROUTING, org.eclipse.elk.core.options.EdgeRouting.POLYLINE);
        });
        for (OrderingStrategy order : OrderingStrategy.values()) {
            for (LongEdgeOrderingStrategy longEdges : LongEdgeOrderingStrategy.values()) {
                v.put("m2 + " + order + " " + longEdges, root -> {
                    root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_STRATEGY, CrossingMinimizationStrategy.MEDIAN_LAYER_SWEEP);
                    root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_GREEDY_SWITCH_ACTIVATION_THRESHOLD, 0);
                    root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_GREEDY_SWITCH_TYPE, GreedySwitchType.TWO_SIDED);
                    root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, order);
                    root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_LONG_EDGE_STRATEGY, longEdges);
                });
            }
        }
        v.put("polyline", root -> root.setProperty(LayeredOptions.EDGE_ROUTING, org.eclipse.elk.core.options.EdgeRouting.POLYLINE));
        v.put("ours: LayerOrdering, as shipped", null);
        return v;
    }

}
