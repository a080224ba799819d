package org.assay.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.assay.mail.MailOutbox;
import org.assay.web.Dates;

/** A receipt to the candidate when their attempt is submitted, stored in the submitting transaction. */
@ApplicationScoped
public class ReceiptMail {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance receiptText(Receipt receipt);

        static native TemplateInstance receiptHtml(Receipt receipt);
    }

    /** What the receipt says. */
    public record Receipt(String candidateName, String assessmentTitle, String submittedAt, boolean byDeadline,
            long answered, int questions) {
    }

    private final MailOutbox outbox;

    public ReceiptMail(MailOutbox outbox) {
        this.outbox = outbox;
    }

    void onSubmitted(@Observes AttemptSubmitted event) {
        if (!outbox.configured()) {
            return;
        }
        Attempt attempt = Attempt.findById(event.attemptId());
        var answers = Answer.listByAttempt(attempt);
        var invitation = attempt.invitation;
        var receipt = new Receipt(invitation.candidateName, invitation.assessment.title,
                Dates.utc(attempt.submittedAt), AttemptService.BY_DEADLINE.equals(attempt.submittedBy),
                answers.stream().filter(a -> a.text != null && !a.text.isBlank()).count(), answers.size());
        outbox.queue("receipt", invitation.candidateEmail, "Received: your answers to " + receipt.assessmentTitle(),
                Templates.receiptText(receipt).render(), Templates.receiptHtml(receipt).render(), invitation.id);
    }
}
