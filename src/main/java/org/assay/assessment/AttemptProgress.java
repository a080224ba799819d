package org.assay.assessment;

import java.util.Collection;
import java.util.Map;

/**
 * How far the candidates of some invitations have got. The candidate's test answers it; assessments only list
 * invitations with their status, so they ask through this rather than depend on the test's own classes.
 */
public interface AttemptProgress {

    /** A started attempt's stage; an invitation without one has not been started. */
    enum Stage {
        IN_PROGRESS, SUBMITTED
    }

    /** A started attempt: its id (for links to its transcript) and its stage. */
    record Started(long attemptId, Stage stage) {
    }

    /** The stage of each invitation's attempt, by invitation id; invitations not started are left out. */
    Map<Long, Stage> of(Collection<Long> invitationIds);

    /** How many attempts have been started on an assessment, submitted ones included. */
    long startedIn(long assessmentId);

    /** Each invitation's attempt, by invitation id; invitations not started are left out. */
    Map<Long, Started> started(Collection<Long> invitationIds);
}
