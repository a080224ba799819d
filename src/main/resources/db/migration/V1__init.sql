-- Portable between H2 (embedded default) and PostgreSQL: plain types, sequences as Panache expects them.

create sequence app_user_seq start with 1 increment by 50;
create sequence question_bank_seq start with 1 increment by 50;
create sequence question_seq start with 1 increment by 50;
create sequence rubric_version_seq start with 1 increment by 50;
create sequence rubric_example_seq start with 1 increment by 50;
create sequence assessment_seq start with 1 increment by 50;
create sequence assessment_question_seq start with 1 increment by 50;
create sequence invitation_seq start with 1 increment by 50;
create sequence attempt_seq start with 1 increment by 50;
create sequence answer_seq start with 1 increment by 50;
create sequence grade_seq start with 1 increment by 50;
create sequence score_override_seq start with 1 increment by 50;
create sequence audit_event_seq start with 1 increment by 50;
create sequence regrade_job_seq start with 1 increment by 50;

create table app_user (
    id bigint not null primary key,
    username varchar(64) not null unique,
    password_hash varchar(100) not null,
    role varchar(16) not null,
    display_name varchar(200),
    enabled boolean not null,
    failed_logins integer not null,
    locked_until timestamp(6) with time zone,
    created_at timestamp(6) with time zone not null
);

create table question_bank (
    id bigint not null primary key,
    bank_key varchar(64) not null unique,
    title varchar(200) not null,
    description varchar(2000),
    time_limit_minutes integer not null,
    created_at timestamp(6) with time zone not null
);

create table question (
    id bigint not null primary key,
    bank_id bigint not null references question_bank (id),
    qid varchar(64) not null,
    position integer not null,
    title varchar(200) not null,
    current_version_id bigint,
    unique (bank_id, qid)
);

create table rubric_version (
    id bigint not null primary key,
    question_id bigint not null references question (id),
    version_no integer not null,
    content varchar(1000000) not null,
    fingerprint varchar(64) not null,
    points double precision not null,
    author varchar(64) not null,
    note varchar(500),
    created_at timestamp(6) with time zone not null,
    unique (question_id, version_no)
);

alter table question add constraint fk_question_current_version
    foreign key (current_version_id) references rubric_version (id);

create table rubric_example (
    id bigint not null primary key,
    question_id bigint not null references question (id),
    kind varchar(32),
    answer varchar(20000) not null,
    expected_score double precision not null,
    tolerance double precision,
    source varchar(32) not null,
    created_by varchar(64),
    created_at timestamp(6) with time zone not null
);

create table assessment (
    id bigint not null primary key,
    title varchar(200) not null,
    bank_id bigint not null references question_bank (id),
    time_limit_minutes integer not null,
    blind_review boolean not null,
    created_by varchar(64),
    created_at timestamp(6) with time zone not null
);

create table assessment_question (
    id bigint not null primary key,
    assessment_id bigint not null references assessment (id),
    question_id bigint not null references question (id),
    position integer not null,
    unique (assessment_id, position)
);

create table invitation (
    id bigint not null primary key,
    assessment_id bigint not null references assessment (id),
    candidate_name varchar(200) not null,
    candidate_email varchar(320) not null,
    token_hash varchar(64) not null unique,
    expires_at timestamp(6) with time zone not null,
    created_by varchar(64),
    created_at timestamp(6) with time zone not null
);

create table attempt (
    id bigint not null primary key,
    invitation_id bigint not null unique references invitation (id),
    status varchar(16) not null,
    started_at timestamp(6) with time zone not null,
    deadline timestamp(6) with time zone not null,
    submitted_at timestamp(6) with time zone,
    submitted_by varchar(16),
    current_position integer not null,
    reviewed boolean not null,
    reviewed_by varchar(64),
    reviewed_at timestamp(6) with time zone,
    recommendation varchar(16),
    summary varchar(5000),
    version bigint not null
);

create index attempt_status_idx on attempt (status, deadline);

create table answer (
    id bigint not null primary key,
    attempt_id bigint not null references attempt (id),
    question_id bigint not null references question (id),
    rubric_version_id bigint not null references rubric_version (id),
    position integer not null,
    text varchar(100000) not null,
    revision integer not null,
    save_count integer not null,
    saved_at timestamp(6) with time zone,
    first_viewed_at timestamp(6) with time zone,
    seconds_spent integer not null,
    unique (attempt_id, question_id)
);

create table grade (
    id bigint not null primary key,
    answer_id bigint not null references answer (id),
    rubric_version_id bigint not null references rubric_version (id),
    engine_version varchar(32) not null,
    score double precision not null,
    max_score double precision not null,
    flag_count integer not null,
    report varchar(1000000) not null,
    regrade_job_id bigint,
    created_at timestamp(6) with time zone not null
);

create index grade_answer_idx on grade (answer_id, id);

create table score_override (
    id bigint not null primary key,
    answer_id bigint not null references answer (id),
    grade_id bigint not null references grade (id),
    reviewer varchar(64) not null,
    score double precision not null,
    reason varchar(2000) not null,
    created_at timestamp(6) with time zone not null
);

create index score_override_answer_idx on score_override (answer_id, id);

create table audit_event (
    id bigint not null primary key,
    actor varchar(64) not null,
    action varchar(64) not null,
    entity_type varchar(64) not null,
    entity_id bigint,
    before_value varchar(1000000),
    after_value varchar(1000000),
    created_at timestamp(6) with time zone not null
);

create index audit_event_entity_idx on audit_event (entity_type, entity_id, id);

create table regrade_job (
    id bigint not null primary key,
    scope varchar(16) not null,
    question_id bigint references question (id),
    assessment_id bigint references assessment (id),
    status varchar(16) not null,
    total integer not null,
    done integer not null,
    changed integer not null,
    cursor_answer_id bigint not null,
    created_by varchar(64) not null,
    created_at timestamp(6) with time zone not null,
    finished_at timestamp(6) with time zone
);
