-- Helpers shared by the procedures. Twin: db/postgres/procedures/010_helpers.sql.
-- The files in this folder are re-applied together, in name order, whenever any of them changes,
-- so every object is CREATE OR ALTER.
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER FUNCTION dbo.setting_int (@p_key varchar(4000))
RETURNS int
AS
BEGIN
  RETURN (SELECT CAST(value AS int) FROM dbo.setting WHERE name = @p_key);
END
GO

CREATE OR ALTER FUNCTION dbo.setting_text (@p_key varchar(4000))
RETURNS varchar(200)
AS
BEGIN
  RETURN (SELECT value FROM dbo.setting WHERE name = @p_key);
END
GO

-- R4: the on-site reserve is for patients who are in the hospital in person.
-- Exact (case-sensitive) match; a NULL channel is neither in person nor known.
CREATE OR ALTER FUNCTION dbo.is_in_person_channel (@p_channel varchar(4000))
RETURNS bit
AS
BEGIN
  RETURN CASE WHEN @p_channel IS NULL THEN 0
              WHEN @p_channel COLLATE Latin1_General_100_BIN2 IN ('COUNTER', 'KIOSK', 'ON_SITE') THEN 1
              ELSE 0 END;
END
GO

CREATE OR ALTER FUNCTION dbo.is_known_channel (@p_channel varchar(4000))
RETURNS bit
AS
BEGIN
  RETURN CASE WHEN @p_channel IS NULL THEN 0
              WHEN @p_channel COLLATE Latin1_General_100_BIN2 IN ('PHONE', 'COUNTER', 'CLINIC', 'WARD', 'KIOSK', 'WEB', 'APP',
                                                                  'WECHAT', 'THIRD_PARTY', 'COMMUNITY', 'ON_SITE') THEN 1
              ELSE 0 END;
END
GO

-- R2: a session opens at release_time on the day release_days before it, hospital time.
-- p_tz is an IANA name, translated through time_zone_map (NULL when the zone is unknown: the
-- calling procedures refuse unknown zones before they get here).
CREATE OR ALTER FUNCTION dbo.session_release_at (@p_session_date date, @p_tz nvarchar(64))
RETURNS datetimeoffset(3)
AS
BEGIN
  DECLARE @win nvarchar(64) = (SELECT windows FROM dbo.time_zone_map WHERE iana = @p_tz);
  IF @win IS NULL RETURN NULL;
  -- date + time as text ('YYYY-MM-DD hh:mm:ss.fffffff'; `+` keeps NULL NULL, as PostgreSQL does),
  -- read as local time in the zone.
  RETURN CAST(CAST(CONVERT(char(10), DATEADD(day, -dbo.setting_int('release_days'), @p_session_date), 23) + ' '
                   + CAST(CAST(dbo.setting_text('release_time') AS time) AS varchar(16)) AS datetime2)
              AT TIME ZONE @win AS datetimeoffset(3));
END
GO

-- A procedure in T-SQL (a function cannot write). It runs inside the caller's transaction and
-- returns no result set, so the caller still returns exactly one.
CREATE OR ALTER PROCEDURE dbo.write_audit
  @p_at datetimeoffset(3), @p_actor nvarchar(4000), @p_operator nvarchar(4000), @p_action varchar(4000),
  @p_entity varchar(4000), @p_entity_id varchar(4000), @p_outcome varchar(4000), @p_detail nvarchar(max)
AS
BEGIN
  SET NOCOUNT ON;
  INSERT INTO dbo.audit_log ([at], actor, operator, action, entity, entity_id, outcome, detail)
  VALUES (@p_at, @p_actor, @p_operator, @p_action, @p_entity, @p_entity_id, @p_outcome, @p_detail);
END
GO

-- Before a number of the session is claimed (booking, walk-in): holds the session row with a shared
-- lock until commit (HOLDLOCK: even under READ_COMMITTED_SNAPSHOT this read locks) and re-reads its
-- status under it. Lock order, everywhere (decision 014): session → appointment → slot. A
-- suspension or closure takes the session with XLOCK first, so it waits for the claims in flight
-- and claims after it see the new status. Runs inside the caller's transaction; no result set.
IF OBJECT_ID(N'dbo.raise_if_session_closed', N'P') IS NOT NULL DROP PROCEDURE dbo.raise_if_session_closed;
GO

CREATE OR ALTER PROCEDURE dbo.hold_session_open
  @p_session_id int
AS
BEGIN
  SET NOCOUNT ON;
  DECLARE @v_status varchar(12) =
    (SELECT status FROM dbo.clinic_session WITH (HOLDLOCK, ROWLOCK) WHERE id = @p_session_id);
  IF @v_status = 'SUSPENDED'
    THROW 50001, 'SESSION_SUSPENDED', 1;
  IF @v_status <> 'OPEN'
    THROW 50001, 'SESSION_NOT_OPEN:session closed', 1;
END
GO

-- R6 real name, for booking and walk-in alike: the patient of a document, or a first-visit patient
-- registered now (with the mobile given); the patient row is then locked (UPDLOCK: one patient's
-- attempts run one at a time) and the name must be the record's (IDENTITY_MISMATCH). A booking
-- never changes a known patient's stored mobile (update_patient_contact does it, audited).
-- First visit: instead of the twin's "insert, and on unique_violation read the other's row"
-- (a caught error dooms a SQL Server transaction under XACT_ABORT), creators of one document
-- take an application lock on its digest and look again, so the second one finds the first's
-- patient once the first commits.
-- A procedure in T-SQL (it writes). It runs inside the caller's transaction and returns no result
-- set; the twin's result row (patient_id, document_id) is @p_patient_id and @p_document_id.
CREATE OR ALTER PROCEDURE dbo.resolve_patient
  @p_patient_name nvarchar(4000), @p_document_type varchar(4000), @p_document_digest varchar(4000),
  @p_document_masked varchar(4000), @p_document_cipher varchar(4000), @p_mobile_digest varchar(4000),
  @p_mobile_masked varchar(4000), @p_mobile_cipher varchar(4000), @p_now datetimeoffset(3),
  @p_patient_id int OUTPUT, @p_document_id int OUTPUT
AS
BEGIN
  SET NOCOUNT ON;
  DECLARE @v_patient int, @v_document int, @v_name nvarchar(100), @v_lock int, @v_resource nvarchar(255),
          @v_try int = 0;

  SELECT @v_document = d.id, @v_patient = d.patient_id
    FROM dbo.patient_document d WHERE d.document_type = @p_document_type AND d.digest = @p_document_digest;
  IF @v_document IS NULL
  BEGIN
    SET @v_resource = CONCAT(N'patient_document:', @p_document_type, N':', @p_document_digest);
    -- Waits no longer than the caller's deadline (@@LOCK_TIMEOUT, set from it). Refused as a
    -- deadlock victim (-3), it asks again, as the twin retries its insert; timed out (-1), the
    -- deadline has passed and the whole call rolls back.
    WHILE 1 = 1
    BEGIN
      EXEC @v_lock = sys.sp_getapplock @Resource = @v_resource, @LockMode = N'Exclusive',
                                       @LockOwner = N'Transaction', @LockTimeout = @@LOCK_TIMEOUT;
      IF @v_lock >= 0
        BREAK;
      IF @v_lock = -1
        THROW 50001, 'DEADLINE_EXCEEDED:waiting for a first-visit patient''s record', 1;
      SET @v_try = @v_try + 1;
      IF @v_try >= 3
        THROW 50001, 'CONFLICT:patient lock not granted', 1;
    END
    -- The same first-visit patient arriving twice at once: use the record the other made.
    SELECT @v_document = d.id, @v_patient = d.patient_id
      FROM dbo.patient_document d WHERE d.document_type = @p_document_type AND d.digest = @p_document_digest;
    IF @v_document IS NULL
    BEGIN
      -- The CHECK PostgreSQL would report as 23514 (mapped to VALIDATION_FAILED; SQL Server's 547 is not).
      IF @p_document_type COLLATE Latin1_General_100_BIN2 NOT IN ('NATIONAL_ID', 'HOSPITAL_CARD', 'SOCIAL_SECURITY_CARD')
        THROW 50001, 'VALIDATION_FAILED:documentType', 1;
      INSERT INTO dbo.patient (name, mobile_masked, mobile_cipher, mobile_digest, created_at, updated_at)
      VALUES (@p_patient_name, @p_mobile_masked, @p_mobile_cipher, @p_mobile_digest, @p_now, @p_now);
      SET @v_patient = CAST(SCOPE_IDENTITY() AS int);
      INSERT INTO dbo.patient_document (patient_id, document_type, digest, masked, cipher, created_at)
      VALUES (@v_patient, @p_document_type, @p_document_digest, @p_document_masked, @p_document_cipher, @p_now);
      SET @v_document = CAST(SCOPE_IDENTITY() AS int);
    END
  END
  SELECT @v_name = p.name
    FROM dbo.patient p WITH (UPDLOCK, ROWLOCK) WHERE p.id = @v_patient;
  IF @p_patient_name IS NULL OR @v_name <> @p_patient_name COLLATE Latin1_General_100_BIN2
    THROW 50001, 'IDENTITY_MISMATCH', 1;

  SET @p_patient_id = @v_patient;
  SET @p_document_id = @v_document;
END
GO

-- R5: the appointment a partner already made under this request key (its Idempotency-Key), or
-- NULL. The same key for another patient, session or number is IDEMPOTENCY_KEY_REUSED.
-- A procedure in T-SQL (a function cannot THROW); the twin's return value is @p_appointment_id.
-- partner_id carries the database's collation: the first comparison seeks the
-- appointment_request_key index, the second (binary) makes the match exact, as in the twin.
CREATE OR ALTER PROCEDURE dbo.request_key_booking
  @p_partner_id varchar(4000), @p_request_key varchar(4000), @p_document_type varchar(4000),
  @p_document_digest varchar(4000), @p_session_id int, @p_slot_id int, @p_appointment_id int OUTPUT
AS
BEGIN
  SET NOCOUNT ON;
  DECLARE @v_id int;
  SET @p_appointment_id = NULL;
  IF @p_request_key IS NULL RETURN;
  SELECT @v_id = a.id
    FROM dbo.appointment a
   WHERE a.partner_id = @p_partner_id AND a.request_key = @p_request_key
     AND a.partner_id = @p_partner_id COLLATE Latin1_General_100_BIN2;
  IF @v_id IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM dbo.appointment a JOIN dbo.patient_document d ON d.id = a.document_id
                      WHERE a.id = @v_id AND d.document_type = @p_document_type
                        AND d.digest = @p_document_digest
                        AND (@p_slot_id IS NULL OR a.slot_id = @p_slot_id)
                        AND (@p_session_id IS NULL OR a.session_id = @p_session_id))
    THROW 50001, 'IDEMPOTENCY_KEY_REUSED:this key booked another request', 1;
  SET @p_appointment_id = @v_id;
END
GO
