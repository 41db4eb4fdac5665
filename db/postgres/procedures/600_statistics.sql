-- R16, R17: the daily statistics roll-up and the charts' policy events. Definitions:
-- docs/statistics.md; decision 021. Twin: db/mssql/procedures/600_statistics.sql.

-- Rolls up one visit day (hospital-local date) into stat_day, stat_wait, stat_session,
-- stat_notification and stat_notification_delay: the day's rows are deleted and written again,
-- so running it twice gives the same rows. The monthly layers — stat_wait_month (041),
-- stat_day_month, stat_day_month_weekday and the stat_wait_month_* layers (042) — lose the day's old
-- stat_day and stat_wait rows and gain its new ones, so each stays the sum of the month's daily rows.
-- A closed day is left as it is unless p_rebuild; only a day before today (hospital time) can be
-- closed. One roll-up of a month at a time (the days of a month share the monthly rows).
DROP FUNCTION IF EXISTS rollup_statistics_day;
CREATE FUNCTION rollup_statistics_day(p_day date, p_close boolean, p_rebuild boolean, p_tz varchar,
                                      p_now timestamptz)
RETURNS TABLE (stat_date date, closed boolean, rolled boolean)
LANGUAGE plpgsql AS $$
DECLARE
  v_closed boolean;
  v_month char(7) := to_char(p_day, 'YYYY-MM');
  v_weekday smallint := CAST(extract(isodow FROM p_day) AS smallint);
  v_from timestamptz := CAST(p_day AS timestamp) AT TIME ZONE p_tz;
  v_to timestamptz := CAST(p_day + 1 AS timestamp) AT TIME ZONE p_tz;
