-- docker compose: creates the application database once (run by the mssql-init service with
-- sqlcmd; re-running it changes nothing). booking-core applies db/mssql/ itself at boot.
IF DB_ID(N'outpatient') IS NULL
  CREATE DATABASE outpatient;
GO
-- Readers see the last committed version instead of waiting for writers, as in PostgreSQL:
-- availability lists do not queue behind bookings in flight. (The procedures are correct either
-- way: where they need the latest row they lock it with UPDLOCK, READPAST or HOLDLOCK.)
IF EXISTS (SELECT 1 FROM sys.databases WHERE name = N'outpatient' AND is_read_committed_snapshot_on = 0)
  ALTER DATABASE outpatient SET READ_COMMITTED_SNAPSHOT ON WITH ROLLBACK IMMEDIATE;
GO
