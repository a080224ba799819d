package org.assay.engine.rubric;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.yaml.snakeyaml.nodes.Node;

/**
 * Writes a rubric in the format {@link RubricParser} reads, in block style with a fixed field order, so that
 * {@code parse(toYaml(r))} gives back {@code r}. Stateless and thread-safe.
 */
public final class RubricWriter {

    private static final int FINGERPRINT_HEX_CHARS = 12;

    private RubricWriter() {
    }

    /**
     * Writes a rubric as YAML. The output is canonical: equal rubrics give identical text.
     *
     * @param rubric a valid rubric (as {@link RubricParser} would accept)
     * @return the YAML text, ending with a line break
     * @throws IllegalArgumentException if rubric is null
     */
    public static String toYaml(Rubric rubric) {
        if (rubric == null) {
            throw new IllegalArgumentException("rubric must not be null");
        }
        return YamlOut.write(node(rubric));
    }

    /**
     * A short content hash of a rubric: the first 12 hex characters of the SHA-256 of its canonical YAML. Equal
     * rubrics have equal fingerprints, whatever the formatting of the files they came from.
     *
     * @throws IllegalArgumentException if rubric is null
     */
    public static String fingerprint(Rubric rubric) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(toYaml(rubric).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, FINGERPRINT_HEX_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static Node node(Rubric rubric) {
        Map<String, Node> fields = new LinkedHashMap<>();
        fields.put("id", YamlOut.text(rubric.id()));
        fields.put("title", YamlOut.text(rubric.title()));
        fields.put("prompt", YamlOut.text(rubric.prompt()));
        fields.put("points", YamlOut.number(rubric.points()));
        fields.put("model_answer", YamlOut.text(rubric.modelAnswer()));
        if (!rubric.entities().isEmpty()) {
            Map<String, Node> entities = new LinkedHashMap<>();
            rubric.entities().forEach(e -> entities.put(e.id(), YamlOut.flowList(e.names())));
            fields.put("entities", YamlOut.map(entities));
        }
        fields.put("criteria", YamlOut.nodes(rubric.criteria().stream().map(RubricWriter::criterion).toList()));
        if (!rubric.misconceptions().isEmpty()) {
            fields.put("misconceptions",
                    YamlOut.nodes(rubric.misconceptions().stream().map(RubricWriter::misconception).toList()));
        }
        if (!rubric.synonyms().isEmpty()) {
            Map<String, Node> terms = new LinkedHashMap<>();
            new TreeMap<>(rubric.synonyms()).forEach((term, phrases) -> terms.put(term, YamlOut.flowList(phrases)));
            fields.put("synonyms", YamlOut.map(terms));
        }
        return YamlOut.map(fields);
    }

    private static Node criterion(Criterion criterion) {
        Map<String, Node> fields = new LinkedHashMap<>();
        fields.put("id", YamlOut.text(criterion.id()));
        fields.put("label", YamlOut.text(criterion.label()));
        fields.put("points", YamlOut.number(criterion.points()));
        putAbout(fields, criterion.about());
        putExpressions(fields, criterion);
        if (!criterion.keywords().isEmpty()) {
            fields.put("keywords", YamlOut.flowList(criterion.keywords()));
            fields.put("min_keywords", YamlOut.number(criterion.minKeywords()));
        }
        putList(fields, "exemplars", criterion.exemplars());
        return YamlOut.map(fields);
    }

    private static Node misconception(Misconception misconception) {
        Map<String, Node> fields = new LinkedHashMap<>();
        fields.put("id", YamlOut.text(misconception.id()));
        fields.put("label", YamlOut.text(misconception.label()));
        fields.put("penalty", YamlOut.number(misconception.penalty()));
        putAbout(fields, misconception.about());
        putList(fields, "expressions", misconception.expressions());
        putList(fields, "exemplars", misconception.exemplars());
        return YamlOut.map(fields);
    }

    private static void putAbout(Map<String, Node> fields, String about) {
        if (!about.isEmpty()) {
            fields.put("about", YamlOut.text(about));
        }
    }

    /** Explaining expressions first, then each naming one as {@code name: ...}. */
    private static void putExpressions(Map<String, Node> fields, Criterion criterion) {
        if (criterion.naming().isEmpty()) {
            putList(fields, "expressions", criterion.expressions());
            return;
        }
        List<Node> items = new ArrayList<>();
        criterion.expressions().forEach(e -> items.add(YamlOut.text(e)));
        criterion.naming().forEach(n -> items.add(YamlOut.map(Map.of(Expressions.NAMING, YamlOut.text(n)))));
        fields.put("expressions", YamlOut.nodes(items));
    }

    private static void putList(Map<String, Node> fields, String key, List<String> values) {
        if (!values.isEmpty()) {
            fields.put(key, YamlOut.blockList(new ArrayList<>(values)));
        }
    }
}
