-- One device at a time works on an attempt: the browser that started it or last chose "Continue here"
alter table attempt add column active_device varchar(64);
alter table attempt add column device_since timestamp(6) with time zone;
