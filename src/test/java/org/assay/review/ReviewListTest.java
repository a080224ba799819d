package org.assay.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.assay.support.Html;
import org.assay.support.WebSession;

@QuarkusTest
class ReviewListTest {

    @Test
    void listsEachAttemptWithScoresFlagsAndReviewState() {
        var assessment = ReviewData.newAssessment("Listing basics", false);
        var submitted = ReviewData.submitted(assessment, "Sofia Submitted");
        ReviewData.inProgress(assessment, "Pablo Progress");
        override(submitted, 0, 6);

        var page = ReviewData.interviewer("ivy").page("/review?assessment=" + assessment);
        assertThat(page.select("table.attempts thead th").eachText()).containsExactly("Candidate", "Assessment",
                "Status", "Submitted ▼", "Automatic score", "Final score", "Flags", "Reviewed");
        var rows = page.select("table.attempts tbody tr");
        assertThat(rows).hasSize(2);
        var cells = rows.get(0).select("td").eachText();
        assertThat(cells.get(0)).isEqualTo("Sofia Submitted");
        assertThat(cells.get(1)).isEqualTo("Listing basics");
        assertThat(cells.get(2)).isEqualTo("submitted");
        assertThat(cells.get(3)).endsWith("UTC");
        assertThat(cells.subList(4, 8)).containsExactly("6.5 / 20", "8 / 20 changed", "2", "no");
        assertThat(rows.get(0).selectFirst("a").attr("href")).isEqualTo(submitted.transcript());
        assertThat(rows.get(1).select("td").stream().map(Element::text).toList()).containsExactly("Pablo Progress",
                "Listing basics", "in progress", "", "", "", "0", "no");
    }

    @Test
    void filtersByStatusAndReviewState() {
        var assessment = ReviewData.newAssessment("Status filter", false);
        var done = ReviewData.submitted(assessment, "Dina Done");
        ReviewData.submitted(assessment, "Tom Todo");
        ReviewData.inProgress(assessment, "Walt Writing");
        var session = ReviewData.interviewer("ivy");
        session.submit(done.transcript(), done.transcript() + "/reviewed", Map.of());

        assertThat(names(session, assessment, "&status=in-progress")).containsExactly("Walt Writing");
        assertThat(names(session, assessment, "&status=submitted&sort=candidate"))
                .containsExactly("Dina Done", "Tom Todo");
        assertThat(names(session, assessment, "&status=to-review")).containsExactly("Tom Todo");
        assertThat(names(session, assessment, "&status=reviewed")).containsExactly("Dina Done");
    }

    @Test
    void filtersByFlags() {
        var assessment = ReviewData.newAssessment("Flag filter", false);
        ReviewData.submitted(assessment, "Fern Flagged");
        ReviewData.inProgress(assessment, "Nico Noflags");
        var session = ReviewData.interviewer("ivy");

        assertThat(names(session, assessment, "&flag=any")).containsExactly("Fern Flagged");
        assertThat(names(session, assessment, "&flag=none")).containsExactly("Nico Noflags");
        assertThat(names(session, assessment, "&flag=TOO_SHORT")).containsExactly("Fern Flagged");
        assertThat(names(session, assessment, "&flag=OFF_TOPIC")).isEmpty();
    }

    @Test
    void sortsByFinalScoreCandidateAndFlagsInBothDirections() {
        var assessment = ReviewData.newAssessment("Sorting", false);
        override(ReviewData.submitted(assessment, "Bea Middle"), 0, 5);
        override(ReviewData.submitted(assessment, "Cal Top"), 0, 10);
        override(ReviewData.submitted(assessment, "Abe Low"), 0, 0);
        ReviewData.inProgress(assessment, "Zed Ungraded");
        var session = ReviewData.interviewer("ivy");

        assertThat(names(session, assessment, "&sort=final&dir=desc"))
                .containsExactly("Cal Top", "Bea Middle", "Abe Low", "Zed Ungraded");
        assertThat(names(session, assessment, "&sort=final&dir=asc"))
                .containsExactly("Abe Low", "Bea Middle", "Cal Top", "Zed Ungraded");
        assertThat(names(session, assessment, "&sort=candidate"))
                .containsExactly("Abe Low", "Bea Middle", "Cal Top", "Zed Ungraded");
        assertThat(names(session, assessment, "&sort=candidate&dir=desc"))
                .containsExactly("Zed Ungraded", "Cal Top", "Bea Middle", "Abe Low");
        assertThat(names(session, assessment, "&sort=flags&dir=asc").get(0)).isEqualTo("Zed Ungraded");
    }

    @Test
    void columnHeadingsLinkToTheirSortAndMarkTheActiveOne() {
        var assessment = ReviewData.newAssessment("Heading links", false);
        ReviewData.submitted(assessment, "Hugo Heading");
        var page = ReviewData.interviewer("ivy").page("/review?assessment=" + assessment + "&sort=final&dir=asc");

        var finalHeading = page.select("table.attempts th").get(5);
        assertThat(finalHeading.attr("aria-sort")).isEqualTo("ascending");
        assertThat(finalHeading.selectFirst("a").attr("href"))
                .isEqualTo("/review?assessment=" + assessment + "&sort=final&dir=desc");
        assertThat(page.select("table.attempts th").get(0).selectFirst("a").attr("href"))
                .isEqualTo("/review?assessment=" + assessment + "&sort=candidate&dir=asc");
    }

    @Test
    void searchFindsCandidatesByPartOfTheirNameIgnoringCase() {
        var assessment = ReviewData.newAssessment("Search", false);
        ReviewData.submitted(assessment, "Margaret Hamilton");
        ReviewData.submitted(assessment, "Alan Turing");
        ReviewData.submitted(assessment, "Percent 100% Sure");
        var session = ReviewData.interviewer("ivy");

        assertThat(names(session, assessment, "&q=HAMIL")).containsExactly("Margaret Hamilton");
        assertThat(names(session, assessment, "&q=%")).containsExactly("Percent 100% Sure");
        assertThat(names(session, assessment, "&q=nobody")).isEmpty();
    }

    @Test
    void blindReviewHidesNamesInTheListAndFromSearchUntilReviewed() {
        var assessment = ReviewData.newAssessment("Blind list", true);
        var built = ReviewData.submitted(assessment, "Secret Sarah");
        var session = ReviewData.interviewer("ivy");

        var page = session.page("/review?assessment=" + assessment);
        assertThat(names(page)).containsExactly("Candidate #" + built.attemptId());
        assertThat(page.text()).doesNotContain("Secret Sarah");
        assertThat(names(session, assessment, "&q=secret")).isEmpty();
        assertThat(names(session, assessment, "&q=#" + built.attemptId()))
                .containsExactly("Candidate #" + built.attemptId());

        session.submit(built.transcript(), built.transcript() + "/reviewed", Map.of());
        assertThat(names(session, assessment, "&q=secret")).containsExactly("Secret Sarah");
    }

    @Test
    void emptyResultExplainsThatNothingMatchesAndOffersToClearFilters() {
        var assessment = ReviewData.newAssessment("Nothing here", false);
        var page = ReviewData.interviewer("ivy").page("/review?assessment=" + assessment + "&q=zzz");

        assertThat(page.select("table.attempts")).isEmpty();
        assertThat(Html.text(page, ".empty-state h2")).isEqualTo("No attempts match");
        assertThat(Html.text(page, ".empty-state p")).contains("No attempt matches these filters and the name “zzz”");
        assertThat(page.selectFirst(".empty-state a").attr("href")).isEqualTo("/review");
    }

    @Test
    void unknownFilterValuesFallBackToTheDefaults() {
        var page = ReviewData.interviewer("ivy").page("/review?status=bogus&flag=nope&sort=x&dir=up&page=-3");
        assertThat(page.select("#status option[selected]").text()).isEqualTo("All");
        assertThat(page.select("#flag option[selected]").text()).isEqualTo("Any or none");
        assertThat(page.select("table.attempts th[aria-sort=descending]").text()).startsWith("Submitted");
    }

    @Test
    void pagesHoldTheConfiguredNumberOfAttempts() {
        var assessment = ReviewData.newAssessment("Paging", false);
        for (int i = 0; i < 51; i++) {
            ReviewData.inProgress(assessment, "Candidate %02d".formatted(i));
        }
        var session = ReviewData.interviewer("ivy");

        var first = session.page("/review?assessment=" + assessment + "&sort=candidate");
        assertThat(names(first)).hasSize(50).startsWith("Candidate 00").endsWith("Candidate 49");
        assertThat(Html.text(first, ".pager span")).isEqualTo("Page 1 of 2");
        assertThat(first.select(".pager a[rel=prev]")).isEmpty();
        var next = first.selectFirst(".pager a[rel=next]").attr("href");
        assertThat(next).isEqualTo("/review?assessment=" + assessment + "&sort=candidate&dir=asc&page=2");

        var second = session.page(next);
        assertThat(names(second)).containsExactly("Candidate 50");
        assertThat(Html.text(second, "table.attempts caption")).isEqualTo("51 attempts, page 2 of 2");
        assertThat(names(session.page(next.replace("page=2", "page=99")))).containsExactly("Candidate 50");
    }

    private static void override(ReviewData.Built built, int question, double score) {
        OverrideTest.api().body(Map.of("score", score, "reason", "Set for the list test", "overrideId", 0))
                .post("/api/answers/" + built.answerIds().get(question) + "/override").then().statusCode(200);
    }

    /** The names listed for the assessment with the extra query parameters, given unencoded ("&q=a b"). */
    static List<String> names(WebSession session, long assessment, String query) {
        var request = session.request().queryParam("assessment", assessment);
        for (var pair : query.substring(1).split("&")) {
            var parts = pair.split("=", 2);
            request.queryParam(parts[0], parts[1]);
        }
        return names(Html.parse(request.get("/review")));
    }

    private static List<String> names(Document page) {
        return page.select("table.attempts tbody tr td:first-child").eachText();
    }
}
