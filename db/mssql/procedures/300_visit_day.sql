-- The visit day: check-in (R10), lateness (R11), calling and registration with matching numbers
-- (R12), walk-ins (R13), no-shows and the blacklist (R15), the first call of a session (R16).
-- Twin: db/postgres/procedures/300_visit_day.sql.
-- The hospital-local date (the twin's (p_now AT TIME ZONE p_tz)::date) is
-- CAST(@p_now AT TIME ZONE <Windows zone> AS date), the zone translated from the IANA p_tz
-- through time_zone_map; an unmapped zone is VALIDATION_FAILED:unknown time zone.
-- Procedures that return appointment_result_view select @v_outcome AS outcome, v.* from
-- appointment_view: the same columns in the same order.
-- UTC instants in texts are ISO 8601 to the second, as the twin's
-- to_char(x AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"').
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

-- R15: two NO_SHOW / VOIDED_LATE (settings) on visit days within 30 days → blacklisted for 180
-- days from now. An offence counts toward one ban only: those before the patient's latest ban
-- (lifted or not) are not counted again.
-- A procedure in T-SQL (it writes). It runs inside the caller's transaction and returns no result
-- set; the twin's return value (1 when the patient was blacklisted, else 0) is @p_applied.
CREATE OR ALTER PROCEDURE dbo.apply_blacklist_rule
  @p_patient_id int, @p_visit_date date, @p_actor nvarchar(4000), @p_operator nvarchar(4000),
  @p_now datetimeoffset(3), @p_applied int = NULL OUTPUT
AS
BEGIN
  SET NOCOUNT ON;
  DECLARE @v_offences int, @v_since datetimeoffset(3), @v_entry_id int, @v_window int,
          @v_until datetimeoffset(3), @v_event varchar(40), @v_payload nvarchar(max),
          @v_entity_id varchar(40), @v_detail nvarchar(max);
  SET @p_applied = 0;

  IF EXISTS (SELECT 1 FROM dbo.blacklist_entry WHERE patient_id = @p_patient_id AND lifted_at IS NULL
                AND starts_at <= @p_now AND ends_at > @p_now)
    RETURN;
  SELECT @v_since = MAX(created_at) FROM dbo.blacklist_entry WHERE patient_id = @p_patient_id;
  SET @v_window = dbo.setting_int('blacklist_window_days');
  SELECT @v_offences = COUNT(*)
    FROM dbo.appointment a JOIN dbo.clinic_session s ON s.id = a.session_id
   WHERE a.patient_id = @p_patient_id AND a.status IN ('NO_SHOW', 'VOIDED_LATE')
     AND s.session_date > DATEADD(day, -@v_window, @p_visit_date)
     AND s.session_date <= @p_visit_date
     AND (@v_since IS NULL OR a.closed_at > @v_since);
  IF @v_offences < dbo.setting_int('blacklist_no_shows')
    RETURN;

  SET @v_until = DATEADD(day, dbo.setting_int('blacklist_days'), @p_now);
  INSERT INTO dbo.blacklist_entry (patient_id, reason, starts_at, ends_at, created_at, created_by)
  VALUES (@p_patient_id, CONCAT(@v_offences, N' no-shows within ', @v_window, N' days'),
          @p_now, @v_until, @p_now, @p_actor);
  SET @v_entry_id = CAST(SCOPE_IDENTITY() AS int);

  SET @v_event = CAST(@v_entry_id AS varchar(40));
  SET @v_payload = (SELECT CONCAT(LEFT(CONVERT(nvarchar(30), CAST(SWITCHOFFSET(@v_until, '+00:00') AS datetime2(3)), 126), 19),
                                  N'Z') AS [until],
                           @v_offences AS [offences]
                    FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES);
  EXEC dbo.enqueue_patient_notification @p_patient_id = @p_patient_id, @p_kind = 'BLACKLISTED', @p_event = @v_event,
                                        @p_payload = @v_payload, @p_now = @p_now;

  SET @v_entity_id = CAST(@p_patient_id AS varchar(40));
  SET @v_detail = (SELECT @v_entry_id AS [entry], @v_offences AS [offences]
                   FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES);
  EXEC dbo.write_audit @p_at = @p_now, @p_actor = @p_actor, @p_operator = @p_operator,
                       @p_action = 'BLACKLIST', @p_entity = 'patient', @p_entity_id = @v_entity_id,
                       @p_outcome = 'OK', @p_detail = @v_detail;
  SET @p_applied = 1;
END
GO

-- R11 迟到作废: the last moment a patient may still check in for a number: lateness_minutes after the
-- number's time. Check-in after it voids the number (void_late_arrival); the no-show sweep waits
-- for it to pass.
CREATE OR ALTER FUNCTION dbo.lateness_deadline (@p_slot_start datetimeoffset(3))
RETURNS datetimeoffset(3)
AS
BEGIN
  RETURN DATEADD(minute, dbo.setting_int('lateness_minutes'), @p_slot_start);
END
GO

-- R11: a patient who arrives after lateness_deadline loses the number: it is void, pending
-- reminders are withdrawn, the patient is told, and the offence counts toward the blacklist (R15).
-- Runs inside the caller's transaction (check_in_locked's caller holds the appointment).
CREATE OR ALTER PROCEDURE dbo.void_late_arrival
  @p_appointment_id int, @p_patient_id int, @p_visit_date date, @p_slot_start datetimeoffset(3),
  @p_actor nvarchar(4000), @p_operator nvarchar(4000), @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  DECLARE @v_entity_id varchar(40) = CAST(@p_appointment_id AS varchar(40)), @v_detail nvarchar(max);
  UPDATE dbo.appointment SET status = 'VOIDED_LATE', closed_at = @p_now, updated_at = @p_now
   WHERE id = @p_appointment_id;
  EXEC dbo.withdraw_pending_reminders @p_appointment_id = @p_appointment_id, @p_now = @p_now;
  EXEC dbo.enqueue_appointment_notification @p_appointment_id = @p_appointment_id, @p_kind = 'VOIDED_LATE',
                                            @p_event = 'voided', @p_payload = N'{}', @p_now = @p_now;
  -- floor(extract(epoch FROM p_now - p_slot_start) / 60): whole minutes, from milliseconds
  -- (DATEDIFF counts boundaries); positive here, so integer division is the floor.
  SET @v_detail = (SELECT DATEDIFF_BIG(millisecond, @p_slot_start, @p_now) / 60000 AS [minutesLate]
                   FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES);
  EXEC dbo.write_audit @p_at = @p_now, @p_actor = @p_actor, @p_operator = @p_operator,
                       @p_action = 'VOID_LATE', @p_entity = 'appointment', @p_entity_id = @v_entity_id,
                       @p_outcome = 'OK', @p_detail = @v_detail;
  EXEC dbo.apply_blacklist_rule @p_patient_id = @p_patient_id, @p_visit_date = @p_visit_date,
                                @p_actor = @p_actor, @p_operator = @p_operator, @p_now = @p_now;
END
GO

-- R16 准时开诊: a session's first call is the doctor's start, kept once (statistics read it).
-- Runs inside the caller's transaction, which already holds the session (decision 014).
CREATE OR ALTER PROCEDURE dbo.record_first_call
  @p_session_id int, @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  UPDATE dbo.clinic_session SET first_call_at = @p_now WHERE id = @p_session_id AND first_call_at IS NULL;
END
GO

-- R10, R11: the check-in of an appointment the caller has locked (UPDLOCK), shared by the clinic's
-- kiosk (check_in_appointment) and the examination's (check_in_examination, R19): the document
-- presented must be the patient's (otherwise nothing changes, the attempt is audited and the
-- outcome is CHECKIN_IDENTITY_MISMATCH); a second scan is OK and changes nothing; only a BOOKED
-- appointment of today, within checkin_open_minutes of its number's time, is checked in; late by
-- more than lateness_minutes, the number is void and the outcome is CHECKIN_TOO_LATE.
-- @p_today: the hospital's date now; @p_what names the visit in CHECKIN_NOT_TODAY's message.
-- Runs inside the caller's transaction; the twin's return value is @p_outcome.
CREATE OR ALTER PROCEDURE dbo.check_in_locked
  @p_id int, @p_presented int, @p_document_type varchar(4000), @p_today date, @p_what nvarchar(40),
  @p_actor nvarchar(4000), @p_operator nvarchar(4000), @p_now datetimeoffset(3), @p_outcome varchar(40) OUTPUT
