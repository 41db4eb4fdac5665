-- R8: the outbox's life — reminders, claims with leases, acknowledgements, replays.
-- Twin: db/postgres/procedures/400_notifications.sql.
-- `RETURNS SETOF notification`: the result columns are exactly the notification table's.
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

-- R8: one reminder for every live appointment of p_date (the day after the job runs). Running it
-- twice creates nothing more (dedupe keys); cancelled appointments get none.
-- The twin's FOR loop is a WHILE over the appointments' ids, in id order. Every core runs the
-- daily job, so runs can overlap: in PostgreSQL the second waits on each key the first inserted
-- and then skips it; here the second waits for the first on an application lock (which lets
-- the outbox writer do without range locks) and then finds every key taken.
-- The twin's FOR UPDATE OF a: every appointment read is then locked through its id, in id
-- order, WITH (UPDLOCK, ROWLOCK) (a locking read, so even under READ_COMMITTED_SNAPSHOT it waits
-- for a cancellation in flight and sees what it committed), and one no longer BOOKED leaves the
-- set, as the twin's re-check under the lock takes it out. Locked one by one through the primary
-- key, as every other writer of an appointment locks it, and all before the first reminder is
-- queued: one locking read through the (session_id, status) index would take the index key
-- before the row, and deadlock with a cancellation that holds the row and waits for the key.
CREATE OR ALTER PROCEDURE dbo.create_reminders
  @p_date date, @p_actor nvarchar(4000), @p_operator nvarchar(4000), @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  DECLARE @v_created int = 0, @v_id int, @v_n int, @v_event varchar(8), @v_lock int, @v_detail nvarchar(max),
          @v_status varchar(24);
  DECLARE @due TABLE (id int PRIMARY KEY);
  BEGIN TRY
    BEGIN TRANSACTION;

    EXEC @v_lock = sys.sp_getapplock @Resource = N'create_reminders', @LockMode = N'Exclusive',
                                     @LockOwner = N'Transaction', @LockTimeout = -1;
    IF @v_lock < 0
      THROW 50001, 'CONFLICT:create_reminders lock not granted', 1;

    INSERT INTO @due (id)
    SELECT a.id FROM dbo.appointment a JOIN dbo.clinic_session s ON s.id = a.session_id
     WHERE s.session_date = @p_date AND s.status = 'OPEN' AND a.status = 'BOOKED';
    -- Locked: a cancellation in flight finishes first and takes its appointment out of the set.
    SET @v_id = (SELECT MIN(id) FROM @due);
    WHILE @v_id IS NOT NULL
    BEGIN
      SET @v_status = NULL;
      SELECT @v_status = status FROM dbo.appointment WITH (UPDLOCK, ROWLOCK) WHERE id = @v_id;
      IF @v_status IS NULL OR @v_status <> 'BOOKED'
        DELETE FROM @due WHERE id = @v_id;
      SET @v_id = (SELECT MIN(id) FROM @due WHERE id > @v_id);
    END

    SET @v_event = CONVERT(char(8), @p_date, 112);   -- to_char(p_date, 'YYYYMMDD')
    SET @v_id = (SELECT MIN(id) FROM @due);
    WHILE @v_id IS NOT NULL
    BEGIN
      SET @v_n = 0;
      EXEC dbo.enqueue_appointment_notification @p_appointment_id = @v_id, @p_kind = 'REMINDER', @p_event = @v_event,
                                                @p_payload = N'{}', @p_now = @p_now, @p_count = @v_n OUTPUT;
      SET @v_created = @v_created + @v_n;
      SET @v_id = (SELECT MIN(id) FROM @due WHERE id > @v_id);
    END

    IF @v_created > 0
    BEGIN
      SET @v_detail = (SELECT @p_date AS [date], @v_created AS [created]
                       FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES);
      EXEC dbo.write_audit @p_at = @p_now, @p_actor = @p_actor, @p_operator = @p_operator,
                           @p_action = 'CREATE_REMINDERS', @p_entity = 'notification', @p_entity_id = NULL,
                           @p_outcome = 'OK', @p_detail = @v_detail;
    END

    SELECT @v_created AS created;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO

