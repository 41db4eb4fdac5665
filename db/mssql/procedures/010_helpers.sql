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

-- The booking rules, once, for booking, holding and confirming a hold (R2, R4, R5, R15; decision
-- 023). A number is free when no appointment has it, it is not withdrawn, and no live hold has it:
-- a hold whose held_until has passed (booking-core's clock) frees it at once. @p_hold_id: the hold
-- being confirmed, whose own number counts as free to it. These are procedures in T-SQL (a
-- function cannot THROW); they run inside the caller's transaction and return no result set: the
-- twins' result rows are their OUTPUT parameters.

-- The session of a booking or hold (@p_slot_id's, or @p_session_id), and whether it can be booked
-- now: it exists, is open, released and not over. in_person: the channel may take the on-site
-- reserve (R4: in the hospital in person, on the visit day itself). When an expert session sells
-- out, attempts are refused here from the free-number index (slot_free) before the patient is
-- touched; the claim (claim_free_number) stays the authority. Plain reads without hints, as the
-- twin's: under READ_COMMITTED_SNAPSHOT they read the last committed numbers without waiting.
CREATE OR ALTER PROCEDURE dbo.bookable_session
  @p_session_id int, @p_slot_id int, @p_channel varchar(4000), @p_hold_id int, @p_tz nvarchar(4000),
  @p_now datetimeoffset(3), @p_open_session_id int OUTPUT, @p_in_person bit OUTPUT
AS
BEGIN
  SET NOCOUNT ON;
  DECLARE @v_session_id int, @v_session_found bit = 0, @v_status varchar(12), @v_release_at datetimeoffset(3),
          @v_ends_at datetimeoffset(3), @v_session_date date, @v_in_person bit, @v_win nvarchar(64),
          @v_msg nvarchar(2048);
  SET @p_open_session_id = NULL;
  SET @p_in_person = NULL;

  IF @p_slot_id IS NOT NULL
  BEGIN
    SELECT @v_session_id = sl.session_id FROM dbo.slot sl WHERE sl.id = @p_slot_id;
    IF @v_session_id IS NULL OR (@p_session_id IS NOT NULL AND @p_session_id <> @v_session_id)
      THROW 50001, 'SLOT_NOT_FOUND', 1;
  END
  ELSE IF @p_session_id IS NOT NULL
  BEGIN
    SET @v_session_id = @p_session_id;
  END
  ELSE
  BEGIN
    THROW 50001, 'VALIDATION_FAILED:sessionId or slotId', 1;
  END

  SELECT @v_session_found = 1, @v_status = s.status, @v_release_at = s.release_at, @v_ends_at = s.ends_at,
         @v_session_date = s.session_date
    FROM dbo.clinic_session s WHERE s.id = @v_session_id;
  IF @v_session_found = 0
    THROW 50001, 'SESSION_NOT_FOUND', 1;
  IF @v_status = 'SUSPENDED'
    THROW 50001, 'SESSION_SUSPENDED', 1;
  IF @p_now < @v_release_at
  BEGIN
    -- ISO 8601 UTC to the second, as the twin's to_char(... 'YYYY-MM-DD"T"HH24:MI:SS"Z"').
    SET @v_msg = CONCAT(N'SESSION_NOT_OPEN:opens at ',
                        LEFT(CONVERT(nvarchar(30), CAST(SWITCHOFFSET(@v_release_at, '+00:00') AS datetime2(3)), 126), 19),
                        N'Z');
    THROW 50001, @v_msg, 1;
  END
  IF @v_status <> 'OPEN' OR @p_now >= @v_ends_at
    THROW 50001, 'SESSION_NOT_OPEN:session is over', 1;
  SELECT @v_win = windows FROM dbo.time_zone_map WHERE iana = @p_tz;
  IF @v_win IS NULL
    THROW 50001, 'VALIDATION_FAILED:unknown time zone', 1;
  SET @v_in_person = CASE WHEN dbo.is_in_person_channel(@p_channel) = 1
                               AND @v_session_date = CAST(@p_now AT TIME ZONE @v_win AS date) THEN 1 ELSE 0 END;

  IF @p_slot_id IS NULL AND NOT EXISTS (
       SELECT 1 FROM dbo.slot sl
        WHERE sl.session_id = @v_session_id AND sl.appointment_id IS NULL AND sl.withdrawn = 0
          AND (sl.held_until IS NULL OR sl.held_until <= @p_now)
          AND sl.starts_at > @p_now AND (sl.reserve IS NULL OR @v_in_person = 1))
    THROW 50001, 'SESSION_FULL', 1;
  IF @p_slot_id IS NOT NULL AND NOT EXISTS (
       SELECT 1 FROM dbo.slot sl
        WHERE sl.id = @p_slot_id AND sl.appointment_id IS NULL AND sl.withdrawn = 0
          AND (sl.held_until IS NULL OR sl.held_until <= @p_now OR sl.hold_id = @p_hold_id))
    THROW 50001, 'SLOT_UNAVAILABLE', 1;

  SET @p_open_session_id = @v_session_id;
  SET @p_in_person = @v_in_person;
END
GO

-- Whether this (locked) patient may take a number of the session now: not blacklisted (R15), no
-- other live appointment or live hold in the session, and within the per-patient limits
-- (settings), counting live holds as appointments while they live. @p_hold_id (the hold being
-- confirmed) is not counted against itself.
CREATE OR ALTER PROCEDURE dbo.check_patient_may_book
  @p_patient_id int, @p_session_id int, @p_hold_id int, @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  DECLARE @v_session_date date, @v_department_id int, @v_ban_end datetimeoffset(3), @v_dept_day int, @v_day int,
          @v_total int, @v_msg nvarchar(2048), @v_exam_resource_id int;
  SELECT @v_session_date = s.session_date, @v_department_id = s.department_id,
         @v_exam_resource_id = s.exam_resource_id
    FROM dbo.clinic_session s WHERE s.id = @p_session_id;
  -- R19: an examination's numbers are taken only against a clinician's order (book_examination).
  IF @v_exam_resource_id IS NOT NULL
    THROW 50001, 'EXAM_ORDER_REQUIRED', 1;

  SELECT @v_ban_end = MAX(b.ends_at)
    FROM dbo.blacklist_entry b
   WHERE b.patient_id = @p_patient_id AND b.lifted_at IS NULL AND b.starts_at <= @p_now AND b.ends_at > @p_now;
  IF @v_ban_end IS NOT NULL
  BEGIN
    SET @v_msg = CONCAT(N'PATIENT_BLACKLISTED:',
                        LEFT(CONVERT(nvarchar(30), CAST(SWITCHOFFSET(@v_ban_end, '+00:00') AS datetime2(3)), 126), 19),
                        N'Z');
    THROW 50001, @v_msg, 1;
  END

  IF EXISTS (SELECT 1 FROM dbo.appointment a
              WHERE a.patient_id = @p_patient_id AND a.session_id = @p_session_id
                AND a.status IN ('BOOKED', 'CHECKED_IN', 'CALLED', 'REGISTERED'))
     OR EXISTS (SELECT 1 FROM dbo.number_hold h
                 WHERE h.patient_id = @p_patient_id AND h.session_id = @p_session_id AND h.status = 'HELD'
                   AND h.expires_at > @p_now AND (@p_hold_id IS NULL OR h.id <> @p_hold_id))
    THROW 50001, 'DUPLICATE_BOOKING', 1;

  -- Per department per day, per day, live in total (not yet seen, in sessions not yet over).
  SELECT @v_dept_day = COALESCE(SUM(CASE WHEN s.session_date = @v_session_date
                                              AND s.department_id = @v_department_id THEN 1 ELSE 0 END), 0),
         @v_day = COALESCE(SUM(CASE WHEN s.session_date = @v_session_date THEN 1 ELSE 0 END), 0),
         @v_total = COALESCE(SUM(CASE WHEN x.status <> 'REGISTERED' AND s.ends_at > @p_now THEN 1 ELSE 0 END), 0)
    FROM (SELECT a.session_id, CAST(a.status AS varchar(24)) AS status
            FROM dbo.appointment a
           WHERE a.patient_id = @p_patient_id AND a.status IN ('BOOKED', 'CHECKED_IN', 'CALLED', 'REGISTERED')
          UNION ALL
          SELECT h.session_id, CAST('HELD' AS varchar(24))
            FROM dbo.number_hold h
           WHERE h.patient_id = @p_patient_id AND h.status = 'HELD' AND h.expires_at > @p_now
             AND (@p_hold_id IS NULL OR h.id <> @p_hold_id)) x
    JOIN dbo.clinic_session s ON s.id = x.session_id
   WHERE s.session_date = @v_session_date OR (x.status <> 'REGISTERED' AND s.ends_at > @p_now);
  IF @v_dept_day >= dbo.setting_int('limit_per_department_day')
    THROW 50001, 'BOOKING_LIMIT_EXCEEDED:per department per day', 1;
  IF @v_day >= dbo.setting_int('limit_per_day')
    THROW 50001, 'BOOKING_LIMIT_EXCEEDED:per day', 1;
  IF @v_total >= dbo.setting_int('limit_live_total')
    THROW 50001, 'BOOKING_LIMIT_EXCEEDED:live in total', 1;
END
GO

-- Claims a free number — the given one, or the session's earliest — with the session held open
-- (hold_session_open). UPDLOCK, READPAST, ROWLOCK: the twin's FOR UPDATE SKIP LOCKED (READPAST
-- needs READ COMMITTED, which the callers set). A number whose hold has expired is free;
-- @p_hold_id's own number is free to it.
CREATE OR ALTER PROCEDURE dbo.claim_free_number
  @p_session_id int, @p_slot_id int, @p_in_person bit, @p_hold_id int, @p_now datetimeoffset(3),
  @p_claimed_slot_id int OUTPUT, @p_claimed_seq_no smallint OUTPUT
AS
BEGIN
  SET NOCOUNT ON;
  DECLARE @v_slot_id int, @v_seq_no smallint, @v_reserve varchar(10), @v_slot_start datetimeoffset(3);
  SET @p_claimed_slot_id = NULL;
  SET @p_claimed_seq_no = NULL;
  EXEC dbo.hold_session_open @p_session_id = @p_session_id;
  IF @p_slot_id IS NOT NULL
  BEGIN
    SELECT @v_slot_id = sl.id, @v_seq_no = sl.seq_no, @v_reserve = sl.reserve, @v_slot_start = sl.starts_at
      FROM dbo.slot sl WITH (UPDLOCK, READPAST, ROWLOCK)
     WHERE sl.id = @p_slot_id AND sl.appointment_id IS NULL AND sl.withdrawn = 0
       AND (sl.held_until IS NULL OR sl.held_until <= @p_now OR sl.hold_id = @p_hold_id);
    IF @v_slot_id IS NULL OR @v_slot_start <= @p_now OR (@v_reserve = 'ON_SITE' AND @p_in_person = 0)
      THROW 50001, 'SLOT_UNAVAILABLE', 1;
  END
  ELSE
  BEGIN
    SELECT TOP (1) @v_slot_id = sl.id, @v_seq_no = sl.seq_no
      FROM dbo.slot sl WITH (UPDLOCK, READPAST, ROWLOCK)
     WHERE sl.session_id = @p_session_id AND sl.appointment_id IS NULL AND sl.withdrawn = 0
       AND (sl.held_until IS NULL OR sl.held_until <= @p_now)
       AND sl.starts_at > @p_now AND (sl.reserve IS NULL OR @p_in_person = 1)
     ORDER BY sl.seq_no;
    IF @v_slot_id IS NULL
      THROW 50001, 'SESSION_FULL', 1;
  END
  SET @p_claimed_slot_id = @v_slot_id;
  SET @p_claimed_seq_no = @v_seq_no;
END
GO

-- Records a booking on a claimed number (book_appointment, confirm_hold): the appointment, the
-- number taken (any expired hold on it cleared), the confirmation through the outbox (R8: with the
-- booking, or not at all) and the audit. The twin's return value is @p_appointment_id.
CREATE OR ALTER PROCEDURE dbo.record_booking
  @p_session_id int, @p_slot_id int, @p_seq_no smallint, @p_patient_id int, @p_document_id int,
  @p_channel varchar(4000), @p_partner_id varchar(4000), @p_code varchar(4000), @p_verification_code varchar(4000),
  @p_notify_to varchar(4000), @p_request_key varchar(4000), @p_partner_callback bit, @p_mobile_digest varchar(4000),
  @p_mobile_masked varchar(4000), @p_mobile_cipher varchar(4000), @p_triage_assessment_id int,
  @p_actor nvarchar(4000), @p_operator nvarchar(4000), @p_now datetimeoffset(3), @p_appointment_id int OUTPUT
AS
BEGIN
  SET NOCOUNT ON;
  DECLARE @v_appointment_id int, @v_entity_id varchar(40), @v_detail nvarchar(max);
  INSERT INTO dbo.appointment (code, verification_code, patient_id, document_id, session_id, slot_id, visit_no,
                               channel, partner_id, notify_to, request_key, partner_callback, mobile_masked,
                               mobile_cipher, mobile_digest, status, booked_at, booked_by, updated_at,
                               triage_assessment_id)
  VALUES (@p_code, @p_verification_code, @p_patient_id, @p_document_id, @p_session_id, @p_slot_id, @p_seq_no,
          @p_channel, @p_partner_id, @p_notify_to, @p_request_key, COALESCE(@p_partner_callback, 0), @p_mobile_masked,
          @p_mobile_cipher, @p_mobile_digest, 'BOOKED', @p_now, COALESCE(@p_operator, @p_actor), @p_now,
          @p_triage_assessment_id);
  SET @v_appointment_id = CAST(SCOPE_IDENTITY() AS int);
  UPDATE dbo.slot SET appointment_id = @v_appointment_id, hold_id = NULL, held_until = NULL WHERE id = @p_slot_id;
  EXEC dbo.enqueue_appointment_notification @p_appointment_id = @v_appointment_id, @p_kind = 'BOOKING_CONFIRMED',
                                            @p_event = 'booked', @p_payload = N'{}', @p_now = @p_now;

  SET @v_entity_id = CAST(@v_appointment_id AS varchar(40));
  SET @v_detail = (SELECT @p_channel AS [channel], @p_partner_id AS [partner], @p_session_id AS [session],
                          @p_seq_no AS [visitNo]
                   FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES);
  EXEC dbo.write_audit @p_at = @p_now, @p_actor = @p_actor, @p_operator = @p_operator,
                       @p_action = 'BOOK', @p_entity = 'appointment', @p_entity_id = @v_entity_id,
                       @p_outcome = 'OK', @p_detail = @v_detail;
  SET @p_appointment_id = @v_appointment_id;
END
GO