BEGIN
  IF p_day IS NULL OR p_tz IS NULL THEN
    RAISE EXCEPTION 'VALIDATION_FAILED:day';
  END IF;
  IF p_close AND p_day >= (p_now AT TIME ZONE p_tz)::date THEN
    RAISE EXCEPTION 'VALIDATION_FAILED:only a day before today can be closed';
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('rollup_statistics_day:' || v_month));
  SELECT r.closed INTO v_closed FROM stat_rollup_day r WHERE r.stat_date = p_day;
  IF v_closed AND NOT p_rebuild THEN
    RETURN QUERY SELECT p_day, true, false;
    RETURN;
  END IF;

  -- The day's old waiting times leave the month's histogram (rows that reach 0 go).
  UPDATE stat_wait_month m SET n = m.n - w.n
    FROM stat_wait w
   WHERE w.stat_date = p_day AND m.stat_month = v_month AND m.department_id = w.department_id
     AND m.doctor_id = w.doctor_id AND m.channel = w.channel AND m.wait_minute = w.wait_minute;
  DELETE FROM stat_wait_month m
   USING stat_wait w
   WHERE w.stat_date = p_day AND m.stat_month = v_month AND m.department_id = w.department_id
     AND m.doctor_id = w.doctor_id AND m.channel = w.channel AND m.wait_minute = w.wait_minute AND m.n <= 0;
  UPDATE stat_wait_month_doctor m SET n = m.n - w.n
    FROM (SELECT x.department_id, x.doctor_id, x.wait_minute, sum(x.n) AS n
            FROM stat_wait x
           WHERE x.stat_date = p_day
           GROUP BY x.department_id, x.doctor_id, x.wait_minute) w
   WHERE m.stat_month = v_month AND m.department_id = w.department_id AND m.doctor_id = w.doctor_id
     AND m.wait_minute = w.wait_minute;
  DELETE FROM stat_wait_month_doctor m WHERE m.stat_month = v_month AND m.n <= 0;
  UPDATE stat_wait_month_department m SET n = m.n - w.n
    FROM (SELECT x.department_id, x.wait_minute, sum(x.n) AS n
            FROM stat_wait x
           WHERE x.stat_date = p_day
           GROUP BY x.department_id, x.wait_minute) w
   WHERE m.stat_month = v_month AND m.department_id = w.department_id AND m.wait_minute = w.wait_minute;
  DELETE FROM stat_wait_month_department m WHERE m.stat_month = v_month AND m.n <= 0;
  -- … and its old counters leave the month's (a row that sums no day any more goes).
  UPDATE stat_day_month m
     SET day_rows = m.day_rows - 1, booked = m.booked - d.booked, cancelled = m.cancelled - d.cancelled,
         cancelled_by_hospital = m.cancelled_by_hospital - d.cancelled_by_hospital,
         no_show = m.no_show - d.no_show, voided_late = m.voided_late - d.voided_late,
         walk_ins = m.walk_ins - d.walk_ins, visits = m.visits - d.visits,
         visits_booked = m.visits_booked - d.visits_booked, lead_days_sum = m.lead_days_sum - d.lead_days_sum,
         wait_count = m.wait_count - d.wait_count, wait_seconds_sum = m.wait_seconds_sum - d.wait_seconds_sum
    FROM stat_day d
   WHERE d.stat_date = p_day AND m.stat_month = v_month AND m.department_id = d.department_id
     AND m.doctor_id = d.doctor_id AND m.channel = d.channel;
  DELETE FROM stat_day_month m WHERE m.stat_month = v_month AND m.day_rows <= 0;

  UPDATE stat_wait_month_channel m SET n = m.n - w.n
    FROM (SELECT x.department_id, x.channel, x.wait_minute, sum(x.n) AS n
            FROM stat_wait x
           WHERE x.stat_date = p_day
           GROUP BY x.department_id, x.channel, x.wait_minute) w
   WHERE m.stat_month = v_month AND m.department_id = w.department_id AND m.channel = w.channel AND m.wait_minute = w.wait_minute;
  DELETE FROM stat_wait_month_channel m WHERE m.stat_month = v_month AND m.n <= 0;
  UPDATE stat_wait_month_weekday m SET n = m.n - w.n
    FROM (SELECT x.department_id, x.wait_minute, sum(x.n) AS n
            FROM stat_wait x
           WHERE x.stat_date = p_day
           GROUP BY x.department_id, x.wait_minute) w
   WHERE m.stat_month = v_month AND m.weekday = v_weekday AND m.department_id = w.department_id AND m.wait_minute = w.wait_minute;
  DELETE FROM stat_wait_month_weekday m WHERE m.stat_month = v_month AND m.n <= 0;
  UPDATE stat_day_month_weekday m
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
    FROM (SELECT x.department_id, x.channel, count(*) AS day_rows, sum(x.booked) AS booked,
      sum(x.cancelled) AS cancelled, sum(x.cancelled_by_hospital) AS cancelled_by_hospital,
      sum(x.no_show) AS no_show, sum(x.voided_late) AS voided_late, sum(x.walk_ins) AS walk_ins,
      sum(x.visits) AS visits, sum(x.visits_booked) AS visits_booked, sum(x.lead_days_sum) AS lead_days_sum,
      sum(x.wait_count) AS wait_count, sum(x.wait_seconds_sum) AS wait_seconds_sum
            FROM stat_day x
           WHERE x.stat_date = p_day
           GROUP BY x.department_id, x.channel) d
   WHERE m.stat_month = v_month AND m.weekday = v_weekday AND m.department_id = d.department_id
     AND m.channel = d.channel;
  DELETE FROM stat_day_month_weekday m WHERE m.stat_month = v_month AND m.day_rows <= 0;

  DELETE FROM stat_day d WHERE d.stat_date = p_day;
  DELETE FROM stat_wait w WHERE w.stat_date = p_day;
  DELETE FROM stat_session s WHERE s.stat_date = p_day;
  DELETE FROM stat_notification n WHERE n.stat_date = p_day;
  DELETE FROM stat_notification_delay n WHERE n.stat_date = p_day;

  CREATE TEMPORARY TABLE IF NOT EXISTS tmp_stat_appointment (
    appointment_id integer PRIMARY KEY, department_id integer, doctor_id integer, channel varchar(16),
    status varchar(24), booked_on date, visit integer, wait_s integer) ON COMMIT DROP;
  DELETE FROM tmp_stat_appointment;
  INSERT INTO tmp_stat_appointment
  SELECT a.id, s.department_id, s.acting_doctor_id, a.channel, a.status, (a.booked_at AT TIME ZONE p_tz)::date,
         CASE WHEN v.id IS NULL THEN 0 ELSE 1 END,
         CASE WHEN c.first_call IS NULL THEN NULL
              ELSE GREATEST(0, CAST(floor(extract(epoch FROM c.first_call - GREATEST(a.checked_in_at, sl.starts_at))) AS integer))
         END
    FROM clinic_session s
    JOIN appointment a ON a.session_id = s.id
    JOIN slot sl ON sl.id = a.slot_id
    LEFT JOIN visit v ON v.appointment_id = a.id
    LEFT JOIN (SELECT q.appointment_id, min(q.at) AS first_call
                 FROM queue_call q JOIN clinic_session qs ON qs.id = q.session_id
                WHERE qs.session_date = p_day AND q.kind = 'CALL'
                GROUP BY q.appointment_id) c ON c.appointment_id = a.id AND a.channel <> 'ON_SITE'
   WHERE s.session_date = p_day;

  INSERT INTO stat_day (stat_date, stat_month, weekday, department_id, doctor_id, channel, booked, cancelled,
                        cancelled_by_hospital, no_show, voided_late, walk_ins, visits, visits_booked, lead_days_sum,
                        wait_count, wait_seconds_sum)
  SELECT p_day, v_month, v_weekday, t.department_id, t.doctor_id, t.channel,
         CAST(count(*) FILTER (WHERE t.channel <> 'ON_SITE') AS integer),
         CAST(count(*) FILTER (WHERE t.status = 'CANCELLED') AS integer),
         CAST(count(*) FILTER (WHERE t.status = 'CANCELLED_BY_HOSPITAL') AS integer),
         CAST(count(*) FILTER (WHERE t.status = 'NO_SHOW') AS integer),
         CAST(count(*) FILTER (WHERE t.status = 'VOIDED_LATE') AS integer),
         CAST(count(*) FILTER (WHERE t.channel = 'ON_SITE') AS integer),
         CAST(sum(t.visit) AS integer),
         CAST(COALESCE(sum(t.visit) FILTER (WHERE t.channel <> 'ON_SITE'), 0) AS integer),
         CAST(COALESCE(sum(p_day - t.booked_on) FILTER (WHERE t.channel <> 'ON_SITE'), 0) AS integer),
         CAST(count(t.wait_s) AS integer),
         COALESCE(sum(CAST(t.wait_s AS bigint)), 0)
    FROM tmp_stat_appointment t
   GROUP BY t.department_id, t.doctor_id, t.channel;

  INSERT INTO stat_wait (stat_date, stat_month, weekday, department_id, doctor_id, channel, wait_minute, n)
  SELECT p_day, v_month, v_weekday, t.department_id, t.doctor_id, t.channel,
         CAST(LEAST(240, t.wait_s / 60) AS smallint), CAST(count(*) AS integer)
    FROM tmp_stat_appointment t
   WHERE t.wait_s IS NOT NULL
   GROUP BY t.department_id, t.doctor_id, t.channel, LEAST(240, t.wait_s / 60);

  -- … and the day's new ones join it.
  INSERT INTO stat_wait_month AS m (stat_month, department_id, doctor_id, channel, wait_minute, n)
  SELECT v_month, w.department_id, w.doctor_id, w.channel, w.wait_minute, w.n
    FROM stat_wait w
   WHERE w.stat_date = p_day
  ON CONFLICT ON CONSTRAINT stat_wait_month_pkey DO UPDATE SET n = m.n + EXCLUDED.n;
  INSERT INTO stat_wait_month_doctor AS m (stat_month, department_id, doctor_id, wait_minute, n)
  SELECT v_month, w.department_id, w.doctor_id, w.wait_minute, CAST(sum(w.n) AS integer)
    FROM stat_wait w
   WHERE w.stat_date = p_day
   GROUP BY w.department_id, w.doctor_id, w.wait_minute
  ON CONFLICT ON CONSTRAINT stat_wait_month_doctor_pkey DO UPDATE SET n = m.n + EXCLUDED.n;
  INSERT INTO stat_wait_month_department AS m (stat_month, department_id, wait_minute, n)
  SELECT v_month, w.department_id, w.wait_minute, CAST(sum(w.n) AS integer)
    FROM stat_wait w
   WHERE w.stat_date = p_day
   GROUP BY w.department_id, w.wait_minute
  ON CONFLICT ON CONSTRAINT stat_wait_month_department_pkey DO UPDATE SET n = m.n + EXCLUDED.n;
  INSERT INTO stat_day_month AS m (stat_month, department_id, doctor_id, channel, day_rows, booked, cancelled,
                                   cancelled_by_hospital, no_show, voided_late, walk_ins, visits, visits_booked,
                                   lead_days_sum, wait_count, wait_seconds_sum)
  SELECT v_month, d.department_id, d.doctor_id, d.channel, 1, d.booked, d.cancelled, d.cancelled_by_hospital,
         d.no_show, d.voided_late, d.walk_ins, d.visits, d.visits_booked, d.lead_days_sum, d.wait_count,
         d.wait_seconds_sum
    FROM stat_day d
   WHERE d.stat_date = p_day
  ON CONFLICT ON CONSTRAINT stat_day_month_pkey DO UPDATE
     SET day_rows = m.day_rows + 1, booked = m.booked + EXCLUDED.booked,
         cancelled = m.cancelled + EXCLUDED.cancelled,
         cancelled_by_hospital = m.cancelled_by_hospital + EXCLUDED.cancelled_by_hospital,
         no_show = m.no_show + EXCLUDED.no_show, voided_late = m.voided_late + EXCLUDED.voided_late,
         walk_ins = m.walk_ins + EXCLUDED.walk_ins, visits = m.visits + EXCLUDED.visits,
         visits_booked = m.visits_booked + EXCLUDED.visits_booked,
         lead_days_sum = m.lead_days_sum + EXCLUDED.lead_days_sum, wait_count = m.wait_count + EXCLUDED.wait_count,
         wait_seconds_sum = m.wait_seconds_sum + EXCLUDED.wait_seconds_sum;

  INSERT INTO stat_wait_month_channel AS m (stat_month, department_id, channel, wait_minute, n)
  SELECT v_month, w.department_id, w.channel, w.wait_minute, CAST(sum(w.n) AS integer)
    FROM stat_wait w
   WHERE w.stat_date = p_day
   GROUP BY w.department_id, w.channel, w.wait_minute
  ON CONFLICT ON CONSTRAINT stat_wait_month_channel_pkey DO UPDATE SET n = m.n + EXCLUDED.n;
  INSERT INTO stat_wait_month_weekday AS m (stat_month, weekday, department_id, wait_minute, n)
  SELECT v_month, v_weekday, w.department_id, w.wait_minute, CAST(sum(w.n) AS integer)
    FROM stat_wait w
   WHERE w.stat_date = p_day
   GROUP BY w.department_id, w.wait_minute
  ON CONFLICT ON CONSTRAINT stat_wait_month_weekday_pkey DO UPDATE SET n = m.n + EXCLUDED.n;
  INSERT INTO stat_day_month_weekday AS m (stat_month, weekday, department_id, channel, day_rows, booked,
    cancelled, cancelled_by_hospital, no_show,
                                           voided_late, walk_ins, visits, visits_booked, lead_days_sum, wait_count, wait_seconds_sum)
  SELECT v_month, v_weekday, d.department_id, d.channel, CAST(count(*) AS integer),
         CAST(sum(d.booked) AS integer), CAST(sum(d.cancelled) AS integer),
           CAST(sum(d.cancelled_by_hospital) AS integer), CAST(sum(d.no_show) AS integer),
           CAST(sum(d.voided_late) AS integer), CAST(sum(d.walk_ins) AS integer),
           CAST(sum(d.visits) AS integer), CAST(sum(d.visits_booked) AS integer),
           CAST(sum(d.lead_days_sum) AS integer), CAST(sum(d.wait_count) AS integer),
           CAST(sum(d.wait_seconds_sum) AS bigint)
    FROM stat_day d
   WHERE d.stat_date = p_day
   GROUP BY d.department_id, d.channel
  ON CONFLICT ON CONSTRAINT stat_day_month_weekday_pkey DO UPDATE
     SET day_rows = m.day_rows + EXCLUDED.day_rows,
         booked = m.booked + EXCLUDED.booked,
         cancelled = m.cancelled + EXCLUDED.cancelled,
         cancelled_by_hospital = m.cancelled_by_hospital + EXCLUDED.cancelled_by_hospital,
         no_show = m.no_show + EXCLUDED.no_show,
         voided_late = m.voided_late + EXCLUDED.voided_late,
         walk_ins = m.walk_ins + EXCLUDED.walk_ins,
         visits = m.visits + EXCLUDED.visits,
         visits_booked = m.visits_booked + EXCLUDED.visits_booked,
         lead_days_sum = m.lead_days_sum + EXCLUDED.lead_days_sum,
         wait_count = m.wait_count + EXCLUDED.wait_count,
         wait_seconds_sum = m.wait_seconds_sum + EXCLUDED.wait_seconds_sum;

  INSERT INTO stat_session (session_id, stat_date, stat_month, weekday, department_id, doctor_id, released, taken,
                            suspended, affected, first_call_delay_s)
  SELECT s.id, p_day, v_month, v_weekday, s.department_id, s.acting_doctor_id,
         (SELECT CAST(count(*) AS integer) FROM slot sl WHERE sl.session_id = s.id AND NOT sl.withdrawn),
         (SELECT CAST(count(*) AS integer) FROM appointment a
           WHERE a.session_id = s.id AND a.status NOT IN ('CANCELLED', 'CANCELLED_BY_HOSPITAL')),
         CAST(CASE WHEN s.status = 'SUSPENDED' THEN 1 ELSE 0 END AS smallint),
         (SELECT CAST(count(*) AS integer) FROM appointment a
           WHERE a.session_id = s.id AND a.status = 'CANCELLED_BY_HOSPITAL'),
         CASE WHEN s.first_call_at IS NULL THEN NULL
              ELSE GREATEST(0, CAST(floor(extract(epoch FROM s.first_call_at - s.starts_at)) AS integer)) END
    FROM clinic_session s
   WHERE s.session_date = p_day;

  INSERT INTO stat_notification (stat_date, stat_month, weekday, channel, created, sent, dead)
  SELECT p_day, v_month, v_weekday, n.channel, CAST(count(*) AS integer),
         CAST(count(*) FILTER (WHERE n.status = 'SENT') AS integer),
         CAST(count(*) FILTER (WHERE n.status = 'DEAD') AS integer)
    FROM notification n
   WHERE n.created_at >= v_from AND n.created_at < v_to AND n.status <> 'WITHDRAWN'
   GROUP BY n.channel;

  INSERT INTO stat_notification_delay (stat_date, stat_month, weekday, channel, delay_seconds, n)
  SELECT p_day, v_month, v_weekday, d.channel, d.delay_seconds, CAST(count(*) AS integer)
    FROM (SELECT n.channel, GREATEST(0, CAST(floor(extract(epoch FROM n.sent_at - n.created_at)) AS integer)) AS delay_seconds
            FROM notification n
           WHERE n.created_at >= v_from AND n.created_at < v_to AND n.status = 'SENT' AND n.sent_at IS NOT NULL) d
   GROUP BY d.channel, d.delay_seconds;

  INSERT INTO stat_rollup_day (stat_date, closed, rolled_at) VALUES (p_day, p_close, p_now)
  ON CONFLICT ON CONSTRAINT stat_rollup_day_pkey DO UPDATE SET closed = EXCLUDED.closed, rolled_at = EXCLUDED.rolled_at;
  RETURN QUERY SELECT p_day, p_close, true;
