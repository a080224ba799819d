package org.assay.review.stats;

import java.util.List;

/**
 * Question statistics of an assessment or of a bank.
 *
 * @param scope "assessment" or "bank"
 * @param attempts submitted attempts counted
 */
public record StatisticsView(String scope, String title, int attempts, List<QuestionStatistics> questions) {

    public boolean anyAttention() {
        return questions.stream().anyMatch(QuestionStatistics::attention);
    }
}
