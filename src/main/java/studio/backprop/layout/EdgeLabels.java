package studio.backprop.layout;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How an edge between numbers writes its local derivative: the number ({@code 2}), the formula in
 * the operands' names as the lecture writes it ({@code c}), or both ({@code c = 2}). The layout
 * reserves room for what is written, so the choice is part of the {@link LayoutStyle}; an edge
 * between vectors or matrices keeps its shape label whatever the choice.
 */
public enum EdgeLabels {
    NUMBERS("numbers", "Numbers (2)"),
    FORMULAS("formulas", "Formulas (∂u/∂b = c)"),
    BOTH("both", "Formulas and numbers (c = 2)");

    private final String id;
    private final String description;

    EdgeLabels(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** For a menu or a choice box: "Formulas and numbers (c = 2)". */
    public String description() {
        return description;
    }

    /** As typed on the command line and stored in the preferences: "numbers", "formulas", "both". */
    public String id() {
        return id;
    }

    public boolean showsFormulas() {
        return this != NUMBERS;
    }

    public static Optional<EdgeLabels> byId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(labels -> labels.id.equals(wanted)).findFirst();
    }
}
