package org.assay.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new or edited assessment, from the admin page or the API; kept as typed so a form with errors can be shown again.
 *
 * @param title what candidates and reviewers see
 * @param bank id of the question bank, such as {@code genai-interview}
 * @param questions question ids from that bank, in the order candidates get them
 * @param timeLimitMinutes minutes from start to the automatic submit; the bank's default when absent
 * @param blindReview hide candidate names from interviewers until an attempt is marked reviewed
 * @param shuffle give each candidate the questions in an order of their own, fixed when they start
 * @param guidanceMinutes suggested minutes per question id, shown to the candidate; absent means no suggestion
 */
@Schema(name = "NewAssessment")
public record AssessmentForm(
        @Schema(examples = "Backend engineer, round 1") String title,
        @Schema(examples = "genai-interview") String bank,
        @Schema(examples = "[\"q01\", \"q06\", \"q15\"]") List<String> questions,
        @Schema(examples = "30") Integer timeLimitMinutes,
        boolean blindReview,
        boolean shuffle,
        @Schema(examples = "{\"q06\": 5}") Map<String, Integer> guidanceMinutes) {

    public AssessmentForm {
        title = title == null ? "" : title.strip();
        bank = bank == null ? "" : bank.strip();
        questions = questions == null ? List.of() : List.copyOf(questions);
        guidanceMinutes = guidanceMinutes == null ? Map.of() : new LinkedHashMap<>(guidanceMinutes);
    }

    public AssessmentForm(String title, String bank, List<String> questions, Integer timeLimitMinutes,
            boolean blindReview) {
        this(title, bank, questions, timeLimitMinutes, blindReview, false, Map.of());
    }

    public boolean picked(String qid) {
        return questions.contains(qid);
    }

    /** The question's 1-based place in the chosen order, or null when not chosen. */
    public Integer position(String qid) {
        int index = questions.indexOf(qid);
        return index < 0 ? null : index + 1;
    }

    public Integer guidance(String qid) {
        return guidanceMinutes.get(qid);
    }
}
