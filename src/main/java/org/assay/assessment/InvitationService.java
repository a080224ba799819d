package org.assay.assessment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.assay.assessment.AssessmentViews.CreatedInvitation;
import org.assay.assessment.AssessmentViews.InvitationRow;
import org.assay.audit.AuditService;
import org.assay.web.AssayConfig;
import org.assay.web.FormErrors;
import org.assay.web.InvalidInputException;
import org.assay.web.PublicAddress;

/** Invitations: a personal link per candidate, stored only as a hash, and where each candidate is. */
@ApplicationScoped
public class InvitationService {

    /** 32 random bytes: 256 bits, well above the 128 a guess would have to beat. */
    static final int TOKEN_BYTES = 32;
    static final int NAME_MAX = 200;
    static final int EMAIL_MAX = 320;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final AssayConfig config;
    private final AuditService audit;
    private final PublicAddress address;
    private final AttemptProgress progress;
    private final SecureRandom random = new SecureRandom();

    public InvitationService(AssayConfig config, AuditService audit, AttemptProgress progress,
            PublicAddress address) {
        this.progress = progress;
        this.config = config;
        this.audit = audit;
        this.address = address;
    }

    /** SHA-256 of a token as lower-case hex: what {@link Invitation#tokenHash} holds. */
    /** Extra time as a share of the time limit, as test platforms offer it for accommodations. */
    static final int EXTRA_PERCENT_MIN = 25;
    static final int EXTRA_PERCENT_MAX = 100;

    public static String hashToken(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** Creates an invitation to an assessment. The returned link, at the public address, holds the only token. */
    @Transactional
    public CreatedInvitation invite(long assessmentId, InvitationForm form, String actor) {
        Assessment assessment = Assessment.<Assessment>findByIdOptional(assessmentId)
                .orElseThrow(() -> new NotFoundException("There is no assessment " + assessmentId + "."));
        var validity = validate(form);
        var token = newToken();
        var invitation = new Invitation();
        invitation.assessment = assessment;
        invitation.candidateName = form.candidateName();
        invitation.candidateEmail = form.candidateEmail();
        invitation.tokenHash = hashToken(token);
        invitation.createdBy = actor;
        invitation.createdAt = Instant.now();
        invitation.expiresAt = invitation.createdAt.plus(validity);
        invitation.extraTimePercent = form.extraTimePercent();
        invitation.extraTimeMinutes = form.extraTimeMinutes();
        invitation.persist();
        audit.record(actor, "invitation.created", "invitation", invitation.id, null,
                invitation.candidateName + " <" + invitation.candidateEmail + ">, expires " + invitation.expiresAt
                        + (invitation.extraTimeLabel().isEmpty() ? "" : ", extra time " + invitation.extraTimeLabel()));
        return new CreatedInvitation(invitation.id, assessment.id, invitation.candidateName, token,
                address.base() + "t/" + token, invitation.expiresAt);
    }

    private Duration validate(InvitationForm form) {
        var max = config.test().maxInvitationValidity();
        var validity = form.validDays() == null ? config.test().invitationValidity()
                : Duration.ofDays(form.validDays());
        var errors = new FormErrors.Builder()
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
        if (errors.any()) {
            throw new InvalidInputException(errors);
        }
        return validity;
    }

    private String newToken() {
        var bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Invitations, newest first, of one assessment or of all. */
    @Transactional
    public List<InvitationRow> list(Optional<Long> assessmentId) {
        List<Invitation> invitations = assessmentId
                .map(id -> Invitation.<Invitation>list("assessment.id = ?1 order by createdAt desc, id desc", id))
                .orElseGet(() -> Invitation.list("order by createdAt desc, id desc"));
        var stages = progress.of(invitations.stream().map(i -> i.id).toList());
        var now = Instant.now();
        return invitations.stream().map(i -> row(i, stages.get(i.id), now)).toList();
    }

    @Transactional
    public Optional<InvitationRow> find(long id) {
        return Invitation.<Invitation>findByIdOptional(id)
                .map(i -> row(i, progress.of(List.of(i.id)).get(i.id), Instant.now()));
    }

    /**
     * @param stage how far the invitation's attempt has got; null when it was never started
     */
    public static InvitationStatus status(Invitation invitation, AttemptProgress.Stage stage, Instant now) {
        if (stage != null) {
            return stage == AttemptProgress.Stage.SUBMITTED ? InvitationStatus.SUBMITTED
                    : InvitationStatus.IN_PROGRESS;
        }
        return invitation.expiresAt.isAfter(now) ? InvitationStatus.NOT_STARTED : InvitationStatus.EXPIRED;
    }

    private static InvitationRow row(Invitation i, AttemptProgress.Stage stage, Instant now) {
        return new InvitationRow(i.id, i.assessment.id, i.assessment.title, i.candidateName, i.candidateEmail,
                status(i, stage, now), i.expiresAt, i.createdAt);
    }
}
