package org.assay.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.assay.engine.rubric.Criterion;
import org.assay.engine.rubric.Misconception;
import org.assay.engine.rubric.Rubric;
import org.assay.engine.rubric.RubricWriter;
import org.assay.engine.score.CriterionResult;
import org.assay.engine.score.CriterionStatus;
import org.assay.engine.score.Evidence;
import org.assay.engine.score.FlagCode;
import org.assay.engine.score.GradeReport;
import org.assay.engine.score.MatchKind;
import org.assay.engine.score.ScoringPolicy;
import org.assay.engine.semantic.SentenceEmbedder;
import org.junit.jupiter.api.Test;

class GradingEngineTest {

    private static final GradingEngine ENGINE = EngineFixtures.engine();
    private static final GradingEngine LEXICAL = EngineFixtures.engine(new EngineOptions(true, true, false));
    private static final String FULL = "Each query is compared with every key, the scores go through a softmax, and "
            + "the output is a weighted sum of the values. Since every pair of tokens is scored, the cost grows "
            + "quadratically with the sequence length.";

    @Test
    void fullAnswerEarnsFullPointsWithEvidence() {
        GradeReport report = ENGINE.grade(EngineFixtures.ATTENTION, FULL);

        assertThat(report.score()).isEqualTo(10.0);
        assertThat(report.criteria()).extracting(CriterionResult::status).containsOnly(CriterionStatus.MET);
        assertThat(report.criteria().get(0).evidence()).first().extracting(Evidence::text)
                .isEqualTo("weighted sum of the values");
        assertThat(report.flags()).isEmpty();
        assertThat(report.engineVersion()).isEqualTo(Grader.VERSION);
    }

    @Test
    void negatedConceptEarnsNothingAndIsReported() {
        GradeReport report = ENGINE.grade(EngineFixtures.ATTENTION, "Attention does not compute a weighted sum of "
                + "the values, and its cost does not grow quadratically with the sequence length.");

        assertThat(report.score()).isLessThanOrEqualTo(1.0);
        assertThat(report.hasFlag(FlagCode.NEGATED_CONCEPT)).isTrue();
        assertThat(report.criteria().get(0).evidence()).anyMatch(Evidence::negated);
    }

    @Test
    void aRemedyThatTheAnswerSaysCannotHelpEarnsNothing() {
        Rubric fresh = new Rubric("t02", "Knowledge cutoff", "How can you get around a model's knowledge cutoff?", 4,
                "Retrieve current documents and put them into the prompt, or let the model call a web search tool.",
                List.of(new Criterion("retrieval", "Retrieve current documents into the prompt", 2,
                        List.of("retrieval", "retrieve documents"), List.of(), 0, List.of()),
                        new Criterion("search", "Let the model call a web search tool", 2,
                                List.of("web search", "tool use"), List.of(), 0, List.of())),
                List.of(), Map.of());

        GradeReport denied = LEXICAL.grade(fresh, "Retrieval or web search cannot help with the cutoff at all.");
        GradeReport asserted = LEXICAL.grade(fresh, "Retrieval or web search doesn't need any retraining of the "
                + "model, so it gets around the cutoff.");

        GradeReport compound = LEXICAL.grade(fresh, "Retrieval or tool use don't help with the cutoff.");
        GradeReport irrelevant = LEXICAL.grade(fresh, "Retrieval and web search have nothing to do with the cutoff.");

        assertThat(denied.score()).isZero();
        assertThat(denied.hasFlag(FlagCode.NEGATED_CONCEPT)).isTrue();
        assertThat(compound.score()).isZero();
        assertThat(irrelevant.score()).isZero();
        assertThat(asserted.score()).isEqualTo(4.0);
    }

    @Test
    void misconceptionDeductsItsPenaltyAndLeavesAtMostThePointsLessThreeTimesIt() {
        GradeReport report = LEXICAL.grade(EngineFixtures.ATTENTION, "The output is a weighted sum of the values, "
                + "and the cost grows linearly with the number of tokens.");

        assertThat(report.misconceptions()).extracting(m -> m.id()).containsExactly("linear");
        assertThat(report.score()).isEqualTo(10.0 - 3 * 3.0);
        assertThat(report.misconceptions().get(0).penalty()).isEqualTo(6.0 - 1.0);
    }

