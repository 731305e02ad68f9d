package studio.backprop.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import studio.backprop.graph.GraphBuilder;

/**
 * Random text must only ever produce a program or a ProgramException: never another exception and
 * never a hang. Runs both character soup and sequences of plausible tokens, which reach deeper
 * into the grammar; each program that parses is also built into a graph.
 */
class ParserFuzzTest {

    private static final String CHARACTERS = "abcxyze0123456789.+-*/^()=,;# \n\t_σπ·×−÷²³⁻¹₁$[!'\"\\\r";
    private static final String[] TOKENS = {
        "a", "b", "x1", "e", "pi", "σ", "exp", "ln", "max", "min", "relu", "sigmod", "2", "0.5", ".5", "1e-3", "1e",
        "+", "-", "*", "/", "^", "**", "(", ")", ",", "=", "+=", "-=", "*=", "/=", ";", "\n", " ", "#c\n", "²", "·",
        "−", "((", "))", "2b", "c(", "x²",
    };
    private static final int RUNS = 100_000;

    @Test
    void randomCharactersOnlyEverGiveProgramExceptions() {
        Random random = new Random(42);
        assertTimeoutPreemptively(Duration.ofMinutes(1), () -> fuzz(RUNS, () -> {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
            }
            return text.toString();
        }));
    }

    @Test
    void randomTokenSequencesOnlyEverGiveProgramExceptions() {
        Random random = new Random(7);
        assertTimeoutPreemptively(Duration.ofMinutes(1), () -> fuzz(RUNS, () -> {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(25);
            for (int i = 0; i < length; i++) {
                text.append(TOKENS[random.nextInt(TOKENS.length)]);
            }
            return text.toString();
        }));
    }

    private static void fuzz(int runs, java.util.function.Supplier<String> programs) {
        List<String> unexpected = new ArrayList<>();
        int parsed = 0;
        for (int run = 0; run < runs; run++) {
            String source = programs.get();
            try {
                GraphBuilder.build(Parser.parse(source));
                parsed++;
            } catch (ProgramException expected) {
                assertThat(expected.span().end()).isLessThanOrEqualTo(source.length());
                assertThat(expected.getMessage()).isNotBlank();
            } catch (RuntimeException | StackOverflowError e) {
                unexpected.add(source.replace("\n", "\\n") + " -> " + e);
            }
        }
        assertThat(unexpected).isEmpty();
        assertThat(parsed).as("some programs should parse").isPositive();
    }
}
