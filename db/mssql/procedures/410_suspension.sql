-- R14 停诊: a same-level substitute keeps every appointment; without one the session is
-- suspended, its patients' appointments cancelled by the hospital and every patient told.
-- Twin: db/postgres/procedures/410_suspension.sql.
-- The twin's FOR loops over appointments are WHILE loops over a table variable of their ids, in
-- id order (the ids are read once, as the twin's loop query is).
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

-- The substitute must have the scheduled doctor's title (SUBSTITUTE_LEVEL_MISMATCH) and act in
-- no other open session overlapping this one (SUBSTITUTE_UNAVAILABLE). Appointments keep their
-- numbers and times; every patient holding one is told.
-- The twin's FOR NO KEY UPDATE on the session is UPDLOCK, ROWLOCK: like it, an update lock lets
-- the shared lock of a foreign-key check naming the session through (a registration's visit, a
-- call's queue_call). The exclusive lock of the session's UPDATE would not, and the messages'
-- own foreign-key checks wait for any appointment a registration or call in flight holds: so
-- the UPDATE comes after the messages, where the twin has it before (nothing here reads what it
-- writes). Before them, a registration waiting on its visit's check would deadlock with this.
-- The event is the twin's concat(p_doctor_id, '@', to_char(p_now AT TIME ZONE 'UTC',
-- 'YYYYMMDDHH24MISSMS')): the UTC date and time, each part zero-padded, and the milliseconds.
CREATE OR ALTER PROCEDURE dbo.substitute_doctor
  @p_session_id int, @p_doctor_id int, @p_reason nvarchar(4000),
  @p_actor nvarchar(4000), @p_operator nvarchar(4000), @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  DECLARE @v_found bit = 0, @v_status varchar(12), @v_starts_at datetimeoffset(3), @v_ends_at datetimeoffset(3),
          @v_doctor_id int, @v_acting_id int, @v_title varchar(20), @v_sub_found bit = 0, @v_sub_title varchar(20);
  DECLARE @v_notified int = 0, @v_id int, @v_n int, @v_event varchar(40), @v_payload nvarchar(max),
          @v_utc datetimeoffset(3);
  DECLARE @v_lock int, @v_resource nvarchar(255), @v_msg nvarchar(2048), @v_entity_id varchar(40),
          @v_detail nvarchar(max);
  DECLARE @live TABLE (id int PRIMARY KEY);
  BEGIN TRY
    BEGIN TRANSACTION;

    -- One substitution per doctor at a time, so two sessions cannot take the same person at once.
    SET @v_resource = CONCAT(N'substitute:', @p_doctor_id);
    EXEC @v_lock = sys.sp_getapplock @Resource = @v_resource, @LockMode = N'Exclusive',
                                     @LockOwner = N'Transaction', @LockTimeout = -1;
    IF @v_lock < 0
      THROW 50001, 'CONFLICT:substitute lock not granted', 1;

    SELECT @v_found = 1, @v_status = status, @v_starts_at = starts_at, @v_ends_at = ends_at,
           @v_doctor_id = doctor_id, @v_acting_id = acting_doctor_id
      FROM dbo.clinic_session WITH (UPDLOCK, ROWLOCK) WHERE id = @p_session_id;
    IF @v_found = 0
      THROW 50001, 'SESSION_NOT_FOUND', 1;
    IF @v_status = 'SUSPENDED'
      THROW 50001, 'SESSION_SUSPENDED', 1;
    IF @v_status <> 'OPEN' OR @v_ends_at <= @p_now
      THROW 50001, 'SESSION_NOT_OPEN:session is over', 1;
    SELECT @v_title = title FROM dbo.doctor WHERE id = @v_doctor_id;
    SELECT @v_sub_found = 1, @v_sub_title = title FROM dbo.doctor WHERE id = @p_doctor_id AND active = 1;
    IF @v_sub_found = 0
      THROW 50001, 'DOCTOR_NOT_FOUND', 1;
    IF @v_sub_title <> @v_title
    BEGIN
      SET @v_msg = CONCAT(N'SUBSTITUTE_LEVEL_MISMATCH:the session needs a doctor titled ', @v_title);
      THROW 50001, @v_msg, 1;
    END
    IF @p_doctor_id = @v_acting_id
      THROW 50001, 'CONFLICT:this doctor already holds the session', 1;
    IF EXISTS (SELECT 1 FROM dbo.clinic_session o
                WHERE o.acting_doctor_id = @p_doctor_id AND o.status = 'OPEN' AND o.id <> @p_session_id
                  AND o.starts_at < @v_ends_at AND o.ends_at > @v_starts_at)
      THROW 50001, 'SUBSTITUTE_UNAVAILABLE', 1;

    INSERT INTO @live (id)
    SELECT a.id FROM dbo.appointment a
     WHERE a.session_id = @p_session_id AND a.status IN ('BOOKED', 'CHECKED_IN', 'CALLED');
    -- One message per substitution: B → C → B tells the patients twice.
    SET @v_utc = SWITCHOFFSET(@p_now, '+00:00');
    SET @v_event = CONCAT(@p_doctor_id, '@',
                          RIGHT(CONCAT('000', DATEPART(year, @v_utc)), 4),
                          RIGHT(CONCAT('0', DATEPART(month, @v_utc)), 2),
                          RIGHT(CONCAT('0', DATEPART(day, @v_utc)), 2),
                          RIGHT(CONCAT('0', DATEPART(hour, @v_utc)), 2),
                          RIGHT(CONCAT('0', DATEPART(minute, @v_utc)), 2),
                          RIGHT(CONCAT('0', DATEPART(second, @v_utc)), 2),
                          RIGHT(CONCAT('00', DATEPART(millisecond, @v_utc)), 3));
    SET @v_payload = (SELECT @p_reason AS [reason] FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES);
    SET @v_id = (SELECT MIN(id) FROM @live);
    WHILE @v_id IS NOT NULL
    BEGIN
      SET @v_n = 0;
      EXEC dbo.enqueue_appointment_notification @p_appointment_id = @v_id, @p_kind = 'SUBSTITUTED',
                                                @p_event = @v_event, @p_payload = @v_payload, @p_now = @p_now,
                                                @p_count = @v_n OUTPUT;
      SET @v_notified = @v_notified + @v_n;
      SET @v_id = (SELECT MIN(id) FROM @live WHERE id > @v_id);
    END
    UPDATE dbo.clinic_session SET acting_doctor_id = @p_doctor_id, status_reason = @p_reason, updated_at = @p_now
     WHERE id = @p_session_id;

    SET @v_entity_id = CAST(@p_session_id AS varchar(40));
    SET @v_detail = (SELECT @v_acting_id AS [from], @p_doctor_id AS [to], @p_reason AS [reason]
                     FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES);
    EXEC dbo.write_audit @p_at = @p_now, @p_actor = @p_actor, @p_operator = @p_operator,
                         @p_action = 'SUBSTITUTE', @p_entity = 'clinic_session', @p_entity_id = @v_entity_id,
                         @p_outcome = 'OK', @p_detail = @v_detail;

    SELECT @p_session_id AS session_id, @v_notified AS notified;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO

