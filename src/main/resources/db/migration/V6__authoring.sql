-- Rubric authoring: examples taken from transcripts, the flags an example expects, and regrade job bookkeeping.

-- The transcript answer an example was copied from, when it was.
alter table rubric_example add column answer_id bigint references answer (id);
-- Flags the grade report must raise for the example, comma-separated (as in the examples file).
alter table rubric_example add column flags varchar(200);

-- Why a regrade job failed, and when a worker last moved it forward.
alter table regrade_job add column error varchar(2000);
alter table regrade_job add column updated_at timestamp(6) with time zone;

create index regrade_job_status_idx on regrade_job (status, id);
create index grade_regrade_job_idx on grade (regrade_job_id);
