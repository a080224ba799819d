package org.assay.engine.rubric;

import java.io.StringReader;
import java.util.Locale;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** Turns YAML text into a node tree, reporting size and syntax problems instead of throwing. */
final class YamlDocument {

    /** Anchors and aliases have no use in rubric files; a small limit keeps "billion laughs" files harmless. */
    private static final int MAX_ALIASES = 20;
    private static final int MAX_NESTING = 20;

    private YamlDocument() {
    }

    /**
     * Composes one YAML document.
     *
     * @return the root node, or empty when the text is too long, not valid YAML (both reported) or empty (not
     *         reported: the caller decides whether an empty file is a problem)
     */
    static Optional<Node> compose(String text, int maxChars, Problems problems) {
        if (text.length() > maxChars) {
            problems.add(0, String.format(Locale.ROOT,
                    "the file has %,d characters; the limit is %,d", text.length(), maxChars));
            return Optional.empty();
        }
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(Math.max(maxChars, 1) * 2);
        try {
            return Optional.ofNullable(new Yaml(options).compose(new StringReader(text)));
        } catch (MarkedYAMLException e) {
            if (e.getProblemMark() != null && "expected a single document in the stream".equals(e.getContext())) {
                problems.add(e.getProblemMark().getLine() + 1,
                        "a second YAML document starts here (after \"---\"); the file must hold one document");
                return Optional.empty();
            }
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1;
            problems.add(line, "YAML syntax error: " + describe(e));
            return Optional.empty();
        } catch (YAMLException e) {
            String message = firstLine(e.getMessage());
            problems.add(0, message.contains("aliases")
                    ? "the file repeats anchors (*name) more than " + MAX_ALIASES + " times; write the text out instead"
                    : "YAML syntax error: " + message);
            return Optional.empty();
        }
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        Mark contextMark = e.getContextMark();
        if (!context.isEmpty() && contextMark != null && e.getProblemMark() != null
                && contextMark.getLine() != e.getProblemMark().getLine()) {
            context += " that starts on line " + (contextMark.getLine() + 1);
        }
        if (problem.isEmpty()) {
            return context;
        }
        return context.isEmpty() ? problem : problem + " (" + context + ")";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable file";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
