package org.assay.engine.rubric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.yaml.snakeyaml.nodes.Node;

/** Collects the problems of one file while it is read. One instance per file; not thread-safe. */
final class Problems {

    private final String file;
    private final List<RubricProblem> found = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void add(int line, String message) {
        found.add(new RubricProblem(file, line, message));
    }

    void at(Node node, String message) {
        add(lineOf(node), message);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    int count() {
        return found.size();
    }

    /** The problems in file order; problems on the same line keep the order they were found in. */
    List<RubricProblem> inFileOrder() {
        List<RubricProblem> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(RubricProblem::line));
        return List.copyOf(sorted);
    }

    /** 1-based line of a node, or 0 when the node carries no position. */
    static int lineOf(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
