package org.assay.engine.score;

/**
 * The numbers that turn matches into points and flags. {@link #DEFAULT} is what the engine uses; docs/grading.md
 * explains each figure.
 *
 * @param keywordMin worth of a criterion whose keywords just reach {@code min_keywords}
 * @param keywordMax worth of a criterion whose keywords are all found (no expression matched)
 * @param semanticLow similarity at which semantic credit starts
 * @param semanticHigh similarity that earns a criterion's full semantic credit
 * @param semanticCap most a criterion can earn from similarity alone, with no rubric word in the same sentence
 * @param misconceptionSimilarity similarity to a misconception's sentences that counts as making the claim
 * @param misconceptionMargin how much closer to the misconception than to any criterion the sentence must be
 * @param misconceptionReach a misconception leaves at most the points minus this many times its penalty
 * @param metStrength worth at which a criterion counts as met rather than partly met
 * @param keywordListCap share of the maximum a keyword list can score at most
 * @param offTopicSimilarity below this similarity to the model answer, an answer with no rubric words is off topic
 * @param offTopicUnscoredSimilarity below this similarity, an answer that earned little is off topic
 * @param offTopicLittleShare share of the maximum below which an answer has earned little
 * @param offTopicOverlap below this share of words shared with the rubric, an answer with no rubric words is off
 *     topic (when the semantic channel is off)
 * @param tooShortWords answers with fewer words are flagged too short
 * @param lowConfidence confidence below which a grade is flagged for a human
 * @param maxSemanticUnits most answer units (sentences and sentence pairs) embedded per answer
 */
public record ScoringPolicy(
        double keywordMin,
        double keywordMax,
        double semanticLow,
        double semanticHigh,
        double semanticCap,
        double misconceptionSimilarity,
        double misconceptionMargin,
        double misconceptionReach,
        double metStrength,
        double keywordListCap,
        double offTopicSimilarity,
        double offTopicUnscoredSimilarity,
        double offTopicLittleShare,
        double offTopicOverlap,
        int tooShortWords,
        double lowConfidence,
        int maxSemanticUnits) {

    /** The engine's figures. */
    public static final ScoringPolicy DEFAULT = new ScoringPolicy(
            0.35, 0.75, 0.40, 0.80, 0.75, 0.75, 0.05, 3.0, 0.85, 0.1, 0.25, 0.4, 0.1, 0.15, 6, 0.6, 40);

    /** Share of a criterion's points that an expression which only names the concept earns. */
    public static final double NAMING_SHARE = 0.4;

    /**
     * A misconception with this many expressions or more is looked for by its words only, never by similarity: its
     * author has spelt out the ways to state it, and a sentence that merely sounds like it is, on the Generative-AI
     * sets, more often a right answer in similar words ("the cache grows linearly") than the wrong claim.
     */
    public static final int SPELLED_OUT_EXPRESSIONS = 3;

    /** Share of a criterion's points that an expression which only names the concept earns. */
    public double namingShare() {
        return NAMING_SHARE;
    }
}
