package org.assay.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.assay.engine.match.WordNetLexicon;
import org.assay.engine.rubric.Criterion;
import org.assay.engine.rubric.Misconception;
import org.assay.engine.rubric.Rubric;
import org.assay.engine.semantic.MiniLmSentenceEmbedder;
import org.assay.engine.semantic.SentenceEmbedder;
import org.assay.engine.text.OpenNlpTextAnalyzer;

/**
 * Models shared by the engine tests: each is loaded once, on first use, and kept in a static field. Also a small
 * rubric on self-attention written for these tests.
 */
public final class EngineFixtures {

    private EngineFixtures() {
    }

    /** The OpenNLP analyser. */
    public static OpenNlpTextAnalyzer analyzer() {
        return Analyzer.INSTANCE;
    }

    /** WordNet. */
    public static WordNetLexicon wordnet() {
        return WordNet.INSTANCE;
    }

    /** The sentence embedder. */
    public static SentenceEmbedder embedder() {
        return Embedder.INSTANCE;
    }

    /** An engine with every channel on. */
    public static GradingEngine engine() {
        return engine(EngineOptions.defaults());
    }

    /** An engine with the given channels, sharing the loaded models. */
    public static GradingEngine engine(EngineOptions options) {
        return GradingEngine.create(analyzer(), wordnet(),
                options.semantic() ? Optional.of(embedder()) : Optional.empty(), options);
    }

    /** A ten-point rubric on self-attention with two criteria, a misconception and a synonym. */
    public static final Rubric ATTENTION = new Rubric(
            "t01",
            "Self-attention",
            "What does self-attention compute, and how does its cost grow with the length of the input?",
            10,
            "Self-attention lets each token look at all the others: a query is scored against every key, a softmax "
                    + "turns those scores into weights, and each output mixes the values by those weights. With a "
                    + "score for each pair of tokens, the work rises with the square of how long the input is.",
            List.of(
                    new Criterion("mixing", "Each token takes a weighted sum of the values of all tokens", 6,
                            List.of("weighted sum of values", "query key similarity", "every token attends to"),
                            List.of("query", "key", "value", "softmax"), 2,
                            List.of("every word looks at all the other words and blends in what they carry, "
                                    + "in proportion to how relevant they are")),
                    new Criterion("cost", "The cost grows quadratically with the sequence length", 4,
                            List.of("quadratic in sequence length", "grows quadratically", "n squared"),
                            List.of("quadratic", "pairs"), 1,
                            List.of("doubling the length of the text makes the work four times larger"))),
            List.of(new Misconception("linear", "Says attention cost grows linearly with length", 3,
                    List.of("grows linearly", "linear in sequence length"),
                    List.of("the cost simply goes up in proportion to the number of tokens"))),
            Map.of("llm", List.of("large language model")));

    private static final class Analyzer {
        static final OpenNlpTextAnalyzer INSTANCE = OpenNlpTextAnalyzer.load();
    }

    private static final class WordNet {
        static final WordNetLexicon INSTANCE = WordNetLexicon.load();
    }

    private static final class Embedder {
        static final SentenceEmbedder INSTANCE = MiniLmSentenceEmbedder.load();
    }
}