    @Test
    void misconceptionDeductsAtLeastItsPenalty() {
        GradeReport report = LEXICAL.grade(EngineFixtures.ATTENTION, "The cost grows linearly, and each query is "
                + "compared with every key.");

        assertThat(report.misconceptions()).extracting(m -> m.penalty()).containsExactly(3.0);
        assertThat(report.score()).isZero();
    }

    @Test
    void aMisconceptionWrittenOnlyInWordOrderIsNotLookedForBySimilarity() {
        Rubric r = EngineFixtures.ATTENTION;
        Misconception linear = r.misconceptions().get(0);
        Rubric ordered = new Rubric(r.id(), r.title(), r.prompt(), r.points(), r.modelAnswer(), r.criteria(),
                List.of(new Misconception(linear.id(), linear.label(), linear.penalty(),
                        List.of("\"attention is linear\""), linear.exemplars())), r.synonyms());
        String paraphrase = "The output is a weighted sum of the values. The cost simply goes up in proportion to "
                + "the number of tokens.";

        assertThat(ENGINE.grade(r, paraphrase).misconceptions()).extracting(m -> m.id()).containsExactly("linear");
        assertThat(ENGINE.grade(ordered, paraphrase).misconceptions()).isEmpty();
        assertThat(ENGINE.grade(ordered, "Attention itself is linear.").misconceptions()).hasSize(1);
        assertThat(ENGINE.grade(ordered, "Linear attention is one remedy.").misconceptions()).isEmpty();
    }

    @Test
    void aMisconceptionWithItsWordingSpeltOutIsNotLookedForBySimilarity() {
        Rubric r = EngineFixtures.ATTENTION;
        Misconception linear = r.misconceptions().get(0);
        Rubric spelt = new Rubric(r.id(), r.title(), r.prompt(), r.points(), r.modelAnswer(), r.criteria(),
                List.of(new Misconception(linear.id(), linear.label(), linear.penalty(),
                        List.of("grows linearly", "linear in sequence length", "linear cost"), linear.exemplars())),
                r.synonyms());
        String paraphrase = "The output is a weighted sum of the values. The cost simply goes up in proportion to "
                + "the number of tokens.";

        assertThat(ENGINE.grade(r, paraphrase).misconceptions()).extracting(m -> m.id()).containsExactly("linear");
        GradeReport report = ENGINE.grade(spelt, paraphrase);
        assertThat(report.misconceptions()).isEmpty();
        assertThat(report.score()).isGreaterThan(ENGINE.grade(r, paraphrase).score());
        assertThat(ENGINE.grade(spelt, "The cost of attention grows linearly.").misconceptions()).hasSize(1);
    }

    @Test
    void negatedMisconceptionIsNotAMisconception() {
        GradeReport report = LEXICAL.grade(EngineFixtures.ATTENTION, "The output is a weighted sum of the values. "
                + "The cost never grows linearly; it is quadratic in sequence length.");

        assertThat(report.misconceptions()).isEmpty();
        assertThat(report.score()).isEqualTo(10.0);
    }

    @Test
    void keywordListIsCappedAndSaysSo() {
        GradeReport report = ENGINE.grade(EngineFixtures.ATTENTION,
                "query, key, value, softmax, weighted sum of values, quadratic, n squared, pairs");

        assertThat(report.hasFlag(FlagCode.KEYWORD_LIST)).isTrue();
        assertThat(report.score()).isEqualTo(ScoringPolicy.DEFAULT.keywordListCap() * 10);
        assertThat(report.flags()).filteredOn(f -> f.code() == FlagCode.KEYWORD_LIST).first()
                .extracting(f -> f.message()).asString().contains("capped");
    }

    @Test
    void offTopicAnswerScoresZeroAndIsFlagged() {
        String answer = "A window function in SQL computes a running total over the rows of a partition.";

        for (GradingEngine engine : new GradingEngine[] {ENGINE, LEXICAL}) {
            GradeReport report = engine.grade(EngineFixtures.ATTENTION, answer);
            assertThat(report.score()).isZero();
            assertThat(report.hasFlag(FlagCode.OFF_TOPIC)).isTrue();
        }
    }

