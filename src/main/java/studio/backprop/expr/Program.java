package studio.backprop.expr;

import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * A parsed program: its statements in order, the text they came from, every name it mentions,
 * numbered (so that names the builder makes up never clash with the student's, and per-name facts
 * can live in arrays), and the notes on how names were read ("xy is read as x·y").
 */
public record Program(String source, List<Statement> statements, SymbolTable symbols, List<Note> notes) {

    public Program {
        // Read-only, not copied: a million-line program need not hold its statements twice.
        statements = Collections.unmodifiableList(statements);
        notes = List.copyOf(notes);
    }

    public Program(String source, List<Statement> statements, SymbolTable symbols) {
        this(source, statements, symbols, List.of());
    }

    /** Every name the program mentions, functions included. */
    public Set<String> names() {
        return symbols.asSet();
    }

    public Statement last() {
        return statements.get(statements.size() - 1);
    }
}
