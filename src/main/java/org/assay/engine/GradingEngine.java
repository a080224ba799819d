package org.assay.engine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.assay.engine.examples.AnswerFeatures;
import org.assay.engine.examples.Examined;
import org.assay.engine.match.AnswerIndex;
import org.assay.engine.match.Lexicon;
import org.assay.engine.match.LooseExpressions;
import org.assay.engine.match.TextOverlap;
import org.assay.engine.match.WordNetLexicon;
import org.assay.engine.rubric.Rubric;
import org.assay.engine.score.AnswerGrader;
import org.assay.engine.score.CompiledRubric;
import org.assay.engine.score.Evidence;
import org.assay.engine.score.Flag;
import org.assay.engine.score.FlagCode;
import org.assay.engine.score.GradeReport;
import org.assay.engine.score.MatchKind;
import org.assay.engine.score.RubricCompiler;
import org.assay.engine.score.ScoringPolicy;
import org.assay.engine.semantic.MiniLmSentenceEmbedder;
import org.assay.engine.semantic.SemanticAnswer;
import org.assay.engine.semantic.SentenceEmbedder;
import org.assay.engine.text.AnalyzedText;
import org.assay.engine.text.LanguageIdentifier;
import org.assay.engine.text.OpenNlpTextAnalyzer;
import org.assay.engine.text.ReferenceDrafter;
import org.assay.engine.text.TextAnalyzer;

/**
 * The grader backed by OpenNLP analysis, WordNet and optional sentence embeddings. Load once and share: models are
 * read from the classpath at {@link #load(EngineOptions)} and the instance is thread-safe.
 */
public final class GradingEngine implements Grader {

    /** Longest start of an answer embedded whole for the examples channel; the rest adds little to its meaning. */
    private static final int MAX_EMBEDDED_CHARS = 2000;

    private final TextAnalyzer analyzer;
    private final Lexicon lexicon;
    private final Optional<SentenceEmbedder> embedder;
    private final Optional<LanguageIdentifier> language;
    private final ScoringPolicy policy;
    private final RubricCompiler compiler;
    private final AnswerGrader grader;
    private final ReferenceDrafter drafter;
    private final LooseExpressions loose;
    private final Set<Channel> channels;
    private final List<String> channelKeys;
    private final List<ChannelFailure> failures;

    private GradingEngine(TextAnalyzer analyzer, Lexicon lexicon, Optional<SentenceEmbedder> embedder,
            Optional<LanguageIdentifier> language, EngineOptions options, ScoringPolicy policy,
            List<ChannelFailure> failures) {
        this.analyzer = analyzer;
        this.language = language;
        this.lexicon = options.wordnet() ? lexicon : Lexicon.NONE;
        this.embedder = options.semantic() ? embedder : Optional.empty();
        this.policy = policy;
        this.compiler = new RubricCompiler(analyzer, this.lexicon, options.spelling(), this.embedder);
        this.grader = new AnswerGrader(policy);
        this.drafter = new ReferenceDrafter(analyzer);
        this.loose = new LooseExpressions(analyzer, this.lexicon);
        this.channels = EnumSet.of(Channel.OPENNLP);
        if (options.wordnet()) {
            channels.add(Channel.WORDNET);
        }
        if (options.spelling()) {
            channels.add(Channel.SPELLING);
        }
        if (options.semantic()) {
            channels.add(Channel.SEMANTIC);
        }
        this.channelKeys = channels.stream().map(Channel::key).toList();
        this.failures = List.copyOf(failures);
    }

    /**
     * Loads the models the options need; nothing is fetched from the network. A channel whose model cannot load
     * (a missing native library, a damaged jar) is left out and reported by {@link #failures()}: the engine grades
     * with the others. Only OpenNLP, which every channel builds on, is required.
     *
     * @throws RuntimeException if the OpenNLP models cannot load
     */
    public static GradingEngine load(EngineOptions options) {
        return load(options, WordNetLexicon::load, MiniLmSentenceEmbedder::load);
    }

    static GradingEngine load(EngineOptions options, Supplier<? extends Lexicon> wordnet,
            Supplier<? extends SentenceEmbedder> embeddings) {
        return load(options, wordnet, embeddings, LanguageIdentifier::load);
    }

    /**
     * The language check is not a source of matches, so it is not among {@link #channels()}; when it cannot load,
     * answers in other languages are graded as English and the failure is reported like a channel's.
     */
    static GradingEngine load(EngineOptions options, Supplier<? extends Lexicon> wordnet,
            Supplier<? extends SentenceEmbedder> embeddings, Supplier<LanguageIdentifier> languages) {
        List<ChannelFailure> failures = new ArrayList<>();
        Optional<Lexicon> lexicon = options.wordnet()
                ? optional(Channel.WORDNET, wordnet, failures) : Optional.empty();
        Optional<SentenceEmbedder> embedder = options.semantic()
                ? optional(Channel.SEMANTIC, embeddings, failures) : Optional.empty();
        Optional<LanguageIdentifier> language = optional(Channel.LANGUAGE, languages, failures);
        var loaded = new EngineOptions(lexicon.isPresent(), options.spelling(), embedder.isPresent());
        return new GradingEngine(OpenNlpTextAnalyzer.load(), lexicon.orElse(Lexicon.NONE), embedder, language,
                loaded, ScoringPolicy.DEFAULT, failures);
    }

