package org.assay.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.assay.engine.score.Flag;
import org.assay.engine.score.FlagCode;
import org.assay.engine.score.GradeReport;
import org.junit.jupiter.api.Test;

class ReviewRouteTest {

    private static final GradingEngine LEXICAL = EngineFixtures.engine(new EngineOptions(true, true, false));

    @Test
    void anAnswerThatOnlyNamesTheTermsOfOneCriterionGoesToAPersonAndSaysWhy() {
        GradeReport report = LEXICAL.grade(EngineFixtures.ATTENTION,
                "Attention works with the query and the key vectors and then a softmax over them.");

        assertThat(report.score()).isBetween(3.0, 8.5);
        assertThat(report.flags()).filteredOn(f -> f.code() == FlagCode.NEEDS_REVIEW).singleElement()
                .extracting(Flag::message).asString()
                .startsWith("A person should check this grade: ")
                .contains("rest on keywords");
    }

    @Test
    void aCompleteCorrectAnswerAndAnEmptyOneAreNotRouted() {
        GradeReport full = LEXICAL.grade(EngineFixtures.ATTENTION, "Each query is compared with every key, the "
                + "scores go through a softmax, and the output is a weighted sum of the values. Since every pair of "
                + "tokens is scored, the cost grows quadratically with the sequence length.");
        GradeReport nothing = LEXICAL.grade(EngineFixtures.ATTENTION, "I have no idea what attention is about.");

        assertThat(full.score()).isEqualTo(10.0);
        assertThat(full.hasFlag(FlagCode.NEEDS_REVIEW)).isFalse();
        assertThat(nothing.hasFlag(FlagCode.NEEDS_REVIEW)).isFalse();
    }
}
