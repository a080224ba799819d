-- Assessments: shuffling per candidate, archiving, and a suggested time per question
alter table assessment add column shuffle boolean default false not null;
alter table assessment add column archived_at timestamp(6) with time zone;
alter table assessment_question add column guidance_minutes integer;
