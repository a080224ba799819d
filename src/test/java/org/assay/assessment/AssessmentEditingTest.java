package org.assay.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.assay.session.Attempt;
import org.assay.support.Api;
import org.assay.support.Fixtures;
import org.assay.support.Html;
import org.assay.support.WebSession;

/** Editing, duplicating and archiving assessments, the chosen order, shuffling and suggested times. */
@QuarkusTest
class AssessmentEditingTest {

    private static final String TITLE = "Machine learning engineer, round 2";
    private static final List<String> ALL = List.of("q01", "q02", "q03", "q04", "q05", "q06", "q07", "q08", "q09",
            "q10", "q11", "q12", "q13", "q14", "q15");

    @Test
    void theFormKeepsTheChosenOrderAndSuggestedTimes() {
        var admin = WebSession.admin();
        var fields = new LinkedHashMap<String, List<String>>();
        fields.put("title", List.of(TITLE));
        fields.put("bank", List.of(Fixtures.BANK));
        fields.put("timeLimitMinutes", List.of("30"));
        fields.put("questions", List.of("q01", "q03", "q05"));
        // Every row posts its id, order and time; q05 first, q01 last, q02 not ticked
        fields.put("qid", List.of("q01", "q02", "q03", "q05"));
        fields.put("position", List.of("3", "1", "2", "1"));
        fields.put("guidance", List.of("", "", "7", ""));

        var response = post(admin, "/admin/assessments/new", "/admin/assessments", fields);

        assertThat(response.statusCode()).isEqualTo(303);
        var detail = admin.page(Html.locationPath(response));
        assertThat(detail.select("main ol li .mono").eachText()).containsExactly("q05", "q03", "q01");
        assertThat(detail.select("main ol li").get(1).text()).contains("about 7 min");
        var edit = admin.page(Html.locationPath(response) + "/edit");
        assertThat(edit.select("input[name=questions][checked]").eachAttr("value")).containsExactly("q05", "q03",
                "q01");
        assertThat(edit.select("input[name=position]").eachAttr("value")).startsWith("1", "2", "3", "");
    }

    @Test
    void aNonNumericOrderIsRefusedAndNothingIsSaved() {
        var admin = WebSession.admin();
        long id = Fixtures.assessment(TITLE, List.of("q01", "q02"));
        var fields = new LinkedHashMap<String, List<String>>();
        fields.put("title", List.of("Renamed"));
        fields.put("bank", List.of(Fixtures.BANK));
        fields.put("timeLimitMinutes", List.of("30"));
        fields.put("questions", List.of("q01", "q02"));
        fields.put("qid", List.of("q01", "q02"));
        fields.put("position", List.of("first", "2"));
        fields.put("guidance", List.of("", "ten"));

        var response = post(admin, "/admin/assessments/" + id + "/edit", "/admin/assessments/" + id + "/edit",
                fields);

        assertThat(response.statusCode()).isEqualTo(422);
        var page = Html.parse(response);
        assertThat(Html.text(page, "#questions-error")).contains("whole number");
        assertThat(Html.text(page, "#guidance-error")).contains("whole minutes");
        assertThat(Api.json(Api.asAdmin().get("/api/assessments/" + id)).getString("title")).isEqualTo(TITLE);
    }

    @Test
    void everythingCanChangeUntilTheFirstAttemptThenOnlyTheTitle() {
        long id = Fixtures.assessment(TITLE, List.of("q01", "q02"));

        var edited = Api.asAdmin().body(Map.of("title", TITLE, "questions", List.of("q04", "q02", "q01"),
                "timeLimitMinutes", 45, "guidanceMinutes", Map.of("q04", 10))).put("/api/assessments/" + id);

        assertThat(edited.statusCode()).isEqualTo(200);
        var body = Api.json(edited);
        assertThat(body.getList("questions.qid")).containsExactly("q04", "q02", "q01");
        assertThat(body.getInt("timeLimitMinutes")).isEqualTo(45);
        assertThat(body.getInt("questions[0].guidanceMinutes")).isEqualTo(10);
        assertThat(body.getString("lockedReason")).isNull();

        var token = invite(id);
        var candidate = WebSession.anonymous();
        assertThat(candidate.submit("/t/" + token, "/t/" + token + "/start", Map.of()).statusCode()).isEqualTo(303);

        var refused = Api.asAdmin().body(Map.of("title", TITLE, "questions", List.of("q01")))
                .put("/api/assessments/" + id);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(Api.json(refused).getString("detail")).contains("A candidate has started this assessment",
                "only its title can change");
        var renamed = Api.asAdmin().body(Map.of("title", "Renamed round")).put("/api/assessments/" + id);
        assertThat(renamed.statusCode()).isEqualTo(200);
        assertThat(Api.json(renamed).getString("title")).isEqualTo("Renamed round");
        assertThat(Api.json(renamed).getList("questions.qid")).containsExactly("q04", "q02", "q01");
        assertThat(Api.json(renamed).getLong("startedAttempts")).isEqualTo(1);

        var admin = WebSession.admin();
        var edit = admin.page("/admin/assessments/" + id + "/edit");
        assertThat(Html.text(edit, "#locked-reason")).contains("A candidate has started this assessment");
        assertThat(edit.select("input[name=questions]")).isEmpty();
        assertThat(edit.select("#title").attr("value")).isEqualTo("Renamed round");
        var saved = admin.submit("/admin/assessments/" + id + "/edit", "/admin/assessments/" + id + "/edit",
                Map.of("title", "Final title", "questions", "q09", "timeLimitMinutes", "5"));
        assertThat(saved.statusCode()).isEqualTo(303);
        var detail = Api.json(Api.asAdmin().get("/api/assessments/" + id));
        assertThat(detail.getString("title")).isEqualTo("Final title");
        assertThat(detail.getList("questions.qid")).containsExactly("q04", "q02", "q01");
        assertThat(detail.getInt("timeLimitMinutes")).isEqualTo(45);
    }

    @Test
    void duplicateCopiesQuestionsOrderTimesAndOptionsButNoInvitations() {
        var created = Api.asAdmin().body(Map.of("title", TITLE, "bank", Fixtures.BANK,
                "questions", List.of("q07", "q03"), "timeLimitMinutes", 20, "shuffle", true, "blindReview", true,
                "guidanceMinutes", Map.of("q03", 4))).post("/api/assessments");
        long id = Api.json(created).getLong("id");
        invite(id);

        var admin = WebSession.admin();
        var response = admin.submit("/admin/assessments/" + id, "/admin/assessments/" + id + "/duplicate",
                Map.of());

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(Html.locationPath(response)).endsWith("/edit");
        long copyId = Long.parseLong(Html.locationPath(response).split("/")[3]);
        assertThat(copyId).isNotEqualTo(id);
        var copy = Api.json(Api.asAdmin().get("/api/assessments/" + copyId));
        assertThat(copy.getString("title")).isEqualTo("Copy of " + TITLE);
        assertThat(copy.getList("questions.qid")).containsExactly("q07", "q03");
        assertThat(copy.getInt("questions[1].guidanceMinutes")).isEqualTo(4);
        assertThat(copy.getInt("timeLimitMinutes")).isEqualTo(20);
        assertThat(copy.getBoolean("shuffle")).isTrue();
        assertThat(copy.getBoolean("blindReview")).isTrue();
        assertThat(copy.getList("invitations")).isEmpty();

        var viaApi = Api.asAdmin().post("/api/assessments/" + id + "/duplicate");
        assertThat(viaApi.statusCode()).isEqualTo(201);
        assertThat(Api.json(viaApi).getLong("id")).isNotIn(id, copyId);
    }

    @Test
    void archivingHidesTheAssessmentAndBlocksNewInvitations() {
        var title = "Archived round " + System.nanoTime();
        long id = Fixtures.assessment(title, List.of("q01"));
        var admin = WebSession.admin();
        assertThat(admin.page("/admin/assessments").select("tbody td a").eachText()).contains(title);

        var archived = admin.submit("/admin/assessments/" + id, "/admin/assessments/" + id + "/archive", Map.of());

        assertThat(archived.statusCode()).isEqualTo(303);
        assertThat(admin.page("/admin/assessments").select("tbody td a").eachText()).doesNotContain(title);
        assertThat(admin.page("/admin/assessments?archived=true").select("tbody td a").eachText()).contains(title);
        assertThat(Api.json(Api.asAdmin().get("/api/assessments")).getList("title")).doesNotContain(title);
        assertThat(Api.json(Api.asAdmin().get("/api/assessments?archived=true")).getList("title")).contains(title);
        var detail = admin.page("/admin/assessments/" + id);
        assertThat(Html.text(detail, "#archived")).contains("closed to new invitations");
        assertThat(detail.select("form[action$=/invitations]")).isEmpty();

        var refused = Api.asAdmin().body(Map.of("candidateName", "Late Candidate", "candidateEmail",
                "late@example.org")).post("/api/assessments/" + id + "/invitations");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(Api.json(refused).getString("detail")).contains("is archived");
        var page = admin.submit("/admin/assessments/" + id, "/admin/assessments/" + id + "/invitations",
                Map.of("candidateName", "Late Candidate", "candidateEmail", "late@example.org"));
        assertThat(page.statusCode()).isEqualTo(409);
        assertThat(Html.parse(page).text()).contains("is archived");

        assertThat(Api.asAdmin().post("/api/assessments/" + id + "/restore").statusCode()).isEqualTo(200);
        assertThat(admin.page("/admin/assessments").select("tbody td a").eachText()).contains(title);
        assertThat(Api.asAdmin().body(Map.of("candidateName", "Late Candidate", "candidateEmail",
                "late@example.org")).post("/api/assessments/" + id + "/invitations").statusCode()).isEqualTo(201);
    }

