package studio.backprop.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import studio.backprop.graph.BuildOptions;
import studio.backprop.graph.GraphBuilder;
import studio.backprop.io.FileProblem;
import studio.backprop.io.LineEnding;
import studio.backprop.io.ProgramFiles;
import studio.backprop.presentation.Showing;
import studio.backprop.testing.RandomExpressions;
import studio.backprop.ui.Models;
import studio.backprop.ui.StudioModel;
import studio.backprop.ui.editor.ProgramError;
import studio.backprop.ui.variables.VariableRow;

/**
 * Opens, edits and saves random and hostile programs through the window's view models, as the app
 * does, from a seeded generator: whatever the file holds, opening it either says why it cannot be
 * read or shows it; every edit leaves either a mistake whose span lies inside the text or a graph
 * of exactly that text; saving writes the program with its values and the file's own line endings,
 * and opening the file again gives back what was saved.
 */
class DocumentFuzzTest {

    private static final long SEED = 20261201;
    private static final int PROGRAMS = 400;
    private static final String[] HOSTILE = {
        "", "# only a comment", "\uFEFFa = 5\nJ = 2*a", "J = " + "(".repeat(300) + "a" + ")".repeat(300),
        "a = 1e999\nJ = a", "J = " + "9".repeat(400) + "*a", "a = 5\na = 6\nJ = a", "J = J + 1", "u = v\nv = u",
        "J = 1/0 + ln(-1) + sqrt(-1)", "σ = 2\nx₁ = 3\nJ = σ·x₁²", "J = a\u0000b", "J = a\u0007 + \u001b[31mb",
        "J = \uD800a", "J = 😀 + a", "J = a\u200B + b", "J = " + "a".repeat(5_000), "a = 5;;;;J = a",
        "\r\r\r", "\n\n\nJ = a\n\n\n", "J = exp(exp(exp(exp(exp(10)))))", "J = max(a)", "J = relu(0) + abs(0)",
        "a = 5\r\nb = 3\r\nJ = a*b\r\n", "a = 5\rJ = a\r", "a = 5\nb = 3\r\nJ = a + b", "J = a +\n  b",
        "x = 2\nx += 3\nJ = x", "J = " + "a + ".repeat(2_000) + "a", "\t\tJ\t=\ta\t*\t2",
    };

    @TempDir
    Path folder;

    private final Random random = new Random(SEED);
    private final RandomExpressions expressions = new RandomExpressions(SEED);
    private final List<String> problems = new ArrayList<>();

    @Test
    void randomAndHostileProgramsOpenEditAndSaveWithoutSurprises() throws IOException {
        for (int run = 0; run < PROGRAMS; run++) {
            byte[] content = run < HOSTILE.length ? HOSTILE[run].getBytes(StandardCharsets.UTF_8) : program(run);
            try {
                openEditSave(run, content);
            } catch (RuntimeException | StackOverflowError | AssertionError e) {
                problems.add("run " + run + " (" + shown(content) + "): " + e);
            }
        }
        assertThat(problems).isEmpty();
    }

    private void openEditSave(int run, byte[] bytes) throws IOException {
        Path file = Files.write(folder.resolve("program-" + run + ".cgraph"), bytes);
        String content;
        try {
            content = ProgramFiles.read(file);
        } catch (FileProblem unreadable) {
            assertThat(unreadable.getMessage()).startsWith("cannot read '" + file + "': ");
            return;
        }
        StudioModel model = Models.synchronous();
        DocumentViewModel document = new DocumentViewModel(model);
        document.opened(file, content);
        assertThat(document.dirtyProperty().get()).isFalse();
        check(model);
        for (int edit = 0; edit < 4; edit++) {
            model.sourceProperty().set(edited(model.sourceProperty().get()));
            check(model);
            playAndNudge(model);
        }
        if (!model.variables().rows().isEmpty()) {
            VariableRow row = model.variables().rows().get(random.nextInt(model.variables().rows().size()));
            row.setValue(value());
            check(model);
        }
        save(model, document, file, content);
    }

