-- R8: where the booking channel's own message goes — the patient's WeChat openid on the WECHAT
-- channel, the app's user id on APP (given by the partner at booking). Without it, that patient is
-- told by SMS only. Twin: db/postgres/migrations/004_notify_to.sql (same column).
--
-- Dialect notes: varchar(128) as in the twin — booking-core accepts only [A-Za-z0-9_.:-] here, and
-- the value is handed to the gateway, never compared, so it needs neither nvarchar nor a binary
-- collation.
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

ALTER TABLE appointment ADD notify_to varchar(128);
