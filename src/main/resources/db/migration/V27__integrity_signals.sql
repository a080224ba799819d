-- Integrity signals the candidate's page reports (pastes, time away from the test, typing too fast for a person).
-- Shown to reviewers and in exports; they never change a score
create sequence integrity_signal_seq start with 1 increment by 50;

create table integrity_signal (
    id bigint not null primary key,
    attempt_id bigint not null references attempt (id),
    kind varchar(16) not null,
    qid varchar(64),
    recorded_at timestamp(6) with time zone not null,
    amount bigint not null
);

create index integrity_signal_attempt_idx on integrity_signal (attempt_id, recorded_at);

-- Each kind of signal can be turned off per assessment
alter table assessment add column record_pastes boolean default true not null;
alter table assessment add column record_focus boolean default true not null;
alter table assessment add column record_typing boolean default true not null;
