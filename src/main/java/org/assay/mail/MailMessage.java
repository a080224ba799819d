package org.assay.mail;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A message in the outbox: pending until sent, retried after failures, and kept afterwards without its body. */
@Entity
@Table(name = "mail_message")
public class MailMessage extends PanacheEntity {

    /** Where a message is. */
    public enum Status {
        PENDING, SENT, FAILED
    }

    @Column(length = 20)
    public String kind;

    @Column(length = 320)
    public String recipient;

    @Column(length = 300)
    public String subject;

    @Column(name = "text_body", length = 20000)
    public String textBody;

    @Column(name = "html_body", length = 40000)
    public String htmlBody;

    @Column(name = "invitation_id")
    public Long invitationId;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    public Status status = Status.PENDING;

    public int tries;

    @Column(name = "next_try_at")
    public Instant nextTryAt;

    @Column(name = "last_error", length = 1000)
    public String lastError;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "sent_at")
    public Instant sentAt;
}
