package org.assay.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.assay.grading.RegradeFixtures;
import org.assay.grading.RegradeScope;
import org.assay.grading.RegradeService;
import org.assay.grading.RegradeWorker;
import org.assay.rubric.TestBanks;
import org.assay.rubric.transfer.BankExportService;
import org.assay.rubric.transfer.BankImportService;
import org.assay.support.Api;
import org.assay.support.Html;
import org.assay.support.PostgresAvailable;
import org.assay.support.WebSession;

/** Rubric versions, bank transfer and regrade jobs on PostgreSQL, where row locks are real. */
@QuarkusTest
@TestProfile(AuthoringPostgresProfile.class)
@Tag("postgres")
@ExtendWith(PostgresAvailable.class)
class AuthoringPostgresTest {

    @Inject
    RegradeService regrades;

    @Inject
    RegradeWorker worker;

    @Inject
    BankExportService exporter;

    @Inject
    BankImportService importer;

    @Test
    void versionsAreSavedAndComparedOnPostgres() {
        var bank = TestBanks.fresh("q06");
        var path = "/api/banks/" + bank + "/questions/q06/rubric";
        var yaml = TestBanks.current(bank, "q06").content.replace("title: Self-attention", "title: Attention");

        var saved = Api.asAdmin().contentType("text/yaml").body(yaml).put(path);
        var diff = WebSession.admin().page("/admin/banks/" + bank + "/questions/q06/history/diff?from=1&to=2");

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(Api.json(saved).getInt("version")).isEqualTo(2);
        assertThat(diff.select("#diff tr.added").text()).contains("title: Attention");
        assertThat(Html.text(diff, "#diff-summary")).contains("1 line(s) added");
    }

    @Test
    void anExportedBankImportsBackUnchangedOnPostgres() {
        var bank = TestBanks.fresh("q01", "q06");
        var copy = bank + "-copy";
        var files = new LinkedHashMap<String, String>();
        exporter.files(bank).forEach((name, text) -> files.put(name,
                name.equals("bank.yaml") ? text.replace("id: " + bank, "id: " + copy) : text));

        importer.importFiles(files, "test", "test");

        for (var qid : new String[] { "q01", "q06" }) {
            assertThat(TestBanks.current(copy, qid).content).isEqualTo(TestBanks.current(bank, qid).content);
            assertThat(TestBanks.examples(copy, qid)).hasSameSizeAs(TestBanks.examples(bank, qid));
        }
    }

    @Test
    void aLockedJobIsSkippedAndFinishedOnceReleasedOnPostgres() throws Exception {
        var setup = RegradeFixtures.gradedAtZero();
        long jobId = regrades.start(new RegradeScope(RegradeScope.QUESTION, setup.questionId()), "admin");
        boolean ranWhileLocked;
        long gradesWhileLocked;
        try (var lock = RegradeFixtures.lock(jobId)) {
            ranWhileLocked = regrades.runBatch(jobId);
            gradesWhileLocked = RegradeFixtures.gradeCount(setup);
        }
        worker.work(Duration.ofMinutes(2));

        assertThat(ranWhileLocked).isFalse();
        assertThat(gradesWhileLocked).isEqualTo(setup.answerIds().size());
        var job = regrades.job(jobId);
        assertThat(job.status()).isEqualTo(RegradeService.DONE);
        assertThat(job.done()).isEqualTo(setup.answerIds().size());
        assertThat(RegradeFixtures.gradeCount(setup)).isEqualTo(2L * setup.answerIds().size());
        var page = WebSession.admin().page("/admin/regrade/jobs/" + jobId);
        assertThat(Html.text(page, "#job-status")).startsWith("DONE");
    }
}