    /**
     * Loads one optional channel. Linkage errors count as failures too: a native library or a class the channel
     * needs may be missing from the packaged application.
     */
    private static <T> Optional<T> optional(Channel channel, Supplier<? extends T> loader,
            List<ChannelFailure> failures) {
        try {
            return Optional.of(loader.get());
        } catch (RuntimeException | LinkageError e) {
            failures.add(ChannelFailure.of(channel, e));
            return Optional.empty();
        }
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
        return create(analyzer, lexicon, embedder, Optional.empty(), options, policy);
    }

    /**
     * As {@link #create(TextAnalyzer, Lexicon, Optional, EngineOptions, ScoringPolicy)}, with a language check:
     * without one, every answer is graded as English.
     */
    public static GradingEngine create(TextAnalyzer analyzer, Lexicon lexicon, Optional<SentenceEmbedder> embedder,
            Optional<LanguageIdentifier> language, EngineOptions options, ScoringPolicy policy) {
        if (options.semantic() && embedder.isEmpty()) {
            throw new IllegalArgumentException("The semantic channel needs a sentence embedder");
        }
        return new GradingEngine(analyzer, lexicon, embedder, language, options, policy, List.of());
    }

    /** The channels this engine grades with. */
    public Set<Channel> channels() {
        return EnumSet.copyOf(channels);
    }

    /** Channels that were asked for but did not load; empty when every one did. */
    public List<ChannelFailure> failures() {
        return failures;
    }

    @Override
    public GradeReport grade(Rubric rubric, String answer) {
        if (rubric == null || answer == null) {
            throw new IllegalArgumentException(rubric == null ? "rubric is null" : "answer is null");
        }
        return grade(rubric, answer, analyzer.analyze(answer));
    }

    private GradeReport grade(Rubric rubric, String answer, AnalyzedText text) {
        CompiledRubric compiled = compiler.compile(rubric);
        Optional<SemanticAnswer> semantic = embedder.map(e -> SemanticAnswer.embed(text, e,
                policy.maxSemanticUnits()));
        var other = language.flatMap(l -> l.otherThan(answer, LanguageIdentifier.ENGLISH));
        GradeReport report = grader.grade(compiled, new AnswerIndex(text, lexicon), semantic, other, VERSION);
        return withCopyFlag(report, rubric, answer).withChannels(channelKeys);
    }

    /**
     * Grades an answer by the rubric alone and keeps what the examples channel compares: the same report as
     * {@link #grade(Rubric, String)}, plus the answer's words, criteria and (with the semantic channel) one embedding
     * of the whole answer.
     *
     * @throws IllegalArgumentException if rubric or answer is null
     */
    @Override
    public Examined examine(Rubric rubric, String answer) {
        if (rubric == null || answer == null) {
            throw new IllegalArgumentException(rubric == null ? "rubric is null" : "answer is null");
        }
        AnalyzedText text = analyzer.analyze(answer);
        GradeReport report = grade(rubric, answer, text);
        String whole = answer.strip();
        float[] vector = whole.isEmpty() ? null : embedder.map(e -> e.embed(
                whole.length() > MAX_EMBEDDED_CHARS ? whole.substring(0, MAX_EMBEDDED_CHARS) : whole)).orElse(null);
        return new Examined(report, AnswerFeatures.of(text, report, vector));
    }

    /** Flags, without changing the score, an answer that largely reproduces the rubric's model answer. */
    private static GradeReport withCopyFlag(GradeReport report, Rubric rubric, String answer) {
        var overlap = TextOverlap.of(answer, rubric.modelAnswer());
        if (!overlap.copied()) {
            return report;
        }
        var flags = new ArrayList<>(report.flags());
        var spans = overlap.inText().stream().map(s -> new Evidence(s.start(), s.end(),
                answer.substring(s.start(), s.end()), "model answer", MatchKind.EXACT, false)).toList();
        flags.add(new Flag(FlagCode.COPIED_TEXT, Math.round(overlap.share() * 100) + "% of the answer's words ("
                + overlap.words() + ") repeat the model answer word for word.", spans));
        return report.withFlags(flags);
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

    /** Finds expressions that match too easily, with this engine's analysis and lexicon. */
    public LooseExpressions looseExpressions() {
        return loose;
    }

    /** The text analyser, for callers that need the same analysis the engine uses. */
    public TextAnalyzer analyzer() {
        return analyzer;
    }
}
