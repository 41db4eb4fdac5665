-- R5–R7, R9: booking and cancellation — one pool of numbers for every channel.
-- Twin: db/postgres/procedures/200_booking.sql.
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

-- Books a given number (p_slot_id) or the earliest free number of a session (p_session_id).
-- Concurrency: the patient row is locked (UPDLOCK, in resolve_patient: one patient's attempts run
-- one at a time, so the per-patient limits hold); a free number is claimed with UPDLOCK, READPAST,
-- ROWLOCK (the twin's FOR UPDATE SKIP LOCKED), so bookings of one session never queue behind each
-- other. Every check that can fail runs before the claim, so a claimed number is never held by a
-- booking that then fails.
-- The mobile given is this booking's (its messages go there); a first-visit patient is registered
-- with it. p_partner_callback: the partner has a callback URL (partner channels only).
CREATE OR ALTER PROCEDURE dbo.book_appointment
  @p_session_id int, @p_slot_id int, @p_channel varchar(4000), @p_partner_id varchar(4000),
  @p_patient_name nvarchar(4000), @p_document_type varchar(4000), @p_document_digest varchar(4000),
  @p_document_masked varchar(4000), @p_document_cipher varchar(4000), @p_mobile_digest varchar(4000),
  @p_mobile_masked varchar(4000), @p_mobile_cipher varchar(4000),
  @p_code varchar(4000), @p_verification_code varchar(4000), @p_notify_to varchar(4000),
  @p_request_key varchar(4000), @p_partner_callback bit, @p_tz nvarchar(4000),
  @p_actor nvarchar(4000), @p_operator nvarchar(4000), @p_now datetimeoffset(3), @p_triage_assessment_id int = NULL
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  -- READPAST below needs READ COMMITTED (Msg 650 otherwise): whatever the caller's level.
  SET TRANSACTION ISOLATION LEVEL READ COMMITTED;
  DECLARE @v_session_id int, @v_session_found bit = 0, @v_status varchar(12), @v_release_at datetimeoffset(3),
          @v_ends_at datetimeoffset(3), @v_session_date date, @v_department_id int;
  DECLARE @v_patient_id int, @v_document_id int;
  DECLARE @v_ban_end datetimeoffset(3), @v_dept_day int, @v_day int, @v_total int;
  DECLARE @v_slot_id int, @v_seq_no smallint, @v_reserve varchar(10), @v_slot_start datetimeoffset(3);
  DECLARE @v_in_person bit, @v_win nvarchar(64);
  DECLARE @v_appointment_id int, @v_msg nvarchar(2048), @v_entity_id varchar(40), @v_detail nvarchar(max);
  BEGIN TRY
    BEGIN TRANSACTION;

    IF dbo.is_known_channel(@p_channel) = 0
      THROW 50001, 'VALIDATION_FAILED:channel', 1;

    -- A partner retrying a booking it could not confirm gets the appointment it already has.
    EXEC dbo.request_key_booking @p_partner_id = @p_partner_id, @p_request_key = @p_request_key,
                                 @p_document_type = @p_document_type, @p_document_digest = @p_document_digest,
                                 @p_session_id = @p_session_id, @p_slot_id = @p_slot_id,
                                 @p_appointment_id = @v_appointment_id OUTPUT;
    IF @v_appointment_id IS NOT NULL
    BEGIN
      SELECT * FROM dbo.appointment_view WHERE id = @v_appointment_id;
      COMMIT TRANSACTION;
      RETURN;
    END

    -- The session, and whether it can be booked now.
    IF @p_slot_id IS NOT NULL
    BEGIN
      SELECT @v_session_id = session_id FROM dbo.slot WHERE id = @p_slot_id;
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

    SELECT @v_session_found = 1, @v_status = status, @v_release_at = release_at, @v_ends_at = ends_at,
           @v_session_date = session_date, @v_department_id = department_id
      FROM dbo.clinic_session WHERE id = @v_session_id;
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
    -- R4: the on-site reserve is for patients in the hospital in person, on the visit day itself —
    -- not for a counter booking of a later day.
    SELECT @v_win = windows FROM dbo.time_zone_map WHERE iana = @p_tz;
    IF @v_win IS NULL
      THROW 50001, 'VALIDATION_FAILED:unknown time zone', 1;
    SET @v_in_person = CASE WHEN dbo.is_in_person_channel(@p_channel) = 1
                                 AND @v_session_date = CAST(@p_now AT TIME ZONE @v_win AS date) THEN 1 ELSE 0 END;

    -- When an expert session sells out, thousands of attempts follow within seconds: refuse them
    -- from the free-number index (slot_free) before touching the patient (no lock, no insert). The
    -- claim below stays the authority; this only answers early when nothing is free. Plain reads
    -- without hints, as the twin's: under READ_COMMITTED_SNAPSHOT they read the last committed
    -- numbers without waiting for bookings in flight.
    IF @p_slot_id IS NULL AND NOT EXISTS (
         SELECT 1 FROM dbo.slot WHERE session_id = @v_session_id AND appointment_id IS NULL AND withdrawn = 0
            AND starts_at > @p_now AND (reserve IS NULL OR @v_in_person = 1))
      THROW 50001, 'SESSION_FULL', 1;
    IF @p_slot_id IS NOT NULL AND NOT EXISTS (
         SELECT 1 FROM dbo.slot WHERE id = @p_slot_id AND appointment_id IS NULL AND withdrawn = 0)
      THROW 50001, 'SLOT_UNAVAILABLE', 1;

    -- R18: a booking made from a triage assessment names it (the caller's own, for a partner).
    IF @p_triage_assessment_id IS NOT NULL AND NOT EXISTS (
         SELECT 1 FROM dbo.triage_assessment t
          WHERE t.id = @p_triage_assessment_id
            AND (@p_partner_id IS NULL OR t.partner_id = @p_partner_id COLLATE Latin1_General_100_BIN2))
      THROW 50001, 'TRIAGE_ASSESSMENT_NOT_FOUND', 1;

    -- R6 real name: the patient of the document (or a first-visit patient), locked.
    EXEC dbo.resolve_patient @p_patient_name = @p_patient_name, @p_document_type = @p_document_type,
                             @p_document_digest = @p_document_digest, @p_document_masked = @p_document_masked,
                             @p_document_cipher = @p_document_cipher, @p_mobile_digest = @p_mobile_digest,
                             @p_mobile_masked = @p_mobile_masked, @p_mobile_cipher = @p_mobile_cipher,
                             @p_now = @p_now, @p_patient_id = @v_patient_id OUTPUT,
                             @p_document_id = @v_document_id OUTPUT;

    -- R5: a retry sent while the first attempt still held the patient's lock waited above; if the
    -- first committed meanwhile, the retry gets its appointment rather than DUPLICATE_BOOKING.
    EXEC dbo.request_key_booking @p_partner_id = @p_partner_id, @p_request_key = @p_request_key,
                                 @p_document_type = @p_document_type, @p_document_digest = @p_document_digest,
                                 @p_session_id = @p_session_id, @p_slot_id = @p_slot_id,
                                 @p_appointment_id = @v_appointment_id OUTPUT;
    IF @v_appointment_id IS NOT NULL
    BEGIN
      SELECT * FROM dbo.appointment_view WHERE id = @v_appointment_id;
      COMMIT TRANSACTION;
      RETURN;
    END

    -- R15: blacklisted patients cannot book on any channel.
    SELECT @v_ban_end = MAX(ends_at)
      FROM dbo.blacklist_entry
     WHERE patient_id = @v_patient_id AND lifted_at IS NULL AND starts_at <= @p_now AND ends_at > @p_now;
    IF @v_ban_end IS NOT NULL
    BEGIN
      SET @v_msg = CONCAT(N'PATIENT_BLACKLISTED:',
                          LEFT(CONVERT(nvarchar(30), CAST(SWITCHOFFSET(@v_ban_end, '+00:00') AS datetime2(3)), 126), 19),
                          N'Z');
      THROW 50001, @v_msg, 1;
    END

    IF EXISTS (SELECT 1 FROM dbo.appointment
                WHERE patient_id = @v_patient_id AND session_id = @v_session_id
                  AND status IN ('BOOKED', 'CHECKED_IN', 'CALLED', 'REGISTERED'))
      THROW 50001, 'DUPLICATE_BOOKING', 1;

    -- Per-patient limits (settings): per department per day, per day, live in total.
    SELECT @v_dept_day = COALESCE(SUM(CASE WHEN s.session_date = @v_session_date
                                                AND s.department_id = @v_department_id THEN 1 ELSE 0 END), 0),
           @v_day = COALESCE(SUM(CASE WHEN s.session_date = @v_session_date THEN 1 ELSE 0 END), 0),
           -- Live in total: not yet seen, in sessions not yet over.
           @v_total = COALESCE(SUM(CASE WHEN a.status <> 'REGISTERED' AND s.ends_at > @p_now THEN 1 ELSE 0 END), 0)
      FROM dbo.appointment a JOIN dbo.clinic_session s ON s.id = a.session_id
     WHERE a.patient_id = @v_patient_id AND a.status IN ('BOOKED', 'CHECKED_IN', 'CALLED', 'REGISTERED')
       AND (s.session_date = @v_session_date OR (a.status <> 'REGISTERED' AND s.ends_at > @p_now));
    IF @v_dept_day >= dbo.setting_int('limit_per_department_day')
      THROW 50001, 'BOOKING_LIMIT_EXCEEDED:per department per day', 1;
    IF @v_day >= dbo.setting_int('limit_per_day')
      THROW 50001, 'BOOKING_LIMIT_EXCEEDED:per day', 1;
    IF @v_total >= dbo.setting_int('limit_live_total')
      THROW 50001, 'BOOKING_LIMIT_EXCEEDED:live in total', 1;

    -- Claim the number, with the session held open (a suspension committed since the check above
    -- is seen here; one that starts now waits for this booking).
    EXEC dbo.hold_session_open @p_session_id = @v_session_id;
    IF @p_slot_id IS NOT NULL
    BEGIN
      SELECT @v_slot_id = id, @v_seq_no = seq_no, @v_reserve = reserve, @v_slot_start = starts_at
        FROM dbo.slot WITH (UPDLOCK, READPAST, ROWLOCK)
       WHERE id = @p_slot_id AND appointment_id IS NULL AND withdrawn = 0;
      IF @v_slot_id IS NULL OR @v_slot_start <= @p_now OR (@v_reserve = 'ON_SITE' AND @v_in_person = 0)
        THROW 50001, 'SLOT_UNAVAILABLE', 1;
    END
    ELSE
    BEGIN
      SELECT TOP (1) @v_slot_id = id, @v_seq_no = seq_no
        FROM dbo.slot WITH (UPDLOCK, READPAST, ROWLOCK)
       WHERE session_id = @v_session_id AND appointment_id IS NULL AND withdrawn = 0
         AND starts_at > @p_now AND (reserve IS NULL OR @v_in_person = 1)
       ORDER BY seq_no;
      IF @v_slot_id IS NULL
        THROW 50001, 'SESSION_FULL', 1;
    END

    INSERT INTO dbo.appointment (code, verification_code, patient_id, document_id, session_id, slot_id, visit_no,
                                 channel, partner_id, notify_to, request_key, partner_callback, mobile_masked,
                                 mobile_cipher, mobile_digest, status, booked_at, booked_by, updated_at,
                                 triage_assessment_id)
    VALUES (@p_code, @p_verification_code, @v_patient_id, @v_document_id, @v_session_id, @v_slot_id, @v_seq_no,
            @p_channel, @p_partner_id, @p_notify_to, @p_request_key, COALESCE(@p_partner_callback, 0), @p_mobile_masked,
            @p_mobile_cipher, @p_mobile_digest, 'BOOKED', @p_now, COALESCE(@p_operator, @p_actor), @p_now,
            @p_triage_assessment_id);
    SET @v_appointment_id = CAST(SCOPE_IDENTITY() AS int);
    UPDATE dbo.slot SET appointment_id = @v_appointment_id WHERE id = @v_slot_id;
    -- R8: the confirmation goes out with the booking, or not at all.
    EXEC dbo.enqueue_appointment_notification @p_appointment_id = @v_appointment_id, @p_kind = 'BOOKING_CONFIRMED',
                                              @p_event = 'booked', @p_payload = N'{}', @p_now = @p_now;

    SET @v_entity_id = CAST(@v_appointment_id AS varchar(40));
    SET @v_detail = (SELECT @p_channel AS [channel], @p_partner_id AS [partner], @v_session_id AS [session],
                            @v_seq_no AS [visitNo]
                     FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES);
    EXEC dbo.write_audit @p_at = @p_now, @p_actor = @p_actor, @p_operator = @p_operator,
                         @p_action = 'BOOK', @p_entity = 'appointment', @p_entity_id = @v_entity_id,
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

-- R9: cancelling returns the number to the pool at once. Only a BOOKED appointment can be
-- cancelled, until the cut-off before its number's start. p_partner_id scopes a partner to
-- the appointments it made.
CREATE OR ALTER PROCEDURE dbo.cancel_appointment
  @p_appointment_id int, @p_partner_id varchar(4000), @p_reason nvarchar(4000),
  @p_actor nvarchar(4000), @p_operator nvarchar(4000), @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  DECLARE @v_found bit = 0, @v_status varchar(24), @v_partner varchar(64), @v_slot_id int,
          @v_slot_start datetimeoffset(3), @v_msg nvarchar(2048), @v_entity_id varchar(40),
          @v_detail nvarchar(max), @v_payload nvarchar(max);
  BEGIN TRY
    BEGIN TRANSACTION;

    -- FOR UPDATE OF a: only the appointment row is locked.
    SELECT @v_found = 1, @v_status = a.status, @v_partner = a.partner_id, @v_slot_id = a.slot_id,
           @v_slot_start = sl.starts_at
      FROM dbo.appointment a WITH (UPDLOCK, ROWLOCK)
      JOIN dbo.slot sl ON sl.id = a.slot_id
     WHERE a.id = @p_appointment_id;
    IF @v_found = 0
       OR (@p_partner_id IS NOT NULL
           AND (@v_partner IS NULL OR @v_partner <> @p_partner_id COLLATE Latin1_General_100_BIN2))
      THROW 50001, 'APPOINTMENT_NOT_FOUND', 1;
    IF @v_status <> 'BOOKED'
    BEGIN
      SET @v_msg = CONCAT(N'CANCEL_NOT_ALLOWED:status is ', @v_status);
      THROW 50001, @v_msg, 1;
    END
    IF @p_now >= DATEADD(minute, -dbo.setting_int('cancel_cutoff_minutes'), @v_slot_start)
      THROW 50001, 'CANCEL_NOT_ALLOWED:past the cancellation cut-off', 1;

    UPDATE dbo.appointment
       SET status = 'CANCELLED', cancelled_at = @p_now, cancel_reason = @p_reason, updated_at = @p_now
     WHERE id = @p_appointment_id;
    UPDATE dbo.slot SET appointment_id = NULL WHERE id = @v_slot_id AND appointment_id = @p_appointment_id;
    EXEC dbo.withdraw_pending_reminders @p_appointment_id = @p_appointment_id, @p_now = @p_now;
    SET @v_payload = (SELECT @p_reason AS [reason] FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES);
    EXEC dbo.enqueue_appointment_notification @p_appointment_id = @p_appointment_id, @p_kind = 'CANCELLED',
                                              @p_event = 'cancelled', @p_payload = @v_payload, @p_now = @p_now;

    SET @v_entity_id = CAST(@p_appointment_id AS varchar(40));
    SET @v_detail = (SELECT @p_reason AS [reason], @p_partner_id AS [partner]
                     FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES);
    EXEC dbo.write_audit @p_at = @p_now, @p_actor = @p_actor, @p_operator = @p_operator,
                         @p_action = 'CANCEL', @p_entity = 'appointment', @p_entity_id = @v_entity_id,
                         @p_outcome = 'OK', @p_detail = @v_detail;

    SELECT * FROM dbo.appointment_view WHERE id = @p_appointment_id;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO
