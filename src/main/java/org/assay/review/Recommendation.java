package org.assay.review;

import java.util.Arrays;
import java.util.Optional;

/** The interviewer's overall call on an attempt. Stored by name in attempt.recommendation. */
public enum Recommendation {
    STRONG_YES("Strong yes"), YES("Yes"), NO("No"), STRONG_NO("Strong no");

    private final String label;

    Recommendation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The recommendation stored under {@code name}, if it is one. */
    public static Optional<Recommendation> parse(String name) {
        return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
    }

    /** The label of a stored value, or empty when none was given. */
    public static String labelOf(String stored) {
        return parse(stored).map(Recommendation::label).orElse("");
    }
}
