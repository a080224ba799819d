-- The holder of an attempt names the browser and, when the page's script runs, its tab
alter table attempt alter column active_device set data type varchar(100);
