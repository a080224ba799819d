package org.assay.assessment;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new assessment, from the admin page or the API; kept as typed so a form with errors can be shown again.
 *
 * @param title what candidates and reviewers see
 * @param bank id of the question bank, such as {@code genai-interview}
 * @param questions question ids from that bank, in the order candidates get them
 * @param timeLimitMinutes minutes from start to the automatic submit; the bank's default when absent
 * @param blindReview hide candidate names from interviewers until an attempt is marked reviewed
 */
@Schema(name = "NewAssessment")
public record AssessmentForm(
        @Schema(examples = "Backend engineer, round 1") String title,
        @Schema(examples = "genai-interview") String bank,
        @Schema(examples = "[\"q01\", \"q06\", \"q15\"]") List<String> questions,
        @Schema(examples = "30") Integer timeLimitMinutes,
        boolean blindReview) {

    public AssessmentForm {
        title = title == null ? "" : title.strip();
        bank = bank == null ? "" : bank.strip();
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    public boolean picked(String qid) {
        return questions.contains(qid);
    }
}
