-- When the candidate opened the question they are on; time from then is added to that answer's seconds_spent.
alter table attempt add column position_since timestamp(6) with time zone;