AS
BEGIN
  SET NOCOUNT ON;
  DECLARE @v_status varchar(24), @v_patient_id int, @v_session_date date, @v_slot_start datetimeoffset(3),
          @v_visit_no smallint, @v_msg nvarchar(2048), @v_entity_id varchar(40) = CAST(@p_id AS varchar(40)),
          @v_detail nvarchar(max);
  SELECT @v_status = a.status, @v_patient_id = a.patient_id, @v_session_date = s.session_date,
         @v_slot_start = sl.starts_at, @v_visit_no = a.visit_no
    FROM dbo.appointment a
    JOIN dbo.clinic_session s ON s.id = a.session_id
    JOIN dbo.slot sl ON sl.id = a.slot_id
   WHERE a.id = @p_id;

  -- p_presented IS DISTINCT FROM v_patient_id (the appointment's patient is never NULL).
  IF @p_presented IS NULL OR @p_presented <> @v_patient_id
  BEGIN
    SET @v_detail = (SELECT 'CHECKIN_IDENTITY_MISMATCH' AS [code], @p_document_type AS [documentType]
                     FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES);
    EXEC dbo.write_audit @p_at = @p_now, @p_actor = @p_actor, @p_operator = @p_operator,
                         @p_action = 'CHECK_IN', @p_entity = 'appointment', @p_entity_id = @v_entity_id,
                         @p_outcome = 'REFUSED', @p_detail = @v_detail;
    SET @p_outcome = 'CHECKIN_IDENTITY_MISMATCH';
    RETURN;
  END
  IF @v_status = 'CHECKED_IN'
  BEGIN
    -- Scanning again at the kiosk prints the same ticket.
    SET @p_outcome = 'OK';
    RETURN;
  END
  IF @v_status <> 'BOOKED'
  BEGIN
    SET @v_msg = CONCAT(N'APPOINTMENT_NOT_ACTIVE:status is ', @v_status);
    THROW 50001, @v_msg, 1;
  END
  IF @v_session_date <> @p_today
  BEGIN
    SET @v_msg = CONCAT(N'CHECKIN_NOT_TODAY:the ', @p_what, N' is on ', CONVERT(char(10), @v_session_date, 23));
    THROW 50001, @v_msg, 1;
  END
  IF @p_now < DATEADD(minute, -dbo.setting_int('checkin_open_minutes'), @v_slot_start)
  BEGIN
    SET @v_msg = CONCAT(N'CHECKIN_TOO_EARLY:check-in opens ', dbo.setting_int('checkin_open_minutes'),
                        N' minutes before the number''s time');
    THROW 50001, @v_msg, 1;
  END

  IF @p_now > dbo.lateness_deadline(@v_slot_start)
  BEGIN
    EXEC dbo.void_late_arrival @p_appointment_id = @p_id, @p_patient_id = @v_patient_id,
                               @p_visit_date = @v_session_date, @p_slot_start = @v_slot_start,
                               @p_actor = @p_actor, @p_operator = @p_operator, @p_now = @p_now;
    SET @p_outcome = 'CHECKIN_TOO_LATE';
    RETURN;
  END
  UPDATE dbo.appointment
     SET status = 'CHECKED_IN', checked_in_at = @p_now, queue_rank = @v_visit_no * 1000, updated_at = @p_now
   WHERE id = @p_id;
  EXEC dbo.write_audit @p_at = @p_now, @p_actor = @p_actor, @p_operator = @p_operator,
                       @p_action = 'CHECK_IN', @p_entity = 'appointment', @p_entity_id = @v_entity_id,
                       @p_outcome = 'OK', @p_detail = NULL;
  SET @p_outcome = 'OK';
END
GO

-- R10 取号: on the visit day, by appointment code or (verification code + document), with the
-- document presented again (check_in_locked says what follows).
CREATE OR ALTER PROCEDURE dbo.check_in_appointment
  @p_appointment_code varchar(4000), @p_verification_code varchar(4000), @p_document_type varchar(4000),
  @p_document_digest varchar(4000), @p_tz nvarchar(64), @p_actor nvarchar(4000), @p_operator nvarchar(4000),
  @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  DECLARE @v_win nvarchar(64), @v_today date, @v_presented int, @v_id int, @v_outcome varchar(40);
  BEGIN TRY
    BEGIN TRANSACTION;

    -- The twin computes today's local date before anything else (in its DECLARE).
    SELECT @v_win = windows FROM dbo.time_zone_map WHERE iana = @p_tz;
    IF @v_win IS NULL
      THROW 50001, 'VALIDATION_FAILED:unknown time zone', 1;
    SET @v_today = CAST(@p_now AT TIME ZONE @v_win AS date);

    SELECT @v_presented = patient_id
      FROM dbo.patient_document WHERE document_type = @p_document_type AND digest = @p_document_digest;
    -- FOR UPDATE: only the appointment row is locked.
    IF @p_appointment_code IS NOT NULL
    BEGIN
      SELECT @v_id = a.id FROM dbo.appointment a WITH (UPDLOCK, ROWLOCK) WHERE a.code = @p_appointment_code;
    END
    ELSE IF @p_verification_code IS NOT NULL AND @v_presented IS NOT NULL
    BEGIN
      SELECT TOP (1) @v_id = a.id
        FROM dbo.appointment a WITH (UPDLOCK, ROWLOCK) JOIN dbo.clinic_session s ON s.id = a.session_id
       WHERE a.patient_id = @v_presented
         AND a.verification_code = @p_verification_code COLLATE Latin1_General_100_BIN2
         AND s.session_date = @v_today
       ORDER BY a.id DESC;
    END
    IF @v_id IS NULL
      THROW 50001, 'APPOINTMENT_NOT_FOUND', 1;

    EXEC dbo.check_in_locked @p_id = @v_id, @p_presented = @v_presented, @p_document_type = @p_document_type,
                             @p_today = @v_today, @p_what = N'visit', @p_actor = @p_actor,
                             @p_operator = @p_operator, @p_now = @p_now, @p_outcome = @v_outcome OUTPUT;
    SELECT @v_outcome AS outcome, v.* FROM dbo.appointment_view v WHERE v.id = @v_id;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO

-- R12 叫号, once for clinics and examinations: the next waiting patient of a session the caller has
-- locked, in queue order, is called in @p_room_id. Two callers at the same instant get different
-- patients (UPDLOCK, READPAST, ROWLOCK: the twin's SKIP LOCKED; READPAST needs the caller's READ
-- COMMITTED). The session's first call is kept (R16). Runs inside the caller's transaction; the
-- twin's return value is @p_appointment_id.
CREATE OR ALTER PROCEDURE dbo.call_next_locked
  @p_session_id int, @p_room_id int, @p_actor nvarchar(4000), @p_operator nvarchar(4000),
  @p_now datetimeoffset(3), @p_appointment_id int OUTPUT
AS
BEGIN
  SET NOCOUNT ON;
  DECLARE @v_id int, @v_visit_no smallint;
  SELECT TOP (1) @v_id = id, @v_visit_no = visit_no
    FROM dbo.appointment WITH (UPDLOCK, READPAST, ROWLOCK)
   WHERE session_id = @p_session_id AND status = 'CHECKED_IN'
   ORDER BY queue_rank, id;
  IF @v_id IS NULL
    THROW 50001, 'QUEUE_EMPTY', 1;
  UPDATE dbo.appointment
     SET status = 'CALLED', called_at = @p_now, call_count = call_count + 1, updated_at = @p_now
   WHERE id = @v_id;
  INSERT INTO dbo.queue_call (session_id, appointment_id, visit_no, kind, room_id, called_by, [at])
  VALUES (@p_session_id, @v_id, @v_visit_no, 'CALL', @p_room_id, COALESCE(@p_operator, @p_actor), @p_now);
  EXEC dbo.record_first_call @p_session_id = @p_session_id, @p_now = @p_now;
  SET @p_appointment_id = @v_id;
END
GO

-- R12 叫号: the next waiting patient of a clinic's session (call_next_locked).
CREATE OR ALTER PROCEDURE dbo.call_next_patient
  @p_session_id int, @p_actor nvarchar(4000), @p_operator nvarchar(4000), @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  -- READPAST in call_next_locked needs READ COMMITTED (Msg 650 otherwise): whatever the caller's level.
  SET TRANSACTION ISOLATION LEVEL READ COMMITTED;
  DECLARE @v_found bit = 0, @v_id int, @v_room_id int;
  BEGIN TRY
    BEGIN TRANSACTION;

    -- Session first (it records the first call, R16), then the appointment: decision 014's order.
    -- The twin's FOR NO KEY UPDATE: an update lock, compatible with the shared locks of bookings in
    -- flight; a suspension (XLOCK) waits for the call.
    SELECT @v_found = 1, @v_room_id = room_id FROM dbo.clinic_session WITH (UPDLOCK, ROWLOCK, HOLDLOCK)
     WHERE id = @p_session_id;
    IF @v_found = 0
      THROW 50001, 'SESSION_NOT_FOUND', 1;
    EXEC dbo.call_next_locked @p_session_id = @p_session_id, @p_room_id = @v_room_id, @p_actor = @p_actor,
                              @p_operator = @p_operator, @p_now = @p_now, @p_appointment_id = @v_id OUTPUT;
    SELECT * FROM dbo.appointment_view WHERE id = @v_id;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO

-- R12: call a called patient again (RECALL), or pass them (PASS, 过号): back into the queue
-- behind the next pass_requeue_after waiting patients.
-- p_kind is matched exactly (binary collation), as in PostgreSQL.
CREATE OR ALTER PROCEDURE dbo.recall_or_pass_patient
  @p_appointment_id int, @p_kind varchar(4000), @p_actor nvarchar(4000), @p_operator nvarchar(4000),
  @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  DECLARE @v_found bit = 0, @v_status varchar(24), @v_session_id int, @v_visit_no smallint, @v_room_id int,
          @v_rank decimal(14, 4), @v_after decimal(14, 4), @v_next decimal(14, 4), @v_offset int,
          @v_msg nvarchar(2048);
  BEGIN TRY
    BEGIN TRANSACTION;

    IF @p_kind COLLATE Latin1_General_100_BIN2 NOT IN ('RECALL', 'PASS')
      THROW 50001, 'VALIDATION_FAILED:kind', 1;
    -- The session before the appointment (decision 014): the call log names the session. The
    -- twin's FOR KEY SHARE OF s: a shared lock held to commit.
    SELECT @v_found = COUNT(*) FROM dbo.clinic_session s WITH (HOLDLOCK, ROWLOCK)
     WHERE s.id = (SELECT a.session_id FROM dbo.appointment a WHERE a.id = @p_appointment_id);
    SET @v_found = 0;
    -- FOR UPDATE OF a: only the appointment row is locked.
    SELECT @v_found = 1, @v_status = a.status, @v_session_id = a.session_id, @v_visit_no = a.visit_no,
           @v_room_id = s.room_id
      FROM dbo.appointment a WITH (UPDLOCK, ROWLOCK)
      JOIN dbo.clinic_session s ON s.id = a.session_id
     WHERE a.id = @p_appointment_id;
    IF @v_found = 0
      THROW 50001, 'APPOINTMENT_NOT_FOUND', 1;
    IF @v_status <> 'CALLED'
    BEGIN
      SET @v_msg = CONCAT(N'NOT_CALLED:status is ', @v_status);
      THROW 50001, @v_msg, 1;
    END

    IF @p_kind = 'RECALL' COLLATE Latin1_General_100_BIN2
    BEGIN
      UPDATE dbo.appointment SET called_at = @p_now, call_count = call_count + 1, updated_at = @p_now
       WHERE id = @p_appointment_id;
    END
    ELSE
    BEGIN
      -- The rank of the n-th waiting patient, and of the one after (if any): go between them.
      -- GREATEST(n - 1, 0), NULL-ignoring as in PostgreSQL: a missing setting means offset 0.
      SET @v_offset = dbo.setting_int('pass_requeue_after') - 1;
      SET @v_offset = CASE WHEN @v_offset > 0 THEN @v_offset ELSE 0 END;
      SET @v_after = (SELECT queue_rank
                        FROM dbo.appointment WHERE session_id = @v_session_id AND status = 'CHECKED_IN'
                       ORDER BY queue_rank, id OFFSET @v_offset ROWS FETCH NEXT 1 ROWS ONLY);
      IF @v_after IS NULL
        SET @v_after = (SELECT MAX(queue_rank) FROM dbo.appointment
                         WHERE session_id = @v_session_id AND status = 'CHECKED_IN');
      SET @v_next = (SELECT MIN(queue_rank)
                       FROM dbo.appointment
                      WHERE session_id = @v_session_id AND status = 'CHECKED_IN' AND queue_rank > @v_after);
      -- Assigning to decimal(14, 4) rounds half away from zero, as numeric(14, 4) does.
      SET @v_rank = CASE WHEN @v_after IS NULL THEN @v_visit_no * 1000
                         -- Last in the queue: just behind (a later check-in ranks at its visit number × 1000).
                         WHEN @v_next IS NULL THEN @v_after + 1
                         ELSE (@v_after + @v_next) / 2 END;
      UPDATE dbo.appointment
         SET status = 'CHECKED_IN', queue_rank = @v_rank, pass_count = pass_count + 1, updated_at = @p_now
       WHERE id = @p_appointment_id;
    END
    INSERT INTO dbo.queue_call (session_id, appointment_id, visit_no, kind, room_id, called_by, [at])
    VALUES (@v_session_id, @p_appointment_id, @v_visit_no, @p_kind, @v_room_id, COALESCE(@p_operator, @p_actor), @p_now);

    SELECT * FROM dbo.appointment_view WHERE id = @p_appointment_id;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO

-- R12 挂号: only after check-in and a call; the visit number on the ticket must be the
-- appointment's — the number it was checked in and called under — and the document must be the
-- patient's. (A call records the appointment's own number, so the call is proven by the status
-- CALLED; comparing the called number with the appointment's would compare a copy with itself.)
-- A refusal is audited as a suspected transfer and returned as the outcome; a success creates
-- the visit.
CREATE OR ALTER PROCEDURE dbo.register_visit
  @p_appointment_code varchar(4000), @p_ticket_visit_no int, @p_document_type varchar(4000),
  @p_document_digest varchar(4000), @p_actor nvarchar(4000), @p_operator nvarchar(4000), @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  DECLARE @v_found bit = 0, @v_id int, @v_status varchar(24), @v_patient_id int, @v_session_id int,
          @v_visit_no smallint, @v_channel varchar(16), @v_fee int, @v_presented int,
          @v_outcome varchar(40) = 'OK', @v_msg nvarchar(2048), @v_entity_id varchar(40), @v_detail nvarchar(max);
  BEGIN TRY
    BEGIN TRANSACTION;

    -- The session before the appointment (decision 014): the visit names the session. The twin's
    -- FOR KEY SHARE OF s: a shared lock held to commit.
    SELECT @v_found = COUNT(*) FROM dbo.clinic_session s WITH (HOLDLOCK, ROWLOCK)
     WHERE s.id = (SELECT a.session_id FROM dbo.appointment a WHERE a.code = @p_appointment_code);
    SET @v_found = 0;
    -- FOR UPDATE OF a: only the appointment row is locked.
    SELECT @v_found = 1, @v_id = a.id, @v_status = a.status, @v_patient_id = a.patient_id,
           @v_session_id = a.session_id, @v_visit_no = a.visit_no, @v_channel = a.channel, @v_fee = s.fee_cents
      FROM dbo.appointment a WITH (UPDLOCK, ROWLOCK)
      JOIN dbo.clinic_session s ON s.id = a.session_id
     WHERE a.code = @p_appointment_code;
    IF @v_found = 0
      THROW 50001, 'APPOINTMENT_NOT_FOUND', 1;
    IF @v_status = 'REGISTERED'
      THROW 50001, 'APPOINTMENT_NOT_ACTIVE:already registered', 1;
    IF @v_status NOT IN ('BOOKED', 'CHECKED_IN', 'CALLED')
    BEGIN
      SET @v_msg = CONCAT(N'APPOINTMENT_NOT_ACTIVE:status is ', @v_status);
      THROW 50001, @v_msg, 1;
    END

    SELECT @v_presented = patient_id
      FROM dbo.patient_document WHERE document_type = @p_document_type AND digest = @p_document_digest;

    -- IS DISTINCT FROM, spelled out (the appointment's patient_id and visit_no are never NULL).
    SET @v_outcome = CASE
      WHEN @v_presented IS NULL OR @v_presented <> @v_patient_id THEN 'IDENTITY_MISMATCH'
      WHEN @v_status = 'BOOKED' THEN 'NOT_CHECKED_IN'
      WHEN @v_status = 'CHECKED_IN' THEN 'NOT_CALLED'
      WHEN @p_ticket_visit_no IS NULL OR @p_ticket_visit_no <> @v_visit_no THEN 'VISIT_NUMBER_MISMATCH'
      ELSE 'OK' END;

    SET @v_entity_id = CAST(@v_id AS varchar(40));
    IF @v_outcome <> 'OK'
    BEGIN
      SET @v_detail = (SELECT @v_outcome AS [code], @p_ticket_visit_no AS [ticketVisitNo], @v_visit_no AS [visitNo],
                              CAST(CASE WHEN @v_outcome IN ('IDENTITY_MISMATCH', 'VISIT_NUMBER_MISMATCH') THEN 1 ELSE 0 END
                                   AS bit) AS [suspectedTransfer]
                       FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES);
      EXEC dbo.write_audit @p_at = @p_now, @p_actor = @p_actor, @p_operator = @p_operator,
                           @p_action = 'REGISTER', @p_entity = 'appointment', @p_entity_id = @v_entity_id,
                           @p_outcome = 'REFUSED', @p_detail = @v_detail;
    END
    ELSE
    BEGIN
      UPDATE dbo.appointment SET status = 'REGISTERED', registered_at = @p_now, updated_at = @p_now WHERE id = @v_id;
      INSERT INTO dbo.visit (appointment_id, patient_id, session_id, visit_no, channel, fee_cents, registered_at,
                             registered_by)
      VALUES (@v_id, @v_patient_id, @v_session_id, @v_visit_no, @v_channel, @v_fee, @p_now,
              COALESCE(@p_operator, @p_actor));
      SET @v_detail = (SELECT @v_visit_no AS [visitNo] FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES);
      EXEC dbo.write_audit @p_at = @p_now, @p_actor = @p_actor, @p_operator = @p_operator,
                           @p_action = 'REGISTER', @p_entity = 'appointment', @p_entity_id = @v_entity_id,
                           @p_outcome = 'OK', @p_detail = @v_detail;
    END

    SELECT @v_outcome AS outcome, v.* FROM dbo.appointment_view v WHERE v.id = @v_id;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO

-- R13: a walk-in at the registration desk takes an on-site reserve number first, then the
-- earliest free number not yet started, then any free number; the patient is checked in at once
-- and joins the same queue (then called and registered like everyone else). Blacklisted
-- patients may walk in; the per-patient booking limits do not apply to someone standing there.
-- Each claim is an index-ordered TOP (1) (as the twin's): a claim ordered by an expression would
-- sort, and under UPDLOCK every number it read would stay locked, turning concurrent bookings away.
CREATE OR ALTER PROCEDURE dbo.register_walk_in
  @p_session_id int, @p_patient_name nvarchar(4000), @p_document_type varchar(4000),
  @p_document_digest varchar(4000), @p_document_masked varchar(4000), @p_document_cipher varchar(4000),
  @p_mobile_digest varchar(4000), @p_mobile_masked varchar(4000), @p_mobile_cipher varchar(4000),
  @p_code varchar(4000), @p_verification_code varchar(4000), @p_tz nvarchar(64),
  @p_actor nvarchar(4000), @p_operator nvarchar(4000), @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  -- READPAST below needs READ COMMITTED (Msg 650 otherwise): whatever the caller's level.
  SET TRANSACTION ISOLATION LEVEL READ COMMITTED;
  DECLARE @v_session_found bit = 0, @v_session_id int, @v_status varchar(12), @v_session_date date,
          @v_ends_at datetimeoffset(3), @v_win nvarchar(64);
  DECLARE @v_patient_id int, @v_document_id int;
  DECLARE @v_slot_id int, @v_seq_no smallint, @v_appointment_id int;
  DECLARE @v_msg nvarchar(2048), @v_entity_id varchar(40), @v_detail nvarchar(max);
  BEGIN TRY
    BEGIN TRANSACTION;

    SELECT @v_session_found = 1, @v_session_id = id, @v_status = status, @v_session_date = session_date,
           @v_ends_at = ends_at
      FROM dbo.clinic_session WHERE id = @p_session_id;
    IF @v_session_found = 0
      THROW 50001, 'SESSION_NOT_FOUND', 1;
    -- R19: an examination's numbers are taken only against an order (book_examination).
    IF EXISTS (SELECT 1 FROM dbo.clinic_session WHERE id = @p_session_id AND exam_resource_id IS NOT NULL)
      THROW 50001, 'EXAM_ORDER_REQUIRED', 1;
    IF @v_status = 'SUSPENDED'
      THROW 50001, 'SESSION_SUSPENDED', 1;
    -- Where the twin first reads p_tz.
    SELECT @v_win = windows FROM dbo.time_zone_map WHERE iana = @p_tz;
    IF @v_win IS NULL
      THROW 50001, 'VALIDATION_FAILED:unknown time zone', 1;
    IF @v_session_date <> CAST(@p_now AT TIME ZONE @v_win AS date)
    BEGIN
      SET @v_msg = CONCAT(N'CHECKIN_NOT_TODAY:the session is on ', CONVERT(char(10), @v_session_date, 23));
      THROW 50001, @v_msg, 1;
    END
    IF @v_status <> 'OPEN' OR @p_now >= @v_ends_at
      THROW 50001, 'SESSION_NOT_OPEN:session is over', 1;

    EXEC dbo.resolve_patient @p_patient_name = @p_patient_name, @p_document_type = @p_document_type,
                             @p_document_digest = @p_document_digest, @p_document_masked = @p_document_masked,
                             @p_document_cipher = @p_document_cipher, @p_mobile_digest = @p_mobile_digest,
                             @p_mobile_masked = @p_mobile_masked, @p_mobile_cipher = @p_mobile_cipher,
                             @p_now = @p_now, @p_patient_id = @v_patient_id OUTPUT,
                             @p_document_id = @v_document_id OUTPUT;
    IF EXISTS (SELECT 1 FROM dbo.appointment
                WHERE patient_id = @v_patient_id AND session_id = @v_session_id
                  AND status IN ('BOOKED', 'CHECKED_IN', 'CALLED', 'REGISTERED'))
      THROW 50001, 'DUPLICATE_BOOKING', 1;

    -- R13: the on-site reserve first, then a free number whose time is still ahead, then any.
    EXEC dbo.hold_session_open @p_session_id = @v_session_id;
    SELECT TOP (1) @v_slot_id = id, @v_seq_no = seq_no
      FROM dbo.slot WITH (UPDLOCK, READPAST, ROWLOCK)
     WHERE session_id = @v_session_id AND appointment_id IS NULL AND withdrawn = 0
       AND (held_until IS NULL OR held_until <= @p_now) AND reserve IS NOT NULL
     ORDER BY seq_no;
    IF @v_slot_id IS NULL
      SELECT TOP (1) @v_slot_id = id, @v_seq_no = seq_no
        FROM dbo.slot WITH (UPDLOCK, READPAST, ROWLOCK)
       WHERE session_id = @v_session_id AND appointment_id IS NULL AND withdrawn = 0
         AND (held_until IS NULL OR held_until <= @p_now) AND starts_at > @p_now
       ORDER BY seq_no;
    IF @v_slot_id IS NULL
      SELECT TOP (1) @v_slot_id = id, @v_seq_no = seq_no
        FROM dbo.slot WITH (UPDLOCK, READPAST, ROWLOCK)
       WHERE session_id = @v_session_id AND appointment_id IS NULL AND withdrawn = 0
         AND (held_until IS NULL OR held_until <= @p_now)
       ORDER BY seq_no;
    IF @v_slot_id IS NULL
      THROW 50001, 'SESSION_FULL', 1;

    INSERT INTO dbo.appointment (code, verification_code, patient_id, document_id, session_id, slot_id, visit_no,
                                 channel, partner_id, mobile_masked, mobile_cipher, mobile_digest, status, booked_at,
                                 booked_by, checked_in_at, queue_rank, updated_at)
    VALUES (@p_code, @p_verification_code, @v_patient_id, @v_document_id, @v_session_id, @v_slot_id, @v_seq_no,
            'ON_SITE', NULL, @p_mobile_masked, @p_mobile_cipher, @p_mobile_digest, 'CHECKED_IN', @p_now,
            COALESCE(@p_operator, @p_actor), @p_now, @v_seq_no * 1000, @p_now);
    SET @v_appointment_id = CAST(SCOPE_IDENTITY() AS int);
    UPDATE dbo.slot SET appointment_id = @v_appointment_id, hold_id = NULL, held_until = NULL WHERE id = @v_slot_id;

    SET @v_entity_id = CAST(@v_appointment_id AS varchar(40));
    SET @v_detail = (SELECT @v_session_id AS [session], @v_seq_no AS [visitNo]
                     FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES);
    EXEC dbo.write_audit @p_at = @p_now, @p_actor = @p_actor, @p_operator = @p_operator,
                         @p_action = 'WALK_IN', @p_entity = 'appointment', @p_entity_id = @v_entity_id,
                         @p_outcome = 'OK', @p_detail = @v_detail;

    SELECT * FROM dbo.appointment_view WHERE id = @v_appointment_id;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO

-- R15: after a session ends, appointments never checked in become NO_SHOW (once the last moment
-- a late check-in was possible has passed), and the blacklist rule runs for their patients.
-- Running it twice changes nothing.
-- The twin's `UPDATE ... RETURNING` into the temporary table tmp_no_show is an UPDATE with
-- OUTPUT into the table variable @no_show; its loop over patients is a WHILE over that table,
-- in patient order.
CREATE OR ALTER PROCEDURE dbo.mark_no_shows
  @p_actor nvarchar(4000), @p_operator nvarchar(4000), @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  DECLARE @v_no_shows int = 0, @v_blacklisted int = 0, @v_lock int,
          @v_patient_id int, @v_visit_date date, @v_n int;
  DECLARE @no_show TABLE (appointment_id int PRIMARY KEY, patient_id int, visit_date date);
  BEGIN TRY
    BEGIN TRANSACTION;

    EXEC @v_lock = sys.sp_getapplock @Resource = N'mark_no_shows', @LockMode = N'Exclusive',
                                     @LockOwner = N'Transaction', @LockTimeout = -1;
    IF @v_lock < 0
      THROW 50001, 'CONFLICT:mark_no_shows lock not granted', 1;

    UPDATE a
       SET status = 'NO_SHOW', closed_at = @p_now, updated_at = @p_now
    OUTPUT inserted.id, inserted.patient_id, s.session_date INTO @no_show (appointment_id, patient_id, visit_date)
      FROM dbo.appointment a
      JOIN dbo.clinic_session s ON s.id = a.session_id
      JOIN dbo.slot sl ON sl.id = a.slot_id
     WHERE a.status = 'BOOKED'
       AND s.ends_at <= @p_now
       AND dbo.lateness_deadline(sl.starts_at) < @p_now;
    SET @v_no_shows = @@ROWCOUNT;

    INSERT INTO dbo.audit_log ([at], actor, operator, action, entity, entity_id, outcome, detail)
    SELECT @p_now, @p_actor, @p_operator, 'NO_SHOW', 'appointment', CAST(appointment_id AS varchar(40)), 'OK', NULL
      FROM @no_show
     ORDER BY appointment_id;
    UPDATE dbo.notification SET status = 'WITHDRAWN', updated_at = @p_now
     WHERE appointment_id IN (SELECT appointment_id FROM @no_show) AND kind = 'REMINDER' AND status = 'PENDING';

    SET @v_patient_id = (SELECT MIN(patient_id) FROM @no_show);
    WHILE @v_patient_id IS NOT NULL
    BEGIN
      SET @v_visit_date = (SELECT MAX(visit_date) FROM @no_show WHERE patient_id = @v_patient_id);
      SET @v_n = 0;
      EXEC dbo.apply_blacklist_rule @p_patient_id = @v_patient_id, @p_visit_date = @v_visit_date,
                                    @p_actor = @p_actor, @p_operator = @p_operator, @p_now = @p_now,
                                    @p_applied = @v_n OUTPUT;
      SET @v_blacklisted = @v_blacklisted + @v_n;
      SET @v_patient_id = (SELECT MIN(patient_id) FROM @no_show WHERE patient_id > @v_patient_id);
    END

    SELECT @v_no_shows AS no_shows, @v_blacklisted AS blacklisted;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO

-- An operator (ADMIN) lifts a blacklist entry, with a reason; audited.
CREATE OR ALTER PROCEDURE dbo.lift_blacklist_entry
  @p_entry_id int, @p_reason nvarchar(4000), @p_actor nvarchar(4000), @p_operator nvarchar(4000),
  @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  DECLARE @v_found bit = 0, @v_lifted datetimeoffset(3), @v_patient int, @v_entity_id varchar(40),
          @v_detail nvarchar(max);
  BEGIN TRY
    BEGIN TRANSACTION;

    SELECT @v_found = 1, @v_lifted = lifted_at, @v_patient = patient_id
      FROM dbo.blacklist_entry WITH (UPDLOCK, ROWLOCK) WHERE id = @p_entry_id;
    IF @v_found = 0
      THROW 50001, 'BLACKLIST_ENTRY_NOT_FOUND', 1;
    IF @v_lifted IS NOT NULL
      THROW 50001, 'CONFLICT:already lifted', 1;
    UPDATE dbo.blacklist_entry
       SET lifted_at = @p_now, lifted_by = COALESCE(@p_operator, @p_actor), lift_reason = @p_reason
     WHERE id = @p_entry_id;

    SET @v_entity_id = CAST(@v_patient AS varchar(40));
    SET @v_detail = (SELECT @p_entry_id AS [entry], @p_reason AS [reason]
                     FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES);
    EXEC dbo.write_audit @p_at = @p_now, @p_actor = @p_actor, @p_operator = @p_operator,
                         @p_action = 'LIFT_BLACKLIST', @p_entity = 'patient', @p_entity_id = @v_entity_id,
                         @p_outcome = 'OK', @p_detail = @v_detail;

    SELECT * FROM dbo.blacklist_entry WHERE id = @p_entry_id;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO
