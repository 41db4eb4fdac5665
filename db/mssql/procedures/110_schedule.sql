-- R1–R4: roster templates and the sessions and numbers generated from them.
-- Twin: db/postgres/procedures/110_schedule.sql.
-- Local date + time -> instant: CAST('YYYY-MM-DD hh:mm:ss.fffffff' AS datetime2) AT TIME ZONE
-- <Windows zone>, the zone translated from the IANA p_tz through time_zone_map.
-- ISO weekday without @@DATEFIRST: 1900-01-01 was a Monday.
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE dbo.save_schedule_template
  @p_id int, @p_doctor_id int, @p_weekday int, @p_period varchar(4000), @p_room_id int,
  @p_first_start varchar(4000), @p_minutes_per_number int, @p_number_count int, @p_reserve_count int,
  @p_fee_cents int, @p_effective_from date, @p_effective_to date, @p_active bit,
  @p_actor nvarchar(4000), @p_operator nvarchar(4000), @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  DECLARE @v_id int = @p_id;
  DECLARE @v_first_start time = TRY_CAST(@p_first_start AS time);
  DECLARE @v_span_bad bit;
  DECLARE @v_found bit = 0, @v_lock int, @v_entity_id varchar(40), @v_detail nvarchar(max);
  DECLARE @o_doctor_id int, @o_weekday smallint, @o_period varchar(8), @o_room_id int, @o_first_start time,
          @o_minutes smallint, @o_number smallint, @o_reserve smallint, @o_fee int, @o_from date, @o_to date,
          @o_active bit, @o_revision int;
  BEGIN TRY
    BEGIN TRANSACTION;

    -- PostgreSQL casts p_first_start first and fails with 22007 (mapped to VALIDATION_FAILED).
    IF @p_first_start IS NOT NULL AND @v_first_start IS NULL
      THROW 50001, 'VALIDATION_FAILED:template', 1;
    IF NOT EXISTS (SELECT 1 FROM dbo.doctor WHERE id = @p_doctor_id AND active = 1)
      THROW 50001, 'DOCTOR_NOT_FOUND', 1;
    IF NOT EXISTS (SELECT 1 FROM dbo.room WHERE id = @p_room_id AND active = 1)
      THROW 50001, 'ROOM_NOT_FOUND', 1;

    -- The last number must end by midnight: a session never runs into the next day.
    -- Computed only when the factors are in range (the checks below refuse the others).
    IF @p_minutes_per_number BETWEEN 1 AND 30 AND @p_number_count BETWEEN 1 AND 500
      SET @v_span_bad = CASE WHEN DATEPART(hour, @v_first_start) * 60 + DATEPART(minute, @v_first_start)
                                  + @p_minutes_per_number * @p_number_count > 1440 THEN 1 ELSE 0 END;
    IF @p_minutes_per_number NOT BETWEEN 1 AND 30 OR @p_number_count NOT BETWEEN 1 AND 500
       OR @p_reserve_count NOT BETWEEN 0 AND @p_number_count OR @p_weekday NOT BETWEEN 1 AND 7
       OR (@p_effective_to IS NOT NULL AND @p_effective_to < @p_effective_from)
       OR @v_span_bad = 1
      THROW 50001, 'VALIDATION_FAILED:template', 1;

    -- Serialise template edits so that the overlap checks below see each other.
    EXEC @v_lock = sys.sp_getapplock @Resource = N'schedule_template', @LockMode = N'Exclusive',
                                     @LockOwner = N'Transaction', @LockTimeout = -1;
    IF @v_lock < 0
      THROW 50001, 'CONFLICT:schedule_template lock not granted', 1;

    IF @p_active = 1
    BEGIN
      IF EXISTS (SELECT 1 FROM dbo.schedule_template t
                  WHERE t.active = 1 AND (@p_id IS NULL OR t.id <> @p_id)
                    AND t.doctor_id = @p_doctor_id AND t.weekday = @p_weekday
                    AND t.period = @p_period COLLATE Latin1_General_100_BIN2
                    AND t.effective_from <= COALESCE(@p_effective_to, CAST('9999-12-31' AS date))
                    AND COALESCE(t.effective_to, CAST('9999-12-31' AS date)) >= @p_effective_from)
        THROW 50001, 'TEMPLATE_OVERLAP', 1;
      IF EXISTS (SELECT 1 FROM dbo.schedule_template t
                  WHERE t.active = 1 AND (@p_id IS NULL OR t.id <> @p_id)
                    AND t.room_id = @p_room_id AND t.weekday = @p_weekday
                    AND t.period = @p_period COLLATE Latin1_General_100_BIN2
                    AND t.effective_from <= COALESCE(@p_effective_to, CAST('9999-12-31' AS date))
                    AND COALESCE(t.effective_to, CAST('9999-12-31' AS date)) >= @p_effective_from)
        THROW 50001, 'ROOM_CONFLICT', 1;
    END

    IF @p_id IS NULL
    BEGIN
      -- The CHECKs PostgreSQL would report as 23514 (mapped to VALIDATION_FAILED; SQL Server's 547 is not).
      IF @p_period COLLATE Latin1_General_100_BIN2 NOT IN ('AM', 'PM', 'EVENING') OR @p_fee_cents < 0
        THROW 50001, 'VALIDATION_FAILED:template', 1;
      INSERT INTO dbo.schedule_template (doctor_id, weekday, period, room_id, first_start, minutes_per_number,
                                         number_count, reserve_count, fee_cents, effective_from, effective_to,
                                         active, revision, created_at, updated_at)
      VALUES (@p_doctor_id, @p_weekday, @p_period, @p_room_id, @v_first_start, @p_minutes_per_number,
              @p_number_count, @p_reserve_count, @p_fee_cents, @p_effective_from, @p_effective_to,
              @p_active, 1, @p_now, @p_now);
      SET @v_id = CAST(SCOPE_IDENTITY() AS int);
      SET @v_entity_id = CAST(@v_id AS varchar(40));
      SET @v_detail = (SELECT @p_doctor_id AS [doctor], @p_weekday AS [weekday], @p_period AS [period],
                              @p_number_count AS [numbers], @p_reserve_count AS [reserve]
                       FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES);
      EXEC dbo.write_audit @p_at = @p_now, @p_actor = @p_actor, @p_operator = @p_operator,
                           @p_action = 'CREATE_TEMPLATE', @p_entity = 'schedule_template',
                           @p_entity_id = @v_entity_id, @p_outcome = 'OK', @p_detail = @v_detail;
    END
    ELSE
    BEGIN
      SELECT @v_found = 1, @o_doctor_id = doctor_id, @o_weekday = weekday, @o_period = period,
             @o_room_id = room_id, @o_first_start = first_start, @o_minutes = minutes_per_number,
             @o_number = number_count, @o_reserve = reserve_count, @o_fee = fee_cents,
             @o_from = effective_from, @o_to = effective_to, @o_active = active, @o_revision = revision
        FROM dbo.schedule_template WITH (UPDLOCK, ROWLOCK)
       WHERE id = @p_id;
      IF @v_found = 0
        THROW 50001, 'TEMPLATE_NOT_FOUND', 1;
      -- (doctor, weekday, period) identifies a template: change it by ending this one.
      IF @o_doctor_id <> @p_doctor_id OR @o_weekday <> @p_weekday
         OR @o_period <> @p_period COLLATE Latin1_General_100_BIN2
        THROW 50001, 'TEMPLATE_KEY_CHANGED', 1;
      -- Row IS DISTINCT FROM: EXCEPT treats NULLs as equal.
      IF EXISTS (SELECT @o_room_id, @o_first_start, @o_minutes, @o_number, @o_reserve, @o_fee, @o_from, @o_to,
                        @o_active
                 EXCEPT
                 SELECT @p_room_id, @v_first_start, @p_minutes_per_number, @p_number_count, @p_reserve_count,
                        @p_fee_cents, @p_effective_from, @p_effective_to, @p_active)
      BEGIN
        IF @p_fee_cents < 0
          THROW 50001, 'VALIDATION_FAILED:template', 1;
        UPDATE dbo.schedule_template
           SET room_id = @p_room_id, first_start = @v_first_start, minutes_per_number = @p_minutes_per_number,
               number_count = @p_number_count, reserve_count = @p_reserve_count, fee_cents = @p_fee_cents,
               effective_from = @p_effective_from, effective_to = @p_effective_to, active = @p_active,
               revision = revision + 1, updated_at = @p_now
         WHERE id = @p_id;
        SET @v_entity_id = CAST(@p_id AS varchar(40));
        SET @v_detail = (SELECT @o_revision + 1 AS [revision], @p_number_count AS [numbers],
                                @p_reserve_count AS [reserve], @p_active AS [active]
                         FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES);
        EXEC dbo.write_audit @p_at = @p_now, @p_actor = @p_actor, @p_operator = @p_operator,
                             @p_action = 'UPDATE_TEMPLATE', @p_entity = 'schedule_template',
                             @p_entity_id = @v_entity_id, @p_outcome = 'OK', @p_detail = @v_detail;
      END
    END

    SELECT * FROM dbo.schedule_template_view WHERE id = @v_id;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO

-- Generates the sessions and numbers of [p_from, p_to] (hospital-local dates) from the active
-- templates. Idempotent: a second run changes nothing. A template whose revision changed is
-- applied to its sessions that have not started: free numbers take the new times and reserve
-- marks, numbers the template no longer has are withdrawn if free, missing ones are added.
-- Booked numbers are never moved, renumbered, withdrawn or deleted.
CREATE OR ALTER PROCEDURE dbo.generate_sessions
  @p_from date, @p_to date, @p_tz nvarchar(64),
  @p_actor nvarchar(4000), @p_operator nvarchar(4000), @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  DECLARE @v_created_sessions int = 0, @v_created_slots int = 0, @v_updated_sessions int = 0,
          @v_withdrawn_slots int = 0, @v_closed_sessions int = 0, @v_attention int = 0, @v_n int;
  DECLARE @v_win nvarchar(64), @v_lock int, @v_detail nvarchar(max);
  -- The twin's temporary table tmp_reconcile.
  DECLARE @reconcile TABLE (session_id int PRIMARY KEY, template_id int);
  DECLARE @uncovered TABLE (session_id int PRIMARY KEY);
  BEGIN TRY
    BEGIN TRANSACTION;

    IF @p_to < @p_from OR DATEDIFF(day, @p_from, @p_to) > 366
      THROW 50001, 'VALIDATION_FAILED:date range', 1;
    SELECT @v_win = windows FROM dbo.time_zone_map WHERE iana = @p_tz;
    IF @v_win IS NULL
      THROW 50001, 'VALIDATION_FAILED:unknown time zone', 1;

    EXEC @v_lock = sys.sp_getapplock @Resource = N'generate_sessions', @LockMode = N'Exclusive',
                                     @LockOwner = N'Transaction', @LockTimeout = -1;
    IF @v_lock < 0
      THROW 50001, 'CONFLICT:generate_sessions lock not granted', 1;

    -- 1. Sessions that do not exist yet: a doctor's or an examination resource's (R19). (ON
    --    CONFLICT DO NOTHING: a guarded insert; the ROW_NUMBER keeps one candidate per (doctor or
    --    resource, day, period), as DO NOTHING would.)
    INSERT INTO dbo.clinic_session (template_id, template_revision, department_id, doctor_id, acting_doctor_id,
                                    exam_resource_id, room_id, session_date, period, starts_at, ends_at, release_at,
                                    fee_cents, status, created_at, updated_at)
    SELECT g.template_id, g.revision, g.department_id, g.doctor_id, g.doctor_id, g.exam_resource_id, g.room_id,
           g.on_day, g.period, g.local_start, DATEADD(minute, g.span_minutes, g.local_start),
           dbo.session_release_at(g.on_day, @p_tz), g.fee_cents, 'OPEN', @p_now, @p_now
      FROM (SELECT t.id AS template_id, t.revision, COALESCE(d.department_id, er.department_id) AS department_id,
                   t.doctor_id, t.exam_resource_id, t.room_id, c.on_day, t.period,
                   CAST(CONVERT(char(10), c.on_day, 23) + ' ' + CAST(t.first_start AS varchar(16)) AS datetime2)
                     AT TIME ZONE @v_win AS local_start,
                   t.minutes_per_number * t.number_count AS span_minutes, t.fee_cents,
                   ROW_NUMBER() OVER (PARTITION BY t.doctor_id, t.exam_resource_id, c.on_day, t.period
                                      ORDER BY t.id) AS rn
              FROM (SELECT DATEADD(day, n - 1, @p_from) AS on_day
                      FROM dbo.number_series
                     WHERE n <= DATEDIFF(day, @p_from, @p_to) + 1) c
              JOIN dbo.schedule_template t
                ON t.active = 1
               AND t.weekday = ((DATEDIFF(day, CAST('19000101' AS date), c.on_day) % 7) + 7) % 7 + 1
               AND c.on_day >= t.effective_from AND (t.effective_to IS NULL OR c.on_day <= t.effective_to)
              LEFT JOIN dbo.doctor d ON d.id = t.doctor_id AND d.active = 1
              LEFT JOIN dbo.exam_resource er ON er.id = t.exam_resource_id AND er.active = 1
             WHERE d.id IS NOT NULL OR er.id IS NOT NULL) g
     WHERE g.rn = 1
       AND NOT EXISTS (SELECT 1 FROM dbo.clinic_session x WITH (UPDLOCK, HOLDLOCK)
                        WHERE (x.doctor_id = g.doctor_id OR x.exam_resource_id = g.exam_resource_id)
                          AND x.session_date = g.on_day AND x.period = g.period);
    SET @v_created_sessions = @@ROWCOUNT;

    -- 2. Sessions of a changed template that have not started: move free numbers, withdraw
    --    surplus free ones, add missing ones.
    INSERT INTO @reconcile (session_id, template_id)
    SELECT s.id, t.id
      FROM dbo.clinic_session s
      JOIN dbo.schedule_template t ON t.id = s.template_id
     WHERE s.template_revision <> t.revision AND s.status = 'OPEN' AND s.starts_at > @p_now
       AND s.session_date BETWEEN @p_from AND @p_to
       AND t.active = 1 AND s.session_date >= t.effective_from
       AND (t.effective_to IS NULL OR s.session_date <= t.effective_to);

    UPDATE x
       SET starts_at = DATEADD(minute, t.minutes_per_number * (x.seq_no - 1),
                               CAST(CONVERT(char(10), s.session_date, 23) + ' ' + CAST(t.first_start AS varchar(16))
                                    AS datetime2) AT TIME ZONE @v_win),
           ends_at = DATEADD(minute, t.minutes_per_number * x.seq_no,
                             CAST(CONVERT(char(10), s.session_date, 23) + ' ' + CAST(t.first_start AS varchar(16))
                                  AS datetime2) AT TIME ZONE @v_win),
           reserve = CASE WHEN (CAST(x.seq_no AS int) * t.reserve_count) / t.number_count
                               > ((CAST(x.seq_no AS int) - 1) * t.reserve_count) / t.number_count
                          THEN 'ON_SITE' END,
           withdrawn = 0
      FROM dbo.slot x
      JOIN @reconcile r ON r.session_id = x.session_id
      JOIN dbo.clinic_session s ON s.id = r.session_id
      JOIN dbo.schedule_template t ON t.id = r.template_id
     WHERE x.appointment_id IS NULL AND x.seq_no <= t.number_count;

    UPDATE x
       SET withdrawn = 1
      FROM dbo.slot x
      JOIN @reconcile r ON r.session_id = x.session_id
      JOIN dbo.schedule_template t ON t.id = r.template_id
     WHERE x.appointment_id IS NULL AND x.seq_no > t.number_count AND x.withdrawn = 0;
    SET @v_withdrawn_slots = @@ROWCOUNT;

    UPDATE s
       SET template_revision = t.revision, room_id = t.room_id, fee_cents = t.fee_cents, updated_at = @p_now
      FROM dbo.clinic_session s
      JOIN @reconcile r ON r.session_id = s.id
      JOIN dbo.schedule_template t ON t.id = r.template_id;
    SET @v_updated_sessions = @@ROWCOUNT;

    -- 3. Numbers of new and reconciled sessions that do not exist yet (R3 windows, R4 reserve
    --    spread evenly through the session).
    INSERT INTO dbo.slot (session_id, seq_no, starts_at, ends_at, reserve, withdrawn)
    SELECT s.id, n.n,
           DATEADD(minute, t.minutes_per_number * (n.n - 1),
                   CAST(CONVERT(char(10), s.session_date, 23) + ' ' + CAST(t.first_start AS varchar(16)) AS datetime2)
                     AT TIME ZONE @v_win),
           DATEADD(minute, t.minutes_per_number * n.n,
                   CAST(CONVERT(char(10), s.session_date, 23) + ' ' + CAST(t.first_start AS varchar(16)) AS datetime2)
                     AT TIME ZONE @v_win),
           CASE WHEN (n.n * t.reserve_count) / t.number_count > ((n.n - 1) * t.reserve_count) / t.number_count
                THEN 'ON_SITE' END,
           0
      FROM dbo.clinic_session s
      JOIN dbo.schedule_template t ON t.id = s.template_id
      JOIN dbo.number_series n ON n.n <= t.number_count
     WHERE s.session_date BETWEEN @p_from AND @p_to AND s.status = 'OPEN'
       AND (s.id IN (SELECT session_id FROM @reconcile)
            OR NOT EXISTS (SELECT 1 FROM dbo.slot y WHERE y.session_id = s.id))
       AND NOT EXISTS (SELECT 1 FROM dbo.slot x WHERE x.session_id = s.id AND x.seq_no = n.n);
    SET @v_created_slots = @@ROWCOUNT;

    -- A session spans its numbers, including booked ones kept at their old time.
    UPDATE s
       SET starts_at = b.first_start, ends_at = b.last_end
      FROM dbo.clinic_session s
      JOIN (SELECT x.session_id, MIN(x.starts_at) AS first_start, MAX(x.ends_at) AS last_end
              FROM dbo.slot x JOIN @reconcile r ON r.session_id = x.session_id
             WHERE x.withdrawn = 0 OR x.appointment_id IS NOT NULL
             GROUP BY x.session_id) b ON b.session_id = s.id;

    -- 4. Sessions whose template no longer covers them: closed when nobody holds a number,
    --    otherwise left open and reported (the patients must be handled by a suspension).
    INSERT INTO @uncovered (session_id)
    SELECT s.id
      FROM dbo.clinic_session s
      JOIN dbo.schedule_template t ON t.id = s.template_id
     WHERE s.status = 'OPEN' AND s.starts_at > @p_now AND s.session_date BETWEEN @p_from AND @p_to
       AND (t.active = 0 OR s.session_date < t.effective_from
            OR (t.effective_to IS NOT NULL AND s.session_date > t.effective_to));
    -- Bookings in flight hold these sessions (a shared lock, hold_session_open): wait for them
    -- before deciding that nobody holds a number; bookings that come later see the session
    -- closed (decision 014). Each session locked through its key, in id order; an assignment, so
    -- that no result set is produced.
    SELECT @v_n = COUNT(*) FROM dbo.clinic_session x WITH (XLOCK, ROWLOCK, HOLDLOCK)
     WHERE x.id IN (SELECT session_id FROM @uncovered);
    UPDATE s
       SET status = 'CLOSED', status_reason = N'TEMPLATE_WITHDRAWN', updated_at = @p_now
      FROM dbo.clinic_session s
     WHERE s.id IN (SELECT session_id FROM @uncovered)
       AND NOT EXISTS (SELECT 1 FROM dbo.slot x WHERE x.session_id = s.id AND x.appointment_id IS NOT NULL);
    SET @v_closed_sessions = @@ROWCOUNT;

    SELECT @v_attention = COUNT(*)
      FROM @uncovered u JOIN dbo.clinic_session s ON s.id = u.session_id
     WHERE s.status = 'OPEN';

    -- 5. Sessions not yet released follow the current release settings (R2).
    UPDATE s
       SET release_at = dbo.session_release_at(s.session_date, @p_tz), updated_at = @p_now
      FROM dbo.clinic_session s
     WHERE s.release_at > @p_now AND s.session_date BETWEEN @p_from AND @p_to AND s.status = 'OPEN'
       AND s.release_at <> dbo.session_release_at(s.session_date, @p_tz);
    SET @v_n = @@ROWCOUNT;
    SET @v_updated_sessions = @v_updated_sessions + @v_n;

    IF @v_created_sessions + @v_created_slots + @v_updated_sessions + @v_withdrawn_slots + @v_closed_sessions > 0
    BEGIN
      SET @v_detail = (SELECT @p_from AS [from], @p_to AS [to], @v_created_sessions AS [createdSessions],
                              @v_created_slots AS [createdSlots], @v_updated_sessions AS [updatedSessions],
                              @v_withdrawn_slots AS [withdrawnSlots], @v_closed_sessions AS [closedSessions]
                       FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES);
      EXEC dbo.write_audit @p_at = @p_now, @p_actor = @p_actor, @p_operator = @p_operator,
                           @p_action = 'GENERATE_SESSIONS', @p_entity = 'clinic_session', @p_entity_id = NULL,
                           @p_outcome = 'OK', @p_detail = @v_detail;
    END

    SELECT @v_created_sessions AS created_sessions, @v_created_slots AS created_slots,
           @v_updated_sessions AS updated_sessions, @v_withdrawn_slots AS withdrawn_slots,
           @v_closed_sessions AS closed_sessions, @v_attention AS sessions_needing_attention;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO
