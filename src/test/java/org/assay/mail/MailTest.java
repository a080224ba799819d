package org.assay.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMailUtil;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.assay.assessment.Invitation;
import org.assay.assessment.InvitationMail;
import org.assay.session.AttemptService;
import org.assay.support.Fixtures;
import org.assay.support.Html;
import org.assay.support.TestUsers;
import org.assay.support.WebSession;

/** Mail through a real SMTP server on loopback: invitations, reminders, receipts, and failed sends retried. */
@QuarkusTest
@TestProfile(MailProfile.class)
class MailTest {

    @Inject
    MailSender sender;

    @Inject
    InvitationMail invitationMail;

    @Inject
    AttemptService attempts;

    @BeforeEach
    void emptyInbox() throws Exception {
        GreenMailResource.server().purgeEmailFromAllMailboxes();
    }

    @Test
    void theInvitationIsEmailedInTextAndHtmlAndThePageSaysSo() throws Exception {
        var admin = WebSession.admin();
        long assessment = Fixtures.assessment("Mailed round", List.of("q01"));
        var email = TestUsers.uniqueName("mailed") + "@example.org";
        var path = "/admin/assessments/" + assessment;

        var created = admin.submit(path, path + "/invitations", Map.of("candidateName", "Mae Jemison",
                "candidateEmail", email));
        var page = admin.page(Html.locationPath(created));
        var link = Html.text(page, "#invitation-link");
        assertThat(Html.text(page, "#mail-status")).contains("Assay emails this link to " + email);

        assertThat(sender.sendDue(Instant.now())).isGreaterThanOrEqualTo(1);
        var message = only(email);
        assertThat(message.getSubject()).isEqualTo("Your invitation: Mailed round");
        var raw = GreenMailUtil.getWholeMessage(message);
        assertThat(raw).contains("text/plain").contains("text/html");
        assertThat(GreenMailUtil.getBody(message).replace("=\r\n", "")).contains(link.substring(link.indexOf("/t/")));
        assertThat(admin.page("/admin/invitations").select(".mail-status").eachText())
                .contains("invitation email sent");
        var stored = QuarkusTransaction.requiringNew().call(() -> MailMessage.<MailMessage>list("recipient", email)
                .get(0));
        assertThat(stored.textBody).isEmpty();
    }

    @Test
    void aFailedSendIsRetriedShownOnTheInvitationAndTheInvitationIsKept() throws Exception {
        long assessment = Fixtures.assessment("Retried round", List.of("q01"));
        var name = TestUsers.uniqueName("retry");
        GreenMailResource.stopServer();
        long id;
        try {
            id = Fixtures.invitation(assessment, name);
            sender.sendDue(Instant.now());
            var row = WebSession.admin().page("/admin/invitations").select("#invitation-" + id);
            assertThat(row.select(".mail-status").text()).startsWith("invitation email failed 1 time, retrying");
            assertThat(row.select(".badge").text()).isEqualTo("not started");
        } finally {
            GreenMailResource.startServer();
        }

        assertThat(sender.sendDue(Instant.now())).isZero();
        // Due after the first wait. A test server still starting on a loaded machine can time the retry out once;
        // the try after that must then send it
        int sent = sender.sendDue(Instant.now().plus(Duration.ofMinutes(2)));
        if (sent == 0) {
            sent = sender.sendDue(Instant.now().plus(Duration.ofMinutes(10)));
        }
        assertThat(sent).isEqualTo(1);

        assertThat(only("c@example.org").getSubject()).isEqualTo("Your invitation: Retried round");
        var row = WebSession.admin().page("/admin/invitations").select("#invitation-" + id);
        assertThat(row.select(".mail-status").text()).isEqualTo("invitation email sent");
    }

    @Test
    void aReminderGoesOnceBeforeAnUnusedLinkExpires() throws Exception {
        long assessment = Fixtures.assessment("Reminded round", List.of("q01"));
        long id = Fixtures.invitation(assessment, TestUsers.uniqueName("remind"));
        QuarkusTransaction.requiringNew().run(() -> Invitation.update("expiresAt = ?1 where id = ?2",
                Instant.now().plus(Duration.ofHours(20)), id));
        sender.sendDue(Instant.now());
        GreenMailResource.server().purgeEmailFromAllMailboxes();

        // The scheduled job may queue it first; either way a second pass queues nothing more
        invitationMail.remind(Instant.now());
        assertThat(QuarkusTransaction.requiringNew().call(() -> Invitation.<Invitation>findById(id).remindedAt))
                .isNotNull();
        invitationMail.remind(Instant.now());
        sender.sendDue(Instant.now());

        var reminders = Arrays.stream(GreenMailResource.server().getReceivedMessages())
                .filter(m -> subject(m).startsWith("Reminder: your invitation to Reminded round")).toList();
        assertThat(reminders).hasSize(1);
        assertThat(GreenMailUtil.getBody(reminders.get(0))).doesNotContain("/t/");
    }

    @Test
    void twoPassesAtOnceQueueOneReminderPerInvitation() throws Exception {
        long assessment = Fixtures.assessment("Reminded twice round", List.of("q01"));
        var ids = new ArrayList<Long>();
        for (int i = 0; i < 12; i++) {
            long id = Fixtures.invitation(assessment, TestUsers.uniqueName("twice"));
            QuarkusTransaction.requiringNew().run(() -> Invitation.update("expiresAt = ?1 where id = ?2",
                    Instant.now().plus(Duration.ofHours(20)), id));
            ids.add(id);
        }

        // Two instances, or the scheduled pass and this one, reminding at the same moment
        var start = new CyclicBarrier(2);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var passes = new ArrayList<Future<Integer>>();
            for (int i = 0; i < 2; i++) {
                passes.add(pool.submit(() -> {
                    start.await();
                    return invitationMail.remind(Instant.now());
                }));
            }
            for (var pass : passes) {
                pass.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        var queued = QuarkusTransaction.requiringNew().call(() -> MailMessage.<MailMessage>list(
                "kind = ?1 and invitationId in ?2", "reminder", ids));
        assertThat(queued).extracting(m -> m.invitationId).containsExactlyInAnyOrderElementsOf(ids);
        // Sent by no one: the other tests read the inbox
        QuarkusTransaction.requiringNew().run(() -> MailMessage.delete("invitationId in ?1", ids));
    }

    @Test
    void theCandidateGetsAReceiptOnSubmit() throws Exception {
        long assessment = Fixtures.assessment("Receipt round", List.of("q01"));
        var admin = WebSession.admin();
        var email = TestUsers.uniqueName("receipt") + "@example.org";
        var path = "/admin/assessments/" + assessment;
        var created = admin.submit(path, path + "/invitations", Map.of("candidateName", "Ida Receipt",
                "candidateEmail", email));
        var link = Html.text(admin.page(Html.locationPath(created)), "#invitation-link");
        var token = link.substring(link.lastIndexOf('/') + 1);
        var candidate = WebSession.anonymous();
        candidate.submit("/t/" + token, "/t/" + token + "/start", Map.of());
        candidate.submit("/t/" + token + "/q/1", "/t/" + token + "/q/1", Map.of("text", "An answer.",
                "go", "review"));
        var submitted = candidate.submit("/t/" + token + "/submit", "/t/" + token + "/submit", Map.of());
        assertThat(submitted.statusCode()).isEqualTo(303);

        sender.sendDue(Instant.now());

        var receipts = Arrays.stream(GreenMailResource.server().getReceivedMessages())
                .filter(m -> subject(m).equals("Received: your answers to Receipt round")).toList();
        assertThat(receipts).hasSize(1);
        assertThat(GreenMailUtil.getBody(receipts.get(0))).contains("1 of 1 questions answered");
    }

    private static MimeMessage only(String recipient) throws Exception {
        var messages = Arrays.stream(GreenMailResource.server().getReceivedMessages())
                .filter(m -> recipients(m).contains(recipient)).toList();
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    private static String recipients(MimeMessage message) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
