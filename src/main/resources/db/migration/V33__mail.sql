-- Mail waiting to be sent, and what became of it. A message is stored in the transaction that causes it (a new
-- invitation, a submit), so it is sent or retried but never lost; its body, which may hold a candidate's link, is
-- erased once it was sent or given up on.
create sequence mail_message_seq start with 1 increment by 50;

create table mail_message (
    id bigint not null primary key,
    kind varchar(20) not null,
    recipient varchar(320) not null,
    subject varchar(300) not null,
    text_body varchar(20000),
    html_body varchar(40000),
    invitation_id bigint,
    status varchar(10) not null,
    tries integer not null,
    next_try_at timestamp(6) with time zone,
    last_error varchar(1000),
    created_at timestamp(6) with time zone not null,
    sent_at timestamp(6) with time zone
);

create index mail_message_due_idx on mail_message (status, next_try_at);
create index mail_message_invitation_idx on mail_message (invitation_id);

-- When the reminder before expiry was queued, so each invitation gets one
alter table invitation add column reminded_at timestamp(6) with time zone;
