package org.assay.rubric;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.assay.engine.rubric.Rubric;

/**
 * A question with its current rubric version, as the editor and the API read it.
 *
 * @param questionId database id of the question
 * @param bankKey the bank's id
 * @param bankTitle the bank's title
 * @param qid the question's id in the bank
 * @param title the question's title
 * @param versionNo number of the current version
 * @param content the current version's YAML as saved
 * @param fingerprint the rubric writer's fingerprint of the current version's meaning
 * @param rubric the current version parsed
 * @param savedAt when the current version was saved
 * @param savedBy who saved it
 */
public record QuestionRubric(long questionId, String bankKey, String bankTitle, String qid, String title,
        int versionNo, String content, String fingerprint, Rubric rubric, Instant savedAt, String savedBy) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    public String savedAtText() {
        return WHEN.format(savedAt);
    }
}
