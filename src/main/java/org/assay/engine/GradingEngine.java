package org.assay.engine;

import org.assay.engine.rubric.Rubric;
import org.assay.engine.score.GradeReport;

/**
 * The grader backed by OpenNLP analysis, WordNet and optional sentence embeddings. Load once and share: models are
 * read from the classpath at {@link #load(EngineOptions)} and the instance is thread-safe.
 */
public final class GradingEngine implements Grader {

    private GradingEngine() {
    }

    /** Loads the models the options need; nothing is fetched from the network. */
    public static GradingEngine load(EngineOptions options) {
        throw new UnsupportedOperationException("not built yet");
    }

    @Override
    public GradeReport grade(Rubric rubric, String answer) {
        throw new UnsupportedOperationException("not built yet");
    }

    /**
     * Drafts a rubric from a model answer: key noun phrases and verbs of each clause become criteria and keywords.
     *
     * @param id question id of the new rubric
     * @param question the prompt
     * @param reference the model answer
     * @param points maximum score
     * @return a valid rubric an author can edit
     */
    public Rubric draft(String id, String question, String reference, double points) {
        throw new UnsupportedOperationException("not built yet");
    }
}
