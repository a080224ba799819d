-- Time accommodations: an invitation may give extra time, as a share of the time limit or as minutes (not both)
alter table invitation add column extra_time_percent integer;
alter table invitation add column extra_time_minutes integer;
