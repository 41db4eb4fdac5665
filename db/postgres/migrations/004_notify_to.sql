-- R8: where the booking channel's own message goes — the patient's WeChat openid on the WECHAT
-- channel, the app's user id on APP (given by the partner at booking). Without it, that patient is
-- told by SMS only. Twin: db/mssql/migrations/004_notify_to.sql.
ALTER TABLE appointment ADD COLUMN notify_to varchar(128);
