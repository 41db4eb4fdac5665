-- R5, R6, R15: holds — a number of the one pool reserved for a few minutes (setting hold_minutes)
-- while the patient confirms or pays. Every booking rule is checked when the number is held and
-- again when the hold is confirmed; the rules live once, in the helpers of 010_helpers.sql that
-- book_appointment uses too. Decision 023. Twin: db/postgres/procedures/210_holds.sql.
--
-- Lock order (decision 014, extended): patient → hold → session → slot. A hold is claimed like a
-- booking (patient, session held open, the number with UPDLOCK, READPAST, ROWLOCK); a confirm locks
-- the patient, then the hold; a release or the sweeper lock the hold, then its number. A booking
-- that takes the number of an expired hold never touches the hold row.
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER VIEW dbo.hold_view AS
SELECT h.id, h.status, h.channel, h.partner_id, h.notify_to,
       h.session_id, s.session_date, CONVERT(varchar(10), s.session_date, 23) AS session_day, s.period,
       h.slot_id, h.visit_no, sl.starts_at, sl.ends_at,
       s.department_id, dep.name AS department_name,
       s.doctor_id, doc.name AS doctor_name, doc.title AS doctor_title,
       h.patient_id, p.name AS patient_name, pd.document_type, pd.masked AS document_masked,
       COALESCE(h.mobile_masked, p.mobile_masked) AS mobile_masked, s.fee_cents,
       h.held_at, h.held_by, h.expires_at, h.ended_at, h.appointment_id
  FROM dbo.number_hold h
  JOIN dbo.clinic_session s ON s.id = h.session_id
  JOIN dbo.slot sl ON sl.id = h.slot_id
  JOIN dbo.department dep ON dep.id = s.department_id
  JOIN dbo.doctor doc ON doc.id = s.doctor_id
  JOIN dbo.patient p ON p.id = h.patient_id
  JOIN dbo.patient_document pd ON pd.id = h.document_id;
GO

-- R5: the hold a partner already made under this request key (its Idempotency-Key), or NULL.
-- The same key for another patient, session or number is IDEMPOTENCY_KEY_REUSED. A procedure in
-- T-SQL (a function cannot THROW); the twin's return value is @p_hold_id.
CREATE OR ALTER PROCEDURE dbo.request_key_hold
  @p_partner_id varchar(4000), @p_request_key varchar(4000), @p_document_type varchar(4000),
  @p_document_digest varchar(4000), @p_session_id int, @p_slot_id int, @p_hold_id int OUTPUT
AS
BEGIN
  SET NOCOUNT ON;
  DECLARE @v_id int;
  SET @p_hold_id = NULL;
  IF @p_request_key IS NULL RETURN;
  SELECT @v_id = h.id
    FROM dbo.number_hold h
   WHERE h.partner_id = @p_partner_id AND h.request_key = @p_request_key
     AND h.partner_id = @p_partner_id COLLATE Latin1_General_100_BIN2;
  IF @v_id IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM dbo.number_hold h JOIN dbo.patient_document d ON d.id = h.document_id
                      WHERE h.id = @v_id AND d.document_type = @p_document_type
                        AND d.digest = @p_document_digest
                        AND (@p_slot_id IS NULL OR h.slot_id = @p_slot_id)
                        AND (@p_session_id IS NULL OR h.session_id = @p_session_id))
    THROW 50001, 'IDEMPOTENCY_KEY_REUSED:this key held another request', 1;
  SET @p_hold_id = @v_id;
END
GO

