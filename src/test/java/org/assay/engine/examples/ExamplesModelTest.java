package org.assay.engine.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.assay.engine.Grader;
import org.assay.engine.score.CriterionResult;
import org.assay.engine.score.CriterionStatus;
import org.assay.engine.score.ExampleNeighbour;
import org.assay.engine.score.GradeReport;
import org.assay.engine.semantic.Vectors;
import org.junit.jupiter.api.Test;

/**
 * A five-point question whose rubric gives 4 to answers that state the right terms, whether or not they swap the two
 * methods; people gave the swapped ones 1. Examples of both kinds teach the channel to pull a new swapped answer down.
 */
class ExamplesModelTest {

    private static final double MAX = 5;
    private static final String VERSION = "rubric-v1";
    private static final float[] RIGHT = Vectors.unit(new float[] {1, 0.1f, 0});
    private static final float[] SWAPPED = Vectors.unit(new float[] {0.1f, 1, 0});

    @Test
    void anAnswerCloseToLowScoredExamplesIsPulledDownAndTheRubricScoreIsKeptApart() {
        ExamplesModel model = ExamplesModel.fit(List.of(question(VERSION)), ExampleSettings.DEFAULT);

        GradeReport graded = model.apply("q08", answer(SWAPPED, "swap"), Exclusion.NONE);

        assertThat(model.coefficients()[0] + model.coefficients()[1]).isGreaterThan(0.5);
        assertThat(graded.rubricScore()).isEqualTo(4.0);
        assertThat(graded.score()).isLessThan(2.5);
        assertThat(graded.examples().shift()).isCloseTo(graded.score() - 4.0, within(1e-9));
        assertThat(graded.examples().neighbours()).extracting(ExampleNeighbour::score).containsOnly(1.0);
        assertThat(graded.examples().neighbours().stream().mapToDouble(ExampleNeighbour::shift).sum())
                .isCloseTo(graded.examples().shift(), within(1e-9));
        assertThat(graded.examples().explanation()).startsWith("close to example swapped-1 (scored 1/5: swaps DPO "
                + "and RLHF)");
    }

    @Test
    void anAnswerCloseToWellScoredExamplesMovesTowardsTheirScores() {
        ExamplesModel model = ExamplesModel.fit(List.of(question(VERSION)), ExampleSettings.DEFAULT);

        GradeReport graded = model.apply("q08", answer(RIGHT, "right"), Exclusion.NONE);

        assertThat(graded.score()).isBetween(4.0, 4.6);
        assertThat(graded.examples().neighbours()).extracting(ExampleNeighbour::id).first().asString()
                .startsWith("right");
    }

    @Test
    void withoutExamplesOrUnderAnotherRubricVersionTheReportIsTheRubricsAlone() {
        Examined answer = answer(SWAPPED, "swap");

        assertThat(ExamplesModel.EMPTY.apply("q08", answer, Exclusion.NONE)).isSameAs(answer.report());
        ExamplesModel pinned = ExamplesModel.fit(List.of(question("rubric-v0")), ExampleSettings.DEFAULT);
        assertThat(pinned.apply("q08", answer, Exclusion.NONE)).isSameAs(answer.report());
        assertThat(pinned.apply("q09", answer, Exclusion.NONE)).isSameAs(answer.report());
    }

    @Test
    void noCloseNeighbourLeavesTheScoreAlone() {
        ExamplesModel model = ExamplesModel.fit(List.of(question(VERSION)), ExampleSettings.DEFAULT);
        float[] elsewhere = {0, 0, 1};
        var features = new AnswerFeatures(0.8, elsewhere, Set.of("photosynthesis", "leaf"), new double[] {0, 0},
                Set.of("other"));
        var report = report(4);

        GradeReport graded = model.apply("q08", new Examined(report, features), Exclusion.NONE);

        assertThat(graded.score()).isEqualTo(4.0);
        assertThat(graded.examples().neighbours()).isEmpty();
        assertThat(graded.examples().explanation()).isEqualTo("no scored example is close enough to change the score");
    }

    @Test
    void anAnswerIsNeverItsOwnExampleNorLearnsFromItsAttempt() {
        ExamplesModel model = ExamplesModel.fit(List.of(question(VERSION)), ExampleSettings.DEFAULT);
        Examined swapped = answer(SWAPPED, "swap");

        GradeReport own = model.apply("q08", swapped, new Exclusion("swapped-1", ""));
        GradeReport attempt = model.apply("q08", swapped, new Exclusion("", "attempt-b"));

        assertThat(own.examples().neighbours()).extracting(ExampleNeighbour::id).doesNotContain("swapped-1");
        assertThat(own.examples().examples()).isEqualTo(9);
        assertThat(attempt.examples().neighbours()).extracting(ExampleNeighbour::id)
                .doesNotContain("swapped-1", "swapped-2");
        assertThat(attempt.examples().examples()).isEqualTo(8);
    }

    @Test
    void tooFewExamplesTeachNothing() {
        QuestionExamples full = question(VERSION);
        var few = new QuestionExamples("q08", VERSION, MAX, full.examples().subList(3, 7));
        ExamplesModel model = ExamplesModel.fit(List.of(few), ExampleSettings.DEFAULT);

        GradeReport graded = model.apply("q08", answer(SWAPPED, "swap"), Exclusion.NONE);

        assertThat(model.coefficients()).containsOnly(0.0);
        assertThat(graded.score()).isEqualTo(4.0);
    }

    @Test
    void eachNeighbourSaysWhichCriteriaItMetOrMissedAndWhichMisconceptionsItMade() {
        List<PreparedExample> examples = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            var lemmas = Set.of("reward", "model", "swap", "variant" + i);
            examples.add(new PreparedExample(new ScoredExample("swapped-" + i, ScoredExample.EXAMPLES_FILE, "",
                    "swapped " + i, 1, "swaps DPO and RLHF"), new AnswerFeatures(0.8, SWAPPED, lemmas,
                    new double[] {1, 0}, Set.of("swap"))));
        }
        ExamplesModel model = ExamplesModel.fit(List.of(new QuestionExamples("q08", VERSION, MAX, examples)),
                ExampleSettings.DEFAULT);
        var criteria = List.of(new CriterionResult("names", "Names both methods", 2.5, 2.5, CriterionStatus.MET,
                List.of()), new CriterionResult("order", "Puts them in order", 1.5, 2.5, CriterionStatus.PARTIAL,
                List.of()));
        var report = new GradeReport(4, MAX, criteria, List.of(), List.of(), 1, Grader.VERSION, VERSION);
        var features = new AnswerFeatures(0.8, SWAPPED, Set.of("reward", "model", "swap"), new double[] {1, 0.6},
                Set.of());

        GradeReport graded = model.apply("q08", new Examined(report, features), Exclusion.NONE);

        assertThat(graded.examples().neighbours()).isNotEmpty().allSatisfy(n -> {
            assertThat(n.met()).containsExactly("names");
            assertThat(n.missed()).containsExactly("order");
            assertThat(n.misconceptions()).containsExactly("swap");
        });
    }

    /** Five right answers scored 4 or 5 and five swapped ones scored 1 by people; the rubric gave every one 4. */
    private static QuestionExamples question(String version) {
        List<PreparedExample> examples = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            examples.add(new PreparedExample(new ScoredExample("right-" + i, ScoredExample.EXAMPLES_FILE, "",
                    "right " + i, i % 2 == 0 ? 5 : 4, ""), features(RIGHT, "right", i).features()));
            examples.add(new PreparedExample(new ScoredExample("swapped-" + i, ScoredExample.OVERRIDE,
                    i <= 2 ? "attempt-b" : "", "swapped " + i, 1, "swaps DPO and RLHF"),
                    features(SWAPPED, "swap", i).features()));
        }
        return new QuestionExamples("q08", version, MAX, examples);
    }

    private static Examined answer(float[] vector, String word) {
        return features(vector, word, 0);
    }

    private static Examined features(float[] vector, String word, int variant) {
        var lemmas = Set.of("reward", "model", "preference", word, "variant" + variant);
        return new Examined(report(4), new AnswerFeatures(0.8, vector, lemmas, new double[] {1, 0.6}, Set.of()));
    }

    private static GradeReport report(double score) {
        return new GradeReport(score, MAX, List.of(), List.of(), List.of(), 1, Grader.VERSION, VERSION);
    }
}
