package org.assay.rubric;

import java.util.List;

/**
 * A bank's page: its description and questions in order.
 *
 * @param bank the bank
 * @param settings how its answers are graded
 * @param questions its questions, in the order candidates see them
 */
public record BankView(BankRow bank, BankSettings settings, List<QuestionRow> questions) {
}
