-- R16, R17: the daily statistics roll-up and the charts' policy events. Definitions:
-- docs/statistics.md; decision 021. Twin: db/postgres/procedures/600_statistics.sql.
-- The hospital-local date of an instant is CAST(x AT TIME ZONE <Windows zone> AS date), the zone
-- translated from the IANA p_tz through time_zone_map. ISO weekday without @@DATEFIRST:
-- 1900-01-01 was a Monday. The twin's advisory lock is sp_getapplock on the same resource name.
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

-- Rolls up one visit day (hospital-local date): the day's rows are deleted and written again, so
-- running it twice gives the same rows; the monthly layers (stat_wait_month, stat_day_month,
-- stat_day_month_weekday and the stat_wait_month_* layers of 042) lose the day's old stat_day and
-- stat_wait rows and gain its new ones. A closed day is left as it is unless p_rebuild; only a day before
-- today can be closed. One roll-up of a month at a time (the days of a month share the monthly rows).
CREATE OR ALTER PROCEDURE dbo.rollup_statistics_day
  @p_day date, @p_close bit, @p_rebuild bit, @p_tz nvarchar(64), @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  DECLARE @v_closed bit, @v_month char(7), @v_weekday smallint, @v_win nvarchar(64), @v_from datetimeoffset(3),
          @v_to datetimeoffset(3), @v_lock int, @v_resource nvarchar(255);
  DECLARE @appointment TABLE (appointment_id int PRIMARY KEY, department_id int, doctor_id int, channel varchar(16),
                              status varchar(24), booked_on date, visit int, wait_s int);
  BEGIN TRY
    BEGIN TRANSACTION;

    IF @p_day IS NULL OR @p_tz IS NULL
      THROW 50001, 'VALIDATION_FAILED:day', 1;
    SELECT @v_win = windows FROM dbo.time_zone_map WHERE iana = @p_tz;
    IF @v_win IS NULL
      THROW 50001, 'VALIDATION_FAILED:unknown time zone', 1;
    IF @p_close = 1 AND @p_day >= CAST(@p_now AT TIME ZONE @v_win AS date)
      THROW 50001, 'VALIDATION_FAILED:only a day before today can be closed', 1;
    SET @v_resource = CONCAT(N'rollup_statistics_day:', CONVERT(char(7), @p_day, 23));
    EXEC @v_lock = sys.sp_getapplock @Resource = @v_resource, @LockMode = N'Exclusive',
                                     @LockOwner = N'Transaction', @LockTimeout = -1;
    IF @v_lock < 0
      THROW 50001, 'CONFLICT:rollup_statistics_day lock not granted', 1;

    SET @v_month = CONVERT(char(7), @p_day, 23);
    SET @v_weekday = CAST(DATEDIFF(day, CAST('19000101' AS date), @p_day) % 7 + 1 AS smallint);
    SET @v_from = CAST(CAST(@p_day AS datetime2) AT TIME ZONE @v_win AS datetimeoffset(3));
    SET @v_to = CAST(CAST(DATEADD(day, 1, @p_day) AS datetime2) AT TIME ZONE @v_win AS datetimeoffset(3));

    SELECT @v_closed = closed FROM dbo.stat_rollup_day WHERE stat_date = @p_day;
    IF @v_closed = 1 AND @p_rebuild = 0
    BEGIN
      SELECT @p_day AS stat_date, CAST(1 AS bit) AS closed, CAST(0 AS bit) AS rolled;
      COMMIT TRANSACTION;
      RETURN;
    END

    -- The day's old waiting times leave the month's histogram (rows that reach 0 go).
    UPDATE m SET n = m.n - w.n
      FROM dbo.stat_wait_month m
      JOIN dbo.stat_wait w
        ON m.stat_month = w.stat_month AND m.department_id = w.department_id AND m.doctor_id = w.doctor_id
       AND m.channel = w.channel AND m.wait_minute = w.wait_minute
     WHERE w.stat_date = @p_day;
    DELETE m
      FROM dbo.stat_wait_month m
      JOIN dbo.stat_wait w
        ON m.stat_month = w.stat_month AND m.department_id = w.department_id AND m.doctor_id = w.doctor_id
       AND m.channel = w.channel AND m.wait_minute = w.wait_minute
     WHERE w.stat_date = @p_day AND m.n <= 0;
    UPDATE m SET n = m.n - w.n
      FROM dbo.stat_wait_month_doctor m
      JOIN (SELECT x.department_id, x.doctor_id, x.wait_minute, SUM(x.n) AS n
              FROM dbo.stat_wait x
             WHERE x.stat_date = @p_day
             GROUP BY x.department_id, x.doctor_id, x.wait_minute) w
        ON m.department_id = w.department_id AND m.doctor_id = w.doctor_id AND m.wait_minute = w.wait_minute
     WHERE m.stat_month = @v_month;
    DELETE FROM dbo.stat_wait_month_doctor WHERE stat_month = @v_month AND n <= 0;
    UPDATE m SET n = m.n - w.n
      FROM dbo.stat_wait_month_department m
      JOIN (SELECT x.department_id, x.wait_minute, SUM(x.n) AS n
              FROM dbo.stat_wait x
             WHERE x.stat_date = @p_day
             GROUP BY x.department_id, x.wait_minute) w
        ON m.department_id = w.department_id AND m.wait_minute = w.wait_minute
     WHERE m.stat_month = @v_month;
    DELETE FROM dbo.stat_wait_month_department WHERE stat_month = @v_month AND n <= 0;
    -- … and its old counters leave the month's (a row that sums no day any more goes).
    UPDATE m
       SET day_rows = m.day_rows - 1, booked = m.booked - d.booked, cancelled = m.cancelled - d.cancelled,
           cancelled_by_hospital = m.cancelled_by_hospital - d.cancelled_by_hospital,
           no_show = m.no_show - d.no_show, voided_late = m.voided_late - d.voided_late,
           walk_ins = m.walk_ins - d.walk_ins, visits = m.visits - d.visits,
           visits_booked = m.visits_booked - d.visits_booked, lead_days_sum = m.lead_days_sum - d.lead_days_sum,
           wait_count = m.wait_count - d.wait_count, wait_seconds_sum = m.wait_seconds_sum - d.wait_seconds_sum
      FROM dbo.stat_day_month m
      JOIN dbo.stat_day d
        ON m.stat_month = d.stat_month AND m.department_id = d.department_id AND m.doctor_id = d.doctor_id
       AND m.channel = d.channel
     WHERE d.stat_date = @p_day;
    DELETE FROM dbo.stat_day_month WHERE stat_month = @v_month AND day_rows <= 0;

    UPDATE m SET n = m.n - w.n
      FROM dbo.stat_wait_month_channel m
      JOIN (SELECT x.department_id, x.channel, x.wait_minute, SUM(x.n) AS n
              FROM dbo.stat_wait x
             WHERE x.stat_date = @p_day
             GROUP BY x.department_id, x.channel, x.wait_minute) w
        ON m.department_id = w.department_id AND m.channel = w.channel AND m.wait_minute = w.wait_minute
     WHERE m.stat_month = @v_month;
    DELETE FROM dbo.stat_wait_month_channel WHERE stat_month = @v_month AND n <= 0;
    UPDATE m SET n = m.n - w.n
      FROM dbo.stat_wait_month_weekday m
      JOIN (SELECT x.department_id, x.wait_minute, SUM(x.n) AS n
              FROM dbo.stat_wait x
             WHERE x.stat_date = @p_day
             GROUP BY x.department_id, x.wait_minute) w
        ON m.department_id = w.department_id AND m.wait_minute = w.wait_minute
     WHERE m.stat_month = @v_month AND m.weekday = @v_weekday;
    DELETE FROM dbo.stat_wait_month_weekday WHERE stat_month = @v_month AND n <= 0;
    UPDATE m
       SET day_rows = m.day_rows - d.day_rows,
           booked = m.booked - d.booked,
           cancelled = m.cancelled - d.cancelled,
           cancelled_by_hospital = m.cancelled_by_hospital - d.cancelled_by_hospital,
           no_show = m.no_show - d.no_show,
           voided_late = m.voided_late - d.voided_late,
           walk_ins = m.walk_ins - d.walk_ins,
           visits = m.visits - d.visits,
           visits_booked = m.visits_booked - d.visits_booked,
           lead_days_sum = m.lead_days_sum - d.lead_days_sum,
           wait_count = m.wait_count - d.wait_count,
           wait_seconds_sum = m.wait_seconds_sum - d.wait_seconds_sum
      FROM dbo.stat_day_month_weekday m
      JOIN (SELECT x.department_id, x.channel, COUNT(*) AS day_rows, SUM(x.booked) AS booked,
        SUM(x.cancelled) AS cancelled, SUM(x.cancelled_by_hospital) AS cancelled_by_hospital,
        SUM(x.no_show) AS no_show, SUM(x.voided_late) AS voided_late, SUM(x.walk_ins) AS walk_ins,
        SUM(x.visits) AS visits, SUM(x.visits_booked) AS visits_booked, SUM(x.lead_days_sum) AS lead_days_sum,
        SUM(x.wait_count) AS wait_count, SUM(x.wait_seconds_sum) AS wait_seconds_sum
              FROM dbo.stat_day x
             WHERE x.stat_date = @p_day
             GROUP BY x.department_id, x.channel) d
        ON m.department_id = d.department_id AND m.channel = d.channel
     WHERE m.stat_month = @v_month AND m.weekday = @v_weekday;
    DELETE FROM dbo.stat_day_month_weekday WHERE stat_month = @v_month AND day_rows <= 0;

    DELETE FROM dbo.stat_day WHERE stat_date = @p_day;
    DELETE FROM dbo.stat_wait WHERE stat_date = @p_day;
    DELETE FROM dbo.stat_session WHERE stat_date = @p_day;
    DELETE FROM dbo.stat_notification WHERE stat_date = @p_day;
    DELETE FROM dbo.stat_notification_delay WHERE stat_date = @p_day;

    INSERT INTO @appointment (appointment_id, department_id, doctor_id, channel, status, booked_on, visit, wait_s)
    SELECT a.id, s.department_id, s.acting_doctor_id, a.channel, a.status, CAST(a.booked_at AT TIME ZONE @v_win AS date),
           CASE WHEN v.id IS NULL THEN 0 ELSE 1 END,
           CASE WHEN c.first_call IS NULL THEN NULL
                WHEN a.checked_in_at > sl.starts_at
                  THEN CASE WHEN DATEDIFF(second, a.checked_in_at, c.first_call) < 0 THEN 0
                            ELSE DATEDIFF(second, a.checked_in_at, c.first_call) END
                ELSE CASE WHEN DATEDIFF(second, sl.starts_at, c.first_call) < 0 THEN 0
                          ELSE DATEDIFF(second, sl.starts_at, c.first_call) END
           END
      FROM dbo.clinic_session s
      JOIN dbo.appointment a ON a.session_id = s.id
      JOIN dbo.slot sl ON sl.id = a.slot_id
      LEFT JOIN dbo.visit v ON v.appointment_id = a.id
      LEFT JOIN (SELECT q.appointment_id, MIN(q.[at]) AS first_call
                   FROM dbo.queue_call q JOIN dbo.clinic_session qs ON qs.id = q.session_id
                  WHERE qs.session_date = @p_day AND q.kind = 'CALL'
                  GROUP BY q.appointment_id) c ON c.appointment_id = a.id AND a.channel <> 'ON_SITE'
     WHERE s.session_date = @p_day;

    INSERT INTO dbo.stat_day (stat_date, stat_month, weekday, department_id, doctor_id, channel, booked, cancelled,
                              cancelled_by_hospital, no_show, voided_late, walk_ins, visits, visits_booked,
                              lead_days_sum, wait_count, wait_seconds_sum)
    SELECT @p_day, @v_month, @v_weekday, t.department_id, t.doctor_id, t.channel,
           SUM(CASE WHEN t.channel <> 'ON_SITE' THEN 1 ELSE 0 END),
           SUM(CASE WHEN t.status = 'CANCELLED' THEN 1 ELSE 0 END),
           SUM(CASE WHEN t.status = 'CANCELLED_BY_HOSPITAL' THEN 1 ELSE 0 END),
           SUM(CASE WHEN t.status = 'NO_SHOW' THEN 1 ELSE 0 END),
           SUM(CASE WHEN t.status = 'VOIDED_LATE' THEN 1 ELSE 0 END),
           SUM(CASE WHEN t.channel = 'ON_SITE' THEN 1 ELSE 0 END),
           SUM(t.visit),
           SUM(CASE WHEN t.channel <> 'ON_SITE' THEN t.visit ELSE 0 END),
           SUM(CASE WHEN t.channel <> 'ON_SITE' THEN DATEDIFF(day, t.booked_on, @p_day) ELSE 0 END),
           COUNT(t.wait_s),
           COALESCE(SUM(CAST(t.wait_s AS bigint)), 0)
      FROM @appointment t
     GROUP BY t.department_id, t.doctor_id, t.channel;

    INSERT INTO dbo.stat_wait (stat_date, stat_month, weekday, department_id, doctor_id, channel, wait_minute, n)
    SELECT @p_day, @v_month, @v_weekday, w.department_id, w.doctor_id, w.channel, w.wait_minute, COUNT(*)
      FROM (SELECT t.department_id, t.doctor_id, t.channel,
                   CAST(CASE WHEN t.wait_s / 60 > 240 THEN 240 ELSE t.wait_s / 60 END AS smallint) AS wait_minute
              FROM @appointment t
             WHERE t.wait_s IS NOT NULL) w
     GROUP BY w.department_id, w.doctor_id, w.channel, w.wait_minute;

    -- … and the day's new ones join it.
    UPDATE m SET n = m.n + w.n
      FROM dbo.stat_wait_month m
      JOIN dbo.stat_wait w
        ON m.stat_month = w.stat_month AND m.department_id = w.department_id AND m.doctor_id = w.doctor_id
       AND m.channel = w.channel AND m.wait_minute = w.wait_minute
     WHERE w.stat_date = @p_day;
    INSERT INTO dbo.stat_wait_month (stat_month, department_id, doctor_id, channel, wait_minute, n)
    SELECT @v_month, w.department_id, w.doctor_id, w.channel, w.wait_minute, w.n
      FROM dbo.stat_wait w
     WHERE w.stat_date = @p_day
       AND NOT EXISTS (SELECT 1 FROM dbo.stat_wait_month m
                        WHERE m.stat_month = @v_month AND m.department_id = w.department_id
                          AND m.doctor_id = w.doctor_id AND m.channel = w.channel
                          AND m.wait_minute = w.wait_minute);
    UPDATE m SET n = m.n + w.n
      FROM dbo.stat_wait_month_doctor m
      JOIN (SELECT x.department_id, x.doctor_id, x.wait_minute, SUM(x.n) AS n
              FROM dbo.stat_wait x
             WHERE x.stat_date = @p_day
             GROUP BY x.department_id, x.doctor_id, x.wait_minute) w
        ON m.department_id = w.department_id AND m.doctor_id = w.doctor_id AND m.wait_minute = w.wait_minute
     WHERE m.stat_month = @v_month;
    INSERT INTO dbo.stat_wait_month_doctor (stat_month, department_id, doctor_id, wait_minute, n)
    SELECT @v_month, w.department_id, w.doctor_id, w.wait_minute, SUM(w.n)
      FROM dbo.stat_wait w
     WHERE w.stat_date = @p_day
       AND NOT EXISTS (SELECT 1 FROM dbo.stat_wait_month_doctor m
                        WHERE m.stat_month = @v_month AND m.department_id = w.department_id
                          AND m.doctor_id = w.doctor_id AND m.wait_minute = w.wait_minute)
     GROUP BY w.department_id, w.doctor_id, w.wait_minute;
    UPDATE m SET n = m.n + w.n
      FROM dbo.stat_wait_month_department m
      JOIN (SELECT x.department_id, x.wait_minute, SUM(x.n) AS n
              FROM dbo.stat_wait x
             WHERE x.stat_date = @p_day
             GROUP BY x.department_id, x.wait_minute) w
        ON m.department_id = w.department_id AND m.wait_minute = w.wait_minute
     WHERE m.stat_month = @v_month;
    INSERT INTO dbo.stat_wait_month_department (stat_month, department_id, wait_minute, n)
    SELECT @v_month, w.department_id, w.wait_minute, SUM(w.n)
      FROM dbo.stat_wait w
     WHERE w.stat_date = @p_day
       AND NOT EXISTS (SELECT 1 FROM dbo.stat_wait_month_department m
                        WHERE m.stat_month = @v_month AND m.department_id = w.department_id
                          AND m.wait_minute = w.wait_minute)
     GROUP BY w.department_id, w.wait_minute;
    UPDATE m
       SET day_rows = m.day_rows + 1, booked = m.booked + d.booked, cancelled = m.cancelled + d.cancelled,
           cancelled_by_hospital = m.cancelled_by_hospital + d.cancelled_by_hospital,
           no_show = m.no_show + d.no_show, voided_late = m.voided_late + d.voided_late,
           walk_ins = m.walk_ins + d.walk_ins, visits = m.visits + d.visits,
           visits_booked = m.visits_booked + d.visits_booked, lead_days_sum = m.lead_days_sum + d.lead_days_sum,
           wait_count = m.wait_count + d.wait_count, wait_seconds_sum = m.wait_seconds_sum + d.wait_seconds_sum
      FROM dbo.stat_day_month m
      JOIN dbo.stat_day d
        ON m.stat_month = d.stat_month AND m.department_id = d.department_id AND m.doctor_id = d.doctor_id
       AND m.channel = d.channel
     WHERE d.stat_date = @p_day;
    INSERT INTO dbo.stat_day_month (stat_month, department_id, doctor_id, channel, day_rows, booked, cancelled,
                                    cancelled_by_hospital, no_show, voided_late, walk_ins, visits, visits_booked,
                                    lead_days_sum, wait_count, wait_seconds_sum)
    SELECT @v_month, d.department_id, d.doctor_id, d.channel, 1, d.booked, d.cancelled, d.cancelled_by_hospital,
           d.no_show, d.voided_late, d.walk_ins, d.visits, d.visits_booked, d.lead_days_sum, d.wait_count,
           d.wait_seconds_sum
      FROM dbo.stat_day d
     WHERE d.stat_date = @p_day
       AND NOT EXISTS (SELECT 1 FROM dbo.stat_day_month m
                        WHERE m.stat_month = @v_month AND m.department_id = d.department_id
                          AND m.doctor_id = d.doctor_id AND m.channel = d.channel);

    UPDATE m SET n = m.n + w.n
      FROM dbo.stat_wait_month_channel m
      JOIN (SELECT x.department_id, x.channel, x.wait_minute, SUM(x.n) AS n
              FROM dbo.stat_wait x
             WHERE x.stat_date = @p_day
             GROUP BY x.department_id, x.channel, x.wait_minute) w
        ON m.department_id = w.department_id AND m.channel = w.channel AND m.wait_minute = w.wait_minute
     WHERE m.stat_month = @v_month;
    INSERT INTO dbo.stat_wait_month_channel (stat_month, department_id, channel, wait_minute, n)
    SELECT @v_month, w.department_id, w.channel, w.wait_minute, SUM(w.n)
      FROM dbo.stat_wait w
     WHERE w.stat_date = @p_day
       AND NOT EXISTS (SELECT 1 FROM dbo.stat_wait_month_channel m
                        WHERE m.stat_month = @v_month
                          AND m.department_id = w.department_id AND m.channel = w.channel AND m.wait_minute = w.wait_minute)
     GROUP BY w.department_id, w.channel, w.wait_minute;
    UPDATE m SET n = m.n + w.n
      FROM dbo.stat_wait_month_weekday m
      JOIN (SELECT x.department_id, x.wait_minute, SUM(x.n) AS n
              FROM dbo.stat_wait x
             WHERE x.stat_date = @p_day
             GROUP BY x.department_id, x.wait_minute) w
        ON m.department_id = w.department_id AND m.wait_minute = w.wait_minute
     WHERE m.stat_month = @v_month AND m.weekday = @v_weekday;
    INSERT INTO dbo.stat_wait_month_weekday (stat_month, weekday, department_id, wait_minute, n)
    SELECT @v_month, @v_weekday, w.department_id, w.wait_minute, SUM(w.n)
      FROM dbo.stat_wait w
     WHERE w.stat_date = @p_day
       AND NOT EXISTS (SELECT 1 FROM dbo.stat_wait_month_weekday m
                        WHERE m.stat_month = @v_month AND m.weekday = @v_weekday
                          AND m.department_id = w.department_id AND m.wait_minute = w.wait_minute)
     GROUP BY w.department_id, w.wait_minute;
    UPDATE m
       SET day_rows = m.day_rows + d.day_rows,
           booked = m.booked + d.booked,
           cancelled = m.cancelled + d.cancelled,
           cancelled_by_hospital = m.cancelled_by_hospital + d.cancelled_by_hospital,
           no_show = m.no_show + d.no_show,
           voided_late = m.voided_late + d.voided_late,
           walk_ins = m.walk_ins + d.walk_ins,
           visits = m.visits + d.visits,
           visits_booked = m.visits_booked + d.visits_booked,
           lead_days_sum = m.lead_days_sum + d.lead_days_sum,
           wait_count = m.wait_count + d.wait_count,
           wait_seconds_sum = m.wait_seconds_sum + d.wait_seconds_sum
      FROM dbo.stat_day_month_weekday m
      JOIN (SELECT x.department_id, x.channel, COUNT(*) AS day_rows, SUM(x.booked) AS booked,
        SUM(x.cancelled) AS cancelled, SUM(x.cancelled_by_hospital) AS cancelled_by_hospital,
        SUM(x.no_show) AS no_show, SUM(x.voided_late) AS voided_late, SUM(x.walk_ins) AS walk_ins,
        SUM(x.visits) AS visits, SUM(x.visits_booked) AS visits_booked, SUM(x.lead_days_sum) AS lead_days_sum,
        SUM(x.wait_count) AS wait_count, SUM(x.wait_seconds_sum) AS wait_seconds_sum
              FROM dbo.stat_day x
             WHERE x.stat_date = @p_day
             GROUP BY x.department_id, x.channel) d
        ON m.department_id = d.department_id AND m.channel = d.channel
     WHERE m.stat_month = @v_month AND m.weekday = @v_weekday;
    INSERT INTO dbo.stat_day_month_weekday (stat_month, weekday, department_id, channel, day_rows, booked,
      cancelled, cancelled_by_hospital, no_show,
                                            voided_late, walk_ins, visits, visits_booked, lead_days_sum, wait_count, wait_seconds_sum)
    SELECT @v_month, @v_weekday, d.department_id, d.channel, COUNT(*),
           SUM(d.booked), SUM(d.cancelled), SUM(d.cancelled_by_hospital), SUM(d.no_show), SUM(d.voided_late),
             SUM(d.walk_ins), SUM(d.visits), SUM(d.visits_booked), SUM(d.lead_days_sum), SUM(d.wait_count),
             SUM(d.wait_seconds_sum)
      FROM dbo.stat_day d
     WHERE d.stat_date = @p_day
       AND NOT EXISTS (SELECT 1 FROM dbo.stat_day_month_weekday m
                        WHERE m.stat_month = @v_month AND m.weekday = @v_weekday
                          AND m.department_id = d.department_id AND m.channel = d.channel)
     GROUP BY d.department_id, d.channel;

    INSERT INTO dbo.stat_session (session_id, stat_date, stat_month, weekday, department_id, doctor_id, released, taken,
                                  suspended, affected, first_call_delay_s)
    SELECT s.id, @p_day, @v_month, @v_weekday, s.department_id, s.acting_doctor_id,
           (SELECT COUNT(*) FROM dbo.slot sl WHERE sl.session_id = s.id AND sl.withdrawn = 0),
           (SELECT COUNT(*) FROM dbo.appointment a
             WHERE a.session_id = s.id AND a.status NOT IN ('CANCELLED', 'CANCELLED_BY_HOSPITAL')),
           CAST(CASE WHEN s.status = 'SUSPENDED' THEN 1 ELSE 0 END AS smallint),
           (SELECT COUNT(*) FROM dbo.appointment a
             WHERE a.session_id = s.id AND a.status = 'CANCELLED_BY_HOSPITAL'),
           CASE WHEN s.first_call_at IS NULL THEN NULL
                WHEN DATEDIFF(second, s.starts_at, s.first_call_at) < 0 THEN 0
                ELSE DATEDIFF(second, s.starts_at, s.first_call_at) END
      FROM dbo.clinic_session s
     WHERE s.session_date = @p_day;

    INSERT INTO dbo.stat_notification (stat_date, stat_month, weekday, channel, created, sent, dead)
    SELECT @p_day, @v_month, @v_weekday, n.channel, COUNT(*),
           SUM(CASE WHEN n.status = 'SENT' THEN 1 ELSE 0 END),
           SUM(CASE WHEN n.status = 'DEAD' THEN 1 ELSE 0 END)
      FROM dbo.notification n
     WHERE n.created_at >= @v_from AND n.created_at < @v_to AND n.status <> 'WITHDRAWN'
     GROUP BY n.channel;

    INSERT INTO dbo.stat_notification_delay (stat_date, stat_month, weekday, channel, delay_seconds, n)
    SELECT @p_day, @v_month, @v_weekday, d.channel, d.delay_seconds, COUNT(*)
      FROM (SELECT n.channel,
                   CASE WHEN DATEDIFF(second, n.created_at, n.sent_at) < 0 THEN 0
                        ELSE DATEDIFF(second, n.created_at, n.sent_at) END AS delay_seconds
              FROM dbo.notification n
             WHERE n.created_at >= @v_from AND n.created_at < @v_to AND n.status = 'SENT' AND n.sent_at IS NOT NULL) d
     GROUP BY d.channel, d.delay_seconds;

    MERGE dbo.stat_rollup_day WITH (HOLDLOCK) AS r
    USING (SELECT @p_day AS stat_date) AS src ON r.stat_date = src.stat_date
    WHEN MATCHED THEN UPDATE SET closed = @p_close, rolled_at = @p_now
    WHEN NOT MATCHED THEN INSERT (stat_date, closed, rolled_at) VALUES (@p_day, @p_close, @p_now);

    SELECT @p_day AS stat_date, @p_close AS closed, CAST(1 AS bit) AS rolled;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO

-- An operator marks a dated policy event on the charts (统一号源池上线, 爽约黑名单启用 …); audited.
CREATE OR ALTER PROCEDURE dbo.add_policy_event
  @p_event_date date, @p_title nvarchar(4000), @p_actor nvarchar(4000), @p_operator nvarchar(4000),
  @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  DECLARE @v_id int, @v_title nvarchar(4000), @v_entity_id varchar(40), @v_detail nvarchar(max), @v_by nvarchar(4000);
  BEGIN TRY
    BEGIN TRANSACTION;
    SET @v_title = LTRIM(RTRIM(@p_title));
    IF @p_event_date IS NULL OR @p_title IS NULL OR LEN(@v_title) = 0 OR LEN(@p_title) > 100
      THROW 50001, 'VALIDATION_FAILED:title', 1;
    SET @v_by = COALESCE(@p_operator, @p_actor);
    INSERT INTO dbo.stat_policy_event (event_date, title, created_at, created_by)
    VALUES (@p_event_date, @v_title, @p_now, @v_by);
    SET @v_id = CAST(SCOPE_IDENTITY() AS int);
    SET @v_entity_id = CAST(@v_id AS varchar(40));
    SET @v_detail = (SELECT CONVERT(char(10), @p_event_date, 23) AS [date], @v_title AS [title]
                     FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES);
    EXEC dbo.write_audit @p_at = @p_now, @p_actor = @p_actor, @p_operator = @p_operator, @p_action = 'ADD_POLICY_EVENT',
                         @p_entity = 'stat_policy_event', @p_entity_id = @v_entity_id, @p_outcome = 'OK',
                         @p_detail = @v_detail;
    SELECT * FROM dbo.stat_policy_event WHERE id = @v_id;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO
