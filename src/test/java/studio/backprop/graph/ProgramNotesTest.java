package studio.backprop.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import studio.backprop.expr.Note;

/** What the app and the command line say about a program besides its errors. */
class ProgramNotesTest {

    static java.util.List<String> notes(String source) {
        return ProgramNotes.of(GraphBuilder.compile(source, BuildOptions.MERGED)).stream().map(Note::describe).toList();
    }

    @Test
    void aProgramReadAsWrittenHasNoNotes() {
        assertThat(notes("a = 5; b = 3; c = 2; u = b*c; v = a + u; J = 3*v")).isEmpty();
    }

    @Test
    void anUpdateAfterTheLossMakesTheUpdateTheOutputAndSaysTheLossIsLeftOut() {
        assertThat(notes("""
                w1 = 0.5; w2 = -0.3; b = 0.1; x1 = 2; x2 = 1; y = 1
                z = w1*x1 + w2*x2 + b
                a = σ(z)
                L = -(y*ln(a) + (1-y)*ln(1-a))
                dw1 = (a - y)*x1
                alpha = 0.1
                w1 = w1 - alpha*dw1
                """)).containsExactly("Line 4: L is not used by the output w1′, the last line, so backprop "
                + "computes no dL. To see dL, make L the last line.");
    }

    @Test
    void severalResultsLeftOutAreNamedTogetherAndALongListIsCounted() {
        assertThat(notes("a = 2\nt = a*2\ns = a*3\nJ = a + 1")).containsExactly("Line 2: t (line 2) and s (line 3) are "
                + "not used by the output J, the last line, so backprop computes no dt or ds. To see one of them, make it "
                + "the last line.");
        assertThat(notes("a = 2\np1 = a*1\np2 = a*2\np3 = a*3\np4 = a*4\np5 = a*5\np6 = a*6\nJ = a")).containsExactly(
                "Line 2: p1 (line 2), p2 (line 3), p3 (line 4), p4 (line 5) and 2 more are not used by the output J, the "
                        + "last line, so backprop computes no dp1, dp2, dp3, dp4 or 2 more. To see one of them, make it "
                        + "the last line.");
    }

    @Test
    void aComputedNameSetToANumberLeavesItsEarlierValueOut() {
        assertThat(notes("a = 1\nc = a + 1\nc = 3")).containsExactly("Line 2: c is not used by the output c′, "
                + "the last line, so backprop computes no dc. To see dc, make c the last line.");
    }

    @Test
    void readingsAndResultsLeftOutComeInTheOrderOfTheText() {
        assertThat(notes("x = 2\ny = 3\nt = 1\nu = xy*t\nJ = 3xy + x")).containsExactly(
                "Line 4: u is not used by the output J, the last line, so backprop computes no du. "
                        + "To see du, make u the last line.",
                "Line 4: xy is read as x·y.");
    }

    @Test
    void theGraphKeepsTheParsersReadingsWhetherBuiltAtOnceOrFromAParsedProgram() {
        String source = "b = 3; c = 2; J = 3(1 + bc)";
        assertThat(GraphBuilder.compile(source, BuildOptions.MERGED).readings()).extracting(Note::text)
                .containsExactly("bc is read as b·c.");
        assertThat(GraphBuilder.build(studio.backprop.expr.Parser.parse(source)).readings()).extracting(Note::text)
                .containsExactly("bc is read as b·c.");
    }
}
