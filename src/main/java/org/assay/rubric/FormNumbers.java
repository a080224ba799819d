package org.assay.rubric;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Reads numbers typed into forms: "2", "2.5", " 3 "; anything else is absent. */
public final class FormNumbers {

    private FormNumbers() {
    }

    public static OptionalDouble decimal(String typed) {
        if (typed == null || typed.isBlank()) {
            return OptionalDouble.empty();
        }
        try {
            double value = Double.parseDouble(typed.strip());
            return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    public static OptionalInt whole(String typed) {
        if (typed == null || typed.isBlank()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(typed.strip()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
