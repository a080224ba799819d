package org.assay.engine.score;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.assay.engine.rubric.Criterion;
import org.assay.engine.rubric.Misconception;
import org.assay.engine.rubric.Rubric;

/**
 * A stable content fingerprint of a rubric: SHA-256 over a canonical rendering of every field that affects grading,
 * with synonyms in sorted order. Equal rubrics give equal fingerprints on every machine and JVM run.
 */
public final class RubricFingerprint {

    private RubricFingerprint() {
    }

    /** The fingerprint: 64 lower-case hex digits. */
    public static String of(Rubric rubric) {
        StringBuilder out = new StringBuilder();
        field(out, "id", rubric.id());
        field(out, "title", rubric.title());
        field(out, "prompt", rubric.prompt());
        field(out, "points", Double.toString(rubric.points()));
        field(out, "model_answer", rubric.modelAnswer());
        for (Criterion c : rubric.criteria()) {
            field(out, "criterion", c.id());
            field(out, "label", c.label());
            field(out, "points", Double.toString(c.points()));
            list(out, "expressions", c.expressions());
            list(out, "keywords", c.keywords());
            field(out, "min_keywords", Integer.toString(c.minKeywords()));
            list(out, "exemplars", c.exemplars());
        }
        for (Misconception m : rubric.misconceptions()) {
            field(out, "misconception", m.id());
            field(out, "label", m.label());
            field(out, "penalty", Double.toString(m.penalty()));
            list(out, "expressions", m.expressions());
            list(out, "exemplars", m.exemplars());
        }
        for (Map.Entry<String, List<String>> e : new TreeMap<>(rubric.synonyms()).entrySet()) {
            list(out, "synonym " + e.getKey(), e.getValue());
        }
        return HexFormat.of().formatHex(sha256(out.toString()));
    }

    /** Length-prefixed, so no value can imitate a field boundary. */
    private static void field(StringBuilder out, String name, String value) {
        String v = value == null ? "" : value;
        out.append(name).append(':').append(v.length()).append(':').append(v).append('\n');
    }

    private static void list(StringBuilder out, String name, List<String> values) {
        field(out, name, Integer.toString(values.size()));
        values.forEach(v -> field(out, "-", v));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