-- Holds a given number (p_slot_id) or the earliest free number of a session (p_session_id) for
-- the patient, until p_now + hold_minutes. Every booking rule is checked as for a booking; the
-- number is then neither bookable nor holdable by anyone else until the hold ends or expires, and
-- the hold counts toward the patient's limits while it lives.
CREATE OR ALTER PROCEDURE dbo.hold_number
  @p_session_id int, @p_slot_id int, @p_channel varchar(4000), @p_partner_id varchar(4000),
  @p_patient_name nvarchar(4000), @p_document_type varchar(4000), @p_document_digest varchar(4000),
  @p_document_masked varchar(4000), @p_document_cipher varchar(4000), @p_mobile_digest varchar(4000),
  @p_mobile_masked varchar(4000), @p_mobile_cipher varchar(4000), @p_notify_to varchar(4000),
  @p_request_key varchar(4000), @p_partner_callback bit, @p_triage_assessment_id int, @p_tz nvarchar(4000),
  @p_actor nvarchar(4000), @p_operator nvarchar(4000), @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  -- READPAST (claim_free_number) needs READ COMMITTED (Msg 650 otherwise): whatever the caller's level.
  SET TRANSACTION ISOLATION LEVEL READ COMMITTED;
  DECLARE @v_session_id int, @v_in_person bit, @v_patient_id int, @v_document_id int, @v_slot_id int,
          @v_seq_no smallint, @v_hold_id int, @v_expires datetimeoffset(3), @v_entity_id varchar(40),
          @v_detail nvarchar(max);
  BEGIN TRY
    BEGIN TRANSACTION;

    IF dbo.is_known_channel(@p_channel) = 0
      THROW 50001, 'VALIDATION_FAILED:channel', 1;

    -- A partner retrying a hold it could not confirm gets the hold it already has.
    EXEC dbo.request_key_hold @p_partner_id = @p_partner_id, @p_request_key = @p_request_key,
                              @p_document_type = @p_document_type, @p_document_digest = @p_document_digest,
                              @p_session_id = @p_session_id, @p_slot_id = @p_slot_id,
                              @p_hold_id = @v_hold_id OUTPUT;
    IF @v_hold_id IS NOT NULL
    BEGIN
      SELECT * FROM dbo.hold_view WHERE id = @v_hold_id;
      COMMIT TRANSACTION;
      RETURN;
    END

    EXEC dbo.bookable_session @p_session_id = @p_session_id, @p_slot_id = @p_slot_id, @p_channel = @p_channel,
                              @p_hold_id = NULL, @p_tz = @p_tz, @p_now = @p_now,
                              @p_open_session_id = @v_session_id OUTPUT, @p_in_person = @v_in_person OUTPUT;

    -- R18: a hold made from a triage assessment names it (the caller's own, for a partner).
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

    -- A retry that waited for the first attempt's patient lock gets its hold.
    EXEC dbo.request_key_hold @p_partner_id = @p_partner_id, @p_request_key = @p_request_key,
                              @p_document_type = @p_document_type, @p_document_digest = @p_document_digest,
                              @p_session_id = @p_session_id, @p_slot_id = @p_slot_id,
                              @p_hold_id = @v_hold_id OUTPUT;
    IF @v_hold_id IS NOT NULL
    BEGIN
      SELECT * FROM dbo.hold_view WHERE id = @v_hold_id;
      COMMIT TRANSACTION;
      RETURN;
    END

    EXEC dbo.check_patient_may_book @p_patient_id = @v_patient_id, @p_session_id = @v_session_id,
                                    @p_hold_id = NULL, @p_now = @p_now;

    EXEC dbo.claim_free_number @p_session_id = @v_session_id, @p_slot_id = @p_slot_id, @p_in_person = @v_in_person,
                               @p_hold_id = NULL, @p_now = @p_now, @p_claimed_slot_id = @v_slot_id OUTPUT,
                               @p_claimed_seq_no = @v_seq_no OUTPUT;

    SET @v_expires = DATEADD(minute, dbo.setting_int('hold_minutes'), @p_now);
    INSERT INTO dbo.number_hold (patient_id, document_id, session_id, slot_id, visit_no, channel, partner_id,
                                 notify_to, request_key, partner_callback, mobile_masked, mobile_cipher,
                                 mobile_digest, triage_assessment_id, status, held_at, held_by, expires_at,
                                 updated_at)
    VALUES (@v_patient_id, @v_document_id, @v_session_id, @v_slot_id, @v_seq_no, @p_channel, @p_partner_id,
            @p_notify_to, @p_request_key, COALESCE(@p_partner_callback, 0), @p_mobile_masked, @p_mobile_cipher,
            @p_mobile_digest, @p_triage_assessment_id, 'HELD', @p_now, COALESCE(@p_operator, @p_actor), @v_expires,
            @p_now);
    SET @v_hold_id = CAST(SCOPE_IDENTITY() AS int);
    UPDATE dbo.slot SET hold_id = @v_hold_id, held_until = @v_expires WHERE id = @v_slot_id;

    SET @v_entity_id = CAST(@v_hold_id AS varchar(40));
    SET @v_detail = (SELECT @p_channel AS [channel], @p_partner_id AS [partner], @v_session_id AS [session],
                            @v_seq_no AS [visitNo]
                     FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES);
    EXEC dbo.write_audit @p_at = @p_now, @p_actor = @p_actor, @p_operator = @p_operator,
                         @p_action = 'HOLD', @p_entity = 'hold', @p_entity_id = @v_entity_id,
                         @p_outcome = 'OK', @p_detail = @v_detail;

    SELECT * FROM dbo.hold_view WHERE id = @v_hold_id;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO

-- Turns a live hold into an appointment, with every booking rule checked again, and the same
-- outcome as book_appointment (record_booking). A confirmed hold confirmed again returns its
-- appointment (a retry). HOLD_EXPIRED once the hold's time has passed (by p_now), HOLD_NOT_ACTIVE
-- once released; p_partner_id scopes a partner to the holds it made.
CREATE OR ALTER PROCEDURE dbo.confirm_hold
  @p_hold_id int, @p_partner_id varchar(4000), @p_code varchar(4000), @p_verification_code varchar(4000),
  @p_tz nvarchar(4000), @p_actor nvarchar(4000), @p_operator nvarchar(4000), @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  SET TRANSACTION ISOLATION LEVEL READ COMMITTED;
  DECLARE @v_found bit = 0, @v_patient_id int, @v_document_id int, @v_session_id int, @v_slot_id int,
          @v_hold_session_id int, @v_hold_slot_id int, @v_channel varchar(16), @v_partner varchar(64),
          @v_notify_to varchar(128), @v_partner_callback bit, @v_mobile_digest char(64), @v_mobile_masked varchar(20),
          @v_mobile_cipher varchar(200), @v_triage_assessment_id int, @v_status varchar(12),
          @v_expires datetimeoffset(3), @v_appointment_id int, @v_in_person bit, @v_seq_no smallint,
          @v_msg nvarchar(2048), @v_entity_id varchar(40), @v_detail nvarchar(max), @v_lock_patient int;
  BEGIN TRY
    BEGIN TRANSACTION;

    SELECT @v_found = 1, @v_patient_id = h.patient_id, @v_partner = h.partner_id
      FROM dbo.number_hold h WHERE h.id = @p_hold_id;
    IF @v_found = 0
       OR (@p_partner_id IS NOT NULL
           AND (@v_partner IS NULL OR @v_partner <> @p_partner_id COLLATE Latin1_General_100_BIN2))
      THROW 50001, 'HOLD_NOT_FOUND', 1;
    -- The patient first (so the limits hold, as in booking), then the hold.
    SELECT @v_lock_patient = p.id FROM dbo.patient p WITH (UPDLOCK, ROWLOCK) WHERE p.id = @v_patient_id;
    SELECT @v_document_id = h.document_id, @v_hold_session_id = h.session_id, @v_hold_slot_id = h.slot_id,
           @v_channel = h.channel, @v_notify_to = h.notify_to, @v_partner_callback = h.partner_callback,
           @v_mobile_digest = h.mobile_digest, @v_mobile_masked = h.mobile_masked, @v_mobile_cipher = h.mobile_cipher,
           @v_triage_assessment_id = h.triage_assessment_id, @v_status = h.status, @v_expires = h.expires_at,
           @v_appointment_id = h.appointment_id
      FROM dbo.number_hold h WITH (UPDLOCK, ROWLOCK) WHERE h.id = @p_hold_id;
    IF @v_status = 'CONFIRMED'
    BEGIN
      SELECT * FROM dbo.appointment_view WHERE id = @v_appointment_id;
      COMMIT TRANSACTION;
      RETURN;
    END
    IF @v_status = 'RELEASED'
      THROW 50001, 'HOLD_NOT_ACTIVE:the hold was released', 1;
    IF @v_status = 'EXPIRED' OR @v_expires <= @p_now
    BEGIN
      SET @v_msg = CONCAT(N'HOLD_EXPIRED:expired at ',
                          LEFT(CONVERT(nvarchar(30), CAST(SWITCHOFFSET(@v_expires, '+00:00') AS datetime2(3)), 126), 19),
                          N'Z');
      THROW 50001, @v_msg, 1;
    END

    EXEC dbo.bookable_session @p_session_id = @v_hold_session_id, @p_slot_id = @v_hold_slot_id,
                              @p_channel = @v_channel, @p_hold_id = @p_hold_id, @p_tz = @p_tz, @p_now = @p_now,
                              @p_open_session_id = @v_session_id OUTPUT, @p_in_person = @v_in_person OUTPUT;
    EXEC dbo.check_patient_may_book @p_patient_id = @v_patient_id, @p_session_id = @v_session_id,
                                    @p_hold_id = @p_hold_id, @p_now = @p_now;
    EXEC dbo.claim_free_number @p_session_id = @v_session_id, @p_slot_id = @v_hold_slot_id,
                               @p_in_person = @v_in_person, @p_hold_id = @p_hold_id, @p_now = @p_now,
                               @p_claimed_slot_id = @v_slot_id OUTPUT, @p_claimed_seq_no = @v_seq_no OUTPUT;

    EXEC dbo.record_booking @p_session_id = @v_session_id, @p_slot_id = @v_slot_id, @p_seq_no = @v_seq_no,
                            @p_patient_id = @v_patient_id, @p_document_id = @v_document_id, @p_channel = @v_channel,
                            @p_partner_id = @v_partner, @p_code = @p_code,
                            @p_verification_code = @p_verification_code, @p_notify_to = @v_notify_to,
                            @p_request_key = NULL, @p_partner_callback = @v_partner_callback,
                            @p_mobile_digest = @v_mobile_digest, @p_mobile_masked = @v_mobile_masked,
                            @p_mobile_cipher = @v_mobile_cipher, @p_triage_assessment_id = @v_triage_assessment_id,
                            @p_actor = @p_actor, @p_operator = @p_operator, @p_now = @p_now,
                            @p_appointment_id = @v_appointment_id OUTPUT;
    UPDATE dbo.number_hold
       SET status = 'CONFIRMED', appointment_id = @v_appointment_id, ended_at = @p_now, updated_at = @p_now
     WHERE id = @p_hold_id;
    -- An offer from the waitlist (decision 029): its entry is BOOKED, its freed number counted.
    IF EXISTS (SELECT 1 FROM dbo.number_hold WHERE id = @p_hold_id AND waitlist_entry_id IS NOT NULL)
      EXEC dbo.settle_accepted_offer @p_hold_id = @p_hold_id, @p_now = @p_now;

    SET @v_entity_id = CAST(@p_hold_id AS varchar(40));
    SET @v_detail = (SELECT @v_appointment_id AS [appointment], @p_partner_id AS [partner]
                     FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES);
    EXEC dbo.write_audit @p_at = @p_now, @p_actor = @p_actor, @p_operator = @p_operator,
                         @p_action = 'CONFIRM_HOLD', @p_entity = 'hold', @p_entity_id = @v_entity_id,
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

-- Releases a hold early: its number returns to the pool at once. Releasing a hold that has ended
-- (released, or expired) again returns it unchanged (a retry); a confirmed hold is
-- HOLD_NOT_ACTIVE. A live hold past its time is recorded EXPIRED.
CREATE OR ALTER PROCEDURE dbo.release_hold
  @p_hold_id int, @p_partner_id varchar(4000), @p_actor nvarchar(4000), @p_operator nvarchar(4000),
  @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  DECLARE @v_found bit = 0, @v_partner varchar(64), @v_status varchar(12), @v_slot_id int,
          @v_entity_id varchar(40), @v_detail nvarchar(max), @v_expires datetimeoffset(3), @v_ending varchar(12);
  BEGIN TRY
    BEGIN TRANSACTION;

    SELECT @v_found = 1, @v_partner = h.partner_id, @v_status = h.status, @v_slot_id = h.slot_id,
           @v_expires = h.expires_at
      FROM dbo.number_hold h WITH (UPDLOCK, ROWLOCK) WHERE h.id = @p_hold_id;
    IF @v_found = 0
       OR (@p_partner_id IS NOT NULL
           AND (@v_partner IS NULL OR @v_partner <> @p_partner_id COLLATE Latin1_General_100_BIN2))
      THROW 50001, 'HOLD_NOT_FOUND', 1;
    IF @v_status = 'CONFIRMED'
      THROW 50001, 'HOLD_NOT_ACTIVE:the hold was confirmed', 1;
    IF @v_status = 'HELD'
    BEGIN
      UPDATE dbo.number_hold
         SET status = CASE WHEN expires_at <= @p_now THEN 'EXPIRED' ELSE 'RELEASED' END,
             ended_at = CASE WHEN expires_at <= @p_now THEN expires_at ELSE @p_now END, updated_at = @p_now
       WHERE id = @p_hold_id;
      -- The number is freed (decision 029): an offer passes to the next patient waiting; a plain
      -- hold's number goes down the waitlist, else back after a random delay or to the on-site reserve.
      SET @v_ending = CASE WHEN @v_expires <= @p_now THEN 'EXPIRED' ELSE 'RELEASED' END;
      EXEC dbo.after_hold_ended @p_hold_id = @p_hold_id, @p_ending = @v_ending, @p_now = @p_now;
      SET @v_entity_id = CAST(@p_hold_id AS varchar(40));
      SET @v_detail = (SELECT @p_partner_id AS [partner] FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES);
      EXEC dbo.write_audit @p_at = @p_now, @p_actor = @p_actor, @p_operator = @p_operator,
                           @p_action = 'RELEASE_HOLD', @p_entity = 'hold', @p_entity_id = @v_entity_id,
                           @p_outcome = 'OK', @p_detail = @v_detail;
    END

    SELECT * FROM dbo.hold_view WHERE id = @p_hold_id;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO

-- The sweeper: marks holds past their time EXPIRED and frees their numbers. A plain hold's number
-- was claimable the moment its time passed (decision 023); if nobody took it, it is now a freed
-- number like a cancelled one. A lapsed waitlist offer passes its number to the next patient waiting
-- (decision 029) — the number stayed out of every claim meanwhile. Locks each hold (UPDLOCK,
-- READPAST: a confirm or release in flight decides that hold), then its number. Idempotent.
CREATE OR ALTER PROCEDURE dbo.expire_holds
  @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  SET TRANSACTION ISOLATION LEVEL READ COMMITTED;
  DECLARE @v_count int = 0, @v_id int;
  BEGIN TRY
    BEGIN TRANSACTION;
    WHILE 1 = 1
    BEGIN
      SET @v_id = NULL;
      SELECT TOP (1) @v_id = h.id FROM dbo.number_hold h WITH (UPDLOCK, READPAST, ROWLOCK)
       WHERE h.status = 'HELD' AND h.expires_at <= @p_now
       ORDER BY h.expires_at, h.id;
      IF @v_id IS NULL BREAK;
      UPDATE dbo.number_hold SET status = 'EXPIRED', ended_at = expires_at, updated_at = @p_now WHERE id = @v_id;
      EXEC dbo.after_hold_ended @p_hold_id = @v_id, @p_ending = 'EXPIRED', @p_now = @p_now;
      SET @v_count = @v_count + 1;
    END
    SELECT @v_count AS expired;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO
