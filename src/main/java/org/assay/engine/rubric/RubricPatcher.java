package org.assay.engine.rubric;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Writes a changed rubric into the text of the file it came from, touching only the values that changed. Comments,
 * blank lines, block styles ({@code >}, {@code |}), quoting, flow lists and the order of fields and items all stay as
 * the author wrote them; a changed value keeps its style; a new item takes the layout of its neighbours. Stateless
 * and thread-safe.
 *
 * <p>The result always means exactly the given rubric: when a part of the file cannot be edited in place, that part
 * (or, at worst, the whole file) is written as {@link RubricWriter} would.
 */
public final class RubricPatcher {

    private static final List<String> TOP_ORDER = List.of("id", "title", "prompt", "points", "model_answer",
            "entities", "criteria", "misconceptions", "synonyms");
    private static final List<String> CRITERION_ORDER = List.of("id", "label", "points", "about", "expressions",
            "keywords", "min_keywords", "exemplars");
    private static final List<String> MISCONCEPTION_ORDER = List.of("id", "label", "penalty", "about",
            "expressions", "exemplars");
    private static final int DEFAULT_WIDTH = 100;

    private RubricPatcher() {
    }

    /**
     * The rubric written into {@code original}'s text.
     *
     * @param original the saved file; when it does not parse, the rubric is written afresh
     * @param rubric the rubric to write, valid as {@link RubricParser} accepts it
     * @return text that parses to {@code rubric}; {@code original} itself when it already means {@code rubric}
     * @throws IllegalArgumentException if either is null
     */
    public static String patch(String original, Rubric rubric) {
        if (original == null || rubric == null) {
            throw new IllegalArgumentException("original and rubric must not be null");
        }
        var parser = new RubricParser(Math.max(RubricParser.DEFAULT_MAX_CHARS, original.length() + 1));
        var before = parser.parse("original", original).rubric();
        if (before.isEmpty() || original.contains("\r")) {
            return RubricWriter.toYaml(rubric);
        }
        var fingerprint = RubricWriter.fingerprint(rubric);
        if (RubricWriter.fingerprint(before.get()).equals(fingerprint)) {
            return original;
        }
        try {
            var patched = new Edit(original, before.get(), rubric).run();
            var check = parser.parse("patched", patched).rubric();
            if (check.isPresent() && RubricWriter.fingerprint(check.get()).equals(fingerprint)) {
                return patched;
            }
        } catch (RuntimeException e) {
            // An unexpected layout: fall through to the canonical form, which is always right
        }
        return RubricWriter.toYaml(rubric);
    }

    /** A layout the in-place edit does not handle; the enclosing part is rewritten instead. */
    private static final class Unpatchable extends RuntimeException {
        Unpatchable(String why) {
            super(why, null, false, false);
        }
    }

    private record Change(int start, int end, String text) {
    }

    /** One patch of one file: collects replacements by character range, then applies them from the end. */
    private static final class Edit {

        private final String text;
        private final Rubric before;
        private final Rubric after;
        private final List<Change> changes = new ArrayList<>();
        private final MappingNode top;
        private final MappingNode written;

        Edit(String text, Rubric before, Rubric after) {
            this.text = text;
            this.before = before;
            this.after = after;
            this.top = (MappingNode) new Yaml(new LoaderOptions()).compose(new StringReader(text));
            this.written = (MappingNode) RubricWriter.node(after);
        }

        String run() {
            scalar(top, "id", TOP_ORDER, before.id(), after.id(), false);
            scalar(top, "title", TOP_ORDER, before.title(), after.title(), false);
            scalar(top, "prompt", TOP_ORDER, before.prompt(), after.prompt(), false);
            scalar(top, "points", TOP_ORDER, Decimals.format(before.points()), Decimals.format(after.points()), true);
            scalar(top, "model_answer", TOP_ORDER, before.modelAnswer(), after.modelAnswer(), false);
            section("entities", () -> namedLists(top, "entities", names(before.entities()),
                    names(after.entities())));
            section("criteria", () -> items(top, "criteria", before.criteria(), after.criteria(), Criterion::id,
                    this::criterion));
            section("misconceptions", () -> items(top, "misconceptions", before.misconceptions(),
                    after.misconceptions(), Misconception::id, this::misconception));
            section("synonyms", () -> namedLists(top, "synonyms", before.synonyms(), after.synonyms()));
            return apply();
        }

        private static Map<String, List<String>> names(List<Entity> entities) {
            return entities.stream().collect(Collectors.toMap(Entity::id, Entity::names, (a, b) -> a,
                    LinkedHashMap::new));
        }

        /** Edits one top-level field in place, or rewrites it whole when its layout is not one this edits. */
        private void section(String key, Runnable edit) {
            int mark = changes.size();
            try {
                edit.run();
            } catch (Unpatchable e) {
                changes.subList(mark, changes.size()).clear();
                var tuple = tuple(top, key);
                var fresh = tuple(written, key);
                if (tuple == null || fresh == null) {
                    throw e;
                }
                int column = tuple.getKeyNode().getStartMark().getColumn();
                changes.add(new Change(lineStart(start(tuple.getKeyNode())), lineEnd(end(tuple)),
                        indent(render(YamlOut.map(Map.of(key, fresh.getValueNode()))), column)));
            }
        }

        private void criterion(MappingNode map, Criterion old, Criterion now) {
            scalar(map, "id", CRITERION_ORDER, old.id(), now.id(), false);
            scalar(map, "label", CRITERION_ORDER, old.label(), now.label(), false);
            scalar(map, "points", CRITERION_ORDER, Decimals.format(old.points()), Decimals.format(now.points()),
                    true);
            scalar(map, "about", CRITERION_ORDER, old.about(), now.about(), false);
            expressions(map, old, now);
            list(map, "keywords", CRITERION_ORDER, old.keywords(), now.keywords());
            // Without the field the parser's default applies, so it is written only when the default would be wrong
            boolean present = tuple(map, "min_keywords") != null;
            var fileMin = present ? "" + old.minKeywords()
                    : now.keywords().isEmpty() ? "" : "" + Math.min(2, now.keywords().size());
            var newMin = now.keywords().isEmpty() ? "" : "" + now.minKeywords();
            if (!fileMin.equals(newMin)) {
                scalar(map, "min_keywords", CRITERION_ORDER, present ? fileMin : "", newMin, true);
            }
            list(map, "exemplars", CRITERION_ORDER, old.exemplars(), now.exemplars());
        }

        private void misconception(MappingNode map, Misconception old, Misconception now) {
            scalar(map, "id", MISCONCEPTION_ORDER, old.id(), now.id(), false);
            scalar(map, "label", MISCONCEPTION_ORDER, old.label(), now.label(), false);
            scalar(map, "penalty", MISCONCEPTION_ORDER, Decimals.format(old.penalty()),
                    Decimals.format(now.penalty()), true);
            scalar(map, "about", MISCONCEPTION_ORDER, old.about(), now.about(), false);
            list(map, "expressions", MISCONCEPTION_ORDER, old.expressions(), now.expressions());
            list(map, "exemplars", MISCONCEPTION_ORDER, old.exemplars(), now.exemplars());
        }

        /** Explaining expressions and naming ones ({@code name: ...}) are aligned separately, keeping their mix. */
        private void expressions(MappingNode map, Criterion old, Criterion now) {
            if (old.expressions().equals(now.expressions()) && old.naming().equals(now.naming())) {
                return;
            }
            var tuple = tuple(map, "expressions");
            if (tuple == null || !(tuple.getValueNode() instanceof SequenceNode seq) || seq.getFlowStyle()
                    == DumperOptions.FlowStyle.FLOW) {
                var items = new ArrayList<Node>();
                now.expressions().forEach(e -> items.add(YamlOut.text(e)));
                now.naming().forEach(n -> items.add(YamlOut.map(Map.of(Expressions.NAMING, YamlOut.text(n)))));
                replaceField(map, "expressions", CRITERION_ORDER, items.isEmpty() ? null : YamlOut.nodes(items));
                return;
            }
            var explaining = seq.getValue().stream().filter(n -> n instanceof ScalarNode).toList();
            var naming = seq.getValue().stream().filter(n -> n instanceof MappingNode).toList();
            if (explaining.size() + naming.size() != seq.getValue().size()) {
                throw new Unpatchable("unexpected expression item");
            }
            var namingValues = naming.stream().map(n -> ((MappingNode) n).getValue().get(0).getValueNode())
                    .toList();
            if (now.expressions().isEmpty() && now.naming().isEmpty()) {
                replaceField(map, "expressions", CRITERION_ORDER, null);
                return;
            }
            alignItems(seq, explaining, explaining, old.expressions(), now.expressions(), YamlOut::text);
            alignItems(seq, naming, namingValues, old.naming(), now.naming(),
                    n -> YamlOut.map(Map.of(Expressions.NAMING, YamlOut.text(n))));
        }

        /** A list of texts: a flow list is written again on its line; a block list is edited item by item. */
        private void list(MappingNode map, String key, List<String> order, List<String> old, List<String> now) {
            if (old.equals(now)) {
                return;
            }
            var tuple = tuple(map, key);
            if (now.isEmpty() || tuple == null || !(tuple.getValueNode() instanceof SequenceNode seq)
                    || seq.getValue().isEmpty()) {
                replaceField(map, key, order, now.isEmpty() ? null
                        : key.equals("keywords") ? YamlOut.flowList(now) : YamlOut.blockList(now));
                return;
            }
            if (seq.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
                if (seq.getStartMark().getLine() != seq.getEndMark().getLine()) {
                    throw new Unpatchable("flow list over several lines");
                }
                changes.add(new Change(start(seq), end(seq), inline(YamlOut.flowList(now))));
                return;
            }
            alignItems(seq, seq.getValue(), seq.getValue(), old, now, YamlOut::text);
        }

        /**
         * Aligns old items with new ones (longest common subsequence): kept items stay, a removed item next to an
         * added one is replaced in place, other removals lose their lines, other additions get lines beside their
         * neighbours.
         *
         * @param items the sequence's items in this group, whose lines are removed or added
         * @param values the scalar of each item whose text is replaced in place
         */
        private void alignItems(SequenceNode seq, List<Node> items, List<Node> values, List<String> old,
                List<String> now, Function<String, Node> fresh) {
            if (items.size() != old.size()) {
                throw new Unpatchable("items do not match the parsed list");
            }
            int[][] lcs = lcs(old, now, Objects::equals);
            int i = 0;
            int j = 0;
            int anchor = items.isEmpty() ? lineEnd(end(seq)) : lineStart(itemStart(items.get(0)));
            while (i < old.size() || j < now.size()) {
                if (i < old.size() && j < now.size() && old.get(i).equals(now.get(j))) {
                    anchor = lineEnd(end(items.get(i)));
                    i++;
                    j++;
                } else if (i < old.size() && j < now.size() && lcs[i + 1][j] == lcs[i][j + 1]
                        && values.get(i) instanceof ScalarNode scalar) {
                    replaceScalar(scalar, now.get(j), false);
                    anchor = lineEnd(end(items.get(i)));
                    i++;
                    j++;
                } else if (j >= now.size() || i < old.size() && lcs[i + 1][j] >= lcs[i][j + 1]) {
                    changes.add(new Change(lineStart(itemStart(items.get(i))), lineEnd(end(items.get(i))), ""));
                    i++;
                } else {
                    var sibling = seq.getValue().get(0);
                    changes.add(new Change(anchor, anchor, indent(render(YamlOut.nodes(List.of(
                            fresh.apply(now.get(j))))), dashColumn(sibling))));
                    j++;
                }
            }
        }

        /** Criteria or misconceptions, aligned by id; a kept or renamed item is edited field by field. */
        private <T> void items(MappingNode map, String key, List<T> old, List<T> now, Function<T, String> id,
                FieldEdit<T> edit) {
            if (old.equals(now)) {
                return;
            }
            var tuple = tuple(map, key);
            if (now.isEmpty() || tuple == null || !(tuple.getValueNode() instanceof SequenceNode seq)
                    || seq.getValue().isEmpty() || seq.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
                replaceField(map, key, TOP_ORDER, now.isEmpty() ? null : tuple(written, key).getValueNode());
                return;
            }
            var nodes = seq.getValue();
            var freshItems = ((SequenceNode) tuple(written, key).getValueNode()).getValue();
            var oldIds = old.stream().map(id).toList();
            var newIds = now.stream().map(id).toList();
            int[][] lcs = lcs(oldIds, newIds, Objects::equals);
            int i = 0;
            int j = 0;
            int anchor = lineStart(itemStart(nodes.get(0)));
            while (i < old.size() || j < now.size()) {
                boolean same = i < old.size() && j < now.size() && oldIds.get(i).equals(newIds.get(j));
                if (same || i < old.size() && j < now.size() && lcs[i + 1][j] == lcs[i][j + 1]) {
                    edit.apply(mapping(nodes.get(i)), old.get(i), now.get(j));
                    anchor = lineEnd(end(nodes.get(i)));
                    i++;
                    j++;
                } else if (j >= now.size() || i < old.size() && lcs[i + 1][j] >= lcs[i][j + 1]) {
                    changes.add(new Change(lineStart(itemStart(nodes.get(i))), lineEnd(end(nodes.get(i))), ""));
                    i++;
                } else {
                    changes.add(new Change(anchor, anchor, indent(render(YamlOut.nodes(List.of(freshItems.get(j)))),
                            dashColumn(nodes.get(0)))));
                    j++;
                }
            }
        }

        /** Entities and synonyms: a map from a name to a list of texts. */
        private void namedLists(MappingNode map, String key, Map<String, List<String>> old,
                Map<String, List<String>> now) {
            if (old.equals(now)) {
                return;
            }
            var tuple = tuple(map, key);
            if (now.isEmpty() || tuple == null || !(tuple.getValueNode() instanceof MappingNode names)
                    || names.getValue().isEmpty() || names.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
                replaceField(map, key, TOP_ORDER, now.isEmpty() ? null : tuple(written, key).getValueNode());
                return;
            }
            var kept = now.keySet().stream().filter(old::containsKey).toList();
            if (!kept.equals(old.keySet().stream().filter(now::containsKey).toList())) {
                throw new Unpatchable("reordered");
            }
            var order = new ArrayList<>(old.keySet());
            for (var name : old.keySet()) {
                var entry = tupleStripped(names, name);
                if (entry == null) {
                    throw new Unpatchable("name not found");
                }
                if (!now.containsKey(name)) {
                    changes.add(new Change(lineStart(start(entry.getKeyNode())), lineEnd(end(entry)), ""));
                } else {
                    list(names, ((ScalarNode) entry.getKeyNode()).getValue(), order, old.get(name), now.get(name));
                }
            }
            int column = names.getValue().get(0).getKeyNode().getStartMark().getColumn();
            int at = lineEnd(end(names.getValue().get(names.getValue().size() - 1)));
            now.forEach((name, phrases) -> {
                if (!old.containsKey(name)) {
                    changes.add(new Change(at, at, indent(render(YamlOut.map(Map.of(name,
                            YamlOut.flowList(phrases)))), column)));
                }
            });
        }

        /** A text or number field: replaced in place, added after the field before it, or removed when empty. */
        private void scalar(MappingNode map, String key, List<String> order, String old, String now,
                boolean number) {
            if (old.equals(now)) {
                return;
            }
            var tuple = tuple(map, key);
            if (tuple != null && tuple.getValueNode() instanceof ScalarNode value && !now.isEmpty()
                    && !YamlMap.isNull(value)) {
                replaceScalar(value, now, number);
                return;
            }
            replaceField(map, key, order, now.isEmpty() ? null
                    : number ? YamlOut.number(Double.parseDouble(now)) : YamlOut.text(now));
        }

        /** Removes a field (value null), writes it again, or adds it after the nearest field before it. */
        private void replaceField(MappingNode map, String key, List<String> order, Node value) {
            var tuple = tuple(map, key);
            int column = map.getValue().get(0).getKeyNode().getStartMark().getColumn();
            String lines = value == null ? "" : indent(render(YamlOut.map(Map.of(key, value))), column);
            if (tuple != null) {
                int from = lineStart(start(tuple.getKeyNode()));
                if (from != start(tuple.getKeyNode()) - column) {
                    from = start(tuple.getKeyNode());
                    lines = lines.stripLeading();
                }
                changes.add(new Change(from, lineEnd(end(tuple)), lines));
                return;
            }
            if (value == null) {
                return;
            }
            NodeTuple before = null;
            for (var field : order.subList(0, order.indexOf(key))) {
                before = Optional.ofNullable(tuple(map, field)).orElse(before);
            }
            if (before == null) {
                throw new Unpatchable("no field to add after");
            }
            int at = lineEnd(end(before));
            changes.add(new Change(at, at, lines));
        }

