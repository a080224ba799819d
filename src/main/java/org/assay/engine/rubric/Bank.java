package org.assay.engine.rubric;

import java.util.List;

/**
 * A question bank: the {@code bank.yaml} of a folder under {@code rubrics/}.
 *
 * @param id stable bank id, such as {@code genai-interview}
 * @param title name shown to admins
 * @param description a few sentences about the bank; may be empty
 * @param timeLimitMinutes default time limit of an assessment built from the bank
 * @param questionIds question ids in the order candidates see them
 */
public record Bank(String id, String title, String description, int timeLimitMinutes, List<String> questionIds) {

    public Bank {
        questionIds = List.copyOf(questionIds);
    }
}
