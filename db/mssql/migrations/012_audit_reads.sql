-- R20: ADMIN reads the audit trail by action and outcome (refused registrations, reads of full
-- mobiles, blacklist lifts), newest first. Twin: db/postgres/migrations/012_audit_reads.sql.
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE INDEX audit_log_action ON audit_log (action, outcome, id);
