-- Pairs of answers to the same question in the same assessment where most of one answer repeats the other word for
-- word; one row per direction, each with the shared runs as character ranges "start-end" separated by commas.
create sequence similar_answer_seq start with 1 increment by 50;

create table similar_answer (
    id bigint not null primary key,
    answer_id bigint not null references answer (id),
    other_answer_id bigint not null references answer (id),
    share double precision not null,
    words integer not null,
    spans varchar(4000) not null,
    other_spans varchar(4000) not null,
    found_at timestamp(6) with time zone not null,
    constraint similar_answer_pair_uk unique (answer_id, other_answer_id)
);

create index similar_answer_answer_idx on similar_answer (answer_id);
