package org.assay.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.assay.assessment.Assessment;
import org.assay.support.Html;
import org.assay.support.WebSession;

/** Question statistics of an assessment and of a bank, on H2. */
@QuarkusTest
class StatisticsTest {

    @Test
    void facilityDiscriminationHistogramRatesAndOverridesAreReportedAndHighlighted() {
        StatisticsScenario.check(StatisticsScenario.seed("Statistics H2"));
    }

    @Test
    void statisticsFollowOverridesAtOnce() {
        StatisticsScenario.followsOverrides(StatisticsScenario.seed("Statistics follow"));
    }

    @Test
    void aBankGathersItsQuestionsAcrossAssessmentsAndTheAssessmentPageLinksEveryExport() {
        var seeded = StatisticsScenario.seed("Statistics bank");
        var bankKey = QuarkusTransaction.requiringNew().call(() ->
                Assessment.<Assessment>findById(seeded.assessmentId()).bank.key);

        var bank = ReviewData.interviewer("ivy").page("/review/banks/" + bankKey + "/statistics");
        assertThat(Html.text(bank, "#stats-q06 .stat-attempts")).isEqualTo("6");
        assertThat(Html.text(bank, "#stats-q03 .stat-facility")).isEqualTo("25%");

        var admin = WebSession.admin().page("/admin/assessments/" + seeded.assessmentId());
        assertThat(admin.select("#results ~ ul.exports a, section:has(#results) a").eachAttr("href")).contains(
                "/api/assessments/" + seeded.assessmentId() + "/results.csv",
                "/api/assessments/" + seeded.assessmentId() + "/results",
                "/review/assessments/" + seeded.assessmentId() + "/print",
                "/review/assessments/" + seeded.assessmentId() + "/statistics");
    }
}
