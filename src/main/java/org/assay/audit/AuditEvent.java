package org.assay.audit;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** Something that changed, by whom, when, with the values before and after. Append-only. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntity {

    @NotBlank
    @Column(length = 64)
    public String actor;

    @NotBlank
    @Column(length = 64)
    public String action;

    @NotBlank
    @Column(name = "entity_type", length = 64)
    public String entityType;

    @Column(name = "entity_id")
    public Long entityId;

    @Column(name = "before_value", length = 1_000_000)
    public String beforeValue;

    @Column(name = "after_value", length = 1_000_000)
    public String afterValue;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    public static List<AuditEvent> listByEntity(String entityType, long entityId) {
        return list("entityType = ?1 and entityId = ?2 order by id", entityType, entityId);
    }
}
