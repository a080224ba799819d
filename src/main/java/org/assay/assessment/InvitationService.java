package org.assay.assessment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;

import org.assay.assessment.AssessmentViews.CreatedInvitation;
import org.assay.assessment.AssessmentViews.InvitationRow;
import org.assay.audit.AuditService;
import org.assay.mail.MailOutbox;
import org.assay.web.AssayConfig;
import org.assay.web.FormErrors;
import org.assay.web.InvalidInputException;
import org.assay.web.PublicAddress;
import org.assay.web.Tokens;

/**
 * Invitations: a personal link per candidate, stored only as a hash, and where each candidate is. A link nobody has
 * started with can be revoked, extended or resent (a new link, the old one revoked).
 */
@ApplicationScoped
public class InvitationService {

    static final int NAME_MAX = 200;
    static final int EMAIL_MAX = 320;
    static final int CONFLICT = 409;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final AssayConfig config;
    private final AuditService audit;
    private final PublicAddress address;
    private final AttemptProgress progress;
    private final Event<InvitationIssued> issued;
    private final MailOutbox outbox;

    public InvitationService(AssayConfig config, AuditService audit, AttemptProgress progress,
            PublicAddress address, Event<InvitationIssued> issued, MailOutbox outbox) {
        this.outbox = outbox;
        this.progress = progress;
        this.config = config;
        this.audit = audit;
        this.address = address;
        this.issued = issued;
    }

    /** SHA-256 of a token as lower-case hex: what {@link Invitation#tokenHash} holds. */
    /** Extra time as a share of the time limit, as test platforms offer it for accommodations. */
    static final int EXTRA_PERCENT_MIN = 25;
    static final int EXTRA_PERCENT_MAX = 100;

    public static String hashToken(String token) {
        return Tokens.sha256(token);
    }

    /** Creates an invitation to an assessment. The returned link, at the public address, holds the only token. */
    @Transactional
    public CreatedInvitation invite(long assessmentId, InvitationForm form, String actor) {
        var assessment = assessment(assessmentId);
        var errors = validate(form);
        if (errors.any()) {
            throw new InvalidInputException(errors);
        }
        return create(assessment, new InvitationForm(form.candidateName(), form.candidateEmail(), null,
                form.extraTimePercent(), form.extraTimeMinutes()), expiry(form), actor);
    }

    /** The email address's invitations to the assessment that are still live: not revoked and not expired unused. */
    @Transactional
    public List<InvitationRow> alreadyInvited(long assessmentId, String email) {
        List<Invitation> same = Invitation.list("assessment.id = ?1 and lower(candidateEmail) = ?2"
                + " and revokedAt is null order by createdAt desc, id desc", assessmentId,
                email.strip().toLowerCase(Locale.ROOT));
        return rows(same).stream().filter(row -> row.status() != InvitationStatus.EXPIRED).toList();
    }

    /** Withdraws a link nobody has started with: it answers 410 from now on. */
    @Transactional
    public InvitationRow revoke(long id, String actor) {
        var invitation = lockOpen(id, "revoked");
        invitation.revokedAt = Instant.now();
        invitation.revokedBy = actor;
        audit.record(actor, "invitation.revoked", "invitation", id, null, invitation.candidateEmail);
        return rows(List.of(invitation)).get(0);
    }

    /** Moves the expiry of a link nobody has started with {@code days} later (from now, if it has expired). */
    @Transactional
    public InvitationRow extend(long id, Integer days, String actor) {
        var invitation = lockOpen(id, "extended");
        var now = Instant.now();
        var max = config.test().maxInvitationValidity();
        var from = invitation.expiresAt.isAfter(now) ? invitation.expiresAt : now;
        var until = days == null || days < 1 ? null : from.plus(Duration.ofDays(days));
        if (until == null || Duration.between(now, until).compareTo(max) > 0) {
            throw new InvalidInputException(new FormErrors.Builder().add("days", "Give from 1 day up to a total"
                    + " validity of " + max.toDays() + " days from now.").build());
        }
        audit.record(actor, "invitation.extended", "invitation", id, invitation.expiresAt.toString(),
                until.toString());
        invitation.expiresAt = until;
        // A link extended after it ran out may run out again, and is announced again then
        invitation.expiryAnnouncedAt = null;
        return rows(List.of(invitation)).get(0);
    }

    /**
     * Sends the candidate a new link in place of one nobody has started with: a new invitation with the default
     * validity, and the old link revoked.
     */
    @Transactional
    public CreatedInvitation resend(long id, String actor) {
        var old = lockOpen(id, "resent");
        // The new link keeps the candidate's time accommodation
        var created = create(old.assessment, new InvitationForm(old.candidateName, old.candidateEmail, null,
                old.extraTimePercent, old.extraTimeMinutes), Instant.now().plus(config.test().invitationValidity()),
                actor);
        old.revokedAt = Instant.now();
        old.revokedBy = actor;
        old.replacedBy = created.id();
        audit.record(actor, "invitation.resent", "invitation", id, null, "replaced by " + created.id());
        return created;
    }

    /** What is wrong with a new invitation, field by field; none when it can be created. */
    FormErrors validate(InvitationForm form) {
        var max = config.test().maxInvitationValidity();
        var validity = validity(form);
        return new FormErrors.Builder()
                .addIf(form.candidateName().isEmpty(), "candidateName", "Give the candidate's name.")
                .addIf(form.candidateName().length() > NAME_MAX, "candidateName",
                        "Keep the name under " + NAME_MAX + " characters.")
                .addIf(form.candidateEmail().length() > EMAIL_MAX || !EMAIL.matcher(form.candidateEmail()).matches(),
                        "candidateEmail", "Give an email address such as name@example.org.")
                .addIf(validity.isNegative() || validity.isZero() || validity.compareTo(max) > 0, "validDays",
                        "Give a validity from 1 to " + max.toDays() + " days.")
                .addIf(form.extraTimePercent() != null && (form.extraTimePercent() < EXTRA_PERCENT_MIN
                        || form.extraTimePercent() > EXTRA_PERCENT_MAX), "extraTimePercent",
                        "Give extra time from " + EXTRA_PERCENT_MIN + " to " + EXTRA_PERCENT_MAX + " percent.")
                .addIf(form.extraTimeMinutes() != null && (form.extraTimeMinutes() < 1
                        || form.extraTimeMinutes() > config.test().maxTimeLimitMinutes()), "extraTimeMinutes",
                        "Give extra time from 1 to " + config.test().maxTimeLimitMinutes() + " minutes.")
                .addIf(form.extraTimePercent() != null && form.extraTimeMinutes() != null, "extraTimeMinutes",
                        "Give extra time either as a percentage or in minutes, not both.")
                .build();
    }

    Instant expiry(InvitationForm form) {
        return Instant.now().plus(validity(form));
    }

    private Duration validity(InvitationForm form) {
        return form.validDays() == null ? config.test().invitationValidity() : Duration.ofDays(form.validDays());
    }

    /** Stores a new invitation and tells whoever sends mail; the link holds the only copy of the token. */
    CreatedInvitation create(Assessment assessment, InvitationForm who, Instant expiresAt, String actor) {
        var name = who.candidateName();
        var email = who.candidateEmail();
        if (assessment.archivedAt != null) {
            throw new ClientErrorException("\u201c" + assessment.title + "\u201d is archived and takes no new"
                    + " invitations. Restore it from the archived assessments first.", 409);
        }
        var token = Tokens.random();
        var invitation = new Invitation();
        invitation.assessment = assessment;
        invitation.candidateName = name;
        invitation.candidateEmail = email;
        invitation.tokenHash = hashToken(token);
        invitation.createdBy = actor;
        invitation.createdAt = Instant.now();
        invitation.expiresAt = expiresAt;
        invitation.extraTimePercent = who.extraTimePercent();
        invitation.extraTimeMinutes = who.extraTimeMinutes();
        invitation.persist();
        audit.record(actor, "invitation.created", "invitation", invitation.id, null,
                invitation.candidateName + " <" + invitation.candidateEmail + ">, expires " + invitation.expiresAt
                        + (invitation.extraTimeLabel().isEmpty() ? "" : ", extra time " + invitation.extraTimeLabel()));
        var url = address.base() + "t/" + token;
        issued.fire(new InvitationIssued(invitation.id, url));
        return new CreatedInvitation(invitation.id, assessment.id, invitation.candidateName, token, url,
                invitation.expiresAt);
    }

    Assessment assessment(long assessmentId) {
        return Assessment.<Assessment>findByIdOptional(assessmentId)
                .orElseThrow(() -> new NotFoundException("There is no assessment " + assessmentId + "."));
    }

    /** The invitation, locked, when its link is still unused and not revoked; a 404 or 409 otherwise. */
    private Invitation lockOpen(long id, String what) {
        Invitation invitation = Invitation.<Invitation>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundException("There is no invitation " + id + "."));
        if (invitation.revokedAt != null) {
            throw new ClientErrorException("This invitation was already revoked"
                    + (invitation.replacedBy == null ? "." : " and replaced by invitation " + invitation.replacedBy
                            + ".") + " It cannot be " + what + ".", CONFLICT);
        }
        if (!progress.started(List.of(id)).isEmpty()) {
            throw new ClientErrorException("The candidate has already started with this link, so it cannot be " + what
                    + ". The attempt ends at its deadline.", CONFLICT);
        }
        return invitation;
    }

    /**
     * The invitation, with its link when {@code token} is the one it was made with and the link still works: what
     * the page after creating it shows once.
     */
    @Transactional
    public Optional<AssessmentViews.Revealed> reveal(long id, Optional<String> token) {
        return Invitation.<Invitation>findByIdOptional(id).map(invitation -> {
            var row = rows(List.of(invitation)).get(0);
            var url = token.filter(t -> hashToken(t).equals(invitation.tokenHash))
                    .filter(t -> invitation.revokedAt == null).map(t -> address.base() + "t/" + t);
            return new AssessmentViews.Revealed(row, url.orElse(null), outbox.configured());
        });
    }

    /** Invitations, newest first, of one assessment or of all. */
    @Transactional
    public List<InvitationRow> list(Optional<Long> assessmentId) {
        List<Invitation> invitations = assessmentId
                .map(id -> Invitation.<Invitation>list("assessment.id = ?1 order by createdAt desc, id desc", id))
                .orElseGet(() -> Invitation.list("order by createdAt desc, id desc"));
        return rows(invitations);
    }

    /** Invitations not started whose link runs out within the given time from now, soonest first. */
    @Transactional
    public List<InvitationRow> expiringWithin(Duration within) {
        var now = Instant.now();
        List<Invitation> soon = Invitation.list("expiresAt > ?1 and expiresAt <= ?2 and revokedAt is null"
                + " order by expiresAt, id", now, now.plus(within));
        var stages = progress.of(soon.stream().map(i -> i.id).toList());
        return rows(soon.stream().filter(i -> !stages.containsKey(i.id)).toList());
    }

    @Transactional
    public Optional<InvitationRow> find(long id) {
        return Invitation.<Invitation>findByIdOptional(id).map(i -> rows(List.of(i)).get(0));
    }

    /**
     * @param stage how far the invitation's attempt has got; null when it was never started
     */
    public static InvitationStatus status(Invitation invitation, AttemptProgress.Stage stage, Instant now) {
        if (stage != null) {
            return stage == AttemptProgress.Stage.SUBMITTED ? InvitationStatus.SUBMITTED
                    : InvitationStatus.IN_PROGRESS;
        }
        if (invitation.revokedAt != null) {
            return InvitationStatus.REVOKED;
        }
        return invitation.expiresAt.isAfter(now) ? InvitationStatus.NOT_STARTED : InvitationStatus.EXPIRED;
    }

    private List<InvitationRow> rows(List<Invitation> invitations) {
        var ids = invitations.stream().map(i -> i.id).toList();
        var started = progress.started(ids);
        var mail = outbox.latest(ids);
        var now = Instant.now();
        return invitations.stream().map(i -> {
            var attempt = started.get(i.id);
            return new InvitationRow(i.id, i.assessment.id, i.assessment.title, i.candidateName, i.candidateEmail,
                    status(i, attempt == null ? null : attempt.stage(), now), i.expiresAt, i.createdAt,
                    attempt == null ? null : attempt.attemptId(), i.revokedAt, i.replacedBy,
                    mail.containsKey(i.id) ? mail.get(i.id).summary() : null);
        }).toList();
    }
}
