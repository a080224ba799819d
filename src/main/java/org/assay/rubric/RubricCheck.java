package org.assay.rubric;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.assay.engine.rubric.ParseResult;
import org.assay.engine.rubric.RubricParser;
import org.assay.engine.rubric.RubricProblem;
import org.assay.web.AssayConfig;

/** Checks rubric text the way saving does: the size limit, the engine's parser, and the question's id. */
@ApplicationScoped
public class RubricCheck {

    private static final Pattern ID_LINE = Pattern.compile("^id\\s*:");

    private final AssayConfig config;

    public RubricCheck(AssayConfig config) {
        this.config = config;
    }

    /** Largest rubric accepted, in characters. */
    public int maxChars() {
        return config.limits().rubricChars();
    }

    /**
     * Parses {@code yaml} as the rubric of question {@code qid}.
     *
     * @return the rubric, or every problem with its line; never throws on bad content
     */
    public ParseResult check(String qid, String yaml) {
        var result = new RubricParser(maxChars()).parse(qid + ".yaml", yaml);
        var rubric = result.rubric();
        if (rubric.isEmpty() || rubric.get().id().equals(qid)) {
            return result;
        }
        var problem = new RubricProblem(qid + ".yaml", idLine(yaml), "the id is \"" + rubric.get().id()
                + "\", but this is question \"" + qid + "\"; a question's id cannot change");
        return new ParseResult(Optional.empty(), List.of(problem));
    }

    /** Parses a rubric whose id is not known in advance, as in an uploaded file. */
    public ParseResult check(String yaml) {
        return new RubricParser(maxChars()).parse("rubric.yaml", yaml);
    }

    private static int idLine(String yaml) {
        var lines = new ArrayList<>(yaml.lines().toList());
        for (int i = 0; i < lines.size(); i++) {
            if (ID_LINE.matcher(lines.get(i)).find()) {
                return i + 1;
            }
        }
        return 0;
    }
}
