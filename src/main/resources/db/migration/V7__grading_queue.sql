-- Which channels produced each grade (opennlp, wordnet, spelling, semantic)
alter table grade add column channels varchar(100);

-- Answers waiting to be graded, one row each until a grade is stored. Instances claim rows for a while, so two never
-- grade the same answer; a failure is kept with its reason and tried again later, a few times.
create table grading_task (
    answer_id bigint not null primary key references answer (id),
    tries integer not null,
    next_try_at timestamp(6) with time zone,
    claimed_until timestamp(6) with time zone,
    claimed_by varchar(64),
    last_error varchar(2000),
    failed_at timestamp(6) with time zone,
    created_at timestamp(6) with time zone not null
);

create index grading_task_due_idx on grading_task (next_try_at);

insert into grading_task (answer_id, tries, next_try_at, created_at)
select a.id, 0, current_timestamp, current_timestamp
from answer a join attempt t on t.id = a.attempt_id
where t.status = 'SUBMITTED' and not exists (select 1 from grade g where g.answer_id = a.id);

-- A reviewer may score an answer the engine could not grade: such an override refers to no grade
alter table score_override alter column grade_id drop not null;
