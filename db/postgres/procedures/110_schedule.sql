-- R1–R4: roster templates and the sessions and numbers generated from them.
-- Twin: db/mssql/procedures/110_schedule.sql.

DROP FUNCTION IF EXISTS save_schedule_template;
CREATE FUNCTION save_schedule_template(
  p_id integer, p_doctor_id integer, p_weekday integer, p_period varchar, p_room_id integer,
  p_first_start varchar, p_minutes_per_number integer, p_number_count integer, p_reserve_count integer,
  p_fee_cents integer, p_effective_from date, p_effective_to date, p_active boolean,
  p_actor varchar, p_operator varchar, p_now timestamptz)
RETURNS SETOF schedule_template_view
LANGUAGE plpgsql AS $$
DECLARE
  v_id integer := p_id;
  v_old schedule_template%ROWTYPE;
  v_first_start time := CAST(p_first_start AS time);
BEGIN
  IF NOT EXISTS (SELECT 1 FROM doctor WHERE id = p_doctor_id AND active) THEN
    RAISE EXCEPTION 'DOCTOR_NOT_FOUND';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM room WHERE id = p_room_id AND active) THEN
    RAISE EXCEPTION 'ROOM_NOT_FOUND';
  END IF;
  IF p_minutes_per_number NOT BETWEEN 1 AND 30 OR p_number_count NOT BETWEEN 1 AND 500
     OR p_reserve_count NOT BETWEEN 0 AND p_number_count OR p_weekday NOT BETWEEN 1 AND 7
     OR (p_effective_to IS NOT NULL AND p_effective_to < p_effective_from)
     -- The last number must end by midnight: a session never runs into the next day.
     OR extract(hour FROM v_first_start) * 60 + extract(minute FROM v_first_start)
        + p_minutes_per_number * p_number_count > 1440 THEN
    RAISE EXCEPTION 'VALIDATION_FAILED:template';
  END IF;

  -- Serialise template edits so that the overlap checks below see each other.
  PERFORM pg_advisory_xact_lock(hashtext('schedule_template'));

  IF p_active THEN
    IF EXISTS (SELECT 1 FROM schedule_template t
                WHERE t.active AND t.id IS DISTINCT FROM p_id
                  AND t.doctor_id = p_doctor_id AND t.weekday = p_weekday AND t.period = p_period
                  AND t.effective_from <= COALESCE(p_effective_to, date '9999-12-31')
                  AND COALESCE(t.effective_to, date '9999-12-31') >= p_effective_from) THEN
      RAISE EXCEPTION 'TEMPLATE_OVERLAP';
    END IF;
    IF EXISTS (SELECT 1 FROM schedule_template t
                WHERE t.active AND t.id IS DISTINCT FROM p_id
                  AND t.room_id = p_room_id AND t.weekday = p_weekday AND t.period = p_period
                  AND t.effective_from <= COALESCE(p_effective_to, date '9999-12-31')
                  AND COALESCE(t.effective_to, date '9999-12-31') >= p_effective_from) THEN
      RAISE EXCEPTION 'ROOM_CONFLICT';
    END IF;
  END IF;

  IF p_id IS NULL THEN
    INSERT INTO schedule_template (doctor_id, weekday, period, room_id, first_start, minutes_per_number,
                                   number_count, reserve_count, fee_cents, effective_from, effective_to,
                                   active, revision, created_at, updated_at)
    VALUES (p_doctor_id, p_weekday, p_period, p_room_id, v_first_start, p_minutes_per_number,
            p_number_count, p_reserve_count, p_fee_cents, p_effective_from, p_effective_to,
            p_active, 1, p_now, p_now)
    RETURNING id INTO v_id;
    PERFORM write_audit(p_now, p_actor, p_operator, 'CREATE_TEMPLATE', 'schedule_template', CAST(v_id AS varchar),
                        'OK', json_build_object('doctor', p_doctor_id, 'weekday', p_weekday, 'period', p_period,
                                                'numbers', p_number_count, 'reserve', p_reserve_count)::text);
  ELSE
    SELECT * INTO v_old FROM schedule_template WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'TEMPLATE_NOT_FOUND';
    END IF;
    -- (doctor, weekday, period) identifies a template: change it by ending this one.
    IF v_old.doctor_id <> p_doctor_id OR v_old.weekday <> p_weekday OR v_old.period <> p_period THEN
      RAISE EXCEPTION 'TEMPLATE_KEY_CHANGED';
    END IF;
    IF (v_old.room_id, v_old.first_start, v_old.minutes_per_number, v_old.number_count, v_old.reserve_count,
        v_old.fee_cents, v_old.effective_from, v_old.effective_to, v_old.active)
       IS DISTINCT FROM
       (p_room_id, v_first_start, CAST(p_minutes_per_number AS smallint), CAST(p_number_count AS smallint),
        CAST(p_reserve_count AS smallint), p_fee_cents, p_effective_from, p_effective_to, p_active) THEN
      UPDATE schedule_template
         SET room_id = p_room_id, first_start = v_first_start, minutes_per_number = p_minutes_per_number,
             number_count = p_number_count, reserve_count = p_reserve_count, fee_cents = p_fee_cents,
             effective_from = p_effective_from, effective_to = p_effective_to, active = p_active,
             revision = revision + 1, updated_at = p_now
       WHERE id = p_id;
      PERFORM write_audit(p_now, p_actor, p_operator, 'UPDATE_TEMPLATE', 'schedule_template', CAST(p_id AS varchar),
                          'OK', json_build_object('revision', v_old.revision + 1, 'numbers', p_number_count,
                                                  'reserve', p_reserve_count, 'active', p_active)::text);
    END IF;
  END IF;
  RETURN QUERY SELECT * FROM schedule_template_view WHERE id = v_id;
