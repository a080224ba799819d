package org.assay.engine.rubric;

import static org.assay.engine.rubric.YamlMap.Need.OPTIONAL;
import static org.assay.engine.rubric.YamlMap.Need.REQUIRED;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the rubric YAML format described in docs/grading.md. Thread-safe; never throws on bad input: every problem
 * found comes back in the {@link ParseResult} with its line.
 */
public final class RubricParser {

    /** Default largest rubric file, in characters. */
    public static final int DEFAULT_MAX_CHARS = 200_000;

    static final List<String> RUBRIC_FIELDS =
            List.of("id", "title", "prompt", "points", "model_answer", "criteria", "misconceptions", "synonyms");
    static final List<String> CRITERION_FIELDS =
            List.of("id", "label", "points", "expressions", "keywords", "min_keywords", "exemplars");
    static final List<String> MISCONCEPTION_FIELDS = List.of("id", "label", "penalty", "expressions", "exemplars");
    /** Fields of the optional entity binding: accepted beside the usual ones, which the messages list. */
    static final List<String> RUBRIC_ENTITY_FIELDS = List.of("entities");
    static final List<String> BINDING_FIELDS = List.of("about");

    /** Ids of questions, criteria and misconceptions: safe in file names, URLs and JSON keys. */
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    static final String ID_RULE = "use lower-case letters, digits, '-' and '_', starting with a letter or digit";

    /** Most entities a rubric may declare; a question compares a handful. */
    static final int MAX_ENTITIES = 20;

    /** How far the criteria points may be from the question's points, for decimals such as 3.33. */
    static final double POINTS_TOLERANCE = 0.001;

    private final int maxChars;

    /** A parser with the default size limit of {@value #DEFAULT_MAX_CHARS} characters. */
    public RubricParser() {
        this(DEFAULT_MAX_CHARS);
    }

    /**
     * @param maxChars largest file accepted, in characters; longer files are reported, not read
     * @throws IllegalArgumentException if maxChars is not positive
     */
    public RubricParser(int maxChars) {
        if (maxChars <= 0) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
        this.maxChars = maxChars;
    }

    /** Largest file accepted, in characters. */
    public int maxChars() {
        return maxChars;
    }

    /**
     * Parses one rubric.
     *
     * @param file the name to report problems against
     * @param yaml the file's content
     * @return the rubric, or every problem found with its line
     * @throws IllegalArgumentException if file or yaml is null
     */
    public ParseResult parse(String file, String yaml) {
        return parse(file, yaml, Optional.empty());
    }

    /** Parses a rubric whose id must be {@code expectedId}, as in a bank where the file is named after the id. */
    ParseResult parse(String file, String yaml, Optional<String> expectedId) {
        if (file == null || yaml == null) {
            throw new IllegalArgumentException("file and yaml must not be null");
        }
        Problems problems = new Problems(file);
        Optional<Node> root = YamlDocument.compose(yaml, maxChars, problems);
        if (root.isEmpty() && problems.isEmpty()) {
            problems.add(1, "the file is empty; a rubric starts with a line such as \"id: q01\"");
        }
        Optional<Rubric> rubric = root
                .flatMap(node -> YamlMap.of(node,
                        "the top level of a rubric must be a map of fields such as \"id: q01\"", problems))
                .flatMap(map -> new Reading(map.check("", RUBRIC_FIELDS, RUBRIC_ENTITY_FIELDS), problems)
                        .rubric(expectedId));
        if (problems.isEmpty()) {
            return new ParseResult(rubric, List.of());
        }
        return new ParseResult(Optional.empty(), problems.inFileOrder());
    }

    /** One parse of one file. */
    private static final class Reading {

        private final YamlMap top;
        private final Problems problems;
        private List<Entity> entities = List.of();

        Reading(YamlMap top, Problems problems) {
            this.top = top;
            this.problems = problems;
        }