END
$$;

-- An operator marks a dated policy event on the charts (统一号源池上线, 爽约黑名单启用 …); audited.
DROP FUNCTION IF EXISTS add_policy_event;
CREATE FUNCTION add_policy_event(p_event_date date, p_title varchar, p_actor varchar, p_operator varchar,
                                 p_now timestamptz)
RETURNS SETOF stat_policy_event
LANGUAGE plpgsql AS $$
DECLARE
  v_id integer;
BEGIN
  IF p_event_date IS NULL OR p_title IS NULL OR length(trim(p_title)) = 0 OR length(p_title) > 100 THEN
    RAISE EXCEPTION 'VALIDATION_FAILED:title';
  END IF;
  INSERT INTO stat_policy_event (event_date, title, created_at, created_by)
  VALUES (p_event_date, trim(p_title), p_now, COALESCE(p_operator, p_actor))
  RETURNING id INTO v_id;
  PERFORM write_audit(p_now, p_actor, p_operator, 'ADD_POLICY_EVENT', 'stat_policy_event', CAST(v_id AS varchar), 'OK',
                      json_build_object('date', to_char(p_event_date, 'YYYY-MM-DD'), 'title', trim(p_title))::text);
  RETURN QUERY SELECT * FROM stat_policy_event WHERE id = v_id;
END
$$;
