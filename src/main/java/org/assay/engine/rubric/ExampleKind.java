package org.assay.engine.rubric;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a graded example answer is meant to exercise. Written in lower case in the examples file. */
public enum ExampleKind {
    /** A complete, correct answer in the usual terms. */
    EXCELLENT,
    /** A correct answer in other words, with few of the usual terms. */
    PARAPHRASE,
    /** Some of what earns points. */
    PARTIAL,
    /** Barely anything that earns points. */
    MINIMAL,
    /** Fluent, with the right terms, but states something wrong. */
    MISCONCEPTION,
    /** The key terms appear under a negation. */
    NEGATED,
    /** A bare list of the right terms, no sentences. */
    KEYWORD_LIST,
    /** About something else. */
    OFF_TOPIC,
    /** Correct, with spelling mistakes. */
    TYPOS,
    /** Correct, buried in padding. */
    VERBOSE,
    /** Correct in very few words. */
    TERSE,
    /** Right and wrong claims together. */
    MIXED;

    /** The name used in the examples file, such as {@code keyword_list}. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every name the examples file accepts, in declaration order. */
    public static List<String> yamlNames() {
        return Arrays.stream(values()).map(ExampleKind::yamlName).toList();
    }

    /** The kind written as {@code name} in a file, if there is one. */
    public static Optional<ExampleKind> fromYaml(String name) {
        return Arrays.stream(values()).filter(k -> k.yamlName().equals(name)).findFirst();
    }
}
