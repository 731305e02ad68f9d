package studio.backprop.expr;

import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * A parsed program: its statements in order, the text they came from, and every name it mentions
 * (so that names the builder makes up never clash with the student's).
 */
public record Program(String source, List<Statement> statements, Set<String> names) {

    public Program {
        statements = List.copyOf(statements);
        // Not copied: a million-line program has a million names, and the parser hands over a read-only view.
        names = Collections.unmodifiableSet(names);
    }

    public Statement last() {
        return statements.get(statements.size() - 1);
    }
}