    @Test
    void shuffledAssessmentGivesEachCandidateAStableOrderOfTheirOwn() {
        var created = Api.asAdmin().body(Map.of("title", TITLE, "bank", Fixtures.BANK, "questions", ALL,
                "timeLimitMinutes", 60, "shuffle", true, "guidanceMinutes", Map.of("q06", 6)))
                .post("/api/assessments");
        long id = Api.json(created).getLong("id");
        var orders = new ArrayList<List<String>>();
        for (int i = 0; i < 2; i++) {
            var token = invite(id);
            var candidate = WebSession.anonymous();
            candidate.submit("/t/" + token, "/t/" + token + "/start", Map.of());
            var order = new ArrayList<String>();
            for (int n = 1; n <= ALL.size(); n++) {
                var page = candidate.page("/t/" + token + "/q/" + n);
                var qid = page.select("#answer-form").attr("data-qid");
                order.add(qid);
                var guidance = page.select("#guidance").text();
                assertThat(guidance).isEqualTo("q06".equals(qid)
                        ? "Suggested time: about 6 minutes. A guide only; the time limit is for the whole test." : "");
            }
            // Reloading a page gives the same question: the order is stored, not drawn again
            assertThat(candidate.page("/t/" + token + "/q/1").select("#answer-form").attr("data-qid"))
                    .isEqualTo(order.get(0));
            assertThat(order).containsExactlyInAnyOrderElementsOf(ALL);
            orders.add(order);
            long attempt = attemptOf(token);
            var transcript = Api.json(Api.asAdmin().get("/api/attempts/" + attempt + "/transcript"));
            assertThat(transcript.getList("answers.qid")).isEqualTo(order);
        }
        // 15! orders: two candidates, or one and the bank, match only by a chance of about 1 in 10^12
        assertThat(orders.get(0)).isNotEqualTo(ALL);
        assertThat(orders.get(0)).isNotEqualTo(orders.get(1));
    }

    @Test
    void anAssessmentWithoutShuffleKeepsTheChosenOrderForEveryone() {
        long id = Fixtures.assessment(TITLE, List.of("q09", "q02", "q05"));
        var token = invite(id);
        var candidate = WebSession.anonymous();
        candidate.submit("/t/" + token, "/t/" + token + "/start", Map.of());

        var order = List.of(1, 2, 3).stream().map(n -> candidate.page("/t/" + token + "/q/" + n)
                .select("#answer-form").attr("data-qid")).toList();

        assertThat(order).containsExactly("q09", "q02", "q05");
        assertThat(candidate.page("/t/" + token + "/q/1").select("#guidance")).isEmpty();
    }

    private static String invite(long assessmentId) {
        var response = Api.asAdmin().body(Map.of("candidateName", "Candidate " + System.nanoTime(),
                "candidateEmail", "c@example.org")).post("/api/assessments/" + assessmentId + "/invitations");
        assertThat(response.statusCode()).isEqualTo(201);
        return Api.json(response).getString("token");
    }

    private static long attemptOf(String token) {
        var hash = InvitationService.hashToken(token);
        return QuarkusTransaction.requiringNew().call(() -> Attempt.<Attempt>find("invitation.tokenHash", hash)
                .firstResult().id);
    }

    private static Response post(WebSession session, String pagePath, String action,
            Map<String, List<String>> fields) {
        var csrf = Jsoup.parse(session.get(pagePath).asString()).select("input[name=" + WebSession.CSRF_FIELD + "]")
                .attr("value");
        var spec = session.request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam(WebSession.CSRF_FIELD, csrf);
        fields.forEach((name, values) -> spec.formParam(name, values.toArray()));
        return spec.post(action);
    }
}
