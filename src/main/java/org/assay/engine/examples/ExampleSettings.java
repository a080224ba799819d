package org.assay.engine.examples;

/**
 * How the examples channel finds neighbours. The defaults were chosen by cross-validation inside the SemEval-2013
 * training splits (see docs/benchmarks.md); how much the neighbours count is learned from each set of examples.
 *
 * @param meaningWeight weight of the cosine of the answers' embeddings in their similarity
 * @param wordWeight weight of the share of content words (negated ones apart) the two answers have in common
 * @param criteriaWeight weight of the agreement of the criteria each met or missed
 * @param misconceptionFactor similarity is multiplied by this when the answers made different misconceptions
 * @param minSimilarity examples less similar than this are not neighbours
 * @param neighbours most neighbours used
 * @param sharpness neighbours count by their closeness above {@code minSimilarity} raised to this power
 * @param ridge regularisation of the learned combination
 * @param minFitted fewest examples with neighbours needed before anything is learned; fewer leave the rubric alone
 */
public record ExampleSettings(double meaningWeight, double wordWeight, double criteriaWeight,
        double misconceptionFactor, double minSimilarity, int neighbours, double sharpness, double ridge,
        int minFitted) {

    public static final ExampleSettings DEFAULT = new ExampleSettings(0.5, 0.3, 0.2, 0.8, 0.3, 5, 2, 1, 8);
}