-- A dispatcher claims up to p_limit due notifications for p_lease_seconds: pending ones whose
-- time has come, and ones whose previous claimant's lease ran out (it died while sending; the
-- message may therefore go out twice — at most once more per expired lease). UPDLOCK, READPAST,
-- ROWLOCK (the twin's SKIP LOCKED) lets several dispatchers claim at once without taking the
-- same row.
-- The twin's UPDATE ... WHERE id IN (SELECT ... ORDER BY ... LIMIT n FOR UPDATE SKIP LOCKED)
-- RETURNING n.* is an UPDATE through a TOP (n) ... ORDER BY common table expression, with
-- OUTPUT inserted.* into a table variable that has the notification table's columns in its
-- order; the one result set is read from it, in claim order. LIMIT NULL means no limit in
-- PostgreSQL: so does a NULL p_limit here.
CREATE OR ALTER PROCEDURE dbo.claim_notifications
  @p_owner nvarchar(4000), @p_limit int, @p_lease_seconds int, @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  -- READPAST below needs READ COMMITTED (Msg 650 otherwise): whatever the caller's level.
  SET TRANSACTION ISOLATION LEVEL READ COMMITTED;
  DECLARE @v_max_attempts int;
  DECLARE @claimed TABLE (
    id                bigint            NOT NULL PRIMARY KEY,
    kind              varchar(24)       NOT NULL,
    channel           varchar(20)       NOT NULL,
    appointment_id    int,
    patient_id        int               NOT NULL,
    partner_id        varchar(64),
    recipient_cipher  varchar(200),
    recipient_masked  varchar(40),
    payload           nvarchar(2000)    NOT NULL,
    status            varchar(12)       NOT NULL,
    attempts          smallint          NOT NULL,
    next_attempt_at   datetimeoffset(3) NOT NULL,
    lease_owner       nvarchar(64) COLLATE Latin1_General_100_BIN2,
    lease_until       datetimeoffset(3),
    last_error        nvarchar(500),
    dedupe_key        varchar(120) COLLATE Latin1_General_100_BIN2 NOT NULL,
    created_at        datetimeoffset(3) NOT NULL,
    updated_at        datetimeoffset(3) NOT NULL,
    sent_at           datetimeoffset(3),
    notify_to         varchar(128)      -- migration 060: an offer's WeChat / app user (decision 029)
  );
  BEGIN TRY
    BEGIN TRANSACTION;

    -- A claimant that died during the last allowed attempt: no further attempt, the message is DEAD.
    SET @v_max_attempts = dbo.setting_int('notification_max_attempts');
    UPDATE dbo.notification
       SET status = 'DEAD', lease_owner = NULL, lease_until = NULL, updated_at = @p_now,
           last_error = COALESCE(last_error, N'lease expired during the last attempt')
     WHERE status = 'SENDING' AND lease_until < @p_now AND attempts >= @v_max_attempts;

    WITH c AS (
      SELECT TOP (COALESCE(@p_limit, 2147483647)) n.*
        FROM dbo.notification n WITH (UPDLOCK, READPAST, ROWLOCK)
       WHERE n.status IN ('PENDING', 'SENDING')   -- implied by the next two lines; matches notification_due
         AND ((n.status = 'PENDING' AND n.next_attempt_at <= @p_now)
              OR (n.status = 'SENDING' AND n.lease_until < @p_now))
       ORDER BY n.next_attempt_at, n.id
    )
    UPDATE c
       SET status = 'SENDING', lease_owner = @p_owner, lease_until = DATEADD(second, @p_lease_seconds, @p_now),
           attempts = attempts + 1, updated_at = @p_now
    OUTPUT inserted.* INTO @claimed;

    SELECT * FROM @claimed ORDER BY next_attempt_at, id;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO

-- The dispatcher reports one delivery. Only the current claimant's report counts (the owner is
-- matched exactly). A failure is retried p_retry_after_ms after the core's now (the dispatcher's
-- backoff with jitter: a duration, never an instant from another clock) until
-- notification_max_attempts, then the notification is DEAD.
CREATE OR ALTER PROCEDURE dbo.ack_notification
  @p_id bigint, @p_owner nvarchar(4000), @p_sent bit, @p_error nvarchar(4000),
  @p_retry_after_ms int, @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  DECLARE @v_found bit = 0, @v_status varchar(12), @v_owner nvarchar(64), @v_attempts int;
  BEGIN TRY
    BEGIN TRANSACTION;

    SELECT @v_found = 1, @v_status = status, @v_owner = lease_owner, @v_attempts = attempts
      FROM dbo.notification WITH (UPDLOCK, ROWLOCK) WHERE id = @p_id;
    IF @v_found = 0
      THROW 50001, 'NOTIFICATION_NOT_FOUND', 1;
    IF @v_status = 'SENDING' AND @v_owner = @p_owner COLLATE Latin1_General_100_BIN2
    BEGIN
      IF @p_sent = 1
      BEGIN
        UPDATE dbo.notification
           SET status = 'SENT', sent_at = @p_now, lease_owner = NULL, lease_until = NULL,
               last_error = @p_error, updated_at = @p_now
         WHERE id = @p_id;
      END
      ELSE IF @v_attempts >= dbo.setting_int('notification_max_attempts')
      BEGIN
        UPDATE dbo.notification
           SET status = 'DEAD', lease_owner = NULL, lease_until = NULL, last_error = @p_error,
               updated_at = @p_now
         WHERE id = @p_id;
      END
      ELSE
      BEGIN
        UPDATE dbo.notification
           SET status = 'PENDING', lease_owner = NULL, lease_until = NULL, last_error = @p_error,
               next_attempt_at = DATEADD(millisecond,
                                         CASE WHEN @p_retry_after_ms > 0 THEN @p_retry_after_ms ELSE 0 END, @p_now),
               updated_at = @p_now
         WHERE id = @p_id;
      END
    END

    SELECT * FROM dbo.notification WHERE id = @p_id;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO

