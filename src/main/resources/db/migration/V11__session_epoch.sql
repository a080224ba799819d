-- Sessions of an account carry the epoch they started in; signing out, or disabling the account, moves it on, so
-- every earlier session cookie stops working
alter table app_user add column session_epoch integer default 0 not null;
