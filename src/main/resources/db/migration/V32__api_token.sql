-- Tokens for scripts, per user, sent as "Authorization: Bearer"; only a SHA-256 of each is kept
create sequence api_token_seq start with 1 increment by 50;

create table api_token (
    id bigint not null primary key,
    user_id bigint not null references app_user (id),
    name varchar(100) not null,
    token_hash varchar(64) not null unique,
    created_at timestamp(6) with time zone not null,
    last_used_at timestamp(6) with time zone,
    revoked_at timestamp(6) with time zone
);

create index api_token_user_idx on api_token (user_id);
