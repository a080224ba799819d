package org.assay.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.assay.audit.AuditEvent;
import org.assay.support.Html;
import org.assay.support.WebSession;

@QuarkusTest
class TransferTest {

    private static final String[] QIDS = { "q01", "q06" };
    private static final long UPLOAD_LIMIT = 5_000_000;
    private static final int ZIP_ENTRY_LIMIT = 500;

    @Test
    void anUploadedZipCreatesTheBankWithItsQuestionsAndExamples() {
        var key = newKey();
        var files = TestBanks.files(key, QIDS);

        var response = upload(WebSession.admin(), "/admin/bank-files/zip", zip(key + "/", files), key + ".zip");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(Html.locationPath(response)).isEqualTo("/admin/banks/" + key);
        for (var qid : QIDS) {
            assertThat(TestBanks.current(key, qid).content).isEqualTo(files.get(qid + ".yaml"));
            var examplesInFile = files.get(qid + ".examples.yaml").lines().filter(l -> l.startsWith("- kind:"))
                    .count();
            assertThat(TestBanks.examples(key, qid)).hasSize((int) examplesInFile);
        }
        var bankPage = WebSession.admin().page("/admin/banks/" + key);
        assertThat(bankPage.select("#questions tbody tr")).hasSize(QIDS.length);
    }

    @Test
    void exportThenImportGivesTheSameRubricsAndExamples() throws IOException {
        var original = TestBanks.fresh(QIDS);
        var admin = WebSession.admin();
        var exported = admin.get("/admin/bank-files/" + original + ".zip");
        assertThat(exported.statusCode()).isEqualTo(200);
        assertThat(exported.contentType()).isEqualTo("application/zip");
        var files = unzip(exported.asByteArray());
        assertThat(files.keySet()).containsExactly(original + "/bank.yaml", original + "/q01.yaml",
                original + "/q01.examples.yaml", original + "/q06.yaml", original + "/q06.examples.yaml");
        var copy = newKey();
        var renamed = new LinkedHashMap<String, String>();
        files.forEach((name, text) -> renamed.put(name.replace(original + "/", copy + "/"),
                name.endsWith("bank.yaml") ? text.replace("id: " + original, "id: " + copy) : text));

        var response = upload(admin, "/admin/bank-files/zip", zip("", renamed), copy + ".zip");

        assertThat(response.statusCode()).isEqualTo(303);
        for (var qid : QIDS) {
            var before = TestBanks.current(original, qid);
            var after = TestBanks.current(copy, qid);
            assertThat(after.content).isEqualTo(before.content);
            assertThat(after.fingerprint).isEqualTo(before.fingerprint);
            assertThat(TestBanks.examples(copy, qid)).extracting(e -> e.answer, e -> e.expectedScore, e -> e.kind)
                    .containsExactlyElementsOf(TestBanks.examples(original, qid).stream()
                            .map(e -> tuple(e.answer, e.expectedScore, e.kind)).toList());
        }
    }

    @Test
    void importingTheSameBankAgainAddsNothingAndAChangedRubricAddsAVersion() {
        var key = newKey();
        var files = TestBanks.files(key, QIDS);
        var admin = WebSession.admin();
        upload(admin, "/admin/bank-files/zip", zip("", files), "bank.zip");
        files.put("q06.yaml", files.get("q06.yaml").replace("title: Self-attention", "title: Self-attention (v2)"));

        var response = upload(admin, "/admin/bank-files/zip", zip("", files), "bank.zip");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(TestBanks.versions(key, "q01")).hasSize(1);
        assertThat(TestBanks.versions(key, "q06")).hasSize(2);
        assertThat(TestBanks.current(key, "q06").content).contains("Self-attention (v2)");
        var firstCount = files.get("q01.examples.yaml").lines().filter(l -> l.startsWith("- kind:")).count();
        assertThat(TestBanks.examples(key, "q01")).hasSize((int) firstCount);
        var flash = URLDecoder.decode(response.getCookie("assay-flash"), StandardCharsets.UTF_8);
        assertThat(flash).contains("1 new version(s)").contains("1 unchanged");
    }

