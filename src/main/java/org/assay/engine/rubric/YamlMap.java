package org.assay.engine.rubric;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed, problem-reporting access to the fields of one YAML map. Every read that finds something wrong reports it
 * (with the line and the owner, such as {@code criterion "mechanism"}) and returns empty, so a caller can go on and
 * find the next problem.
 */
final class YamlMap {

    /** Whether a field must be present. */
    enum Need { REQUIRED, OPTIONAL }

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final int QUOTE_LIMIT = 40;

    private final MappingNode node;
    private final Problems problems;
    private final String owner;
    private final Map<String, NodeTuple> fields;

    private YamlMap(MappingNode node, Problems problems, String owner) {
        this.node = node;
        this.problems = problems;
        this.owner = owner;
        this.fields = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && !isNull(key) && !key.getValue().isBlank()) {
                fields.putIfAbsent(key.getValue(), tuple);
            }
        }
    }

    /**
     * Wraps a node that should be a map; reports {@code whatItMustBe} (such as "each criterion must be a map of
     * fields") when it is not.
     */
    static Optional<YamlMap> of(Node node, String whatItMustBe, Problems problems) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(mapping, problems, ""));
        }
        problems.at(node, whatItMustBe + ", but it is " + describe(node));
        return Optional.empty();
    }

    /**
     * Names the map in later messages and reports field names that are not plain text, appear twice or are not
     * among {@code allowed}.
     */
    YamlMap check(String newOwner, List<String> allowed) {
        return check(newOwner, allowed, List.of());
    }

    /**
     * As {@link #check(String, List)}, also accepting {@code alsoAllowed}: fields of an optional part of the format,
     * suggested for a near miss but not listed with the usual ones.
     */
    YamlMap check(String newOwner, List<String> allowed, List<String> alsoAllowed) {
        YamlMap named = named(newOwner);
        List<String> known = new ArrayList<>(allowed);
        known.addAll(alsoAllowed);
        for (String name : fields.keySet()) {
            if (!known.contains(name)) {
                problems.at(fields.get(name).getKeyNode(), named.prefix() + unknownField(name, known, allowed));
            }
        }
        return named;
    }

    /** Names the map in later messages and reports field names that are not plain text or appear twice. */
    YamlMap named(String newOwner) {
        YamlMap named = new YamlMap(node, problems, newOwner);
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode key) || isNull(keyNode) || key.getValue().isBlank()) {
                problems.at(keyNode, named.prefix() + "a field name must be plain text, but it is "
                        + describe(keyNode));
                continue;
            }
            Integer firstLine = seen.putIfAbsent(key.getValue(), Problems.lineOf(keyNode));
            if (firstLine != null) {
                problems.at(keyNode, named.prefix() + "\"" + key.getValue() + "\" appears twice (first on line "
                        + firstLine + ")");
            }
        }
        return named;
    }

    /** The distinct field names, in file order. */
    List<String> names() {
        return List.copyOf(fields.keySet());
    }

    private static String unknownField(String name, List<String> known, List<String> listed) {
        String suggestion = Suggestions.nearest(name, known).map(s -> "; did you mean \"" + s + "\"?").orElse(".");
        return "unknown field \"" + name + "\"" + suggestion + " Allowed fields: " + String.join(", ", listed);
    }

    /** The text of a field without reporting anything, for naming the map before it is checked. */
    Optional<String> peekText(String key) {
        return value(key).filter(v -> v instanceof ScalarNode && !isNull(v))
                .map(v -> ((ScalarNode) v).getValue().strip())
                .filter(s -> !s.isEmpty());
    }

    String owner() {
        return owner;
    }

    /** Line of the map itself. */
    int line() {
        return Problems.lineOf(node);
    }

    /** Line of a field's name, or of the map when the field is absent. */
    int lineOf(String key) {
        NodeTuple tuple = fields.get(key);
        return tuple == null ? line() : Problems.lineOf(tuple.getKeyNode());
    }

    boolean has(String key) {
        return fields.containsKey(key);
    }

    Optional<Node> value(String key) {
        return Optional.ofNullable(fields.get(key)).map(NodeTuple::getValueNode);
    }

    /**
     * Line of a field's value, where an author fixes it: the first item of a list below its name, the name's line
     * for a value on the same line or an empty value, the map's line when the field is absent.
     */
    int valueLineOf(String key) {
        NodeTuple tuple = fields.get(key);
        if (tuple == null) {
            return line();
        }
        Node value = tuple.getValueNode();
        return isNull(value) ? Problems.lineOf(tuple.getKeyNode()) : Problems.lineOf(value);
    }

    /** Reports a problem about one field, on the line of its value. */
    void problem(String key, String message) {
        problems.add(valueLineOf(key), prefix() + message);
    }

    /** Reports a problem about the whole map, on its first line. */
    void problem(String message) {
        problems.add(line(), prefix() + message);
    }

    void problemAt(Node at, String message) {
        problems.at(at, prefix() + message);
    }

    /** A text field, stripped of surrounding white space. An optional field that is present but empty gives "". */
    Optional<String> text(String key, Need need) {
        Optional<Node> value = present(key, need);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Node v = value.get();
        if (!(v instanceof ScalarNode scalar)) {
            problemAt(v, "\"" + key + "\" must be text, but it is " + describe(v));
            return Optional.empty();
        }
        String text = isNull(v) ? "" : scalar.getValue().strip();
        if (text.isEmpty() && need == Need.REQUIRED) {
            problemAt(v, "\"" + key + "\" is empty");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** A finite number. */
    OptionalDouble number(String key, Need need) {
        Optional<Node> value = present(key, need);
        if (value.isEmpty()) {
            return OptionalDouble.empty();
        }
        Node v = value.get();
        if (v instanceof ScalarNode scalar && !isNull(v)) {
            String text = scalar.getValue().strip().replace("_", "");
            if (NUMBER.matcher(text).matches()) {
                double number = Double.parseDouble(text);
                if (Double.isFinite(number)) {
                    return OptionalDouble.of(number);
                }
            }
        }
        problemAt(v, "\"" + key + "\" must be a number, but it is " + describe(v));
        return OptionalDouble.empty();
    }

    /** A whole number. */
    OptionalInt wholeNumber(String key, Need need) {
        OptionalDouble number = number(key, need);
        if (number.isEmpty()) {
            return OptionalInt.empty();
        }
        double n = number.getAsDouble();
        if (n != Math.rint(n) || Math.abs(n) > Integer.MAX_VALUE) {
            problem(key, "\"" + key + "\" must be a whole number, but it is " + Decimals.format(n));
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) n);
    }

    /** A number that must be greater than zero. */
    OptionalDouble positive(String key, Need need) {
        OptionalDouble number = number(key, need);
        if (number.isPresent() && number.getAsDouble() <= 0) {
            problem(key, "\"" + key + "\" must be greater than 0, but it is " + Decimals.format(number.getAsDouble()));
            return OptionalDouble.empty();
        }
        return number;
    }

    /** The items of a list field; an empty value ({@code key:} with nothing after it) is an empty list. */
    Optional<List<Node>> list(String key, Need need) {
        Optional<Node> value = present(key, need);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Node v = value.get();
        if (isNull(v)) {
            return Optional.of(List.of());
        }
        if (!(v instanceof SequenceNode sequence)) {
            problemAt(v, "\"" + key + "\" must be a list, but it is " + describe(v));
            return Optional.empty();
        }
        return Optional.of(sequence.getValue());
    }

    /** An optional list of non-empty texts; empty or malformed items are reported and left out. */
    List<String> texts(String key) {
        List<String> texts = new ArrayList<>();
        List<Node> items = list(key, Need.OPTIONAL).orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            textItem(key, i, items.get(i)).ifPresent(texts::add);
        }
        return texts;
    }

    /** One item of a list of texts, reported when it is not non-empty text. */
    Optional<String> textItem(String key, int index, Node item) {
        String where = "item " + (index + 1) + " of \"" + key + "\"";
        if (!(item instanceof ScalarNode scalar)) {
            problemAt(item, where + " must be text, but it is " + describe(item));
            return Optional.empty();
        }
        String text = isNull(item) ? "" : scalar.getValue().strip();
        if (Expressions.words(text).isEmpty()) {
            problemAt(item, where + " is empty");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    private Optional<Node> present(String key, Need need) {
        Optional<Node> value = value(key);
        if (value.isEmpty() && need == Need.REQUIRED) {
            problem("the required field \"" + key + "\" is missing");
        }
        return value;
    }

    private String prefix() {
        return owner.isEmpty() ? "" : owner + ": ";
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    /** A short description of a node for messages: its value in quotes, "a list", "a map" or "empty". */
    static String describe(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a map";
        }
        if (isNull(node)) {
            return "empty";
        }
        String value = ((ScalarNode) node).getValue().strip();
        if (value.length() > QUOTE_LIMIT) {
            value = value.substring(0, QUOTE_LIMIT) + "…";
        }
        return "\"" + value + "\"";
    }
}