END
$$;

-- Generates the sessions and numbers of [p_from, p_to] (hospital-local dates) from the active
-- templates. Idempotent: a second run changes nothing. A template whose revision changed is
-- applied to its sessions that have not started: free numbers take the new times and reserve
-- marks, numbers the template no longer has are withdrawn if free, missing ones are added.
-- Booked numbers are never moved, renumbered, withdrawn or deleted.
DROP FUNCTION IF EXISTS generate_sessions;
CREATE FUNCTION generate_sessions(p_from date, p_to date, p_tz varchar,
                                  p_actor varchar, p_operator varchar, p_now timestamptz)
RETURNS TABLE (created_sessions integer, created_slots integer, updated_sessions integer,
               withdrawn_slots integer, closed_sessions integer, sessions_needing_attention integer)
LANGUAGE plpgsql AS $$
DECLARE
  v_created_sessions integer := 0;
  v_created_slots integer := 0;
  v_updated_sessions integer := 0;
  v_withdrawn_slots integer := 0;
  v_closed_sessions integer := 0;
  v_attention integer := 0;
  v_n integer;
BEGIN
  IF p_to < p_from OR p_to - p_from > 366 THEN
    RAISE EXCEPTION 'VALIDATION_FAILED:date range';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_timezone_names WHERE name = p_tz) THEN
    RAISE EXCEPTION 'VALIDATION_FAILED:unknown time zone';
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('generate_sessions'));

  -- 1. Sessions that do not exist yet: a doctor's or an examination resource's (R19).
  INSERT INTO clinic_session (template_id, template_revision, department_id, doctor_id, acting_doctor_id,
                              exam_resource_id, room_id, session_date, period, starts_at, ends_at, release_at,
                              fee_cents, status, created_at, updated_at)
  SELECT t.id, t.revision, COALESCE(d.department_id, er.department_id), t.doctor_id, t.doctor_id,
         t.exam_resource_id, t.room_id, c.day, t.period,
         (c.day + t.first_start) AT TIME ZONE p_tz,
         (c.day + t.first_start) AT TIME ZONE p_tz + make_interval(mins => t.minutes_per_number * t.number_count),
         session_release_at(c.day, p_tz), t.fee_cents, 'OPEN', p_now, p_now
    FROM (SELECT p_from + (n - 1) AS day FROM number_series WHERE n <= p_to - p_from + 1) c
    JOIN schedule_template t
      ON t.active AND t.weekday = extract(isodow FROM c.day)
     AND c.day >= t.effective_from AND (t.effective_to IS NULL OR c.day <= t.effective_to)
    LEFT JOIN doctor d ON d.id = t.doctor_id AND d.active
    LEFT JOIN exam_resource er ON er.id = t.exam_resource_id AND er.active
   WHERE d.id IS NOT NULL OR er.id IS NOT NULL
  ON CONFLICT DO NOTHING;
  GET DIAGNOSTICS v_created_sessions = ROW_COUNT;

  -- 2. Sessions of a changed template that have not started: move free numbers, withdraw
  --    surplus free ones, add missing ones.
  CREATE TEMPORARY TABLE IF NOT EXISTS tmp_reconcile (session_id integer PRIMARY KEY, template_id integer)
    ON COMMIT DROP;
  DELETE FROM tmp_reconcile;
  INSERT INTO tmp_reconcile (session_id, template_id)
  SELECT s.id, t.id
    FROM clinic_session s
    JOIN schedule_template t ON t.id = s.template_id
   WHERE s.template_revision <> t.revision AND s.status = 'OPEN' AND s.starts_at > p_now
     AND s.session_date BETWEEN p_from AND p_to
     AND t.active AND s.session_date >= t.effective_from
     AND (t.effective_to IS NULL OR s.session_date <= t.effective_to);

  UPDATE slot x
     SET starts_at = (s.session_date + t.first_start) AT TIME ZONE p_tz
                     + make_interval(mins => t.minutes_per_number * (x.seq_no - 1)),
         ends_at = (s.session_date + t.first_start) AT TIME ZONE p_tz
                   + make_interval(mins => t.minutes_per_number * x.seq_no),
         reserve = CASE WHEN (CAST(x.seq_no AS integer) * t.reserve_count) / t.number_count
                             > ((CAST(x.seq_no AS integer) - 1) * t.reserve_count) / t.number_count
                        THEN 'ON_SITE' END,
         withdrawn = false
    FROM tmp_reconcile r
    JOIN clinic_session s ON s.id = r.session_id
    JOIN schedule_template t ON t.id = r.template_id
   WHERE x.session_id = r.session_id AND x.appointment_id IS NULL AND x.seq_no <= t.number_count;

  UPDATE slot x SET withdrawn = true
    FROM tmp_reconcile r
    JOIN schedule_template t ON t.id = r.template_id
   WHERE x.session_id = r.session_id AND x.appointment_id IS NULL AND x.seq_no > t.number_count
     AND NOT x.withdrawn;
  GET DIAGNOSTICS v_withdrawn_slots = ROW_COUNT;

  UPDATE clinic_session s
     SET template_revision = t.revision, room_id = t.room_id, fee_cents = t.fee_cents, updated_at = p_now
    FROM tmp_reconcile r
    JOIN schedule_template t ON t.id = r.template_id
   WHERE s.id = r.session_id;
  GET DIAGNOSTICS v_updated_sessions = ROW_COUNT;

  -- 3. Numbers of new and reconciled sessions that do not exist yet (R3 windows, R4 reserve
  --    spread evenly through the session).
  INSERT INTO slot (session_id, seq_no, starts_at, ends_at, reserve, withdrawn)
  SELECT s.id, n.n,
         (s.session_date + t.first_start) AT TIME ZONE p_tz + make_interval(mins => t.minutes_per_number * (n.n - 1)),
         (s.session_date + t.first_start) AT TIME ZONE p_tz + make_interval(mins => t.minutes_per_number * n.n),
         CASE WHEN (n.n * t.reserve_count) / t.number_count > ((n.n - 1) * t.reserve_count) / t.number_count
              THEN 'ON_SITE' END,
         false
    FROM clinic_session s
    JOIN schedule_template t ON t.id = s.template_id
    JOIN number_series n ON n.n <= t.number_count
   WHERE s.session_date BETWEEN p_from AND p_to AND s.status = 'OPEN'
     AND (s.id IN (SELECT session_id FROM tmp_reconcile)
          OR NOT EXISTS (SELECT 1 FROM slot y WHERE y.session_id = s.id))
     AND NOT EXISTS (SELECT 1 FROM slot x WHERE x.session_id = s.id AND x.seq_no = n.n);
  GET DIAGNOSTICS v_created_slots = ROW_COUNT;

  -- A session spans its numbers, including booked ones kept at their old time.
  UPDATE clinic_session s
     SET starts_at = b.first_start, ends_at = b.last_end
    FROM (SELECT x.session_id, min(x.starts_at) AS first_start, max(x.ends_at) AS last_end
            FROM slot x JOIN tmp_reconcile r ON r.session_id = x.session_id
           WHERE NOT x.withdrawn OR x.appointment_id IS NOT NULL
           GROUP BY x.session_id) b
   WHERE s.id = b.session_id;

  -- 4. Sessions whose template no longer covers them: closed when nobody holds a number,
  --    otherwise left open and reported (the patients must be handled by a suspension).
  CREATE TEMPORARY TABLE IF NOT EXISTS tmp_uncovered (session_id integer PRIMARY KEY) ON COMMIT DROP;
  DELETE FROM tmp_uncovered;
  INSERT INTO tmp_uncovered (session_id)
  SELECT s.id
    FROM clinic_session s
    JOIN schedule_template t ON t.id = s.template_id
   WHERE s.status = 'OPEN' AND s.starts_at > p_now AND s.session_date BETWEEN p_from AND p_to
     AND (NOT t.active OR s.session_date < t.effective_from
          OR (t.effective_to IS NOT NULL AND s.session_date > t.effective_to));
  -- Bookings in flight hold these sessions open (KEY SHARE): wait for them before deciding that
  -- nobody holds a number; bookings that come later see the session closed (decision 014).
  PERFORM 1 FROM clinic_session x WHERE x.id IN (SELECT session_id FROM tmp_uncovered) ORDER BY x.id FOR UPDATE;
  UPDATE clinic_session s
     SET status = 'CLOSED', status_reason = 'TEMPLATE_WITHDRAWN', updated_at = p_now
   WHERE s.id IN (SELECT session_id FROM tmp_uncovered)
     AND NOT EXISTS (SELECT 1 FROM slot x WHERE x.session_id = s.id AND x.appointment_id IS NOT NULL);
  GET DIAGNOSTICS v_closed_sessions = ROW_COUNT;

  SELECT CAST(count(*) AS integer) INTO v_attention
    FROM tmp_uncovered u JOIN clinic_session s ON s.id = u.session_id
   WHERE s.status = 'OPEN';

  -- 5. Sessions not yet released follow the current release settings (R2).
  UPDATE clinic_session s
     SET release_at = session_release_at(s.session_date, p_tz), updated_at = p_now
   WHERE s.release_at > p_now AND s.session_date BETWEEN p_from AND p_to AND s.status = 'OPEN'
     AND s.release_at <> session_release_at(s.session_date, p_tz);
  GET DIAGNOSTICS v_n = ROW_COUNT;
  v_updated_sessions := v_updated_sessions + v_n;

  IF v_created_sessions + v_created_slots + v_updated_sessions + v_withdrawn_slots + v_closed_sessions > 0 THEN
    PERFORM write_audit(p_now, p_actor, p_operator, 'GENERATE_SESSIONS', 'clinic_session', NULL, 'OK',
                        json_build_object('from', p_from, 'to', p_to, 'createdSessions', v_created_sessions,
                                          'createdSlots', v_created_slots, 'updatedSessions', v_updated_sessions,
                                          'withdrawnSlots', v_withdrawn_slots,
                                          'closedSessions', v_closed_sessions)::text);
  END IF;

  RETURN QUERY SELECT v_created_sessions, v_created_slots, v_updated_sessions, v_withdrawn_slots,
                      v_closed_sessions, v_attention;
END
$$;
