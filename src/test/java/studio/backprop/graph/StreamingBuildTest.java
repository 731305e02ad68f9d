package studio.backprop.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import studio.backprop.expr.ProgramException;
import studio.backprop.expr.Parser;
import studio.backprop.io.ExampleCatalog;
import studio.backprop.testing.RandomExpressions;

/** Building while parsing gives exactly the graph that parsing first and building after gives. */
class StreamingBuildTest {

    @Test
    void compileAndBuildAgreeOnEveryExampleAndOnRandomPrograms() throws IOException {
        List<String> programs = new ArrayList<>();
        ExampleCatalog.programs().forEach(example -> programs.add(example.source()));
        RandomExpressions random = new RandomExpressions(11);
        for (int i = 0; i < 200; i++) {
            programs.add("x = 1; y = 2\nu = " + random.next(3) + "\nJ = " + random.next(3) + " + u");
        }
        programs.add("c = 2; c = c + 1; c += 1; J = c*c");
        programs.add("J = 3; J*2");
        for (String program : programs) {
            for (BuildOptions options : List.of(BuildOptions.MERGED, BuildOptions.TREE)) {
                assertThat(describe(GraphBuilder.compile(program, options)))
                        .as(program).isEqualTo(describe(GraphBuilder.build(Parser.parse(program), options)));
            }
        }
    }

    @Test
    void errorsAreTheSameWhenBuildingWhileParsing() {
        for (String broken : List.of("J = 3*v\nv = a + 1", "3*a; 2*a", "a = 5\na = 6\nJ = a", "J = (a +")) {
            ProgramException streamed = catchThrowableOfType(ProgramException.class,
                    () -> GraphBuilder.compile(broken, BuildOptions.MERGED));
            ProgramException staged = catchThrowableOfType(ProgramException.class,
                    () -> GraphBuilder.build(Parser.parse(broken)));
            assertThat(streamed.getMessage()).isEqualTo(staged.getMessage());
            assertThat(streamed.span()).isEqualTo(staged.span());
        }
    }

    private static List<String> describe(ComputationGraph graph) {
        List<String> lines = new ArrayList<>();
        for (Node node : graph.nodes()) {
            lines.add(node.id() + " " + node.op() + " " + node.label() + " " + node.span() + " " + graph.operands(node)
                    + " " + graph.declaredValue(node));
        }
        lines.add("output " + graph.output() + " inputs " + graph.inputs());
        return lines;
    }
}
