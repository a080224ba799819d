package org.assay.rubric.editor;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import org.assay.engine.rubric.Criterion;
import org.assay.engine.rubric.Entity;
import org.assay.engine.rubric.Expressions;
import org.assay.engine.rubric.Misconception;
import org.assay.engine.rubric.Rubric;
import org.assay.engine.rubric.RubricProblem;
import org.assay.engine.rubric.RubricWriter;
import org.assay.rubric.FormNumbers;
import org.assay.rubric.RubricCheck;
import org.assay.web.FormErrors;

/**
 * The editor's form turned into a rubric: form to {@link Rubric}, written as YAML by the engine's writer, then parsed
 * back by the engine's parser so the editor applies exactly the rules a saved file must meet. Each problem the parser
 * reports against a line of the YAML is placed at the form field that line came from.
 *
 * @param yaml the rubric as YAML, also when it has problems
 * @param rubric the rubric, present only when the draft is valid
 * @param errors messages by form field name (or section: {@code criteria}, {@code rubric} for the whole)
 */
public record Draft(String yaml, Optional<Rubric> rubric, FormErrors errors) {

    private static final String SUM_PROBLEM = "criteria points add up to";

    /** Key of problems that belong to no field. */
    public static final String WHOLE = "rubric";

    public boolean valid() {
        return rubric.isPresent();
    }

    /** The same draft with more messages, for problems found outside the rubric (a note too long, a conflict). */
    public Draft withErrors(FormErrors more) {
        var messages = new LinkedHashMap<>(errors.messages());
        more.messages().forEach((field, message) -> messages.merge(field, message, (a, b) -> a + " " + b));
        return new Draft(yaml, rubric, new FormErrors(messages));
    }

    public Draft withError(String field, String message) {
        return withErrors(new FormErrors(Map.of(field, message)));
    }

    /** Checks a form as the rubric of its question. */
    public static Draft of(RubricForm form, RubricCheck check) {
        return new Builder(form).build(check);
    }

    private static final class Builder {

        private final RubricForm form;
        private final Map<String, List<String>> errors = new LinkedHashMap<>();
        private final List<Integer> criterionRows = new ArrayList<>();
        private final List<Integer> misconceptionRows = new ArrayList<>();
        private final Map<String, Integer> termRows = new HashMap<>();

        Builder(RubricForm form) {
            this.form = form;
        }

        Draft build(RubricCheck check) {
            var rubric = new Rubric(form.id(), form.title().strip(), form.prompt().strip(),
                    number(form.points(), "points", "the question's points"), form.modelAnswer().strip(),
                    criteria(), misconceptions(), synonyms(), entities());
            var yaml = RubricWriter.toYaml(rubric);
            var result = check.check(form.id(), yaml);
            var fieldAt = fieldsByLine(yaml);
            var typedWrong = Map.copyOf(errors);
            for (RubricProblem problem : result.problems()) {
                var entry = problem.line() > 0 ? fieldAt.floorEntry(problem.line()) : null;
                var field = entry == null ? WHOLE : entry.getValue();
                if (!typedWrong.containsKey(field)) {
                    add(field, sentence(problem.message()));
                }
                // The sum is reported at the question's points; the criteria it adds up are where it is fixed too
                if (field.equals("points") && problem.message().contains(SUM_PROBLEM)) {
                    add(RubricForm.CRITERIA, sentence(problem.message()));
                }
            }
            var messages = new LinkedHashMap<String, String>();
            errors.forEach((field, list) -> messages.put(field, String.join(" ", list)));
            var valid = result.isValid() && errors.isEmpty();
            return new Draft(yaml, valid ? result.rubric() : Optional.empty(), new FormErrors(messages));
        }

        private List<Criterion> criteria() {
            var out = new ArrayList<Criterion>();
            for (var row : form.criteria()) {
                if (row.blank()) {
                    continue;
                }
                var keywords = RubricForm.commaList(row.keywords());
                int min = row.minKeywords().isBlank() ? Math.min(2, keywords.size())
                        : whole(row.minKeywords(), row.name("minKeywords"), Math.min(2, keywords.size()));
                var lines = RubricForm.lines(row.expressions());
                var naming = lines.stream().map(Expressions::namingPhrase).filter(p -> p != null && !p.isEmpty())
                        .toList();
                var explaining = lines.stream().filter(l -> Expressions.namingPhrase(l) == null).toList();
                out.add(new Criterion(row.id().strip(), row.label().strip(),
                        number(row.points(), row.name("points"), "the criterion's points"),
                        explaining, keywords, min, RubricForm.lines(row.exemplars()), row.about().strip(),
                        naming));
                criterionRows.add(row.index());
            }
            return out;
        }

