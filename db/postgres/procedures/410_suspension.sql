-- R14 停诊: a same-level substitute keeps every appointment; without one the session is
-- suspended, its patients' appointments cancelled by the hospital and every patient told.
-- Twin: db/mssql/procedures/410_suspension.sql.

-- The substitute must have the scheduled doctor's title (SUBSTITUTE_LEVEL_MISMATCH) and act in
-- no other open session overlapping this one (SUBSTITUTE_UNAVAILABLE). Appointments keep their
-- numbers and times; every patient holding one is told.
DROP FUNCTION IF EXISTS substitute_doctor;
CREATE FUNCTION substitute_doctor(p_session_id integer, p_doctor_id integer, p_reason varchar,
                                  p_actor varchar, p_operator varchar, p_now timestamptz)
RETURNS TABLE (session_id integer, notified integer)
LANGUAGE plpgsql AS $$
DECLARE
  v_session clinic_session%ROWTYPE;
  v_title varchar;
  v_sub_title varchar;
  v_notified integer := 0;
  v_id integer;
BEGIN
  -- One substitution per doctor at a time, so two sessions cannot take the same person at once.
  PERFORM pg_advisory_xact_lock(hashtext('substitute:' || p_doctor_id));
  SELECT * INTO v_session FROM clinic_session WHERE id = p_session_id FOR NO KEY UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'SESSION_NOT_FOUND';
  END IF;
  IF v_session.status = 'SUSPENDED' THEN
    RAISE EXCEPTION 'SESSION_SUSPENDED';
  END IF;
  IF v_session.status <> 'OPEN' OR v_session.ends_at <= p_now THEN
    RAISE EXCEPTION 'SESSION_NOT_OPEN:session is over';
  END IF;
  SELECT title INTO v_title FROM doctor WHERE id = v_session.doctor_id;
  SELECT title INTO v_sub_title FROM doctor WHERE id = p_doctor_id AND active;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'DOCTOR_NOT_FOUND';
  END IF;
  IF v_sub_title <> v_title THEN
    RAISE EXCEPTION 'SUBSTITUTE_LEVEL_MISMATCH:the session needs a doctor titled %', v_title;
  END IF;
  IF p_doctor_id = v_session.acting_doctor_id THEN
    RAISE EXCEPTION 'CONFLICT:this doctor already holds the session';
  END IF;
  IF EXISTS (SELECT 1 FROM clinic_session o
              WHERE o.acting_doctor_id = p_doctor_id AND o.status = 'OPEN' AND o.id <> p_session_id
                AND o.starts_at < v_session.ends_at AND o.ends_at > v_session.starts_at) THEN
    RAISE EXCEPTION 'SUBSTITUTE_UNAVAILABLE';
  END IF;

  UPDATE clinic_session SET acting_doctor_id = p_doctor_id, status_reason = p_reason, updated_at = p_now
   WHERE id = p_session_id;
  FOR v_id IN SELECT a.id FROM appointment a
               WHERE a.session_id = p_session_id AND a.status IN ('BOOKED', 'CHECKED_IN', 'CALLED')
               ORDER BY a.id
  LOOP
    -- One message per substitution: B → C → B tells the patients twice.
    v_notified := v_notified + enqueue_appointment_notification(v_id, 'SUBSTITUTED',
                    concat(p_doctor_id, '@', to_char(p_now AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISSMS')),
                    json_build_object('reason', p_reason)::text, p_now);
  END LOOP;
  PERFORM write_audit(p_now, p_actor, p_operator, 'SUBSTITUTE', 'clinic_session', CAST(p_session_id AS varchar), 'OK',
                      json_build_object('from', v_session.acting_doctor_id, 'to', p_doctor_id, 'reason', p_reason)::text);
  RETURN QUERY SELECT p_session_id, v_notified;
END
$$;

-- No substitute: the session is SUSPENDED, its live appointments CANCELLED_BY_HOSPITAL (their
-- reminders withdrawn) and every patient told by SMS and through the channel they booked with.
-- Lock order session → appointment → slot (decision 014), as cancellation (appointment → slot):
-- the session FOR UPDATE waits for bookings in flight (they hold it in KEY SHARE), which then
-- appear among the appointments cancelled here; bookings after it see the session suspended.
DROP FUNCTION IF EXISTS suspend_session;
CREATE FUNCTION suspend_session(p_session_id integer, p_reason varchar, p_actor varchar, p_operator varchar,
                                p_now timestamptz)
RETURNS TABLE (session_id integer, cancelled integer, notified integer)
LANGUAGE plpgsql AS $$
DECLARE
  v_status varchar;
  v_ends_at timestamptz;
  v_cancelled integer := 0;
  v_notified integer := 0;
  v_id integer;
  v_payload varchar;
BEGIN
  SELECT status, ends_at INTO v_status, v_ends_at FROM clinic_session WHERE id = p_session_id FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'SESSION_NOT_FOUND';
  END IF;
  IF v_status = 'SUSPENDED' THEN
    RAISE EXCEPTION 'SESSION_SUSPENDED:already suspended';
  END IF;
  IF v_status <> 'OPEN' OR v_ends_at <= p_now THEN
    RAISE EXCEPTION 'SESSION_NOT_OPEN:session is over';
  END IF;
  UPDATE clinic_session SET status = 'SUSPENDED', status_reason = p_reason, updated_at = p_now WHERE id = p_session_id;

  -- Locked, and their status re-read under the lock: a check-in or registration in flight
  -- finishes first, and one that voided or registered the appointment takes it out of the set.
  FOR v_id IN SELECT a.id FROM appointment a
               WHERE a.session_id = p_session_id AND a.status IN ('BOOKED', 'CHECKED_IN', 'CALLED')
               ORDER BY a.id
                 FOR UPDATE
  LOOP
    UPDATE appointment SET status = 'CANCELLED_BY_HOSPITAL', cancelled_at = p_now, cancel_reason = p_reason,
                           updated_at = p_now
     WHERE id = v_id;
    UPDATE slot SET appointment_id = NULL WHERE slot.session_id = p_session_id AND appointment_id = v_id;
    PERFORM withdraw_pending_reminders(v_id, p_now);
    -- R14 priority rebooking (decision 029): a held offer on the doctor's next session (or a
    -- same-title colleague's), told in the same one message.
    v_payload := rebook_after_suspension(v_id, p_now);
    v_notified := v_notified + enqueue_appointment_notification(v_id, 'SUSPENDED', 'suspended',
                    (jsonb_build_object('reason', p_reason) || CAST(v_payload AS jsonb))::text, p_now);
    v_cancelled := v_cancelled + 1;
  END LOOP;
  -- Nobody waits for a suspended session any more.
  UPDATE waitlist_entry SET status = 'CLOSED', ended_at = p_now, updated_at = p_now
   WHERE waitlist_entry.session_id = p_session_id AND status = 'WAITING';
  PERFORM write_audit(p_now, p_actor, p_operator, 'SUSPEND', 'clinic_session', CAST(p_session_id AS varchar), 'OK',
                      json_build_object('reason', p_reason, 'cancelled', v_cancelled)::text);
  RETURN QUERY SELECT p_session_id, v_cancelled, v_notified;
END
$$;

-- The phone centre's call list for a suspended session: who to ring, at the mobile each booking
-- was made with (else the patient's), in its encrypted form (booking-core decrypts it for the CALL_CENTRE role). Every row read is audited.
DROP FUNCTION IF EXISTS read_call_list;
CREATE FUNCTION read_call_list(p_session_id integer, p_actor varchar, p_operator varchar, p_now timestamptz)
RETURNS TABLE (appointment_id integer, visit_no smallint, status varchar, channel varchar, patient_name varchar,
               mobile_cipher varchar, mobile_masked varchar, starts_at timestamptz)
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM clinic_session WHERE id = p_session_id) THEN
    RAISE EXCEPTION 'SESSION_NOT_FOUND';
  END IF;
  INSERT INTO audit_log (at, actor, operator, action, entity, entity_id, outcome, detail)
  SELECT p_now, p_actor, p_operator, 'READ_MOBILE', 'patient', CAST(a.patient_id AS varchar), 'OK',
         json_build_object('session', p_session_id, 'appointment', a.id)::text
    FROM appointment a
   WHERE a.session_id = p_session_id AND a.status = 'CANCELLED_BY_HOSPITAL';
  RETURN QUERY
  SELECT a.id, a.visit_no, a.status, a.channel, p.name,
         CASE WHEN a.mobile_cipher IS NOT NULL THEN a.mobile_cipher ELSE p.mobile_cipher END,
         CASE WHEN a.mobile_cipher IS NOT NULL THEN a.mobile_masked ELSE p.mobile_masked END, sl.starts_at
    FROM appointment a JOIN patient p ON p.id = a.patient_id JOIN slot sl ON sl.id = a.slot_id
   WHERE a.session_id = p_session_id AND a.status = 'CANCELLED_BY_HOSPITAL'
   ORDER BY a.visit_no;
END
$$;