-- ADMIN replays a DEAD notification: it is delivered again from its first attempt.
CREATE OR ALTER PROCEDURE dbo.replay_notification
  @p_id bigint, @p_actor nvarchar(4000), @p_operator nvarchar(4000), @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  DECLARE @v_found bit = 0, @v_status varchar(12), @v_msg nvarchar(2048), @v_entity_id varchar(40);
  BEGIN TRY
    BEGIN TRANSACTION;

    SELECT @v_found = 1, @v_status = status FROM dbo.notification WITH (UPDLOCK, ROWLOCK) WHERE id = @p_id;
    IF @v_found = 0
      THROW 50001, 'NOTIFICATION_NOT_FOUND', 1;
    IF @v_status <> 'DEAD'
    BEGIN
      SET @v_msg = CONCAT(N'CONFLICT:only a DEAD notification can be replayed (status is ', @v_status, N')');
      THROW 50001, @v_msg, 1;
    END
    UPDATE dbo.notification
       SET status = 'PENDING', attempts = 0, next_attempt_at = @p_now, last_error = NULL, updated_at = @p_now
     WHERE id = @p_id;

    SET @v_entity_id = CAST(@p_id AS varchar(40));
    EXEC dbo.write_audit @p_at = @p_now, @p_actor = @p_actor, @p_operator = @p_operator,
                         @p_action = 'REPLAY_NOTIFICATION', @p_entity = 'notification', @p_entity_id = @v_entity_id,
                         @p_outcome = 'OK', @p_detail = NULL;

    SELECT * FROM dbo.notification WHERE id = @p_id;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO
