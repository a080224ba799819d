package org.assay.engine;

import java.util.Optional;

import org.assay.engine.match.AnswerIndex;
import org.assay.engine.match.Lexicon;
import org.assay.engine.match.WordNetLexicon;
import org.assay.engine.rubric.Rubric;
import org.assay.engine.score.AnswerGrader;
import org.assay.engine.score.CompiledRubric;
import org.assay.engine.score.GradeReport;
import org.assay.engine.score.RubricCompiler;
import org.assay.engine.score.ScoringPolicy;
import org.assay.engine.semantic.MiniLmSentenceEmbedder;
import org.assay.engine.semantic.SemanticAnswer;
import org.assay.engine.semantic.SentenceEmbedder;
import org.assay.engine.text.AnalyzedText;
import org.assay.engine.text.OpenNlpTextAnalyzer;
import org.assay.engine.text.ReferenceDrafter;
import org.assay.engine.text.TextAnalyzer;

/**
 * The grader backed by OpenNLP analysis, WordNet and optional sentence embeddings. Load once and share: models are
 * read from the classpath at {@link #load(EngineOptions)} and the instance is thread-safe.
 */
public final class GradingEngine implements Grader {

    private final TextAnalyzer analyzer;
    private final Lexicon lexicon;
    private final Optional<SentenceEmbedder> embedder;
    private final ScoringPolicy policy;
    private final RubricCompiler compiler;
    private final AnswerGrader grader;
    private final ReferenceDrafter drafter;

    private GradingEngine(TextAnalyzer analyzer, Lexicon lexicon, Optional<SentenceEmbedder> embedder,
            EngineOptions options, ScoringPolicy policy) {
        this.analyzer = analyzer;
        this.lexicon = options.wordnet() ? lexicon : Lexicon.NONE;
        this.embedder = options.semantic() ? embedder : Optional.empty();
        this.policy = policy;
        this.compiler = new RubricCompiler(analyzer, this.lexicon, options.spelling(), this.embedder);
        this.grader = new AnswerGrader(policy);
        this.drafter = new ReferenceDrafter(analyzer);
    }

    /** Loads the models the options need; nothing is fetched from the network. */
    public static GradingEngine load(EngineOptions options) {
        Lexicon lexicon = options.wordnet() ? WordNetLexicon.load() : Lexicon.NONE;
        Optional<SentenceEmbedder> embedder = options.semantic()
                ? Optional.of(MiniLmSentenceEmbedder.load()) : Optional.empty();
        return new GradingEngine(OpenNlpTextAnalyzer.load(), lexicon, embedder, options, ScoringPolicy.DEFAULT);
    }

    /**
     * Builds an engine from parts already loaded, so several engines (say, with and without the semantic channel)
     * can share one set of models.
     *
     * @param analyzer text analysis
     * @param lexicon WordNet; ignored when {@code options.wordnet()} is off
     * @param embedder sentence embeddings; ignored when {@code options.semantic()} is off
     * @param options which channels to use
     */
    public static GradingEngine create(TextAnalyzer analyzer, Lexicon lexicon, Optional<SentenceEmbedder> embedder,
            EngineOptions options) {
        return create(analyzer, lexicon, embedder, options, ScoringPolicy.DEFAULT);
    }

    /** As {@link #create(TextAnalyzer, Lexicon, Optional, EngineOptions)}, with other scoring figures. */
    public static GradingEngine create(TextAnalyzer analyzer, Lexicon lexicon, Optional<SentenceEmbedder> embedder,
            EngineOptions options, ScoringPolicy policy) {
        if (options.semantic() && embedder.isEmpty()) {
            throw new IllegalArgumentException("The semantic channel needs a sentence embedder");
        }
        return new GradingEngine(analyzer, lexicon, embedder, options, policy);
    }

    @Override
    public GradeReport grade(Rubric rubric, String answer) {
        if (rubric == null || answer == null) {
            throw new IllegalArgumentException(rubric == null ? "rubric is null" : "answer is null");
        }
        CompiledRubric compiled = compiler.compile(rubric);
        AnalyzedText text = analyzer.analyze(answer);
        Optional<SemanticAnswer> semantic = embedder.map(e -> SemanticAnswer.embed(text, e,
                policy.maxSemanticUnits()));
        return grader.grade(compiled, new AnswerIndex(text, lexicon), semantic, VERSION);
    }

    /**
     * Drafts a rubric from a model answer: key noun phrases and verbs of each clause become criteria and keywords.
     *
     * @param id question id of the new rubric
     * @param question the prompt
     * @param reference the model answer
     * @param points maximum score
     * @return a valid rubric an author can edit
     * @throws IllegalArgumentException if reference has no words or points is not positive
     */
    public Rubric draft(String id, String question, String reference, double points) {
        return drafter.draft(id, question, reference, points);
    }

    /** The text analyser, for callers that need the same analysis the engine uses. */
    public TextAnalyzer analyzer() {
        return analyzer;
    }
}