-- No substitute: the session is SUSPENDED, its live appointments CANCELLED_BY_HOSPITAL (their
-- reminders withdrawn) and every patient told by SMS and through the channel they booked with.
-- Lock order session → appointment → slot (decision 014), as every writer follows it. The
-- session is taken with XLOCK (the twin's FOR UPDATE): it waits for the bookings, walk-ins,
-- calls and registrations in flight, which hold it shared (or with an update lock) from their
-- start, and they come after it see the session suspended. Bookings and suspension thus
-- serialise on the session row, which both must touch: no BOOKED appointment can be left in a
-- SUSPENDED session. The twin's FOR UPDATE loop over the live appointments: their ids are read,
-- then each is locked through its id, in id order, WITH (UPDLOCK, ROWLOCK) and its status
-- re-read (a locking read, so even under READ_COMMITTED_SNAPSHOT it sees what a check-in in
-- flight committed); one no longer live leaves the set, as the twin's re-check under the lock
-- takes it out.
CREATE OR ALTER PROCEDURE dbo.suspend_session
  @p_session_id int, @p_reason nvarchar(4000), @p_actor nvarchar(4000), @p_operator nvarchar(4000),
  @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  DECLARE @v_found bit = 0, @v_status varchar(12), @v_ends_at datetimeoffset(3), @v_cancelled int = 0,
          @v_notified int = 0, @v_id int, @v_n int, @v_entity_id varchar(40),
          @v_detail nvarchar(max), @v_live_status varchar(24), @v_offer nvarchar(max), @v_message nvarchar(max);
  DECLARE @live TABLE (id int PRIMARY KEY);
  BEGIN TRY
    BEGIN TRANSACTION;

    SELECT @v_found = 1, @v_status = status, @v_ends_at = ends_at
      FROM dbo.clinic_session WITH (XLOCK, ROWLOCK, HOLDLOCK) WHERE id = @p_session_id;
    IF @v_found = 0
      THROW 50001, 'SESSION_NOT_FOUND', 1;
    IF @v_status = 'SUSPENDED'
      THROW 50001, 'SESSION_SUSPENDED:already suspended', 1;
    IF @v_status <> 'OPEN' OR @v_ends_at <= @p_now
      THROW 50001, 'SESSION_NOT_OPEN:session is over', 1;

    -- Locked, and their status re-read under the lock: a check-in or registration in flight
    -- finishes first, and one that voided or registered the appointment takes it out of the set.
    INSERT INTO @live (id)
    SELECT a.id FROM dbo.appointment a
     WHERE a.session_id = @p_session_id AND a.status IN ('BOOKED', 'CHECKED_IN', 'CALLED');
    SET @v_id = (SELECT MIN(id) FROM @live);
    WHILE @v_id IS NOT NULL
    BEGIN
      SET @v_live_status = NULL;
      SELECT @v_live_status = status FROM dbo.appointment WITH (UPDLOCK, ROWLOCK) WHERE id = @v_id;
      IF @v_live_status IS NULL OR @v_live_status NOT IN ('BOOKED', 'CHECKED_IN', 'CALLED')
        DELETE FROM @live WHERE id = @v_id;
      SET @v_id = (SELECT MIN(id) FROM @live WHERE id > @v_id);
    END
    UPDATE dbo.clinic_session SET status = 'SUSPENDED', status_reason = @p_reason, updated_at = @p_now
     WHERE id = @p_session_id;

    SET @v_id = (SELECT MIN(id) FROM @live);
    WHILE @v_id IS NOT NULL
    BEGIN
      UPDATE dbo.appointment
         SET status = 'CANCELLED_BY_HOSPITAL', cancelled_at = @p_now, cancel_reason = @p_reason, updated_at = @p_now
       WHERE id = @v_id;
      UPDATE dbo.slot SET appointment_id = NULL WHERE session_id = @p_session_id AND appointment_id = @v_id;
      EXEC dbo.withdraw_pending_reminders @p_appointment_id = @v_id, @p_now = @p_now;
      -- R14 priority rebooking (decision 029): a held offer on the doctor's next session (or a
      -- same-title colleague's), told in the same one message.
      SET @v_offer = NULL;
      EXEC dbo.rebook_after_suspension @p_appointment_id = @v_id, @p_now = @p_now, @p_payload = @v_offer OUTPUT;
      SET @v_message = JSON_MODIFY(COALESCE(@v_offer, N'{}'), '$.reason', @p_reason);
      SET @v_n = 0;
      EXEC dbo.enqueue_appointment_notification @p_appointment_id = @v_id, @p_kind = 'SUSPENDED',
                                                @p_event = 'suspended', @p_payload = @v_message, @p_now = @p_now,
                                                @p_count = @v_n OUTPUT;
      SET @v_notified = @v_notified + @v_n;
      SET @v_cancelled = @v_cancelled + 1;
      SET @v_id = (SELECT MIN(id) FROM @live WHERE id > @v_id);
    END

    -- Nobody waits for a suspended session any more.
    UPDATE dbo.waitlist_entry SET status = 'CLOSED', ended_at = @p_now, updated_at = @p_now
     WHERE session_id = @p_session_id AND status = 'WAITING';

    SET @v_entity_id = CAST(@p_session_id AS varchar(40));
    SET @v_detail = (SELECT @p_reason AS [reason], @v_cancelled AS [cancelled]
                     FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES);
    EXEC dbo.write_audit @p_at = @p_now, @p_actor = @p_actor, @p_operator = @p_operator,
                         @p_action = 'SUSPEND', @p_entity = 'clinic_session', @p_entity_id = @v_entity_id,
                         @p_outcome = 'OK', @p_detail = @v_detail;

    SELECT @p_session_id AS session_id, @v_cancelled AS cancelled, @v_notified AS notified;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO

-- The phone centre's call list for a suspended session: who to ring, at the mobile each booking
-- was made with (else the patient's), in its encrypted form (booking-core decrypts it for the CALL_CENTRE role). Every row read is audited.
CREATE OR ALTER PROCEDURE dbo.read_call_list
  @p_session_id int, @p_actor nvarchar(4000), @p_operator nvarchar(4000), @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  BEGIN TRY
    BEGIN TRANSACTION;

    IF NOT EXISTS (SELECT 1 FROM dbo.clinic_session WHERE id = @p_session_id)
      THROW 50001, 'SESSION_NOT_FOUND', 1;
    INSERT INTO dbo.audit_log ([at], actor, operator, action, entity, entity_id, outcome, detail)
    SELECT @p_now, @p_actor, @p_operator, 'READ_MOBILE', 'patient', CAST(a.patient_id AS varchar(40)), 'OK',
           (SELECT @p_session_id AS [session], a.id AS [appointment]
            FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES)
      FROM dbo.appointment a
     WHERE a.session_id = @p_session_id AND a.status = 'CANCELLED_BY_HOSPITAL';

    SELECT a.id AS appointment_id, a.visit_no, a.status, a.channel, p.name AS patient_name,
           CASE WHEN a.mobile_cipher IS NOT NULL THEN a.mobile_cipher ELSE p.mobile_cipher END AS mobile_cipher,
           CASE WHEN a.mobile_cipher IS NOT NULL THEN a.mobile_masked ELSE p.mobile_masked END AS mobile_masked,
           sl.starts_at
      FROM dbo.appointment a JOIN dbo.patient p ON p.id = a.patient_id JOIN dbo.slot sl ON sl.id = a.slot_id
     WHERE a.session_id = @p_session_id AND a.status = 'CANCELLED_BY_HOSPITAL'
     ORDER BY a.visit_no;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO
