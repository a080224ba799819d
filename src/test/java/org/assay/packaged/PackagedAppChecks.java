package org.assay.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;

/** The assertions both packaged builds must pass: grading with every channel, results and a rendered page. */
final class PackagedAppChecks {

    private PackagedAppChecks() {
    }

    static void gradesWithEveryChannel(PackagedFlow flow) throws InterruptedException {
        var engine = flow.awaitEngine();
        assertThat(engine).as("the grading engine's health").containsEntry("state", "ready")
                .containsEntry("channels", "opennlp,wordnet,spelling,semantic");

        long invitation = flow.candidateTakesTheTest();
        var results = flow.awaitResults(invitation);

        assertThat(results.getList("results.answers.grading", String.class)).containsExactly("graded", "graded");
        assertThat(results.getList("results.answers[0].channels", String.class))
                .containsExactly("opennlp", "wordnet", "spelling", "semantic");
        assertThat(results.getDouble("results.answers[0].score")).as("a strong answer to q01").isGreaterThan(7);
        assertThat(results.getDouble("results.answers[1].score")).as("a paraphrased answer to q03").isPositive();

        var page = flow.transcriptPage(flow.attemptOf(results));
        assertThat(page.statusCode()).isEqualTo(200);
        var html = Jsoup.parse(page.asString());
        assertThat(html.select(".final-score").eachText()).hasSize(2).noneMatch(s -> s.contains("not graded"));
        assertThat(html.select(".channels").first().text()).isEqualTo("opennlp, wordnet, spelling, semantic");
        assertThat(html.select(".system-alert")).as("no grading banner").isEmpty();
    }
}
