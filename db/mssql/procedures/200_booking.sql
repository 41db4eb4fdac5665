-- R5–R7, R9: booking and cancellation — one pool of numbers for every channel.
-- Twin: db/postgres/procedures/200_booking.sql.
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

-- Books a given number (p_slot_id) or the earliest free number of a session (p_session_id).
-- The booking rules live in the helpers (010_helpers.sql), shared with holds (210_holds.sql):
-- bookable_session, check_patient_may_book, claim_free_number, record_booking.
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
  @p_actor nvarchar(4000), @p_operator nvarchar(4000), @p_now datetimeoffset(3), @p_triage_assessment_id int = NULL,
  @p_visit_kind varchar(4000) = NULL
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  -- READPAST (claim_free_number) needs READ COMMITTED (Msg 650 otherwise): whatever the caller's level.
  SET TRANSACTION ISOLATION LEVEL READ COMMITTED;
  DECLARE @v_session_id int, @v_in_person bit, @v_patient_id int, @v_document_id int, @v_slot_id int,
          @v_seq_no smallint, @v_appointment_id int;
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

    -- The session, whether it can be booked now, and an early SESSION_FULL when nothing is free.
    EXEC dbo.bookable_session @p_session_id = @p_session_id, @p_slot_id = @p_slot_id, @p_channel = @p_channel,
                              @p_hold_id = NULL, @p_tz = @p_tz, @p_now = @p_now,
                              @p_open_session_id = @v_session_id OUTPUT, @p_in_person = @v_in_person OUTPUT;

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

    -- R15 blacklist, one live appointment or hold per session, the per-patient limits.
    EXEC dbo.check_patient_may_book @p_patient_id = @v_patient_id, @p_session_id = @v_session_id,
                                    @p_hold_id = NULL, @p_now = @p_now;

    EXEC dbo.claim_free_number @p_session_id = @v_session_id, @p_slot_id = @p_slot_id, @p_in_person = @v_in_person,
                               @p_hold_id = NULL, @p_now = @p_now, @p_claimed_slot_id = @v_slot_id OUTPUT,
                               @p_claimed_seq_no = @v_seq_no OUTPUT;

    EXEC dbo.record_booking @p_session_id = @v_session_id, @p_slot_id = @v_slot_id, @p_seq_no = @v_seq_no,
                            @p_patient_id = @v_patient_id, @p_document_id = @v_document_id, @p_channel = @p_channel,
                            @p_partner_id = @p_partner_id, @p_code = @p_code,
                            @p_verification_code = @p_verification_code, @p_notify_to = @p_notify_to,
                            @p_request_key = @p_request_key, @p_partner_callback = @p_partner_callback,
                            @p_mobile_digest = @p_mobile_digest, @p_mobile_masked = @p_mobile_masked,
                            @p_mobile_cipher = @p_mobile_cipher, @p_triage_assessment_id = @p_triage_assessment_id,
                            @p_actor = @p_actor, @p_operator = @p_operator, @p_now = @p_now,
                            @p_appointment_id = @v_appointment_id OUTPUT;

    -- Decision 028: the simple appointment fields the booking gave.
    IF @p_visit_kind IS NOT NULL
      UPDATE dbo.appointment SET visit_kind = @p_visit_kind WHERE id = @v_appointment_id;

    SELECT * FROM dbo.appointment_view WHERE id = @v_appointment_id;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO

-- R9: cancelling frees the number: it is offered down the session's waitlist, else returns to the
-- pool after a random delay, or to the on-site reserve in the last hour (route_freed_number,
-- decision 029). Only a BOOKED appointment can be
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
          @v_detail nvarchar(max), @v_payload nvarchar(max), @v_lock_session int;
  BEGIN TRY
    BEGIN TRANSACTION;

    -- The session first, held shared (decision 014's order session → appointment → slot): routing
    -- the freed number writes rows that reference it, and a suspension in flight must not wait for
    -- this appointment while this waits for its session.
    SELECT @v_lock_session = s.id FROM dbo.clinic_session s WITH (HOLDLOCK, ROWLOCK)
     WHERE s.id = (SELECT a.session_id FROM dbo.appointment a WHERE a.id = @p_appointment_id);

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
    EXEC dbo.route_freed_number @p_slot_id = @v_slot_id, @p_cause = 'CANCELLED', @p_now = @p_now;
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