        Optional<Rubric> rubric(Optional<String> expectedId) {
            Optional<String> id = id(top);
            if (id.isPresent() && expectedId.isPresent() && !id.get().equals(expectedId.get())) {
                top.problem("id", "the id is \"" + id.get() + "\", but the file is named for \"" + expectedId.get()
                        + "\"; the id must match the file name");
            }
            Optional<String> title = top.text("title", REQUIRED);
            Optional<String> prompt = top.text("prompt", REQUIRED);
            OptionalDouble points = top.positive("points", REQUIRED);
            Optional<String> modelAnswer = top.text("model_answer", REQUIRED);
            entities = entities();
            Optional<List<Criterion>> criteria = criteria(points);
            List<Misconception> misconceptions = misconceptions(points);
            Map<String, List<String>> synonyms = synonyms();
            if (!problems.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Rubric(id.orElseThrow(), title.orElseThrow(), prompt.orElseThrow(),
                    points.orElseThrow(), modelAnswer.orElseThrow(), criteria.orElseThrow(), misconceptions,
                    synonyms, entities));
        }

        private static Optional<String> id(YamlMap map) {
            Optional<String> id = map.text("id", REQUIRED);
            if (id.isPresent() && !ID.matcher(id.get()).matches()) {
                map.problem("id", "the id \"" + id.get() + "\" is not valid: " + ID_RULE);
                return Optional.empty();
            }
            return id;
        }

        /** The criteria, or empty when any of them has a problem. */
        private Optional<List<Criterion>> criteria(OptionalDouble questionPoints) {
            Optional<List<Node>> items = top.list("criteria", REQUIRED);
            if (items.isEmpty()) {
                return Optional.empty();
            }
            if (items.get().isEmpty()) {
                top.problem("criteria", "a rubric needs at least one criterion");
                return Optional.empty();
            }
            List<Criterion> criteria = new ArrayList<>();
            Map<String, Integer> idLines = new HashMap<>();
            for (int i = 0; i < items.get().size(); i++) {
                YamlMap.of(items.get().get(i), "each criterion must be a map of fields such as \"id: ...\"", problems)
                        .flatMap(map -> criterion(map, criteria.size() + 1, idLines))
                        .ifPresent(criteria::add);
            }
            if (criteria.size() < items.get().size()) {
                return Optional.empty();
            }
            double sum = criteria.stream().mapToDouble(Criterion::points).sum();
            if (questionPoints.isPresent() && Math.abs(sum - questionPoints.getAsDouble()) > POINTS_TOLERANCE) {
                // Reported at the question's points: the one number that has to agree with all the others
                top.problem(top.has("points") ? "points" : "criteria", "the criteria points add up to "
                        + Decimals.format(round(sum))
                        + ", but the question is worth " + Decimals.format(questionPoints.getAsDouble())
                        + " points; they must be equal");
            }
            return Optional.of(criteria);
        }

        private Optional<Criterion> criterion(YamlMap unnamed, int position, Map<String, Integer> idLines) {
            String owner = "criterion " + unnamed.peekText("id").map(id -> "\"" + id + "\"").orElse("" + position);
            YamlMap map = unnamed.check(owner, CRITERION_FIELDS, BINDING_FIELDS);
            Optional<String> id = uniqueId(map, idLines, "criterion");
            Optional<String> label = map.text("label", REQUIRED);
            OptionalDouble points = map.positive("points", REQUIRED);
            String about = about(map);
            List<String> expressions = new ArrayList<>();
            List<String> naming = new ArrayList<>();
            boolean expressionsValid = expressions(map, expressions, naming);
            List<String> keywords = map.texts("keywords");
            List<String> exemplars = map.texts("exemplars");
            OptionalInt minKeywords = minKeywords(map, keywords.size());
            if (expressions.isEmpty() && naming.isEmpty() && keywords.isEmpty() && exemplars.isEmpty()) {
                map.problem("has no expressions, keywords or exemplars, so no answer could ever meet it");
            }
            if (id.isEmpty() || label.isEmpty() || points.isEmpty() || minKeywords.isEmpty() || !expressionsValid) {
                return Optional.empty();
            }
            return Optional.of(new Criterion(id.get(), label.get(), points.getAsDouble(), expressions, keywords,
                    minKeywords.getAsInt(), exemplars, about, naming));
        }

