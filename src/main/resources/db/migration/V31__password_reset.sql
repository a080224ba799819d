-- One-time links an admin gives a user to set a new password; only a hash of the link's token is kept
create sequence password_reset_seq start with 1 increment by 50;

create table password_reset (
    id bigint not null primary key,
    user_id bigint not null references app_user (id),
    token_hash varchar(64) not null unique,
    expires_at timestamp(6) with time zone not null,
    created_by varchar(64),
    created_at timestamp(6) with time zone not null,
    used_at timestamp(6) with time zone
);

create index password_reset_user_idx on password_reset (user_id);
