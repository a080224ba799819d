package org.assay.engine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.assay.engine.EngineOptions;
import org.assay.engine.GradingEngine;
import org.assay.engine.match.WordNetLexicon;
import org.assay.engine.rubric.Rubric;
import org.assay.engine.rubric.RubricParser;
import org.assay.engine.score.GradeReport;
import org.assay.engine.score.ScoringPolicy;
import org.assay.engine.semantic.MiniLmSentenceEmbedder;
import org.assay.engine.semantic.SentenceEmbedder;
import org.assay.engine.text.AnalyzedText;
import org.assay.engine.text.LanguageIdentifier;
import org.assay.engine.text.OpenNlpTextAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Times, on one warm thread, the OpenNLP analysis of a 60-word answer and the grading of the same answer against a
 * bank rubric with the semantic channel off and on, and of grading a paraphrase that only the semantic channel can
 * credit. Run by {@link SpeedBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GradingBenchmark {

    /** A 60-word answer to q06 in plain words, with one misspelling. */
    static final String ANSWER = "Self-attention lets every token look at every other token in the sequence. "
            + "Each token makes a query, and the query is compared with the keys of all tokens; a softmax turns "
            + "these scores into weights, and the output is a weighted sum of the values. Because any two "
            + "positions are connected directly, long range dependencies are easy, and multiple heads learn "
            + "diferent relations in parallel.";

    /**
     * An answer to q06 of about the same length that says much the same in other words, so the semantic channel has
     * to compare every sentence.
     */
    static final String PARAPHRASE = "Every word gets to look over all the other words. It "
            + "works out how much each of them matters to it, turns that into a set of proportions, and then mixes "
            + "together what those words carry in those proportions. Words far apart are linked in a single step, "
            + "and several of these lookups run side by side, each noticing a different kind of link.";

    private OpenNlpTextAnalyzer analyzer;
    private GradingEngine lexical;
    private GradingEngine semantic;
    private Rubric rubric;

    @Setup
    public void load() throws IOException {
        analyzer = OpenNlpTextAnalyzer.load();
        WordNetLexicon wordnet = WordNetLexicon.load();
        Optional<SentenceEmbedder> embedder = Optional.of(MiniLmSentenceEmbedder.load());
        Optional<LanguageIdentifier> language = Optional.of(LanguageIdentifier.load());
        lexical = GradingEngine.create(analyzer, wordnet, Optional.empty(), language,
                new EngineOptions(true, true, false), ScoringPolicy.DEFAULT);
        semantic = GradingEngine.create(analyzer, wordnet, embedder, language, EngineOptions.defaults(),
                ScoringPolicy.DEFAULT);
        rubric = bankRubric("q06");
    }

    static Rubric bankRubric(String qid) throws IOException {
        Path file = Path.of("rubrics/genai-interview", qid + ".yaml");
        return new RubricParser().parse(file.toString(), Files.readString(file)).rubric().orElseThrow();
    }

    @Benchmark
    public AnalyzedText analyze() {
        return analyzer.analyze(ANSWER);
    }

    @Benchmark
    public GradeReport gradeSemanticOff() {
        return lexical.grade(rubric, ANSWER);
    }

    @Benchmark
    public GradeReport gradeSemanticOn() {
        return semantic.grade(rubric, ANSWER);
    }

    @Benchmark
    public GradeReport gradeSemanticOnParaphrase() {
        return semantic.grade(rubric, PARAPHRASE);
    }
}
