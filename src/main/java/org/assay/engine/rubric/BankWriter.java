package org.assay.engine.rubric;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.nodes.Node;

/**
 * Writes a bank in the layout {@link BankLoader} reads, so that an export imports back to the same bank, rubrics
 * and examples. Stateless and thread-safe.
 */
public final class BankWriter {

    private BankWriter() {
    }

    /**
     * Writes a whole bank.
     *
     * @param bank the bank; its question ids must be the rubrics' ids, in the same order
     * @param rubrics one valid rubric per question
     * @param examples graded examples per question id; questions without examples get no examples file
     * @return file name to content: {@code bank.yaml}, then per question {@code <qid>.yaml} and
     *         {@code <qid>.examples.yaml}
     * @throws IllegalArgumentException if the rubrics do not match the bank's questions
     */
    public static Map<String, String> write(Bank bank, List<Rubric> rubrics,
            Map<String, List<GradedExample>> examples) {
        List<String> rubricIds = rubrics.stream().map(Rubric::id).toList();
        if (!rubricIds.equals(bank.questionIds())) {
            throw new IllegalArgumentException("the rubrics " + rubricIds + " do not match the bank's questions "
                    + bank.questionIds());
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put(BankLoader.BANK_FILE, bankYaml(bank));
        for (Rubric rubric : rubrics) {
            files.put(rubric.id() + BankLoader.RUBRIC_SUFFIX, RubricWriter.toYaml(rubric));
            List<GradedExample> list = examples.getOrDefault(rubric.id(), List.of());
            if (!list.isEmpty()) {
                files.put(rubric.id() + BankLoader.EXAMPLES_SUFFIX, examplesYaml(list, rubric.points()));
            }
        }
        return files;
    }

    /** Writes the content of bank.yaml. */
    public static String bankYaml(Bank bank) {
        Map<String, Node> fields = new LinkedHashMap<>();
        fields.put("id", YamlOut.text(bank.id()));
        fields.put("title", YamlOut.text(bank.title()));
        if (!bank.description().isEmpty()) {
            fields.put("description", YamlOut.text(bank.description()));
        }
        fields.put("time_limit_minutes", YamlOut.number(bank.timeLimitMinutes()));
        fields.put("questions", YamlOut.flowList(bank.questionIds()));
        return YamlOut.write(YamlOut.map(fields));
    }

    /**
     * Writes an examples file. The tolerance is left out where it is the default for {@code points}.
     *
     * @param examples the examples, in order; their file and line are not written
     * @param points the points of the question they belong to
     */
    public static String examplesYaml(List<GradedExample> examples, double points) {
        List<Node> items = examples.stream().map(example -> {
            Map<String, Node> fields = new LinkedHashMap<>();
            fields.put("kind", YamlOut.text(example.kind().yamlName()));
            fields.put("answer", YamlOut.text(example.answer()));
            fields.put("score", YamlOut.number(example.score()));
            if (example.tolerance() != GradedExample.defaultTolerance(points)) {
                fields.put("tolerance", YamlOut.number(example.tolerance()));
            }
            if (!example.flags().isEmpty()) {
                fields.put("flags", YamlOut.flowList(example.flags().stream().map(Enum::name).toList()));
            }
            return YamlOut.map(fields);
        }).toList();
        return YamlOut.write(YamlOut.nodes(items));
    }
}
