package org.assay.engine.rubric;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Builds YAML node trees and writes them in block style. SnakeYAML's emitter chooses quoting, so any text reads
 * back unchanged.
 */
final class YamlOut {

    private static final int WIDTH = 100;
    /** Texts longer than this are written folded ({@code >-}) across lines instead of on one long line. */
    private static final int FOLD_FROM = 70;
    private static final String TOP_LIST_INDENT = "  ";

    private YamlOut() {
    }

    static Node text(String value) {
        boolean foldable = value.length() > FOLD_FROM && value.equals(value.strip())
                && !value.contains("  ") && value.chars().noneMatch(c -> c == '\n' || c == '\t' || c == '\r');
        return new ScalarNode(Tag.STR, value, null, null, foldable ? ScalarStyle.FOLDED : ScalarStyle.PLAIN);
    }

    static Node number(double value) {
        Tag tag = value == Math.rint(value) ? Tag.INT : Tag.FLOAT;
        return new ScalarNode(tag, Decimals.format(value), null, null, ScalarStyle.PLAIN);
    }

    /** A list written one item a line. */
    static Node blockList(List<String> values) {
        return new SequenceNode(Tag.SEQ, values.stream().map(YamlOut::text).toList(), FlowStyle.BLOCK);
    }

    /** A list written on one line, for short terms: {@code [query, key, value]}. */
    static Node flowList(List<String> values) {
        List<Node> items = values.stream()
                .map(v -> (Node) new ScalarNode(Tag.STR, v, null, null, ScalarStyle.PLAIN))
                .toList();
        return new SequenceNode(Tag.SEQ, items, FlowStyle.FLOW);
    }

    static Node nodes(List<Node> items) {
        return new SequenceNode(Tag.SEQ, items, FlowStyle.BLOCK);
    }

    /** A map in the iteration order of {@code fields}. */
    static Node map(Map<String, Node> fields) {
        List<NodeTuple> tuples = new ArrayList<>();
        fields.forEach((key, value) ->
                tuples.add(new NodeTuple(new ScalarNode(Tag.STR, key, null, null, ScalarStyle.PLAIN), value)));
        return new MappingNode(Tag.MAP, tuples, FlowStyle.BLOCK);
    }

    /**
     * SnakeYAML indents a list's dashes even at the top level; every line then starts with the same two spaces,
     * and removing them from all lines keeps the meaning.
     */
    private static String dedent(String yaml) {
        List<String> lines = yaml.lines().toList();
        if (!lines.stream().allMatch(line -> line.isEmpty() || line.startsWith(TOP_LIST_INDENT))) {
            return yaml;
        }
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(line.isEmpty() ? line : line.substring(TOP_LIST_INDENT.length()))
                .append('\n'));
        return out.toString();
    }

    static String write(Node root) {
        return write(root, WIDTH);
    }

    /** Writes with a given line width, for text folded as wide as the lines around it. */
    static String write(Node root, int width) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(width);
        options.setSplitLines(true);
        options.setAllowUnicode(true);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        StringWriter out = new StringWriter();
        new Yaml(new LoaderOptions(), options).serialize(root, out);
        return root instanceof SequenceNode ? dedent(out.toString()) : out.toString();
    }
}