    @Test
    void anAnswerPastedFromTheModelAnswerIsFlaggedForAPersonWithItsScoreUnchanged() {
        String pasted = "Self-attention lets each token look at all the others: a query is scored against every key,"
                + " a softmax turns those scores into weights, and each output mixes the values by those weights.";
        String ownWords = "Every token is compared with all the others; the softmax of the query-key scores weights"
                + " a sum of the values, and the work grows with the square of the length.";

        GradeReport copied = LEXICAL.grade(EngineFixtures.ATTENTION, pasted);
        GradeReport own = LEXICAL.grade(EngineFixtures.ATTENTION, ownWords);

        assertThat(copied.hasFlag(FlagCode.COPIED_TEXT)).isTrue();
        assertThat(copied.flags()).filteredOn(f -> f.code() == FlagCode.COPIED_TEXT).first()
                .extracting(f -> f.message()).asString().contains("repeat the model answer");
        assertThat(copied.flags()).filteredOn(f -> f.code() == FlagCode.COPIED_TEXT).first()
                .extracting(f -> f.evidence().get(0).text()).asString().startsWith("Self-attention lets each token");
        assertThat(own.hasFlag(FlagCode.COPIED_TEXT)).isFalse();
        assertThat(copied.score()).isEqualTo(LEXICAL.grade(EngineFixtures.ATTENTION, pasted + " ").score());
        assertThat(copied.score()).isPositive();
    }

    @Test
    void misspeltHalfOfAHyphenatedWordStillMatches() {
        Rubric rubric = new Rubric("t02", "Base models", "When would you pick a base model?", 2,
                "When I plan to fine-tune it on my own data.",
                List.of(new Criterion("tune", "Starting point for your own fine-tuning", 2,
                        List.of("own fine tuning"), List.of(), 0, List.of())),
                List.of(), Map.of());

        GradeReport report = LEXICAL.grade(rubric, "It makes sense if you are doing your own fine-tunning.");

        assertThat(report.criteria().get(0).status()).isEqualTo(CriterionStatus.MET);
        assertThat(report.criteria().get(0).evidence()).extracting(Evidence::kind).contains(MatchKind.SPELLING);
    }

    @Test
    void veryShortAnswerIsFlagged() {
        GradeReport report = ENGINE.grade(EngineFixtures.ATTENTION, "Softmax.");

        assertThat(report.hasFlag(FlagCode.TOO_SHORT)).isTrue();
    }

    @Test
    void emptyAnswerScoresZero() {
        GradeReport report = ENGINE.grade(EngineFixtures.ATTENTION, "   ");

        assertThat(report.score()).isZero();
        assertThat(report.hasFlag(FlagCode.TOO_SHORT)).isTrue();
    }

    @Test
    void sameAnswerGivesTheSameReport() {
        String answer = "Every token looks at all the others and blends their values; the work grows with n squared.";

        assertThat(ENGINE.grade(EngineFixtures.ATTENTION, answer))
                .isEqualTo(ENGINE.grade(EngineFixtures.ATTENTION, answer))
                .isEqualTo(EngineFixtures.engine().grade(EngineFixtures.ATTENTION, answer));
    }

    @Test
    void evidenceOffsetsPointAtTheOriginalText() {
        String answer = "Ｅａｃｈ  token\u00A0takes a   ｗｅｉｇｈｔｅｄ\u200B sum of the values.\r\n\r\nThe cost "
                + "grows quadratically.";
        GradeReport report = ENGINE.grade(EngineFixtures.ATTENTION, answer);

        Evidence evidence = report.criteria().get(0).evidence().get(0);
        assertThat(answer.substring(evidence.start(), evidence.end())).isEqualTo(evidence.text())
                .isEqualTo("ｗｅｉｇｈｔｅｄ\u200B sum of the values");
        Evidence cost = report.criteria().get(1).evidence().get(0);
        assertThat(answer.substring(cost.start(), cost.end())).isEqualTo("grows quadratically");
    }

    @Test
    void semanticChannelCreditsAParaphraseAndCanBeSwitchedOff() {
        String paraphrase = "Every word looks at all the other words in the text and mixes in what they carry, "
                + "more from the ones that matter to it.";

        GradeReport withSemantic = ENGINE.grade(EngineFixtures.ATTENTION, paraphrase);
        GradeReport without = LEXICAL.grade(EngineFixtures.ATTENTION, paraphrase);

        assertThat(withSemantic.criteria().get(0).points()).isGreaterThan(0);
        assertThat(withSemantic.criteria().get(0).evidence()).extracting(Evidence::kind)
                .contains(MatchKind.SEMANTIC);
        assertThat(without.criteria().get(0).points()).isZero();
    }

