-- Scored examples become evidence for grading, per bank (off until turned on, so stored grades keep their
-- meaning): each is pinned to the rubric version it was scored under, and a bank may let its reviewers' overrides
-- serve as examples too.
alter table rubric_example add column rubric_version_id bigint references rubric_version (id);
alter table question_bank add column examples_as_evidence boolean default false not null;
alter table question_bank add column overrides_as_examples boolean default false not null;