        private List<Misconception> misconceptions() {
            var out = new ArrayList<Misconception>();
            for (var row : form.misconceptions()) {
                if (row.blank()) {
                    continue;
                }
                out.add(new Misconception(row.id().strip(), row.label().strip(),
                        number(row.penalty(), row.name("penalty"), "the penalty"),
                        RubricForm.lines(row.expressions()), RubricForm.lines(row.exemplars()), row.about().strip()));
                misconceptionRows.add(row.index());
            }
            return out;
        }

        /** One entity a line, "id: name, name"; the parser checks ids and names. */
        private List<Entity> entities() {
            var out = new ArrayList<Entity>();
            for (var line : RubricForm.lines(form.entities())) {
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    add("entities", "Write each entity on its own line as \"id: name, name\", such as \"dpo: DPO, "
                            + "direct preference optimization\".");
                    continue;
                }
                out.add(new Entity(line.substring(0, colon).strip(),
                        RubricForm.commaList(line.substring(colon + 1))));
            }
            return out;
        }

        private Map<String, List<String>> synonyms() {
            var out = new LinkedHashMap<String, List<String>>();
            for (var row : form.synonyms()) {
                if (row.blank()) {
                    continue;
                }
                var term = row.term().strip();
                if (term.isEmpty()) {
                    add(row.name("term"), "Give the term these phrases stand for.");
                } else if (termRows.putIfAbsent(term, row.index()) != null) {
                    add(row.name("term"), "\"" + term + "\" is listed twice; put all its phrases in one row.");
                } else {
                    out.put(term, RubricForm.commaList(row.phrases()));
                }
            }
            return out;
        }

        private double number(String typed, String field, String what) {
            var value = FormNumbers.decimal(typed);
            if (value.isEmpty()) {
                add(field, "Enter " + what + " as a number, such as 2 or 2.5.");
                return 0;
            }
            return value.getAsDouble();
        }

        private int whole(String typed, String field, int fallback) {
            var value = FormNumbers.whole(typed);
            if (value.isEmpty()) {
                add(field, "Enter a whole number, or leave it empty for the default.");
                return fallback;
            }
            return value.getAsInt();
        }

        private void add(String field, String message) {
            errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
        }

        /** The form field each line of the written YAML came from: the nearest key at or above the line. */
        private TreeMap<Integer, String> fieldsByLine(String yaml) {
            var fields = new TreeMap<Integer, String>();
            Node root = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
            if (!(root instanceof MappingNode top)) {
                return fields;
            }
            for (NodeTuple tuple : top.getValue()) {
                var key = ((ScalarNode) tuple.getKeyNode()).getValue();
                fields.put(line(tuple.getKeyNode()), topField(key));
                switch (key) {
                    case "criteria" -> rows(tuple.getValueNode(), criterionRows, RubricForm.CRITERIA, fields);
                    case "misconceptions" -> rows(tuple.getValueNode(), misconceptionRows, RubricForm.MISCONCEPTIONS,
                            fields);
                    case "synonyms" -> terms(tuple.getValueNode(), fields);
                    default -> {
                    }
                }
            }
            return fields;
        }

        private static void rows(Node list, List<Integer> formRows, String section, Map<Integer, String> fields) {
            if (!(list instanceof SequenceNode sequence)) {
                return;
            }
            for (int i = 0; i < sequence.getValue().size() && i < formRows.size(); i++) {
                if (sequence.getValue().get(i) instanceof MappingNode item) {
                    var prefix = section + "-" + formRows.get(i);
                    for (NodeTuple tuple : item.getValue()) {
                        var key = ((ScalarNode) tuple.getKeyNode()).getValue();
                        fields.put(line(tuple.getKeyNode()), key.equals("id") ? prefix : prefix + "-" + camel(key));
                    }
                }
            }
        }

        private void terms(Node map, Map<Integer, String> fields) {
            if (map instanceof MappingNode terms) {
                for (NodeTuple tuple : terms.getValue()) {
                    var row = termRows.get(((ScalarNode) tuple.getKeyNode()).getValue());
                    if (row != null) {
                        fields.put(line(tuple.getKeyNode()), RubricForm.SYNONYMS + "-" + row + "-phrases");
                    }
                }
            }
        }

        private static String topField(String key) {
            return key.equals("id") ? WHOLE : camel(key);
        }

        private static String camel(String key) {
            var parts = key.split("_");
            var out = new StringBuilder(parts[0]);
            for (int i = 1; i < parts.length; i++) {
                out.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
            }
            return out.toString();
        }

        private static int line(Node node) {
            return node.getStartMark().getLine() + 1;
        }

        private static String sentence(String message) {
            var text = message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
            return text.endsWith(".") ? text : text + ".";
        }
    }
}