        /**
         * A criterion's expressions: a text explains the concept and earns all the points; an item {@code name: ...}
         * only names it and earns part of them. A criterion that can only be named could never be explained, so it
         * needs an explaining expression too.
         *
         * @return false when an item is neither
         */
        private static boolean expressions(YamlMap map, List<String> explaining, List<String> naming) {
            List<Node> items = map.list("expressions", OPTIONAL).orElse(List.of());
            boolean valid = true;
            for (int i = 0; i < items.size(); i++) {
                Node item = items.get(i);
                if (!(item instanceof MappingNode pair)) {
                    map.textItem("expressions", i, item).ifPresent(explaining::add);
                    continue;
                }
                String where = "item " + (i + 1) + " of \"expressions\"";
                if (pair.getValue().size() != 1 || !(pair.getValue().get(0).getKeyNode() instanceof ScalarNode key)
                        || !Expressions.NAMING.equals(key.getValue())) {
                    map.problemAt(item, where + " must be a phrase, or \"" + Expressions.NAMING
                            + ": \" and a phrase that only names the concept");
                    valid = false;
                    continue;
                }
                Node value = pair.getValue().get(0).getValueNode();
                Optional<String> phrase = map.textItem("expressions", i, value);
                phrase.ifPresent(naming::add);
                valid &= phrase.isPresent();
            }
            if (!naming.isEmpty() && explaining.isEmpty() && valid) {
                map.problem("expressions", "every expression only names the concept (\"" + Expressions.NAMING
                        + ": ...\"); add at least one that explains it, or the criterion could never earn all its "
                        + "points");
                valid = false;
            }
            return valid;
        }

        private static OptionalInt minKeywords(YamlMap map, int keywordCount) {
            if (!map.has("min_keywords")) {
                return OptionalInt.of(Math.min(2, keywordCount));
            }
            OptionalInt value = map.wholeNumber("min_keywords", OPTIONAL);
            if (value.isEmpty()) {
                return value;
            }
            int n = value.getAsInt();
            if (keywordCount == 0) {
                map.problem("min_keywords", "\"min_keywords\" is set, but the criterion has no keywords");
                return OptionalInt.empty();
            }
            if (n < 1 || n > keywordCount) {
                map.problem("min_keywords", "\"min_keywords\" is " + n + ", but it must be between 1 and "
                        + keywordCount + ", the number of keywords");
                return OptionalInt.empty();
            }
            return value;
        }

        private List<Misconception> misconceptions(OptionalDouble questionPoints) {
            List<Node> items = top.list("misconceptions", OPTIONAL).orElse(List.of());
            List<Misconception> misconceptions = new ArrayList<>();
            Map<String, Integer> idLines = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                int position = i + 1;
                YamlMap.of(items.get(i), "each misconception must be a map of fields such as \"id: ...\"", problems)
                        .flatMap(map -> misconception(map, position, idLines, questionPoints))
                        .ifPresent(misconceptions::add);
            }
            return misconceptions;
        }

        private Optional<Misconception> misconception(
                YamlMap unnamed, int position, Map<String, Integer> idLines, OptionalDouble questionPoints) {
            String owner = "misconception "
                    + unnamed.peekText("id").map(id -> "\"" + id + "\"").orElse("" + position);
            YamlMap map = unnamed.check(owner, MISCONCEPTION_FIELDS, BINDING_FIELDS);
            Optional<String> id = uniqueId(map, idLines, "misconception");
            Optional<String> label = map.text("label", REQUIRED);
            OptionalDouble penalty = map.positive("penalty", REQUIRED);
            if (penalty.isPresent() && questionPoints.isPresent()
                    && penalty.getAsDouble() > questionPoints.getAsDouble()) {
                map.problem("penalty", "\"penalty\" is " + Decimals.format(penalty.getAsDouble())
                        + ", but it may not be more than the question's "
                        + Decimals.format(questionPoints.getAsDouble()) + " points");
            }
            String about = about(map);
            List<String> expressions = map.texts("expressions");
            List<String> exemplars = map.texts("exemplars");
            if (expressions.isEmpty() && exemplars.isEmpty()) {
                map.problem("has no expressions or exemplars, so it could never be found in an answer");
            }
            if (id.isEmpty() || label.isEmpty() || penalty.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Misconception(id.get(), label.get(), penalty.getAsDouble(), expressions,
                    exemplars, about));
        }

        private static Optional<String> uniqueId(YamlMap map, Map<String, Integer> idLines, String kind) {
            Optional<String> id = id(map);
            if (id.isPresent()) {
                Integer first = idLines.putIfAbsent(id.get(), map.lineOf("id"));
                if (first != null) {
                    map.problem("id", "the id \"" + id.get() + "\" is already used by the " + kind + " on line "
                            + first + "; ids must be unique");
                    return Optional.empty();
                }
            }
            return id;
        }

