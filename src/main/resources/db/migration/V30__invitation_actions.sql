-- An invitation can be revoked (its link then answers 410) or replaced by a new one when it is resent; the old row
-- stays for the record and names the invitation that replaced it
alter table invitation add column revoked_at timestamp(6) with time zone;
alter table invitation add column revoked_by varchar(64);
alter table invitation add column replaced_by bigint;

-- Finding earlier invitations of the same address to the same assessment
create index invitation_assessment_email_idx on invitation (assessment_id, candidate_email);
