package org.assay.session;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.assay.assessment.AttemptProgress;

/** Tells assessments how far each invitation's attempt has got. */
@ApplicationScoped
public class SessionProgress implements AttemptProgress {

    @Override
    public Map<Long, Stage> of(Collection<Long> invitationIds) {
        if (invitationIds.isEmpty()) {
            return Map.of();
        }
        List<Attempt> attempts = Attempt.list("invitation.id in ?1", List.copyOf(invitationIds));
        return attempts.stream().collect(Collectors.toMap(a -> a.invitation.id, SessionProgress::stage));
    }

    @Override
    public long startedIn(long assessmentId) {
        return Attempt.count("invitation.assessment.id", assessmentId);
    }

    @Override
    public Map<Long, Started> started(Collection<Long> invitationIds) {
        if (invitationIds.isEmpty()) {
            return Map.of();
        }
        List<Attempt> attempts = Attempt.list("invitation.id in ?1", List.copyOf(invitationIds));
        return attempts.stream().collect(Collectors.toMap(a -> a.invitation.id,
                a -> new Started(a.id, stage(a))));
    }

    /** The stage an attempt has reached. */
    public static Stage stage(Attempt attempt) {
        return attempt.status == AttemptStatus.SUBMITTED ? Stage.SUBMITTED : Stage.IN_PROGRESS;
    }
}
