-- Review list: attempts are filtered by assessment (through the invitation), sorted by submission time or candidate
-- name and counted per status; these keep each page an index walk instead of a scan of every attempt.
create index review_invitation_assessment_idx on invitation (assessment_id, id);
create index review_invitation_name_idx on invitation (candidate_name);
create index review_attempt_submitted_idx on attempt (submitted_at, id);
create index review_attempt_reviewed_idx on attempt (reviewed, status);