        /**
         * The entities the question compares: a map from an id to the names an answer may use for it. A name given
         * to two entities is reported, since a mention of it could not say which one is meant.
         */
        private List<Entity> entities() {
            List<Entity> found = new ArrayList<>();
            Optional<YamlMap> map = optionalMap("entities", "an id to the names an answer may use for it, such as"
                    + " \"dpo: [dpo, direct preference optimization]\"");
            if (map.isEmpty()) {
                return found;
            }
            YamlMap ids = map.get();
            if (ids.names().size() > MAX_ENTITIES) {
                top.problem("entities", "there are " + ids.names().size() + " entities, but a rubric may declare at"
                        + " most " + MAX_ENTITIES);
            }
            Map<String, String> owners = new HashMap<>();
            for (String id : ids.names()) {
                if (!ID.matcher(id.strip()).matches()) {
                    ids.problem(id, "the entity id \"" + id + "\" is not valid: " + ID_RULE);
                    continue;
                }
                if (noItems(ids, id)) {
                    ids.problem(id, "entity \"" + id + "\" has no names; list how an answer names it, such as \""
                            + id + ": [" + id + "]\"");
                }
                List<String> names = ids.texts(id);
                for (String name : names) {
                    String key = nameKey(name);
                    String owner = owners.putIfAbsent(key, id);
                    if (owner != null) {
                        ids.problem(id, "the name \"" + name + "\" is given to entity \"" + owner
                                + (owner.equals(id) ? "\" twice" : "\" and to \"" + id + "\"")
                                + "; each name may belong to one entity only");
                    }
                }
                found.add(new Entity(id.strip(), names));
            }
            return found;
        }

        /** Names that differ only in case, hyphens or spaces are the same name to the matcher. */
        private static String nameKey(String name) {
            return name.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " ").strip();
        }

        /** The entity a criterion or misconception is bound to, "" when none; reported when it is not declared. */
        private String about(YamlMap map) {
            if (!map.has("about")) {
                return "";
            }
            Optional<String> about = map.text("about", OPTIONAL);
            if (about.isEmpty() || about.get().isEmpty()) {
                return "";
            }
            List<String> ids = entities.stream().map(Entity::id).toList();
            if (ids.contains(about.get())) {
                return about.get();
            }
            if (ids.isEmpty()) {
                map.problem("about", "\"about\" is \"" + about.get() + "\", but the rubric declares no entities;"
                        + " add them under \"entities\"");
            } else {
                String suggestion = Suggestions.nearest(about.get(), ids).map(s -> "; did you mean \"" + s + "\"?")
                        .orElse(".");
                map.problem("about", "\"about\" is \"" + about.get() + "\", which is not a declared entity"
                        + suggestion + " Declared entities: " + String.join(", ", ids));
            }
            return "";
        }

        private Map<String, List<String>> synonyms() {
            Map<String, List<String>> synonyms = new LinkedHashMap<>();
            Optional<YamlMap> map = optionalMap("synonyms", "a term to a list of phrases, such as"
                    + " \"llm: [large language model]\"");
            if (map.isEmpty()) {
                return synonyms;
            }
            YamlMap terms = map.get();
            for (String term : terms.names()) {
                if (noItems(terms, term)) {
                    terms.problem(term, "\"" + term + "\" has no phrases");
                }
                synonyms.put(term.strip(), terms.texts(term));
            }
            return synonyms;
        }

        /** An optional top-level map of names to lists, named for messages; empty when absent or not a map. */
        private Optional<YamlMap> optionalMap(String key, String fromWhat) {
            return top.value(key)
                    .filter(node -> !YamlMap.isNull(node))
                    .flatMap(node -> YamlMap.of(node, "\"" + key + "\" must be a map from " + fromWhat, problems))
                    .map(map -> map.named(key));
        }

        private static boolean noItems(YamlMap map, String key) {
            return map.value(key)
                    .map(v -> YamlMap.isNull(v) || v instanceof SequenceNode seq && seq.getValue().isEmpty())
                    .orElse(true);
        }

        private static double round(double value) {
            return Math.round(value / POINTS_TOLERANCE) * POINTS_TOLERANCE;
        }
    }
}
