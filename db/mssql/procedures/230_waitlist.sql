-- R5/R7, R14, R15, R17: the waitlist of a full session, freed numbers offered down it as holds,
-- the random re-release delay of a number nobody waiting took, and the record of where every
-- freed number went. Decision 029 (builds on the holds of decision 023).
-- Twin: db/postgres/procedures/230_waitlist.sql.
--
-- Lock order (decision 014, extended): patient → hold → waitlist entry → session → slot. A
-- cancellation (appointment → slot) and the sweeper (hold → slot) take the entry they offer to with
-- UPDLOCK, READPAST (the twin's SKIP LOCKED), so a number is never offered twice and two freed
-- numbers never wait on each other. The helpers write, so they are procedures running inside the
-- caller's transaction; what the twin returns comes back through an OUTPUT parameter.
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER VIEW dbo.waitlist_view AS
SELECT w.id, w.status, w.session_id, s.session_date, CONVERT(varchar(10), s.session_date, 23) AS session_day,
       s.period, s.starts_at AS session_starts_at,
       s.department_id, dep.name AS department_name,
       s.doctor_id, doc.name AS doctor_name, doc.title AS doctor_title,
       w.patient_id, p.name AS patient_name, pd.document_type, pd.masked AS document_masked,
       COALESCE(w.mobile_masked, p.mobile_masked) AS mobile_masked,
       w.channel, w.partner_id, w.priority, w.joined_at, w.ended_at, w.rebooked_from,
       -- R5: the place in line of a waiting patient (1 = the next freed number is theirs).
       CASE WHEN w.status = 'WAITING' THEN
         (SELECT COUNT(*) FROM dbo.waitlist_entry o
           WHERE o.session_id = w.session_id AND o.status = 'WAITING'
             AND (o.priority > w.priority
                  OR (o.priority = w.priority AND (o.joined_at < w.joined_at
                      OR (o.joined_at = w.joined_at AND o.id < w.id))))) + 1
       END AS position,
       (SELECT COUNT(*) FROM dbo.waitlist_entry o WHERE o.session_id = w.session_id AND o.status = 'WAITING')
         AS waiting,
       w.hold_id AS offer_hold_id, h.status AS offer_status, h.slot_id AS offer_slot_id,
       h.visit_no AS offer_visit_no, sl.starts_at AS offer_starts_at, h.expires_at AS offer_expires_at,
       h.appointment_id
  FROM dbo.waitlist_entry w
  JOIN dbo.clinic_session s ON s.id = w.session_id
  JOIN dbo.department dep ON dep.id = s.department_id
  JOIN dbo.doctor doc ON doc.id = s.doctor_id
  JOIN dbo.patient p ON p.id = w.patient_id
  JOIN dbo.patient_document pd ON pd.id = w.document_id
  LEFT JOIN dbo.number_hold h ON h.id = w.hold_id
  LEFT JOIN dbo.slot sl ON sl.id = h.slot_id;
GO

-- The message of an offer (R8's outbox, decision 010): an SMS to the mobile the patient gave (else
-- their stored one) and a message through the channel they joined with — WeChat or app (to the
-- user the partner named) or the partner's callback. @p_count: how many were queued. The dedupe
-- key names the hold just made, so no other writer of it runs at once (030_notifications.sql).
CREATE OR ALTER PROCEDURE dbo.enqueue_offer_notification
  @p_hold_id int, @p_payload nvarchar(max), @p_now datetimeoffset(3), @p_count int = NULL OUTPUT
AS
BEGIN
  SET NOCOUNT ON;
  DECLARE @v_patient_id int, @v_channel varchar(16), @v_partner varchar(64), @v_notify_to varchar(128),
          @v_callback bit, @v_mobile varchar(200), @v_mobile_masked varchar(20), @v_delivery varchar(20),
          @v_count int = 0, @v_key varchar(4000);
  SELECT @v_patient_id = h.patient_id, @v_channel = h.channel, @v_partner = h.partner_id,
         @v_notify_to = h.notify_to, @v_callback = h.partner_callback,
         @v_mobile = CASE WHEN h.mobile_cipher IS NOT NULL THEN h.mobile_cipher ELSE p.mobile_cipher END,
         @v_mobile_masked = CASE WHEN h.mobile_cipher IS NOT NULL THEN h.mobile_masked ELSE p.mobile_masked END
    FROM dbo.number_hold h JOIN dbo.patient p ON p.id = h.patient_id
   WHERE h.id = @p_hold_id;
  IF @v_mobile IS NOT NULL
  BEGIN
    SET @v_key = CONCAT('WAITLIST_OFFER:SMS:hold:', @p_hold_id);
    INSERT INTO dbo.notification (kind, channel, patient_id, partner_id, recipient_cipher, recipient_masked, payload,
                                  next_attempt_at, dedupe_key, created_at, updated_at)
    SELECT 'WAITLIST_OFFER', 'SMS', @v_patient_id, @v_partner, @v_mobile, @v_mobile_masked, @p_payload, @p_now,
           @v_key, @p_now, @p_now
     WHERE NOT EXISTS (SELECT 1 FROM dbo.notification x WITH (UPDLOCK) WHERE x.dedupe_key = @v_key);
    SET @v_count = @v_count + @@ROWCOUNT;
  END
  SET @v_delivery = CASE @v_channel WHEN 'WECHAT' THEN 'WECHAT' WHEN 'APP' THEN 'APP_PUSH'
                                    WHEN 'WEB' THEN 'PARTNER_CALLBACK' WHEN 'THIRD_PARTY' THEN 'PARTNER_CALLBACK'
                                    WHEN 'COMMUNITY' THEN 'PARTNER_CALLBACK' END;
  IF @v_delivery IS NOT NULL AND @v_partner IS NOT NULL
     AND ((@v_delivery = 'PARTNER_CALLBACK' AND @v_callback = 1)
          OR (@v_delivery <> 'PARTNER_CALLBACK' AND @v_notify_to IS NOT NULL))
  BEGIN
    SET @v_key = CONCAT('WAITLIST_OFFER:', @v_delivery, ':hold:', @p_hold_id);
    INSERT INTO dbo.notification (kind, channel, patient_id, partner_id, notify_to, payload, next_attempt_at,
                                  dedupe_key, created_at, updated_at)
    SELECT 'WAITLIST_OFFER', @v_delivery, @v_patient_id, @v_partner, @v_notify_to, @p_payload, @p_now, @v_key,
           @p_now, @p_now
     WHERE NOT EXISTS (SELECT 1 FROM dbo.notification x WITH (UPDLOCK) WHERE x.dedupe_key = @v_key);
    SET @v_count = @v_count + @@ROWCOUNT;
  END
  SET @p_count = @v_count;
END
GO

-- What a message says about an offer: the number, its time, the doctor and until when it is held
-- (instants in UTC, to the second, as the twin's to_char; booking-core shows them in hospital time).
CREATE OR ALTER FUNCTION dbo.offer_payload (@p_hold_id int)
RETURNS nvarchar(max)
AS
BEGIN
  RETURN (
    SELECT h.id AS offerHoldId, h.waitlist_entry_id AS offerEntryId, h.session_id AS offerSessionId,
           h.visit_no AS offerVisitNo,
           CONCAT(LEFT(CONVERT(nvarchar(30), CAST(SWITCHOFFSET(sl.starts_at, '+00:00') AS datetime2(3)), 126), 19), N'Z')
             AS offerStartsAt,
           CONCAT(LEFT(CONVERT(nvarchar(30), CAST(SWITCHOFFSET(h.expires_at, '+00:00') AS datetime2(3)), 126), 19), N'Z')
             AS offerExpiresAt,
           dep.name AS offerDepartment, doc.name AS offerDoctor, doc.title AS offerDoctorTitle
      FROM dbo.number_hold h JOIN dbo.slot sl ON sl.id = h.slot_id JOIN dbo.clinic_session s ON s.id = h.session_id
      JOIN dbo.department dep ON dep.id = s.department_id JOIN dbo.doctor doc ON doc.id = s.doctor_id
     WHERE h.id = @p_hold_id
       FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES);
END
GO

-- Makes the offer of a (locked, free) number to a waitlist entry (locked, WAITING): a hold for the
-- entry's patient until p_now + waitlist_offer_minutes. The number itself stays out of every claim
-- for rerelease_delay_max_minutes more, so an offer that lapses while the sweeper is late never
-- frees it at a moment someone could time; the sweeper passes it on (pass_on_offer).
CREATE OR ALTER PROCEDURE dbo.make_offer
  @p_entry_id int, @p_slot_id int, @p_freed_id int, @p_now datetimeoffset(3), @p_hold_id int OUTPUT
AS
BEGIN
  SET NOCOUNT ON;
  DECLARE @v_seq_no smallint, @v_expires datetimeoffset(3), @v_hold_id int;
  SELECT @v_seq_no = seq_no FROM dbo.slot WHERE id = @p_slot_id;
  SET @v_expires = DATEADD(minute, dbo.setting_int('waitlist_offer_minutes'), @p_now);
  INSERT INTO dbo.number_hold (patient_id, document_id, session_id, slot_id, visit_no, channel, partner_id, notify_to,
                               partner_callback, mobile_masked, mobile_cipher, mobile_digest, status, held_at, held_by,
                               expires_at, updated_at, waitlist_entry_id, freed_number_id)
  SELECT w.patient_id, w.document_id, w.session_id, @p_slot_id, @v_seq_no, w.channel, w.partner_id, w.notify_to,
         w.partner_callback, w.mobile_masked, w.mobile_cipher, w.mobile_digest, 'HELD', @p_now, N'waitlist',
         @v_expires, @p_now, @p_entry_id, @p_freed_id
    FROM dbo.waitlist_entry w WHERE w.id = @p_entry_id;
  SET @v_hold_id = CAST(SCOPE_IDENTITY() AS int);
  UPDATE dbo.slot
     SET hold_id = @v_hold_id,
         held_until = DATEADD(minute, dbo.setting_int('rerelease_delay_max_minutes'), @v_expires)
   WHERE id = @p_slot_id;
  UPDATE dbo.waitlist_entry SET status = 'OFFERED', hold_id = @v_hold_id, updated_at = @p_now WHERE id = @p_entry_id;
  UPDATE dbo.freed_number SET offers = offers + 1 WHERE id = @p_freed_id;
  SET @p_hold_id = @v_hold_id;
END
GO

-- Offers a freed number (its slot locked and free) to the first patient waiting for its session
-- who may still take it (not blacklisted, no live appointment or hold in the session: such an
-- entry is CLOSED and the next one asked). The limits are checked again when they accept.
-- @p_hold_id: the offer's hold, or NULL when nobody waits.
CREATE OR ALTER PROCEDURE dbo.offer_to_next
  @p_slot_id int, @p_freed_id int, @p_now datetimeoffset(3), @p_hold_id int OUTPUT
AS
BEGIN
  SET NOCOUNT ON;
  -- READPAST needs READ COMMITTED (Msg 650 otherwise), whatever the caller's level.
  SET TRANSACTION ISOLATION LEVEL READ COMMITTED;
  DECLARE @v_session_id int, @v_entry_id int, @v_patient_id int, @v_hold_id int, @v_payload nvarchar(max),
          @v_n int;
  SET @p_hold_id = NULL;
  SELECT @v_session_id = session_id FROM dbo.slot WHERE id = @p_slot_id;
  WHILE 1 = 1
  BEGIN
    SET @v_entry_id = NULL;
    SELECT TOP (1) @v_entry_id = w.id, @v_patient_id = w.patient_id
      FROM dbo.waitlist_entry w WITH (UPDLOCK, READPAST, ROWLOCK)
     WHERE w.session_id = @v_session_id AND w.status = 'WAITING'
     ORDER BY w.priority DESC, w.joined_at, w.id;
    IF @v_entry_id IS NULL
      RETURN;
    IF EXISTS (SELECT 1 FROM dbo.blacklist_entry b
                WHERE b.patient_id = @v_patient_id AND b.lifted_at IS NULL AND b.starts_at <= @p_now
                  AND b.ends_at > @p_now)
       OR EXISTS (SELECT 1 FROM dbo.appointment a
                   WHERE a.patient_id = @v_patient_id AND a.session_id = @v_session_id
                     AND a.status IN ('BOOKED', 'CHECKED_IN', 'CALLED', 'REGISTERED'))
       OR EXISTS (SELECT 1 FROM dbo.number_hold h
                   WHERE h.patient_id = @v_patient_id AND h.session_id = @v_session_id AND h.status = 'HELD'
                     AND h.expires_at > @p_now)
    BEGIN
      UPDATE dbo.waitlist_entry SET status = 'CLOSED', ended_at = @p_now, updated_at = @p_now WHERE id = @v_entry_id;
      CONTINUE;
    END
    EXEC dbo.make_offer @p_entry_id = @v_entry_id, @p_slot_id = @p_slot_id, @p_freed_id = @p_freed_id,
                        @p_now = @p_now, @p_hold_id = @v_hold_id OUTPUT;
    SET @v_payload = dbo.offer_payload(@v_hold_id);
    EXEC dbo.enqueue_offer_notification @p_hold_id = @v_hold_id, @p_payload = @v_payload, @p_now = @p_now,
                                        @p_count = @v_n OUTPUT;
    SET @p_hold_id = @v_hold_id;
    RETURN;
  END
END
GO

-- Where a freed number nobody waiting took goes (decision 029): freed within onsite_reserve_minutes
-- of its session's start, to the on-site reserve (R4); else back to the pool after a random delay
-- between rerelease_delay_min_minutes and rerelease_delay_max_minutes, drawn here from @p_now
-- (booking-core's clock), to the second (CHECKSUM(NEWID()) for the twin's random()).
-- @p_delay 0: the number has been claimable already (a plain hold that lapsed, decision 023).
CREATE OR ALTER PROCEDURE dbo.settle_freed_number
  @p_slot_id int, @p_freed_id int, @p_delay bit, @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  DECLARE @v_session_start datetimeoffset(3), @v_until datetimeoffset(3),
          @v_min int = dbo.setting_int('rerelease_delay_min_minutes') * 60,
          @v_max int = dbo.setting_int('rerelease_delay_max_minutes') * 60;
  SELECT @v_session_start = s.starts_at FROM dbo.slot sl JOIN dbo.clinic_session s ON s.id = sl.session_id
   WHERE sl.id = @p_slot_id;
  IF @p_now >= DATEADD(minute, -dbo.setting_int('onsite_reserve_minutes'), @v_session_start)
  BEGIN
    UPDATE dbo.slot SET reserve = 'ON_SITE', hold_id = NULL, held_until = NULL WHERE id = @p_slot_id;
    UPDATE dbo.freed_number SET outcome = 'ON_SITE', decided_at = @p_now WHERE id = @p_freed_id;
  END
  ELSE
  BEGIN
    SET @v_until = CASE WHEN @p_delay = 1
                        THEN DATEADD(second, @v_min + ABS(CHECKSUM(NEWID())) % (CASE WHEN @v_max > @v_min
                                                                                     THEN @v_max - @v_min ELSE 0 END + 1),
                                     @p_now)
                        ELSE @p_now END;
    UPDATE dbo.slot SET hold_id = NULL, held_until = CASE WHEN @p_delay = 1 THEN @v_until END WHERE id = @p_slot_id;
    UPDATE dbo.freed_number SET outcome = 'POOL', released_at = @v_until, decided_at = @p_now WHERE id = @p_freed_id;
  END
END
GO

-- A number has just been freed (its slot locked by the caller, with no appointment and no live
-- hold left on it): recorded (R17), then offered down the session's waitlist, or settled. A number
-- of the on-site reserve, one whose time has come, or one of a session no longer open stays as it is.
CREATE OR ALTER PROCEDURE dbo.route_freed_number
  @p_slot_id int, @p_cause varchar(4000), @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  DECLARE @v_session_id int, @v_freed_id int, @v_hold_id int, @v_delay bit;
  SELECT @v_session_id = sl.session_id
    FROM dbo.slot sl JOIN dbo.clinic_session s ON s.id = sl.session_id
   WHERE sl.id = @p_slot_id AND sl.appointment_id IS NULL AND sl.withdrawn = 0 AND sl.reserve IS NULL
     AND sl.starts_at > @p_now AND s.status = 'OPEN';
  IF @v_session_id IS NULL
    RETURN;
  INSERT INTO dbo.freed_number (slot_id, session_id, cause, freed_at, outcome)
  VALUES (@p_slot_id, @v_session_id, @p_cause, @p_now, 'OFFERED');
  SET @v_freed_id = CAST(SCOPE_IDENTITY() AS int);
  EXEC dbo.offer_to_next @p_slot_id = @p_slot_id, @p_freed_id = @v_freed_id, @p_now = @p_now,
                         @p_hold_id = @v_hold_id OUTPUT;
  IF @v_hold_id IS NULL
  BEGIN
    SET @v_delay = CASE WHEN @p_cause <> 'HOLD_EXPIRED' THEN 1 ELSE 0 END;
    EXEC dbo.settle_freed_number @p_slot_id = @p_slot_id, @p_freed_id = @v_freed_id, @p_delay = @v_delay,
                                 @p_now = @p_now;
  END
END
GO

-- An offer ended without a booking (declined, lapsed, or its patient left): its number, if the
-- offer still has it, goes to the next patient waiting, or is settled.
CREATE OR ALTER PROCEDURE dbo.pass_on_offer
  @p_hold_id int, @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  DECLARE @v_slot_id int, @v_freed_id int, @v_open bit, @v_session_id int, @v_hold_id int;
  SELECT @v_slot_id = sl.id, @v_freed_id = h.freed_number_id, @v_session_id = sl.session_id,
         @v_open = CASE WHEN s.status = 'OPEN' AND sl.starts_at > @p_now THEN 1 ELSE 0 END
    FROM dbo.number_hold h
    JOIN dbo.slot sl WITH (UPDLOCK, ROWLOCK) ON sl.id = h.slot_id
    JOIN dbo.clinic_session s ON s.id = sl.session_id
   WHERE h.id = @p_hold_id AND sl.hold_id = @p_hold_id AND sl.appointment_id IS NULL;
  IF @v_slot_id IS NULL
    RETURN;
  UPDATE dbo.slot SET hold_id = NULL, held_until = NULL WHERE id = @v_slot_id;
  IF @v_open = 0
    RETURN;
  IF @v_freed_id IS NULL
  BEGIN
    -- A priority offer after a suspension (R14): the number was free before; its passing on is a freeing.
    INSERT INTO dbo.freed_number (slot_id, session_id, cause, freed_at, outcome)
    VALUES (@v_slot_id, @v_session_id, 'SUSPENSION', @p_now, 'OFFERED');
    SET @v_freed_id = CAST(SCOPE_IDENTITY() AS int);
  END
  EXEC dbo.offer_to_next @p_slot_id = @v_slot_id, @p_freed_id = @v_freed_id, @p_now = @p_now,
                         @p_hold_id = @v_hold_id OUTPUT;
  IF @v_hold_id IS NULL
    EXEC dbo.settle_freed_number @p_slot_id = @v_slot_id, @p_freed_id = @v_freed_id, @p_delay = 1, @p_now = @p_now;
END
GO

-- Called by confirm_hold once an offer became an appointment: the entry is BOOKED and the freed
-- number counted as gone to the waitlist (R17).
CREATE OR ALTER PROCEDURE dbo.settle_accepted_offer
  @p_hold_id int, @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  UPDATE dbo.waitlist_entry SET status = 'BOOKED', ended_at = @p_now, updated_at = @p_now
   WHERE hold_id = @p_hold_id AND status = 'OFFERED';
  UPDATE dbo.freed_number SET outcome = 'WAITLIST', decided_at = @p_now
   WHERE id = (SELECT freed_number_id FROM dbo.number_hold WHERE id = @p_hold_id);
END
GO

-- Called by release_hold and expire_holds for a hold that has just ended (locked by them): an
-- offer's entry is DECLINED (released) or EXPIRED (lapsed) and its number passed on; a plain
-- hold's number, if no one took it meanwhile, is a freed number like a cancelled one.
CREATE OR ALTER PROCEDURE dbo.after_hold_ended
  @p_hold_id int, @p_ending varchar(4000), @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  DECLARE @v_entry_id int, @v_slot_id int, @v_locked int, @v_cause varchar(16);
  SELECT @v_entry_id = waitlist_entry_id, @v_slot_id = slot_id FROM dbo.number_hold WHERE id = @p_hold_id;
  IF @v_entry_id IS NOT NULL
  BEGIN
    UPDATE dbo.waitlist_entry
       SET status = CASE WHEN @p_ending = 'EXPIRED' THEN 'EXPIRED' ELSE 'DECLINED' END, ended_at = @p_now,
           updated_at = @p_now
     WHERE id = @v_entry_id AND status = 'OFFERED' AND hold_id = @p_hold_id;
    EXEC dbo.pass_on_offer @p_hold_id = @p_hold_id, @p_now = @p_now;
    RETURN;
  END
  SELECT @v_locked = sl.id FROM dbo.slot sl WITH (UPDLOCK, ROWLOCK)
   WHERE sl.id = @v_slot_id AND sl.hold_id = @p_hold_id AND sl.appointment_id IS NULL;
  IF @v_locked IS NOT NULL
  BEGIN
    UPDATE dbo.slot SET hold_id = NULL, held_until = NULL WHERE id = @v_slot_id;
    SET @v_cause = CASE WHEN @p_ending = 'EXPIRED' THEN 'HOLD_EXPIRED' ELSE 'HOLD_RELEASED' END;
    EXEC dbo.route_freed_number @p_slot_id = @v_slot_id, @p_cause = @v_cause, @p_now = @p_now;
  END
END
GO

-- R5: a patient joins the line of a FULL session, by real name (R6), through any channel (R7),
-- under booking's rules: the session open and released, not blacklisted (R15), no live appointment
-- or hold there, within the per-patient limits. A session with a number free for the caller's
-- channel is WAITLIST_NOT_FULL (book it instead); a second live entry is WAITLIST_DUPLICATE.
CREATE OR ALTER PROCEDURE dbo.join_waitlist
  @p_session_id int, @p_channel varchar(4000), @p_partner_id varchar(4000), @p_patient_name nvarchar(4000),
  @p_document_type varchar(4000), @p_document_digest varchar(4000), @p_document_masked varchar(4000),
  @p_document_cipher varchar(4000), @p_mobile_digest varchar(4000), @p_mobile_masked varchar(4000),
  @p_mobile_cipher varchar(4000), @p_notify_to varchar(4000), @p_partner_callback bit, @p_tz nvarchar(4000),
  @p_actor nvarchar(4000), @p_operator nvarchar(4000), @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  DECLARE @v_found bit = 0, @v_status varchar(12), @v_release_at datetimeoffset(3), @v_ends_at datetimeoffset(3),
          @v_session_date date, @v_win nvarchar(64), @v_in_person bit, @v_patient_id int, @v_document_id int,
          @v_entry_id int, @v_msg nvarchar(2048), @v_entity_id varchar(40), @v_detail nvarchar(max);
  BEGIN TRY
    BEGIN TRANSACTION;

    IF dbo.is_known_channel(@p_channel) = 0
      THROW 50001, 'VALIDATION_FAILED:channel', 1;
    SELECT @v_found = 1, @v_status = s.status, @v_release_at = s.release_at, @v_ends_at = s.ends_at,
           @v_session_date = s.session_date
      FROM dbo.clinic_session s WHERE s.id = @p_session_id;
    IF @v_found = 0
      THROW 50001, 'SESSION_NOT_FOUND', 1;
    IF @v_status = 'SUSPENDED'
      THROW 50001, 'SESSION_SUSPENDED', 1;
    IF @p_now < @v_release_at
    BEGIN
      SET @v_msg = CONCAT(N'SESSION_NOT_OPEN:opens at ',
                          LEFT(CONVERT(nvarchar(30), CAST(SWITCHOFFSET(@v_release_at, '+00:00') AS datetime2(3)), 126), 19),
                          N'Z');
      THROW 50001, @v_msg, 1;
    END
    IF @v_status <> 'OPEN' OR @p_now >= @v_ends_at
      THROW 50001, 'SESSION_NOT_OPEN:session is over', 1;
    -- The same free-number test as bookable_session's SESSION_FULL.
    SELECT @v_win = windows FROM dbo.time_zone_map WHERE iana = @p_tz;
    IF @v_win IS NULL
      THROW 50001, 'VALIDATION_FAILED:unknown time zone', 1;
    SET @v_in_person = CASE WHEN dbo.is_in_person_channel(@p_channel) = 1
                                 AND @v_session_date = CAST(@p_now AT TIME ZONE @v_win AS date) THEN 1 ELSE 0 END;
    IF EXISTS (SELECT 1 FROM dbo.slot sl
                WHERE sl.session_id = @p_session_id AND sl.appointment_id IS NULL AND sl.withdrawn = 0
                  AND (sl.held_until IS NULL OR sl.held_until <= @p_now)
                  AND sl.starts_at > @p_now AND (sl.reserve IS NULL OR @v_in_person = 1))
      THROW 50001, 'WAITLIST_NOT_FULL:the session has a free number, book it', 1;

    EXEC dbo.resolve_patient @p_patient_name = @p_patient_name, @p_document_type = @p_document_type,
                             @p_document_digest = @p_document_digest, @p_document_masked = @p_document_masked,
                             @p_document_cipher = @p_document_cipher, @p_mobile_digest = @p_mobile_digest,
                             @p_mobile_masked = @p_mobile_masked, @p_mobile_cipher = @p_mobile_cipher,
                             @p_now = @p_now, @p_patient_id = @v_patient_id OUTPUT,
                             @p_document_id = @v_document_id OUTPUT;
    IF EXISTS (SELECT 1 FROM dbo.waitlist_entry w
                WHERE w.session_id = @p_session_id AND w.patient_id = @v_patient_id
                  AND w.status IN ('WAITING', 'OFFERED'))
      THROW 50001, 'WAITLIST_DUPLICATE', 1;
    EXEC dbo.check_patient_may_book @p_patient_id = @v_patient_id, @p_session_id = @p_session_id,
                                    @p_hold_id = NULL, @p_now = @p_now;

    INSERT INTO dbo.waitlist_entry (session_id, patient_id, document_id, channel, partner_id, notify_to,
                                    partner_callback, mobile_masked, mobile_cipher, mobile_digest, priority, status,
                                    joined_at, joined_by, updated_at)
    VALUES (@p_session_id, @v_patient_id, @v_document_id, @p_channel, @p_partner_id, @p_notify_to,
            COALESCE(@p_partner_callback, 0), @p_mobile_masked, @p_mobile_cipher, @p_mobile_digest, 0, 'WAITING',
            @p_now, COALESCE(@p_operator, @p_actor), @p_now);
    SET @v_entry_id = CAST(SCOPE_IDENTITY() AS int);

    SET @v_entity_id = CAST(@v_entry_id AS varchar(40));
    SET @v_detail = (SELECT @p_channel AS [channel], @p_partner_id AS [partner], @p_session_id AS [session]
                     FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES);
    EXEC dbo.write_audit @p_at = @p_now, @p_actor = @p_actor, @p_operator = @p_operator,
                         @p_action = 'JOIN_WAITLIST', @p_entity = 'waitlist_entry', @p_entity_id = @v_entity_id,
                         @p_outcome = 'OK', @p_detail = @v_detail;

    SELECT * FROM dbo.waitlist_view WHERE id = @v_entry_id;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO

-- A patient leaves the line at any time; a live offer of theirs is declined and passed on. Leaving
-- again returns the entry (a retry); an entry that ended otherwise is WAITLIST_ENTRY_NOT_ACTIVE.
-- @p_partner_id scopes a partner to its own entries (WAITLIST_ENTRY_NOT_FOUND).
CREATE OR ALTER PROCEDURE dbo.leave_waitlist
  @p_entry_id int, @p_partner_id varchar(4000), @p_actor nvarchar(4000), @p_operator nvarchar(4000),
  @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  DECLARE @v_found bit = 0, @v_partner varchar(64), @v_hold_id int, @v_status varchar(12), @v_lock int,
          @v_msg nvarchar(2048), @v_entity_id varchar(40), @v_detail nvarchar(max);
  BEGIN TRY
    BEGIN TRANSACTION;

    SELECT @v_found = 1, @v_partner = w.partner_id, @v_hold_id = w.hold_id
      FROM dbo.waitlist_entry w WHERE w.id = @p_entry_id;
    IF @v_found = 0
       OR (@p_partner_id IS NOT NULL
           AND (@v_partner IS NULL OR @v_partner <> @p_partner_id COLLATE Latin1_General_100_BIN2))
      THROW 50001, 'WAITLIST_ENTRY_NOT_FOUND', 1;
    -- The hold first, then the entry (the lock order of release_hold and the sweeper).
    IF @v_hold_id IS NOT NULL
      SELECT @v_lock = h.id FROM dbo.number_hold h WITH (UPDLOCK, ROWLOCK) WHERE h.id = @v_hold_id;
    SELECT @v_status = w.status, @v_hold_id = w.hold_id
      FROM dbo.waitlist_entry w WITH (UPDLOCK, ROWLOCK) WHERE w.id = @p_entry_id;
    IF @v_status = 'LEFT'
    BEGIN
      SELECT * FROM dbo.waitlist_view WHERE id = @p_entry_id;
      COMMIT TRANSACTION;
      RETURN;
    END
    IF @v_status NOT IN ('WAITING', 'OFFERED')
    BEGIN
      SET @v_msg = CONCAT(N'WAITLIST_ENTRY_NOT_ACTIVE:the entry is ', @v_status);
      THROW 50001, @v_msg, 1;
    END
    UPDATE dbo.waitlist_entry SET status = 'LEFT', ended_at = @p_now, updated_at = @p_now WHERE id = @p_entry_id;
    IF @v_status = 'OFFERED'
    BEGIN
      UPDATE dbo.number_hold
         SET status = CASE WHEN expires_at <= @p_now THEN 'EXPIRED' ELSE 'RELEASED' END,
             ended_at = CASE WHEN expires_at <= @p_now THEN expires_at ELSE @p_now END, updated_at = @p_now
       WHERE id = @v_hold_id AND status = 'HELD';
      EXEC dbo.pass_on_offer @p_hold_id = @v_hold_id, @p_now = @p_now;
    END

    SET @v_entity_id = CAST(@p_entry_id AS varchar(40));
    SET @v_detail = (SELECT @p_partner_id AS [partner] FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES);
    EXEC dbo.write_audit @p_at = @p_now, @p_actor = @p_actor, @p_operator = @p_operator,
                         @p_action = 'LEAVE_WAITLIST', @p_entity = 'waitlist_entry', @p_entity_id = @v_entity_id,
                         @p_outcome = 'OK', @p_detail = @v_detail;

    SELECT * FROM dbo.waitlist_view WHERE id = @p_entry_id;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO

-- R14: after a suspension, the patient of a cancelled appointment (locked by suspend_session) is
-- offered a number of the same doctor's next open session, else of a same-title doctor's in the
-- same department (earliest first), held for waitlist_offer_minutes, at the head of that session's
-- line (priority 1). When none of those sessions has a free number, they wait at the head of the
-- first one's line. @p_payload: what the one suspension message adds (offer or waitlist), as JSON.
CREATE OR ALTER PROCEDURE dbo.rebook_after_suspension
  @p_appointment_id int, @p_now datetimeoffset(3), @p_payload nvarchar(max) OUTPUT
AS
BEGIN
  SET NOCOUNT ON;
  SET TRANSACTION ISOLATION LEVEL READ COMMITTED;
  DECLARE @v_patient_id int, @v_from_session int, @v_doctor_id int, @v_department_id int, @v_title varchar(20),
          @v_candidate int, @v_first int, @v_slot_id int, @v_entry_id int, @v_hold_id int, @v_rank int;
  DECLARE @candidates TABLE (rank_no int IDENTITY(1, 1) PRIMARY KEY, session_id int);
  SELECT @v_patient_id = a.patient_id, @v_from_session = a.session_id, @v_doctor_id = s.doctor_id,
         @v_department_id = s.department_id, @v_title = d.title
    FROM dbo.appointment a JOIN dbo.clinic_session s ON s.id = a.session_id JOIN dbo.doctor d ON d.id = s.doctor_id
   WHERE a.id = @p_appointment_id;
  -- Held open like a booking's session (REPEATABLEREAD: shared until commit); one being suspended
  -- at this moment is passed over (READPAST, the twin's SKIP LOCKED).
  INSERT INTO @candidates (session_id)
  SELECT TOP (20) s.id FROM dbo.clinic_session s WITH (REPEATABLEREAD, READPAST, ROWLOCK)
    JOIN dbo.doctor d ON d.id = s.doctor_id
   WHERE s.id <> @v_from_session AND s.status = 'OPEN' AND s.release_at <= @p_now AND s.starts_at > @p_now
     AND (s.doctor_id = @v_doctor_id OR (s.department_id = @v_department_id AND d.title = @v_title))
     AND NOT EXISTS (SELECT 1 FROM dbo.appointment o
                      WHERE o.patient_id = @v_patient_id AND o.session_id = s.id
                        AND o.status IN ('BOOKED', 'CHECKED_IN', 'CALLED', 'REGISTERED'))
     AND NOT EXISTS (SELECT 1 FROM dbo.waitlist_entry w
                      WHERE w.patient_id = @v_patient_id AND w.session_id = s.id
                        AND w.status IN ('WAITING', 'OFFERED'))
   ORDER BY CASE WHEN s.doctor_id = @v_doctor_id THEN 0 ELSE 1 END, s.starts_at, s.id;
  SET @v_first = (SELECT session_id FROM @candidates WHERE rank_no = 1);
  SET @v_rank = 1;
  SET @v_candidate = @v_first;
  WHILE @v_candidate IS NOT NULL
  BEGIN
    SET @v_slot_id = NULL;
    SELECT TOP (1) @v_slot_id = sl.id FROM dbo.slot sl WITH (UPDLOCK, READPAST, ROWLOCK)
     WHERE sl.session_id = @v_candidate AND sl.appointment_id IS NULL AND sl.withdrawn = 0
       AND (sl.held_until IS NULL OR sl.held_until <= @p_now) AND sl.starts_at > @p_now AND sl.reserve IS NULL
     ORDER BY sl.seq_no;
    IF @v_slot_id IS NOT NULL
    BEGIN
      INSERT INTO dbo.waitlist_entry (session_id, patient_id, document_id, channel, partner_id, notify_to,
                                      partner_callback, mobile_masked, mobile_cipher, mobile_digest, priority, status,
                                      joined_at, joined_by, rebooked_from, updated_at)
      SELECT @v_candidate, a.patient_id, a.document_id, a.channel, a.partner_id, a.notify_to, a.partner_callback,
             a.mobile_masked, a.mobile_cipher, a.mobile_digest, 1, 'WAITING', @p_now, N'suspension',
             @p_appointment_id, @p_now
        FROM dbo.appointment a WHERE a.id = @p_appointment_id;
      SET @v_entry_id = CAST(SCOPE_IDENTITY() AS int);
      EXEC dbo.make_offer @p_entry_id = @v_entry_id, @p_slot_id = @v_slot_id, @p_freed_id = NULL, @p_now = @p_now,
                          @p_hold_id = @v_hold_id OUTPUT;
      SET @p_payload = dbo.offer_payload(@v_hold_id);
      RETURN;
    END
    SET @v_rank = @v_rank + 1;
    SET @v_candidate = (SELECT session_id FROM @candidates WHERE rank_no = @v_rank);
  END
  IF @v_first IS NULL
  BEGIN
    SET @p_payload = N'{}';
    RETURN;
  END
  INSERT INTO dbo.waitlist_entry (session_id, patient_id, document_id, channel, partner_id, notify_to,
                                  partner_callback, mobile_masked, mobile_cipher, mobile_digest, priority, status,
                                  joined_at, joined_by, rebooked_from, updated_at)
  SELECT @v_first, a.patient_id, a.document_id, a.channel, a.partner_id, a.notify_to, a.partner_callback,
         a.mobile_masked, a.mobile_cipher, a.mobile_digest, 1, 'WAITING', @p_now, N'suspension', @p_appointment_id,
         @p_now
    FROM dbo.appointment a WHERE a.id = @p_appointment_id;
  SET @v_entry_id = CAST(SCOPE_IDENTITY() AS int);
  SET @p_payload = (SELECT @v_entry_id AS waitlistEntryId, @v_first AS waitlistSessionId
                    FOR JSON PATH, WITHOUT_ARRAY_WRAPPER);
END
GO

-- R17: where the numbers freed between @p_from and @p_to (hospital days, inclusive) went. The
-- hospital day of an instant through time_zone_map, as 600_statistics.sql.
CREATE OR ALTER PROCEDURE dbo.freed_numbers_report
  @p_from date, @p_to date, @p_tz nvarchar(4000)
AS
BEGIN
  SET NOCOUNT ON;
  DECLARE @v_win nvarchar(64), @v_from datetimeoffset(3), @v_to datetimeoffset(3);
  SELECT @v_win = windows FROM dbo.time_zone_map WHERE iana = @p_tz;
  IF @v_win IS NULL
    THROW 50001, 'VALIDATION_FAILED:unknown time zone', 1;
  SET @v_from = CAST(CAST(@p_from AS datetime2) AT TIME ZONE @v_win AS datetimeoffset(3));
  SET @v_to = CAST(CAST(DATEADD(day, 1, @p_to) AS datetime2) AT TIME ZONE @v_win AS datetimeoffset(3));
  SELECT CONVERT(varchar(10), x.day, 23) AS day,
         COUNT(*) AS freed,
         SUM(CASE WHEN x.outcome = 'WAITLIST' THEN 1 ELSE 0 END) AS to_waitlist,
         SUM(CASE WHEN x.outcome = 'POOL' THEN 1 ELSE 0 END) AS to_pool,
         SUM(CASE WHEN x.outcome = 'ON_SITE' THEN 1 ELSE 0 END) AS to_on_site,
         SUM(CASE WHEN x.outcome = 'OFFERED' THEN 1 ELSE 0 END) AS offered
    FROM (SELECT CAST(f.freed_at AT TIME ZONE @v_win AS date) AS day, f.outcome
            FROM dbo.freed_number f
           WHERE f.freed_at >= @v_from AND f.freed_at < @v_to) x
   GROUP BY x.day
   ORDER BY x.day;
END
GO