        private void replaceScalar(ScalarNode node, String value, boolean number) {
            var style = node.getScalarStyle();
            if (style == ScalarStyle.FOLDED || style == ScalarStyle.LITERAL) {
                var chomp = node.getValue().endsWith("\n") ? "\n" : "";
                var block = new ScalarNode(Tag.STR, value + chomp, null, null, style);
                int contentColumn = blockIndent(node);
                var rendered = render(YamlOut.map(Map.of("k", block)), width(node));
                var body = rendered.substring(rendered.indexOf(':') + 2);
                int firstBreak = body.indexOf('\n');
                var header = body.substring(0, firstBreak + 1);
                var rest = indent(body.substring(firstBreak + 1), contentColumn - 2);
                if (!header.strip().equals(text.substring(start(node), text.indexOf('\n', start(node))).strip())) {
                    throw new Unpatchable("block header would change");
                }
                changes.add(new Change(start(node), lineEnd(end(node)), header + rest));
                return;
            }
            Node fresh = number ? YamlOut.number(Double.parseDouble(value))
                    : new ScalarNode(Tag.STR, value, null, null, style);
            var one = inline(fresh);
            if (one.contains("\n")) {
                throw new Unpatchable("value spans lines");
            }
            if (node.getStartMark().getLine() != node.getEndMark().getLine()) {
                throw new Unpatchable("old value spans lines");
            }
            changes.add(new Change(start(node), end(node), one));
        }

        private String apply() {
            changes.sort(Comparator.comparingInt(Change::start).thenComparingInt(Change::end));
            var out = new StringBuilder(text);
            int limit = Integer.MAX_VALUE;
            for (int k = changes.size() - 1; k >= 0; k--) {
                var change = changes.get(k);
                if (change.end() > limit) {
                    throw new Unpatchable("overlapping changes");
                }
                out.replace(change.start(), change.end(), change.text());
                limit = change.start();
            }
            return out.toString();
        }

        // --- positions ------------------------------------------------------------------------------------------

        private int offset(Mark mark) {
            return text.offsetByCodePoints(0, mark.getIndex());
        }

        private int start(Node node) {
            return offset(node.getStartMark());
        }

        /** End of a node's own text: the last scalar or closing bracket in it, never the blank lines after it. */
        private int end(Node node) {
            if (node instanceof ScalarNode scalar) {
                if (scalar.getScalarStyle() == ScalarStyle.FOLDED || scalar.getScalarStyle() == ScalarStyle.LITERAL) {
                    return trimBack(blockEnd(scalar));
                }
                return offset(node.getEndMark());
            }
            if (node instanceof SequenceNode seq) {
                if (seq.getFlowStyle() == DumperOptions.FlowStyle.FLOW || seq.getValue().isEmpty()) {
                    return offset(node.getEndMark());
                }
                return end(seq.getValue().get(seq.getValue().size() - 1));
            }
            var map = (MappingNode) node;
            if (map.getFlowStyle() == DumperOptions.FlowStyle.FLOW || map.getValue().isEmpty()) {
                return offset(node.getEndMark());
            }
            return end(map.getValue().get(map.getValue().size() - 1));
        }

        private int end(NodeTuple tuple) {
            return Math.max(end(tuple.getKeyNode()), end(tuple.getValueNode()));
        }

        private int blockEnd(ScalarNode node) {
            return offset(node.getEndMark());
        }

        private int trimBack(int at) {
            int k = at;
            while (k > 0 && Character.isWhitespace(text.charAt(k - 1))) {
                k--;
            }
            return k;
        }

        /** Start of an item's line part: its dash when the item is the first thing after one. */
        private int itemStart(Node item) {
            return start(item);
        }

        private int dashColumn(Node item) {
            int at = start(item);
            int lineStart = lineStart(at);
            int dash = text.lastIndexOf('-', at - 1);
            if (dash < lineStart || !text.substring(lineStart, dash).isBlank()
                    || !text.substring(dash + 1, at).isBlank()) {
                throw new Unpatchable("item not on its own dash line");
            }
            return dash - lineStart;
        }

        private int lineStart(int at) {
            return text.lastIndexOf('\n', at - 1) + 1;
        }

        /** Just after the line break of the line holding the character before {@code at}. */
        private int lineEnd(int at) {
            int nl = text.indexOf('\n', Math.max(at - 1, 0));
            return nl < 0 ? text.length() : nl + 1;
        }

        private int blockIndent(ScalarNode node) {
            int next = text.indexOf('\n', start(node)) + 1;
            int k = next;
            while (k < text.length() && (text.charAt(k) == '\n')) {
                k++;
            }
            int column = 0;
            while (k + column < text.length() && text.charAt(k + column) == ' ') {
                column++;
            }
            return column;
        }

        private int width(ScalarNode node) {
            int widest = 0;
            for (var line : text.substring(start(node), trimBack(blockEnd(node))).split("\n")) {
                widest = Math.max(widest, line.length());
            }
            return Math.max(widest, DEFAULT_WIDTH);
        }

        private MappingNode mapping(Node node) {
            if (!(node instanceof MappingNode map) || map.getFlowStyle() == DumperOptions.FlowStyle.FLOW
                    || map.getValue().isEmpty()) {
                throw new Unpatchable("item is not a block map");
            }
            return map;
        }

        private static NodeTuple tuple(MappingNode map, String key) {
            return map.getValue().stream().filter(t -> t.getKeyNode() instanceof ScalarNode k
                    && k.getValue().equals(key)).findFirst().orElse(null);
        }

        private static NodeTuple tupleStripped(MappingNode map, String key) {
            return map.getValue().stream().filter(t -> t.getKeyNode() instanceof ScalarNode k
                    && k.getValue().strip().equals(key)).findFirst().orElse(null);
        }

        // --- rendering ------------------------------------------------------------------------------------------

        private static String render(Node node) {
            return YamlOut.write(node);
        }

        private static String render(Node node, int width) {
            return YamlOut.write(node, width);
        }

        /** A value written on one line, as it appears after {@code key: }. */
        private static String inline(Node value) {
            var options = new DumperOptions();
            options.setWidth(Integer.MAX_VALUE / 2);
            options.setSplitLines(false);
            options.setAllowUnicode(true);
            options.setDefaultFlowStyle(DumperOptions.FlowStyle.FLOW);
            var out = new StringWriter();
            var key = new ScalarNode(Tag.STR, "k", null, null, ScalarStyle.PLAIN);
            new Yaml(new LoaderOptions(), options).serialize(new MappingNode(Tag.MAP,
                    List.of(new NodeTuple(key, value)), DumperOptions.FlowStyle.FLOW), out);
            var line = out.toString().strip();
            if (!line.startsWith("{k: ") || !line.endsWith("}")) {
                throw new Unpatchable("cannot write inline");
            }
            return line.substring(4, line.length() - 1);
        }

        private static String indent(String lines, int column) {
            var pad = " ".repeat(Math.max(column, 0));
            var out = new StringBuilder();
            lines.lines().forEach(l -> out.append(l.isEmpty() ? "" : pad).append(l).append('\n'));
            return out.toString();
        }

        private static <A> int[][] lcs(List<A> a, List<A> b, BiPredicate<A, A> same) {
            int[][] table = new int[a.size() + 1][b.size() + 1];
            for (int i = a.size() - 1; i >= 0; i--) {
                for (int j = b.size() - 1; j >= 0; j--) {
                    table[i][j] = same.test(a.get(i), b.get(j)) ? table[i + 1][j + 1] + 1
                            : Math.max(table[i + 1][j], table[i][j + 1]);
                }
            }
            return table;
        }
    }

    @FunctionalInterface
    private interface FieldEdit<T> {
        void apply(MappingNode map, T old, T now);
    }
}
