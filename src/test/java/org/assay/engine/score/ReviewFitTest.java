package org.assay.engine.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ReviewFitTest {

    /**
     * Grades in the middle of the scale: those earned on keywords are far from the grader's score three times in
     * four, those earned on stated expressions one time in ten. A band on the score cannot tell them apart.
     */
    private static List<ReviewFit.Sample> samples(String group, int n, long seed) {
        Random random = new Random(seed);
        List<ReviewFit.Sample> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean keywords = i % 2 == 0;
            double share = 0.4 + 0.3 * random.nextDouble();
            Map<String, Double> signals = Map.of("middle", 1.0, "share", share, "hump", 4 * share * (1 - share),
                    keywords ? "keywords" : "expression", share);
            boolean far = random.nextDouble() < (keywords ? 0.75 : 0.1);
            out.add(new ReviewFit.Sample(group, signals, far));
        }
        return out;
    }

    @Test
    void learnsWhichEvidenceMakesAMiddleScoreDoubtful() {
        ReviewModel model = ReviewFit.fit(samples("a", 400, 1), ReviewFit.Settings.DEFAULT);

        Map<String, Double> onKeywords = Map.of("middle", 1.0, "share", 0.5, "hump", 1.0, "keywords", 0.5);
        Map<String, Double> explained = Map.of("middle", 1.0, "share", 0.5, "hump", 1.0, "expression", 0.5);
        assertThat(model.weights().get("keywords")).isGreaterThan(model.weights().get("expression"));
        assertThat(model.chance(onKeywords)).isBetween(0.6, 0.9);
        assertThat(model.chance(explained)).isLessThan(0.25).isLessThan(model.threshold());
    }

    @Test
    void theThresholdRoutesTheChosenShareOfTheFarOffTrainingAnswers() {
        List<ReviewFit.Sample> data = samples("a", 400, 2);
        ReviewModel model = ReviewFit.fit(data, new ReviewFit.Settings(1.0, 0.9));

        long far = data.stream().filter(ReviewFit.Sample::far).count();
        long routed = data.stream().filter(s -> s.far() && model.chance(s.signals()) >= model.threshold()).count();
        assertThat((double) routed / far).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void eachGroupIsMeasuredByAModelFittedWithoutIt() {
        List<ReviewFit.Sample> data = new ArrayList<>(samples("a", 200, 3));
        data.addAll(samples("b", 200, 4));
        // a group where nothing is far: a model fitted on it alone could not route anything
        data.addAll(samples("c", 50, 5).stream().map(s -> new ReviewFit.Sample("c", s.signals(), false)).toList());

        List<ReviewFit.Held> held = ReviewFit.leaveOneGroupOut(data, ReviewFit.Settings.DEFAULT);

        assertThat(held).extracting(ReviewFit.Held::group).containsExactly("a", "b", "c");
        ReviewFit.Held c = held.get(2);
        assertThat(c.farN()).isZero();
        assertThat(c.nearN()).isEqualTo(50);
        // half its answers rest on keywords, and only those are routed
        assertThat(c.nearRouted()).isBetween(15, 35);
        assertThat(held.get(0).farRouted()).isGreaterThan(held.get(0).farN() / 2);
    }

    @Test
    void aModelFileRoundTripsAndRejectsUnknownSignals() throws IOException {
        ReviewModel model = ReviewFit.fit(samples("a", 200, 6), ReviewFit.Settings.DEFAULT);
        ReviewModel read = ReviewModel.parse(new BufferedReader(new StringReader(model.text("# test\n"))), "t");

        assertThat(read.threshold()).isCloseTo(model.threshold(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(read.weights()).containsOnlyKeys(ReviewSignals.NAMES);
        assertThatThrownBy(() -> ReviewModel.parse(new BufferedReader(new StringReader(
                "threshold\t0.3\nkeyword\t1\n")), "t")).hasMessageContaining("Unknown review signal \"keyword\"");
        assertThatThrownBy(() -> ReviewModel.parse(new BufferedReader(new StringReader("share\t1\n")), "t"))
                .hasMessageContaining("no threshold");
    }

    @Test
    void theShippedModelsWeighEverySignal() {
        for (boolean semantic : new boolean[] {true, false}) {
            ReviewModel model = ReviewModel.standard(semantic);
            assertThat(model.weights()).containsOnlyKeys(ReviewSignals.NAMES);
            assertThat(model.threshold()).isBetween(0.05, 0.95);
        }
    }
}
