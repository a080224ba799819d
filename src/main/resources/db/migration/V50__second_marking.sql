-- Second marking: per assessment, a second reviewer scores every answer of a reviewed attempt without seeing the
-- first reviewer's scores; answers whose two marks differ by more than the threshold go to an adjudicator.
-- Both kinds of mark are append-only; the newest of an answer counts.
alter table assessment add column second_marking boolean default false not null;
alter table assessment add column second_marking_threshold double precision default 2 not null;
alter table assessment add column second_marking_unit varchar(8) default 'points' not null;

create sequence second_mark_seq start with 1 increment by 50;

create table second_mark (
    id bigint not null primary key,
    answer_id bigint not null references answer (id),
    reviewer varchar(64) not null,
    score double precision not null,
    note varchar(2000),
    created_at timestamp(6) with time zone not null
);

create index second_mark_answer_idx on second_mark (answer_id, id);

create sequence adjudication_seq start with 1 increment by 50;

create table adjudication (
    id bigint not null primary key,
    answer_id bigint not null references answer (id),
    adjudicator varchar(64) not null,
    score double precision not null,
    reason varchar(2000) not null,
    created_at timestamp(6) with time zone not null
);

create index adjudication_answer_idx on adjudication (answer_id, id);
