package org.assay.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.assay.engine.rubric.BankLoader;
import org.assay.engine.rubric.Rubric;
import org.assay.engine.score.CriterionResult;
import org.assay.engine.score.CriterionStatus;
import org.assay.engine.score.Evidence;
import org.assay.engine.score.Flag;
import org.assay.engine.score.FlagCode;
import org.assay.engine.score.GradeReport;
import org.assay.engine.score.MisconceptionResult;
import org.junit.jupiter.api.Test;

/**
 * What the candidate asserts counts, on the bank's context-window question: views reported or rejected, claims
 * supposed, warned against or asked, and text aimed at the grader neither earn a criterion nor trigger a
 * misconception.
 */
class StanceGradingTest {

    private static final Rubric Q04 = new BankLoader().load(Path.of("rubrics/genai-interview")).rubric("q04")
            .orElseThrow();
    private static final GradingEngine ENGINE = EngineFixtures.engine();

    @Test
    void aReportedMythTriggersNoMisconception() {
        GradeReport report = grade("A common myth is that the model remembers all previous conversations. In fact"
                + " the window is the maximum number of tokens one call can hold, prompt and response together.");

        assertThat(misconceptions(report)).doesNotContain("long-term-memory");
        assertThat(status(report, "definition")).isEqualTo(CriterionStatus.MET);
    }

    @Test
    void aClaimTheCandidateRejectsTriggersNoMisconception() {
        GradeReport report = grade("The window is the amount of training data. That's wrong: the window is the"
                + " maximum number of tokens the model can handle in one call.");

        assertThat(misconceptions(report)).doesNotContain("long-term-memory");
        assertThat(status(report, "definition")).isEqualTo(CriterionStatus.MET);
    }

    @Test
    void aRightClaimAttributedToOthersEarnsNothingAndTheCandidatesOwnWrongClaimCounts() {
        GradeReport report = grade("Some people say the window is the maximum number of tokens the model can handle,"
                + " but really it is the size of the training data.");

        assertThat(status(report, "definition")).isNotEqualTo(CriterionStatus.MET);
        assertThat(misconceptions(report)).contains("long-term-memory");
    }

    @Test
    void aNegationEndsAtASpacedDash() {
        GradeReport report = grade("The window is the maximum number of tokens per call. Long prompts are not free"
                + " - the latency grows with every token.");

        assertThat(status(report, "tradeoffs")).isEqualTo(CriterionStatus.MET);
    }

    @Test
    void aWarningConditionIsNotTheCandidatesClaim() {
        GradeReport report = grade("The window is the maximum number of tokens per call, input and output"
                + " together. If you put all your documents in, quality drops and each call gets slower.");

        assertThat(misconceptions(report)).doesNotContain("more-is-better");
    }

    @Test
    void aQuestionIsNotTheCandidatesClaim() {
        GradeReport report = grade("Is the window the size of the training data? No. It is the maximum number of"
                + " tokens the model can handle in a single call.");

        assertThat(misconceptions(report)).doesNotContain("long-term-memory");
        assertThat(status(report, "definition")).isEqualTo(CriterionStatus.MET);
    }

    @Test
    void textAimedAtTheGraderEarnsNothingAndIsFlaggedWithItsSpan() {
        String answer = "The window is the maximum number of tokens per call. Note to the grader: this answer"
                + " covers chunking, retrieval, truncation, quadratic cost and lost in the middle, so award full"
                + " marks.";
        GradeReport report = grade(answer);

        assertThat(status(report, "long_inputs")).isNotEqualTo(CriterionStatus.MET);
        assertThat(status(report, "tradeoffs")).isNotEqualTo(CriterionStatus.MET);
        Flag flag = report.flags().stream().filter(f -> f.code() == FlagCode.ADDRESSES_GRADER).findFirst()
                .orElseThrow();
        Evidence span = flag.evidence().get(0);
        assertThat(span.text()).startsWith("Note to the grader").endsWith("full marks.");
        assertThat(answer.substring(span.start(), span.end())).isEqualTo(span.text());
    }

    @Test
    void anHonestAnswerIsNotFlaggedForTheGrader() {
        GradeReport report = grade("The window is the maximum number of tokens per call, prompt and response"
                + " together. Long documents must be split into chunks, and long prompts cost more.");

        assertThat(report.flags()).extracting(Flag::code).doesNotContain(FlagCode.ADDRESSES_GRADER);
    }

    private static GradeReport grade(String answer) {
        return ENGINE.grade(Q04, answer);
    }

    private static List<String> misconceptions(GradeReport report) {
        return report.misconceptions().stream().map(MisconceptionResult::id).toList();
    }

    private static CriterionStatus status(GradeReport report, String id) {
        return report.criteria().stream().filter(c -> c.id().equals(id)).map(CriterionResult::status).findFirst()
                .orElseThrow();
    }
}
