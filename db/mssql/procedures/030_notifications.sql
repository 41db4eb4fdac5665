-- The outbox writers shared by the procedures. Twin: db/postgres/procedures/030_notifications.sql.
-- They write, so in T-SQL they are procedures (a function cannot write). Like write_audit they run
-- inside the caller's transaction and return no result set, so the caller still returns exactly
-- one. Where the twin returns how many notifications it queued (used as `v_n := v_n + f(...)`),
-- the count comes back through an OUTPUT parameter that callers may omit: these helpers are only
-- ever called by other procedures, never by the application.
-- `INSERT ... ON CONFLICT ON CONSTRAINT notification_dedupe DO NOTHING` becomes an insert guarded
-- by a lookup of the key under UPDLOCK (a locking read: it waits for a writer of the same key
-- that has not committed, then sees its row); @@ROWCOUNT is the twin's ROW_COUNT. Not HOLDLOCK:
-- its range lock would cover the gap where new keys go, and new keys are neighbours
-- ('BOOKING_CONFIRMED:SMS:1235:booked', '...:1236:...'), so concurrent bookings would queue
-- behind each other until commit, which PostgreSQL's DO NOTHING does not do. Two writers of one
-- key never run at once: the callers hold the appointment's row (cancel, check-in), the
-- session's (substitute, suspend) or an application lock (create_reminders), or the key names a
-- row they have just created (booking, blacklist entry). The unique constraint stays the
-- backstop.
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

-- R19: an event about an examination carries the exam's name, time, room and preparation (空腹,
-- 憋尿, …) with whatever the event adds: the confirmation and the day-before reminder tell the
-- patient how to prepare. Other appointments' payloads are returned unchanged.
CREATE OR ALTER FUNCTION dbo.exam_notification_payload (@p_appointment_id int, @p_payload nvarchar(max))
RETURNS nvarchar(max)
AS
BEGIN
  DECLARE @v_found bit = 0, @v_out nvarchar(max), @v_name nvarchar(100), @v_preparation nvarchar(1000),
          @v_code varchar(16), @v_visit_no smallint, @v_starts datetimeoffset(3), @v_room nvarchar(400);
  SELECT @v_found = 1, @v_name = et.name, @v_preparation = et.preparation, @v_code = a.code,
         @v_visit_no = a.visit_no, @v_starts = sl.starts_at, @v_room = CONCAT_WS(N' ', r.location, r.name)
    FROM dbo.appointment a
    JOIN dbo.exam_order o ON o.id = a.exam_order_id
    JOIN dbo.exam_type et ON et.id = o.exam_type_id
    JOIN dbo.slot sl ON sl.id = a.slot_id
    JOIN dbo.clinic_session s ON s.id = a.session_id
    JOIN dbo.room r ON r.id = s.room_id
   WHERE a.id = @p_appointment_id;
  IF @v_found = 0
    RETURN @p_payload;
  SET @v_out = COALESCE(NULLIF(@p_payload, N''), N'{}');
  SET @v_out = JSON_MODIFY(@v_out, '$.exam', @v_name);
  SET @v_out = JSON_MODIFY(@v_out, '$.preparation', @v_preparation);
  SET @v_out = JSON_MODIFY(@v_out, '$.examCode', @v_code);
  SET @v_out = JSON_MODIFY(@v_out, '$.examVisitNo', @v_visit_no);
  SET @v_out = JSON_MODIFY(@v_out, '$.examStartsAt',
                           CONCAT(LEFT(CONVERT(nvarchar(30), CAST(SWITCHOFFSET(@v_starts, '+00:00') AS datetime2(3)), 126), 19),
                                  N'Z'));
  SET @v_out = JSON_MODIFY(@v_out, '$.examRoom', @v_room);
  RETURN @v_out;
END
GO

-- Queues one event about an appointment: an SMS to the booking's mobile (the patient's stored one
-- for a booking made without), and a message through the channel they booked with — WeChat
-- template message or app push (to the user the partner named at booking), or the partner's
-- callback for the web and third-party platforms when the partner has a callback URL. Internal
-- channels get the SMS only.
-- The dedupe key makes writing the same event twice harmless.
CREATE OR ALTER PROCEDURE dbo.enqueue_appointment_notification
  @p_appointment_id int, @p_kind varchar(4000), @p_event varchar(4000), @p_payload nvarchar(max),
  @p_now datetimeoffset(3), @p_count int = NULL OUTPUT
AS
BEGIN
  SET NOCOUNT ON;
  DECLARE @v_patient_id int, @v_channel varchar(16), @v_partner varchar(64), @v_mobile varchar(200),
          @v_mobile_masked varchar(20), @v_delivery varchar(20), @v_notify_to varchar(128), @v_callback bit,
          @v_count int = 0;
  -- Wider than the column: a key too long fails on insert, as in the twin, instead of being cut.
  DECLARE @v_key varchar(4000);

  DECLARE @v_exam_order_id int;
  SELECT @v_patient_id = a.patient_id, @v_channel = a.channel, @v_partner = a.partner_id,
         @v_notify_to = a.notify_to, @v_callback = a.partner_callback,
         @v_mobile = CASE WHEN a.mobile_cipher IS NOT NULL THEN a.mobile_cipher ELSE p.mobile_cipher END,
         @v_mobile_masked = CASE WHEN a.mobile_cipher IS NOT NULL THEN a.mobile_masked ELSE p.mobile_masked END,
         @v_exam_order_id = a.exam_order_id
    FROM dbo.appointment a JOIN dbo.patient p ON p.id = a.patient_id
   WHERE a.id = @p_appointment_id;
  -- Only an examination's messages carry its preparation and room (decision 031).
  IF @v_exam_order_id IS NOT NULL
    SET @p_payload = dbo.exam_notification_payload(@p_appointment_id, @p_payload);

  IF @v_mobile IS NOT NULL
  BEGIN
    SET @v_key = CONCAT(@p_kind, ':SMS:', @p_appointment_id, ':', @p_event);
    INSERT INTO dbo.notification (kind, channel, appointment_id, patient_id, partner_id, recipient_cipher,
                                  recipient_masked, payload, next_attempt_at, dedupe_key, created_at, updated_at)
    SELECT @p_kind, 'SMS', @p_appointment_id, @v_patient_id, @v_partner, @v_mobile, @v_mobile_masked, @p_payload,
           @p_now, @v_key, @p_now, @p_now
     WHERE NOT EXISTS (SELECT 1 FROM dbo.notification x WITH (UPDLOCK) WHERE x.dedupe_key = @v_key);
    SET @v_count = @v_count + @@ROWCOUNT;
  END

  -- Channel values are stored exactly (is_known_channel is case-sensitive; walk-ins are 'ON_SITE').
  SET @v_delivery = CASE @v_channel WHEN 'WECHAT' THEN 'WECHAT' WHEN 'APP' THEN 'APP_PUSH'
                                    WHEN 'WEB' THEN 'PARTNER_CALLBACK' WHEN 'THIRD_PARTY' THEN 'PARTNER_CALLBACK'
                                    WHEN 'COMMUNITY' THEN 'PARTNER_CALLBACK' END;
  -- WeChat and app messages need the partner's user reference; callbacks go to the partner.
  IF @v_delivery IS NOT NULL AND @v_partner IS NOT NULL
     AND ((@v_delivery = 'PARTNER_CALLBACK' AND @v_callback = 1)
          OR (@v_delivery <> 'PARTNER_CALLBACK' AND @v_notify_to IS NOT NULL))
  BEGIN
    SET @v_key = CONCAT(@p_kind, ':', @v_delivery, ':', @p_appointment_id, ':', @p_event);
    INSERT INTO dbo.notification (kind, channel, appointment_id, patient_id, partner_id, payload, next_attempt_at,
                                  dedupe_key, created_at, updated_at)
    SELECT @p_kind, @v_delivery, @p_appointment_id, @v_patient_id, @v_partner, @p_payload, @p_now,
           @v_key, @p_now, @p_now
     WHERE NOT EXISTS (SELECT 1 FROM dbo.notification x WITH (UPDLOCK) WHERE x.dedupe_key = @v_key);
    SET @v_count = @v_count + @@ROWCOUNT;
  END

  SET @p_count = @v_count;
END
GO

-- A message to a patient that is not about one appointment (blacklisting): SMS only.
CREATE OR ALTER PROCEDURE dbo.enqueue_patient_notification
  @p_patient_id int, @p_kind varchar(4000), @p_event varchar(4000), @p_payload nvarchar(max),
  @p_now datetimeoffset(3), @p_count int = NULL OUTPUT
AS
BEGIN
  SET NOCOUNT ON;
  DECLARE @v_key varchar(4000) = CONCAT(@p_kind, ':SMS:patient:', @p_patient_id, ':', @p_event);

  INSERT INTO dbo.notification (kind, channel, patient_id, recipient_cipher, recipient_masked, payload,
                                next_attempt_at, dedupe_key, created_at, updated_at)
  SELECT @p_kind, 'SMS', p.id, p.mobile_cipher, p.mobile_masked, @p_payload, @p_now, @v_key, @p_now, @p_now
    FROM dbo.patient p
   WHERE p.id = @p_patient_id AND p.mobile_cipher IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM dbo.notification x WITH (UPDLOCK) WHERE x.dedupe_key = @v_key);
  SET @p_count = @@ROWCOUNT;
END
GO

-- A cancelled or closed appointment must not be reminded.
CREATE OR ALTER PROCEDURE dbo.withdraw_pending_reminders
  @p_appointment_id int, @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  UPDATE dbo.notification SET status = 'WITHDRAWN', updated_at = @p_now
   WHERE appointment_id = @p_appointment_id AND kind = 'REMINDER' AND status = 'PENDING';
END
GO
