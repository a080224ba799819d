package org.assay.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Records audit events; callers run inside their own transaction so the event commits with the change. */
@ApplicationScoped
public class AuditService {

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent record(String actor, String action, String entityType, Long entityId, String before,
            String after) {
        var event = new AuditEvent();
        event.actor = actor;
        event.action = action;
        event.entityType = entityType;
        event.entityId = entityId;
        event.beforeValue = before;
        event.afterValue = after;
        event.persist();
        return event;
    }
}