    @Test
    void aBankWithProblemsIsNotImportedAndEachProblemIsListed() {
        var key = newKey();
        var files = TestBanks.files(key, QIDS);
        files.put("q06.yaml", files.get("q06.yaml").replace("points: 10", "points: twelve"));

        var response = upload(WebSession.admin(), "/admin/bank-files/zip", zip("", files), "bank.zip");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(Html.text(Html.parse(response), "#import-problems")).contains("q06.yaml:4");
        assertThat(QuarkusTransaction.requiringNew().call(() -> QuestionBank.findByKey(key))).isEmpty();
    }

    @Test
    void anUploadOverTheSizeLimitIsRefusedWith413() {
        var bytes = new byte[(int) UPLOAD_LIMIT + 1];

        var response = upload(WebSession.admin(), "/admin/bank-files/zip", bytes, "big.zip");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Html.text(Html.parse(response), "#import-problems")).contains(UPLOAD_LIMIT + " bytes")
                .contains("assay.limits.upload-bytes");
    }

    @Test
    void aZipEntryThatClimbsOutOfItsFolderIsRefused() {
        var key = newKey();
        var files = new LinkedHashMap<String, String>(TestBanks.files(key, QIDS));
        files.put("../../etc/evil.yaml", "id: evil\n");

        var response = upload(WebSession.admin(), "/admin/bank-files/zip", zip("", files), "bank.zip");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(Html.text(Html.parse(response), "#import-problems")).contains("unsafe name");
        assertThat(QuarkusTransaction.requiringNew().call(() -> QuestionBank.findByKey(key))).isEmpty();
    }

    @Test
    void aZipWithMoreEntriesThanTheLimitIsRefused() {
        var key = newKey();
        var files = new LinkedHashMap<String, String>(TestBanks.files(key, QIDS));
        for (int i = 0; i < ZIP_ENTRY_LIMIT; i++) {
            files.put("notes/n" + i + ".txt", "x");
        }

        var response = upload(WebSession.admin(), "/admin/bank-files/zip", zip("", files), "bank.zip");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Html.text(Html.parse(response), "#import-problems")).contains("more than " + ZIP_ENTRY_LIMIT);
    }

    @Test
    void aFileThatIsNotAZipIsRefused() {
        var response = upload(WebSession.admin(), "/admin/bank-files/zip",
                "id: q01\n".getBytes(StandardCharsets.UTF_8), "q01.zip");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(Html.text(Html.parse(response), "#import-problems")).contains("not a zip");
    }

    @Test
    void aBankFolderOnTheServerIsImported() {
        var admin = WebSession.admin();
        var page = admin.page("/admin/bank-files");
        assertThat(page.select("#folder option").eachAttr("value")).contains("genai-interview");

        var response = admin.submit("/admin/bank-files", "/admin/bank-files/folder",
                Map.of("folder", "genai-interview"));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(Html.locationPath(response)).isEqualTo("/admin/banks/genai-interview");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Question.count("bank.key", "genai-interview")))
                .isEqualTo(15);
    }

    @Test
    void aSingleRubricFileAddsAQuestionToABank() {
        var bank = TestBanks.fresh("q01");
        var yaml = TestBanks.read(TestBanks.GENAI.resolve("q06.yaml"));

        var response = upload(WebSession.admin(), "/admin/bank-files/" + bank + "/rubric",
                yaml.getBytes(StandardCharsets.UTF_8), "q06.yaml");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(TestBanks.current(bank, "q06").content).isEqualTo(yaml);
        var bankId = QuarkusTransaction.requiringNew().call(() -> QuestionBank.findByKey(bank).orElseThrow().id);
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEvent.listByEntity("question_bank", bankId))
                .stream().map(e -> e.action)).contains("bank.imported");
    }

    @Test
    void interviewerMayExportButNotImport() {
        var bank = TestBanks.fresh("q01");
        var interviewer = TestAccounts.interviewer();

        var export = interviewer.get("/admin/bank-files/" + bank + ".zip");
        var page = interviewer.get("/admin/bank-files");

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(page.statusCode()).isEqualTo(403);
    }

    private static Response upload(WebSession session, String action, byte[] bytes, String fileName) {
        var token = session.page("/admin/bank-files").select("input[name=csrf-token]").val();
        return session.request().multiPart("file", fileName, bytes, "application/octet-stream")
                .multiPart("csrf-token", token).post(action);
    }

    static byte[] zip(String folder, Map<String, String> files) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(folder + file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Map<String, String> unzip(byte[] bytes) throws IOException {
        var files = new LinkedHashMap<String, String>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static String newKey() {
        return "u-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