    private void save(StudioModel model, DocumentViewModel document, Path file, String original) throws IOException {
        boolean compiled = model.errorProperty().get() == null;
        String text = document.textToSave();
        String written = document.fileText(text);
        assertThat(SaveOutcome.write(file, written, document.onDisk())).isEqualTo(SaveOutcome.WRITTEN);
        document.saved(file, text, document.sourceNow());
        assertThat(document.dirtyProperty().get()).isFalse();
        if (compiled) {
            // The values written into the program must not break a program that worked.
            GraphBuilder.compile(text, BuildOptions.MERGED);
        }
        String reread = ProgramFiles.read(file);
        assertThat(reread).isEqualTo(written);
        if (LineEnding.toNewlines(original).contains("\n") && text.contains("\n")) {
            assertThat(LineEnding.of(reread)).as("the file's line endings").isEqualTo(LineEnding.of(original));
        }
        DocumentViewModel reopened = new DocumentViewModel(Models.synchronous());
        reopened.opened(file, reread);
        assertThat(LineEnding.toNewlines(reread)).isEqualTo(text);
    }

    /** Either a mistake inside the text, or a graph of exactly this text; never both wrong. */
    private static void check(StudioModel model) {
        String source = model.sourceProperty().get();
        ProgramError error = model.errorProperty().get();
        Showing showing = model.showingProperty().get();
        assertThat(model.busyProperty().get()).isFalse();
        if (error != null) {
            assertThat(error.message()).isNotBlank();
            if (error.span() != null) {
                assertThat(error.span().start()).isBetween(0, source.length());
                assertThat(error.span().end()).isBetween(error.span().start(), source.length());
            }
        } else {
            assertThat(showing).isNotNull();
            assertThat(showing.source()).isEqualTo(source);
            if (showing.drawn()) assertThat(showing.drawing().boxes()).hasSize(showing.graph().size());
        }
        assertThat(model.captionProperty().get()).isNotNull();
        assertThat(model.statusProperty().get()).isNotNull();
    }

    private void playAndNudge(StudioModel model) {
        if (model.showingProperty().get() == null) return;
        for (int step = random.nextInt(5); step > 0; step--) model.playback().stepForward();
        if (random.nextBoolean()) model.playback().toEnd();
        if (!model.variables().rows().isEmpty()) model.nudge().select(model.variables().rows().get(0).name());
        assertThat(model.captionProperty().get()).isNotBlank();
    }

    /** A program a student might write, often broken, with some line endings of another system. */
    private byte[] program(int run) {
        if (run % 17 == 0) {
            byte[] noise = new byte[random.nextInt(200)];
            random.nextBytes(noise);
            return noise;
        }
        StringBuilder text = new StringBuilder();
        int inputs = random.nextInt(3);
        for (int i = 0; i < inputs; i++) text.append("xyz".charAt(i)).append(" = ").append(value()).append('\n');
        int steps = random.nextInt(4);
        for (int i = 0; i < steps; i++) text.append('t').append(i).append(" = ").append(expressions.next(3)).append('\n');
        text.append("J = ").append(expressions.next(3)).append(steps > 0 ? " + t0" : "");
        String program = random.nextInt(3) == 0 ? edited(text.toString()) : text.toString();
        return LineEnding.values()[random.nextInt(3)].apply(program).getBytes(StandardCharsets.UTF_8);
    }

    private static final String[] SCRAPS = {"(", ")", "*", "+", "^", "=", "\n", "\r\n", "\r", " ", "σ", "x", "1e999",
        "sigmod(", ",", "#", "\t", "\u0000", "²", "..", "J = ", "y = y + 1\n"};

    /** The text with one typing mistake, a deletion or a pasted line. */
    private String edited(String text) {
        int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
        return switch (random.nextInt(4)) {
            case 0 -> text.substring(0, at) + SCRAPS[random.nextInt(SCRAPS.length)] + text.substring(at);
            case 1 -> text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(5)));
            case 2 -> text + "\nK = " + expressions.next(2);
            default -> text.replace("x", "y");
        };
    }

    private double value() {
        return switch (random.nextInt(5)) {
            case 0 -> 0;
            case 1 -> 1e300 * (random.nextBoolean() ? 1 : -1);
            case 2 -> 1e-300;
            default -> expressions.value() * 10;
        };
    }

    private static String shown(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        return (text.length() > 60 ? text.substring(0, 60) + "…" : text).replace("\n", "\\n").replace("\r", "\\r");
    }
}