    @Test
    void aSentenceThatDeniesTheCriterionEarnsNothingBySimilarity() {
        String denial = "Each query is compared with every key. Doubling the length of the text makes the work four "
                + "times larger, so it is not quadratic.";

        GradeReport report = ENGINE.grade(EngineFixtures.ATTENTION, denial);

        assertThat(report.criteria().get(0).points()).isGreaterThan(0);
        assertThat(report.criteria().get(1).points()).isZero();
        assertThat(report.criteria().get(1).evidence()).extracting(Evidence::kind)
                .containsExactly(MatchKind.EXACT);
        assertThat(report.hasFlag(FlagCode.NEGATED_CONCEPT)).isTrue();
    }

    @Test
    void similarityAloneEarnsLessThanFullCredit() {
        GradeReport report = ENGINE.grade(EngineFixtures.ATTENTION, "Every word looks at all the other words in the "
                + "text and blends in what they carry, in proportion to how relevant they are.");

        assertThat(report.criteria().get(0).points()).isLessThan(6.0);
    }

    @Test
    void semanticUnitsAreLimitedByThePolicy() {
        ScoringPolicy d = ScoringPolicy.DEFAULT;
        ScoringPolicy oneUnit = new ScoringPolicy(d.keywordMin(), d.keywordMax(), d.semanticLow(),
                d.semanticHigh(), d.semanticCap(), d.misconceptionSimilarity(), d.misconceptionMargin(),
                d.misconceptionReach(), d.metStrength(), d.keywordListCap(), d.offTopicSimilarity(),
                d.offTopicUnscoredSimilarity(), d.offTopicLittleShare(), d.offTopicOverlap(), d.tooShortWords(),
                d.lowConfidence(), 1);
        GradingEngine limited = GradingEngine.create(EngineFixtures.analyzer(), EngineFixtures.wordnet(),
                Optional.of(EngineFixtures.embedder()), EngineOptions.defaults(), oneUnit);
        String answer = "Attention is a mechanism. Every word looks at all the other words and blends in what they "
                + "carry, in proportion to how relevant they are.";

        assertThat(limited.grade(EngineFixtures.ATTENTION, answer).criteria().get(0).points())
                .isLessThan(ENGINE.grade(EngineFixtures.ATTENTION, answer).criteria().get(0).points());
    }

    @Test
    void embedsSentencesOnlyWhenSimilarityCouldChangeTheGrade() {
        AtomicInteger passes = new AtomicInteger();
        SentenceEmbedder counting = text -> {
            passes.incrementAndGet();
            return EngineFixtures.embedder().embed(text);
        };
        GradingEngine engine = GradingEngine.create(EngineFixtures.analyzer(), EngineFixtures.wordnet(),
                Optional.of(counting), EngineOptions.defaults());
        engine.grade(EngineFixtures.ATTENTION, "warm up");

        passes.set(0);
        GradeReport settledByWords = engine.grade(EngineFixtures.ATTENTION, FULL);
        assertThat(passes.get()).isZero();
        assertThat(settledByWords.score()).isEqualTo(ENGINE.grade(EngineFixtures.ATTENTION, FULL).score());

        String paraphrase = "Every word looks at all the other words and blends in what they carry, in proportion to "
                + "how relevant they are.";
        passes.set(0);
        GradeReport needsSimilarity = engine.grade(EngineFixtures.ATTENTION, paraphrase);
        assertThat(passes.get()).isEqualTo(1);
        assertThat(needsSimilarity.criteria().get(0).points()).isPositive();
    }

    @Test
    void reportsTheRubricFingerprint() {
        GradeReport report = ENGINE.grade(EngineFixtures.ATTENTION, FULL);

        assertThat(report.rubricVersion()).isEqualTo(RubricWriter.fingerprint(EngineFixtures.ATTENTION));
    }

    @Test
    void rejectsNullInput() {
        assertThatThrownBy(() -> ENGINE.grade(EngineFixtures.ATTENTION, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ENGINE.grade(null, "text")).isInstanceOf(IllegalArgumentException.class);
    }
}
