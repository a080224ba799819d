package org.assay.grading;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.assay.engine.Grader;
import org.assay.engine.rubric.Rubric;
import org.assay.engine.rubric.RubricParser;
import org.assay.engine.score.ExampleNeighbour;
import org.assay.engine.score.GradeReport;
import org.assay.rubric.ExampleService;
import org.assay.rubric.Question;
import org.assay.rubric.QuestionBank;
import org.assay.rubric.RubricExample;
import org.assay.rubric.TestAttempts;

/** A q06 bank with its examples file: its scored examples move grades once the bank turns them on. */
@QuarkusTest
class GradingExamplesTest {

    @Inject
    GradingExamples examples;

    @Inject
    Grader grader;

    @Test
    void aBankThatTurnsExamplesOnGradesWithThemKeepingTheRubricScoreApartAndStoredGradesAlone() {
        var setup = RegradeFixtures.gradedAtZero();
        var rubricAlone = setup.predicted(grader);

        var off = grade(setup, 1);
        turnOn(setup);
        var on = grade(setup, 1);

        assertThat(off.examples()).isNull();
        assertThat(off.score()).isEqualTo(rubricAlone.get(1));
        assertThat(on.examples()).isNotNull();
        assertThat(on.rubricScore()).isEqualTo(rubricAlone.get(1));
        assertThat(on.examples().neighbours()).isNotEmpty()
                .allSatisfy(n -> assertThat(n.source()).isEqualTo("examples file"));
        assertThat(on.examples().explanation()).startsWith("close to example ");
        assertThat(on.score()).isEqualTo(on.rubricScore() + on.examples().shift());
        assertThat(RegradeFixtures.grades(setup.answerIds().get(1))).hasSize(1)
                .allSatisfy(g -> assertThat(g.score).isZero());
    }

    @Test
    void anAnswerKeptAsAnExampleIsNeverItsOwnExample() {
        var setup = RegradeFixtures.gradedAtZero();
        turnOn(setup);
        long answerId = setup.answerIds().get(0);
        long keptId = keep(setup, answerId, 0.5);

        var own = grade(setup, 0);
        var other = grade(setup, 2);

        assertThat(own.examples().neighbours()).extracting(ExampleNeighbour::id)
                .doesNotContain(Long.toString(keptId));
        assertThat(other.examples().examples()).isEqualTo(own.examples().examples() + 1);
    }

    private GradeReport grade(RegradeFixtures.Setup setup, int index) {
        long answerId = setup.answerIds().get(index);
        long bankId = QuarkusTransaction.requiringNew().call(() -> QuestionBank.findByKey(setup.bank()).orElseThrow()
                .id);
        return examples.grade(bankId, "q06", answerId, TestAttempts.attemptOf(answerId), rubric(setup),
                setup.texts().get(index));
    }

    private static Rubric rubric(RegradeFixtures.Setup setup) {
        var content = QuarkusTransaction.requiringNew().call(() -> ((Question) Question.findById(setup.questionId()))
                .currentVersion.content);
        return new RubricParser().parse("rubric.yaml", content).rubric().orElseThrow();
    }

    private static void turnOn(RegradeFixtures.Setup setup) {
        QuarkusTransaction.requiringNew().run(() -> QuestionBank.findByKey(setup.bank()).orElseThrow()
                .examplesAsEvidence = true);
    }

    private static long keep(RegradeFixtures.Setup setup, long answerId, double score) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Question question = Question.findById(setup.questionId());
            var example = new RubricExample();
            example.question = question;
            example.answer = setup.texts().get(0);
            example.expectedScore = score;
            example.source = ExampleService.SOURCE_TRANSCRIPT;
            example.answerId = answerId;
            example.rubricVersion = question.currentVersion;
            example.persist();
            return example.id;
        });
    }
}
