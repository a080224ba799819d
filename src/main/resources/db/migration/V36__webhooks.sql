-- Webhooks: registered receivers, and one delivery row per event and receiver with its retry state
create sequence webhook_seq start with 1 increment by 50;
create sequence webhook_delivery_seq start with 1 increment by 50;

create table webhook (
    id bigint not null primary key,
    url varchar(2000) not null,
    secret varchar(200) not null,
    events varchar(500) not null,
    description varchar(200),
    active boolean not null,
    created_by varchar(64),
    created_at timestamp(6) with time zone not null
);

create table webhook_delivery (
    id bigint not null primary key,
    webhook_id bigint not null references webhook (id),
    event_id varchar(36) not null,
    event varchar(40) not null,
    payload varchar(10000) not null,
    status varchar(16) not null,
    tries integer not null,
    next_try_at timestamp(6) with time zone,
    claimed_until timestamp(6) with time zone,
    claimed_by varchar(64),
    last_status integer,
    last_error varchar(1000),
    last_try_at timestamp(6) with time zone,
    created_at timestamp(6) with time zone not null,
    delivered_at timestamp(6) with time zone
);

create index webhook_delivery_due on webhook_delivery (status, next_try_at);
create index webhook_delivery_by_hook on webhook_delivery (webhook_id, created_at);

-- Invitations whose link ran out unused are announced once; those already expired are not announced on upgrade
alter table invitation add column expiry_announced_at timestamp(6) with time zone;
update invitation set expiry_announced_at = expires_at where expires_at < current_timestamp;
