-- The visit day: check-in (R10), lateness (R11), calling and registration with matching numbers
-- (R12), walk-ins (R13), no-shows and the blacklist (R15), the first call of a session (R16).
-- Twin: db/mssql/procedures/300_visit_day.sql.

-- R15: two NO_SHOW / VOIDED_LATE (settings) on visit days within 30 days → blacklisted for 180
-- days from now. An offence counts toward one ban only: those before the patient's latest ban
-- (lifted or not) are not counted again.
DROP FUNCTION IF EXISTS apply_blacklist_rule;
CREATE FUNCTION apply_blacklist_rule(p_patient_id integer, p_visit_date date, p_actor varchar,
                                     p_operator varchar, p_now timestamptz)
RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  v_offences integer;
  v_since timestamptz;
  v_entry_id integer;
BEGIN
  IF EXISTS (SELECT 1 FROM blacklist_entry WHERE patient_id = p_patient_id AND lifted_at IS NULL
                AND starts_at <= p_now AND ends_at > p_now) THEN
    RETURN 0;
  END IF;
  SELECT max(created_at) INTO v_since FROM blacklist_entry WHERE patient_id = p_patient_id;
  SELECT CAST(count(*) AS integer) INTO v_offences
    FROM appointment a JOIN clinic_session s ON s.id = a.session_id
   WHERE a.patient_id = p_patient_id AND a.status IN ('NO_SHOW', 'VOIDED_LATE')
     AND s.session_date > p_visit_date - setting_int('blacklist_window_days')
     AND s.session_date <= p_visit_date
     AND (v_since IS NULL OR a.closed_at > v_since);
  IF v_offences < setting_int('blacklist_no_shows') THEN
    RETURN 0;
  END IF;
  INSERT INTO blacklist_entry (patient_id, reason, starts_at, ends_at, created_at, created_by)
  VALUES (p_patient_id,
          format('%s no-shows within %s days', v_offences, setting_int('blacklist_window_days')),
          p_now, p_now + make_interval(days => setting_int('blacklist_days')), p_now, p_actor)
  RETURNING id INTO v_entry_id;
  PERFORM enqueue_patient_notification(p_patient_id, 'BLACKLISTED', CAST(v_entry_id AS varchar),
    json_build_object('until', to_char((p_now + make_interval(days => setting_int('blacklist_days'))) AT TIME ZONE 'UTC',
                                       'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                      'offences', v_offences)::text, p_now);
  PERFORM write_audit(p_now, p_actor, p_operator, 'BLACKLIST', 'patient', CAST(p_patient_id AS varchar), 'OK',
                      json_build_object('entry', v_entry_id, 'offences', v_offences)::text);
  RETURN 1;
END
$$;

-- R11 迟到作废: the last moment a patient may still check in for a number: lateness_minutes after the
-- number's time. Check-in after it voids the number (void_late_arrival); the no-show sweep waits
-- for it to pass.
DROP FUNCTION IF EXISTS lateness_deadline;
CREATE FUNCTION lateness_deadline(p_slot_start timestamptz) RETURNS timestamptz
LANGUAGE sql STABLE AS $$
  SELECT p_slot_start + make_interval(mins => setting_int('lateness_minutes'))
$$;

-- R11: a patient who arrives after lateness_deadline loses the number: it is void, pending
-- reminders are withdrawn, the patient is told, and the offence counts toward the blacklist (R15).
DROP FUNCTION IF EXISTS void_late_arrival;
CREATE FUNCTION void_late_arrival(p_appointment_id integer, p_patient_id integer, p_visit_date date,
                                  p_slot_start timestamptz, p_actor varchar, p_operator varchar, p_now timestamptz)
RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE appointment SET status = 'VOIDED_LATE', closed_at = p_now, updated_at = p_now WHERE id = p_appointment_id;
  PERFORM withdraw_pending_reminders(p_appointment_id, p_now);
  PERFORM enqueue_appointment_notification(p_appointment_id, 'VOIDED_LATE', 'voided', '{}', p_now);
  PERFORM write_audit(p_now, p_actor, p_operator, 'VOID_LATE', 'appointment', CAST(p_appointment_id AS varchar), 'OK',
                      json_build_object('minutesLate', floor(extract(epoch FROM p_now - p_slot_start) / 60))::text);
  PERFORM apply_blacklist_rule(p_patient_id, p_visit_date, p_actor, p_operator, p_now);
END
$$;

-- R16 准时开诊: a session's first call is the doctor's start, kept once (statistics read it).
DROP FUNCTION IF EXISTS record_first_call;
CREATE FUNCTION record_first_call(p_session_id integer, p_now timestamptz) RETURNS void
LANGUAGE sql AS $$
  UPDATE clinic_session SET first_call_at = p_now WHERE id = p_session_id AND first_call_at IS NULL
$$;

-- R10, R11: the check-in of an appointment the caller has locked (FOR UPDATE), shared by the
-- clinic's kiosk (check_in_appointment) and the examination's (check_in_examination, R19): the
-- document presented must be the patient's (otherwise nothing changes, the attempt is audited and
-- the outcome is CHECKIN_IDENTITY_MISMATCH); a second scan is OK and changes nothing; only a
-- BOOKED appointment of today, within checkin_open_minutes of its number's time, is checked in;
-- late by more than lateness_minutes, the number is void and the outcome is CHECKIN_TOO_LATE.
-- p_today: the hospital's date now; p_what names the visit in CHECKIN_NOT_TODAY's message.
DROP FUNCTION IF EXISTS check_in_locked;
CREATE FUNCTION check_in_locked(p_id integer, p_presented integer, p_document_type varchar, p_today date,
                                p_what varchar, p_actor varchar, p_operator varchar, p_now timestamptz)
RETURNS varchar
LANGUAGE plpgsql AS $$
DECLARE
  v_status varchar;
  v_patient_id integer;
  v_session_date date;
  v_slot_start timestamptz;
  v_visit_no smallint;
BEGIN
  SELECT a.status, a.patient_id, s.session_date, sl.starts_at, a.visit_no
    INTO v_status, v_patient_id, v_session_date, v_slot_start, v_visit_no
    FROM appointment a JOIN clinic_session s ON s.id = a.session_id JOIN slot sl ON sl.id = a.slot_id
   WHERE a.id = p_id;
  IF p_presented IS DISTINCT FROM v_patient_id THEN
    PERFORM write_audit(p_now, p_actor, p_operator, 'CHECK_IN', 'appointment', CAST(p_id AS varchar), 'REFUSED',
                        json_build_object('code', 'CHECKIN_IDENTITY_MISMATCH', 'documentType', p_document_type)::text);
    RETURN 'CHECKIN_IDENTITY_MISMATCH';
  END IF;
  IF v_status = 'CHECKED_IN' THEN
    -- Scanning again at the kiosk prints the same ticket.
    RETURN 'OK';
  END IF;
  IF v_status <> 'BOOKED' THEN
    RAISE EXCEPTION 'APPOINTMENT_NOT_ACTIVE:status is %', v_status;
  END IF;
  IF v_session_date <> p_today THEN
    RAISE EXCEPTION 'CHECKIN_NOT_TODAY:the % is on %', p_what, to_char(v_session_date, 'YYYY-MM-DD');
  END IF;
  IF p_now < v_slot_start - make_interval(mins => setting_int('checkin_open_minutes')) THEN
    RAISE EXCEPTION 'CHECKIN_TOO_EARLY:check-in opens % minutes before the number''s time',
      setting_int('checkin_open_minutes');
  END IF;

  IF p_now > lateness_deadline(v_slot_start) THEN
    PERFORM void_late_arrival(p_id, v_patient_id, v_session_date, v_slot_start, p_actor, p_operator, p_now);
    RETURN 'CHECKIN_TOO_LATE';
  END IF;
  UPDATE appointment
     SET status = 'CHECKED_IN', checked_in_at = p_now, queue_rank = v_visit_no * 1000, updated_at = p_now
   WHERE id = p_id;
  PERFORM write_audit(p_now, p_actor, p_operator, 'CHECK_IN', 'appointment', CAST(p_id AS varchar), 'OK', NULL);
  RETURN 'OK';
END
$$;

-- R10 取号: on the visit day, by appointment code or (verification code + document), with the
-- document presented again (check_in_locked says what follows).
DROP FUNCTION IF EXISTS check_in_appointment;
CREATE FUNCTION check_in_appointment(
  p_appointment_code varchar, p_verification_code varchar, p_document_type varchar, p_document_digest varchar,
  p_tz varchar, p_actor varchar, p_operator varchar, p_now timestamptz)
RETURNS SETOF appointment_result_view
LANGUAGE plpgsql AS $$
DECLARE
  v_presented integer;
  v_id integer;
  v_today date := (p_now AT TIME ZONE p_tz)::date;
  v_outcome varchar(40);
BEGIN
  SELECT patient_id INTO v_presented
    FROM patient_document WHERE document_type = p_document_type AND digest = p_document_digest;
  IF p_appointment_code IS NOT NULL THEN
    SELECT a.id INTO v_id FROM appointment a WHERE a.code = p_appointment_code FOR UPDATE;
  ELSIF p_verification_code IS NOT NULL AND v_presented IS NOT NULL THEN
    SELECT a.id INTO v_id
      FROM appointment a JOIN clinic_session s ON s.id = a.session_id
     WHERE a.patient_id = v_presented AND a.verification_code = p_verification_code
       AND s.session_date = v_today
     ORDER BY a.id DESC LIMIT 1
       FOR UPDATE OF a;
  END IF;
  IF v_id IS NULL THEN
    RAISE EXCEPTION 'APPOINTMENT_NOT_FOUND';
  END IF;
  v_outcome := check_in_locked(v_id, v_presented, p_document_type, v_today, 'visit', p_actor, p_operator, p_now);
  RETURN QUERY SELECT v_outcome, v.* FROM appointment_view v WHERE v.id = v_id;
END
$$;

-- R12 叫号, once for clinics and examinations: the next waiting patient of a session the caller has
-- locked (FOR NO KEY UPDATE), in queue order, is called in p_room_id. Two callers at the same
-- instant get different patients (SKIP LOCKED). The session's first call is kept (R16). Returns
-- the appointment called.
DROP FUNCTION IF EXISTS call_next_locked;
CREATE FUNCTION call_next_locked(p_session_id integer, p_room_id integer, p_actor varchar, p_operator varchar,
                                 p_now timestamptz)
RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  v_id integer;
  v_visit_no smallint;
BEGIN
  SELECT id, visit_no INTO v_id, v_visit_no
    FROM appointment
   WHERE session_id = p_session_id AND status = 'CHECKED_IN'
   ORDER BY queue_rank, id
   LIMIT 1
     FOR UPDATE SKIP LOCKED;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'QUEUE_EMPTY';
  END IF;
  UPDATE appointment
     SET status = 'CALLED', called_at = p_now, call_count = call_count + 1, updated_at = p_now
   WHERE id = v_id;
  INSERT INTO queue_call (session_id, appointment_id, visit_no, kind, room_id, called_by, at)
  VALUES (p_session_id, v_id, v_visit_no, 'CALL', p_room_id, COALESCE(p_operator, p_actor), p_now);
  PERFORM record_first_call(p_session_id, p_now);
  RETURN v_id;
END
$$;

-- R12 叫号: the next waiting patient of a clinic's session (call_next_locked).
DROP FUNCTION IF EXISTS call_next_patient;
CREATE FUNCTION call_next_patient(p_session_id integer, p_actor varchar, p_operator varchar, p_now timestamptz)
RETURNS SETOF appointment_view
LANGUAGE plpgsql AS $$
DECLARE
  v_room_id integer;
  v_id integer;
BEGIN
  -- Session first (it records the first call, R16), then the appointment: decision 014's order.
  -- NO KEY UPDATE does not hold up bookings (KEY SHARE); a suspension waits for the call.
  SELECT room_id INTO v_room_id FROM clinic_session WHERE id = p_session_id FOR NO KEY UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'SESSION_NOT_FOUND';
  END IF;
  v_id := call_next_locked(p_session_id, v_room_id, p_actor, p_operator, p_now);
  RETURN QUERY SELECT * FROM appointment_view WHERE id = v_id;
END
$$;

-- R12: call a called patient again (RECALL), or pass them (PASS, 过号): back into the queue
-- behind the next pass_requeue_after waiting patients.
DROP FUNCTION IF EXISTS recall_or_pass_patient;
CREATE FUNCTION recall_or_pass_patient(p_appointment_id integer, p_kind varchar, p_actor varchar,
                                       p_operator varchar, p_now timestamptz)
RETURNS SETOF appointment_view
LANGUAGE plpgsql AS $$
DECLARE
  v_status varchar;
  v_session_id integer;
  v_visit_no smallint;
  v_room_id integer;
  v_rank numeric(14, 4);
  v_after numeric(14, 4);
  v_next numeric(14, 4);
BEGIN
  IF p_kind NOT IN ('RECALL', 'PASS') THEN
    RAISE EXCEPTION 'VALIDATION_FAILED:kind';
  END IF;
  -- The session before the appointment (decision 014): the call log names the session.
  PERFORM 1 FROM clinic_session s JOIN appointment a ON a.session_id = s.id
   WHERE a.id = p_appointment_id
     FOR KEY SHARE OF s;
  SELECT a.status, a.session_id, a.visit_no, s.room_id INTO v_status, v_session_id, v_visit_no, v_room_id
    FROM appointment a JOIN clinic_session s ON s.id = a.session_id
   WHERE a.id = p_appointment_id
     FOR UPDATE OF a;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'APPOINTMENT_NOT_FOUND';
  END IF;
  IF v_status <> 'CALLED' THEN
    RAISE EXCEPTION 'NOT_CALLED:status is %', v_status;
  END IF;
  IF p_kind = 'RECALL' THEN
    UPDATE appointment SET called_at = p_now, call_count = call_count + 1, updated_at = p_now
     WHERE id = p_appointment_id;
  ELSE
    -- The rank of the n-th waiting patient, and of the one after (if any): go between them.
    SELECT queue_rank INTO v_after
      FROM appointment WHERE session_id = v_session_id AND status = 'CHECKED_IN'
     ORDER BY queue_rank, id OFFSET GREATEST(setting_int('pass_requeue_after') - 1, 0) LIMIT 1;
    IF v_after IS NULL THEN
      SELECT max(queue_rank) INTO v_after FROM appointment WHERE session_id = v_session_id AND status = 'CHECKED_IN';
    END IF;
    SELECT min(queue_rank) INTO v_next
      FROM appointment WHERE session_id = v_session_id AND status = 'CHECKED_IN' AND queue_rank > v_after;
    v_rank := CASE WHEN v_after IS NULL THEN v_visit_no * 1000
                   -- Last in the queue: just behind (a later check-in ranks at its visit number × 1000).
                   WHEN v_next IS NULL THEN v_after + 1
                   ELSE (v_after + v_next) / 2 END;
    UPDATE appointment
       SET status = 'CHECKED_IN', queue_rank = v_rank, pass_count = pass_count + 1, updated_at = p_now
     WHERE id = p_appointment_id;
  END IF;
  INSERT INTO queue_call (session_id, appointment_id, visit_no, kind, room_id, called_by, at)
  VALUES (v_session_id, p_appointment_id, v_visit_no, p_kind, v_room_id, COALESCE(p_operator, p_actor), p_now);
  RETURN QUERY SELECT * FROM appointment_view WHERE id = p_appointment_id;
END
$$;

-- R12 挂号: only after check-in and a call; the visit number on the ticket must be the
-- appointment's — the number it was checked in and called under — and the document must be the
-- patient's. (A call records the appointment's own number, so the call is proven by the status
-- CALLED; comparing the called number with the appointment's would compare a copy with itself.)
-- A refusal is audited as a suspected transfer and returned as the outcome; a success creates
-- the visit.
DROP FUNCTION IF EXISTS register_visit;
CREATE FUNCTION register_visit(p_appointment_code varchar, p_ticket_visit_no integer, p_document_type varchar,
                               p_document_digest varchar, p_actor varchar, p_operator varchar, p_now timestamptz)
RETURNS SETOF appointment_result_view
LANGUAGE plpgsql AS $$
DECLARE
  v_id integer;
  v_status varchar;
  v_patient_id integer;
  v_session_id integer;
  v_visit_no smallint;
  v_channel varchar;
  v_fee integer;
  v_presented integer;
  v_outcome varchar(40) := 'OK';
BEGIN
  -- The session before the appointment (decision 014): the visit names the session.
  PERFORM 1 FROM clinic_session s JOIN appointment a ON a.session_id = s.id
   WHERE a.code = p_appointment_code
     FOR KEY SHARE OF s;
  SELECT a.id, a.status, a.patient_id, a.session_id, a.visit_no, a.channel, s.fee_cents
    INTO v_id, v_status, v_patient_id, v_session_id, v_visit_no, v_channel, v_fee
    FROM appointment a JOIN clinic_session s ON s.id = a.session_id
   WHERE a.code = p_appointment_code
     FOR UPDATE OF a;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'APPOINTMENT_NOT_FOUND';
  END IF;
  IF v_status = 'REGISTERED' THEN
    RAISE EXCEPTION 'APPOINTMENT_NOT_ACTIVE:already registered';
  END IF;
  IF v_status NOT IN ('BOOKED', 'CHECKED_IN', 'CALLED') THEN
    RAISE EXCEPTION 'APPOINTMENT_NOT_ACTIVE:status is %', v_status;
  END IF;

  SELECT patient_id INTO v_presented
    FROM patient_document WHERE document_type = p_document_type AND digest = p_document_digest;

  v_outcome := CASE
    WHEN v_presented IS DISTINCT FROM v_patient_id THEN 'IDENTITY_MISMATCH'
    WHEN v_status = 'BOOKED' THEN 'NOT_CHECKED_IN'
    WHEN v_status = 'CHECKED_IN' THEN 'NOT_CALLED'
    WHEN p_ticket_visit_no IS DISTINCT FROM v_visit_no THEN 'VISIT_NUMBER_MISMATCH'
    ELSE 'OK' END;

  IF v_outcome <> 'OK' THEN
    PERFORM write_audit(p_now, p_actor, p_operator, 'REGISTER', 'appointment', CAST(v_id AS varchar), 'REFUSED',
                        json_build_object('code', v_outcome, 'ticketVisitNo', p_ticket_visit_no,
                                          'visitNo', v_visit_no, 'suspectedTransfer',
                                          v_outcome IN ('IDENTITY_MISMATCH', 'VISIT_NUMBER_MISMATCH'))::text);
  ELSE
    UPDATE appointment SET status = 'REGISTERED', registered_at = p_now, updated_at = p_now WHERE id = v_id;
    INSERT INTO visit (appointment_id, patient_id, session_id, visit_no, channel, fee_cents, registered_at, registered_by)
    VALUES (v_id, v_patient_id, v_session_id, v_visit_no, v_channel, v_fee, p_now, COALESCE(p_operator, p_actor));
    PERFORM write_audit(p_now, p_actor, p_operator, 'REGISTER', 'appointment', CAST(v_id AS varchar), 'OK',
                        json_build_object('visitNo', v_visit_no)::text);
  END IF;
  RETURN QUERY SELECT v_outcome, v.* FROM appointment_view v WHERE v.id = v_id;
END
$$;

-- R13: a walk-in at the registration desk takes an on-site reserve number first, then the
-- earliest free number not yet started, then any free number; the patient is checked in at once
-- and joins the same queue (then called and registered like everyone else). Blacklisted
-- patients may walk in; the per-patient booking limits do not apply to someone standing there.
DROP FUNCTION IF EXISTS register_walk_in;
CREATE FUNCTION register_walk_in(
  p_session_id integer, p_patient_name varchar, p_document_type varchar, p_document_digest varchar,
  p_document_masked varchar, p_document_cipher varchar, p_mobile_digest varchar, p_mobile_masked varchar,
  p_mobile_cipher varchar, p_code varchar, p_verification_code varchar, p_tz varchar,
  p_actor varchar, p_operator varchar, p_now timestamptz)
RETURNS SETOF appointment_view
LANGUAGE plpgsql AS $$
DECLARE
  v_session clinic_session%ROWTYPE;
  v_patient_id integer;
  v_document_id integer;
  v_slot_id integer;
  v_seq_no smallint;
  v_appointment_id integer;
BEGIN
  SELECT * INTO v_session FROM clinic_session WHERE id = p_session_id;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'SESSION_NOT_FOUND';
  END IF;
  -- R19: an examination's numbers are taken only against an order (book_examination).
  IF v_session.exam_resource_id IS NOT NULL THEN
    RAISE EXCEPTION 'EXAM_ORDER_REQUIRED';
  END IF;
  IF v_session.status = 'SUSPENDED' THEN
    RAISE EXCEPTION 'SESSION_SUSPENDED';
  END IF;
  IF v_session.session_date <> (p_now AT TIME ZONE p_tz)::date THEN
    RAISE EXCEPTION 'CHECKIN_NOT_TODAY:the session is on %', to_char(v_session.session_date, 'YYYY-MM-DD');
  END IF;
  IF v_session.status <> 'OPEN' OR p_now >= v_session.ends_at THEN
    RAISE EXCEPTION 'SESSION_NOT_OPEN:session is over';
  END IF;

  SELECT r.patient_id, r.document_id INTO v_patient_id, v_document_id
    FROM resolve_patient(p_patient_name, p_document_type, p_document_digest, p_document_masked, p_document_cipher,
                         p_mobile_digest, p_mobile_masked, p_mobile_cipher, p_now) r;
  IF EXISTS (SELECT 1 FROM appointment
              WHERE patient_id = v_patient_id AND session_id = v_session.id
                AND status IN ('BOOKED', 'CHECKED_IN', 'CALLED', 'REGISTERED')) THEN
    RAISE EXCEPTION 'DUPLICATE_BOOKING';
  END IF;

  -- R13: the on-site reserve first, then a free number whose time is still ahead, then any free
  -- number; each claimed in index order, locking only the row it takes.
  PERFORM hold_session_open(v_session.id);
  SELECT id, seq_no INTO v_slot_id, v_seq_no
    FROM slot
   WHERE session_id = v_session.id AND appointment_id IS NULL AND NOT withdrawn
     AND (held_until IS NULL OR held_until <= p_now) AND reserve IS NOT NULL
   ORDER BY seq_no
   LIMIT 1
     FOR UPDATE SKIP LOCKED;
  IF NOT FOUND THEN
    SELECT id, seq_no INTO v_slot_id, v_seq_no
      FROM slot
     WHERE session_id = v_session.id AND appointment_id IS NULL AND NOT withdrawn
       AND (held_until IS NULL OR held_until <= p_now) AND starts_at > p_now
     ORDER BY seq_no
     LIMIT 1
       FOR UPDATE SKIP LOCKED;
  END IF;
  IF NOT FOUND THEN
    SELECT id, seq_no INTO v_slot_id, v_seq_no
      FROM slot
     WHERE session_id = v_session.id AND appointment_id IS NULL AND NOT withdrawn
       AND (held_until IS NULL OR held_until <= p_now)
     ORDER BY seq_no
     LIMIT 1
       FOR UPDATE SKIP LOCKED;
  END IF;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'SESSION_FULL';
  END IF;

  INSERT INTO appointment (code, verification_code, patient_id, document_id, session_id, slot_id, visit_no,
                           channel, partner_id, mobile_masked, mobile_cipher, mobile_digest, status, booked_at,
                           booked_by, checked_in_at, queue_rank, updated_at)
  VALUES (p_code, p_verification_code, v_patient_id, v_document_id, v_session.id, v_slot_id, v_seq_no,
          'ON_SITE', NULL, p_mobile_masked, p_mobile_cipher, p_mobile_digest, 'CHECKED_IN', p_now,
          COALESCE(p_operator, p_actor), p_now, v_seq_no * 1000, p_now)
  RETURNING id INTO v_appointment_id;
  UPDATE slot SET appointment_id = v_appointment_id, hold_id = NULL, held_until = NULL WHERE id = v_slot_id;
  PERFORM write_audit(p_now, p_actor, p_operator, 'WALK_IN', 'appointment', CAST(v_appointment_id AS varchar), 'OK',
                      json_build_object('session', v_session.id, 'visitNo', v_seq_no)::text);
  RETURN QUERY SELECT * FROM appointment_view WHERE id = v_appointment_id;
END
$$;

-- R15: after a session ends, appointments never checked in become NO_SHOW (once the last moment
-- a late check-in was possible has passed), and the blacklist rule runs for their patients.
-- Running it twice changes nothing.
DROP FUNCTION IF EXISTS mark_no_shows;
CREATE FUNCTION mark_no_shows(p_actor varchar, p_operator varchar, p_now timestamptz)
RETURNS TABLE (no_shows integer, blacklisted integer)
LANGUAGE plpgsql AS $$
DECLARE
  v_no_shows integer := 0;
  v_blacklisted integer := 0;
  v_row record;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('mark_no_shows'));
  CREATE TEMPORARY TABLE IF NOT EXISTS tmp_no_show (appointment_id integer PRIMARY KEY, patient_id integer,
                                                    visit_date date) ON COMMIT DROP;
  DELETE FROM tmp_no_show;
  WITH marked AS (
    UPDATE appointment a
       SET status = 'NO_SHOW', closed_at = p_now, updated_at = p_now
      FROM clinic_session s, slot sl
     WHERE s.id = a.session_id AND sl.id = a.slot_id AND a.status = 'BOOKED'
       AND s.ends_at <= p_now
       AND lateness_deadline(sl.starts_at) < p_now
    RETURNING a.id, a.patient_id, s.session_date)
  INSERT INTO tmp_no_show (appointment_id, patient_id, visit_date) SELECT id, patient_id, session_date FROM marked;
  GET DIAGNOSTICS v_no_shows = ROW_COUNT;

  INSERT INTO audit_log (at, actor, operator, action, entity, entity_id, outcome, detail)
  SELECT p_now, p_actor, p_operator, 'NO_SHOW', 'appointment', CAST(appointment_id AS varchar), 'OK', NULL
    FROM tmp_no_show;
  UPDATE notification SET status = 'WITHDRAWN', updated_at = p_now
   WHERE appointment_id IN (SELECT appointment_id FROM tmp_no_show) AND kind = 'REMINDER' AND status = 'PENDING';

  FOR v_row IN SELECT patient_id, max(visit_date) AS visit_date FROM tmp_no_show GROUP BY patient_id ORDER BY patient_id LOOP
    v_blacklisted := v_blacklisted + apply_blacklist_rule(v_row.patient_id, v_row.visit_date, p_actor, p_operator, p_now);
  END LOOP;
  RETURN QUERY SELECT v_no_shows, v_blacklisted;
END
$$;

-- An operator (ADMIN) lifts a blacklist entry, with a reason; audited.
DROP FUNCTION IF EXISTS lift_blacklist_entry;
CREATE FUNCTION lift_blacklist_entry(p_entry_id integer, p_reason varchar, p_actor varchar, p_operator varchar,
                                     p_now timestamptz)
RETURNS SETOF blacklist_entry
LANGUAGE plpgsql AS $$
DECLARE
  v_lifted timestamptz;
  v_patient integer;
BEGIN
  SELECT lifted_at, patient_id INTO v_lifted, v_patient FROM blacklist_entry WHERE id = p_entry_id FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'BLACKLIST_ENTRY_NOT_FOUND';
  END IF;
  IF v_lifted IS NOT NULL THEN
    RAISE EXCEPTION 'CONFLICT:already lifted';
  END IF;
  UPDATE blacklist_entry SET lifted_at = p_now, lifted_by = COALESCE(p_operator, p_actor), lift_reason = p_reason
   WHERE id = p_entry_id;
  PERFORM write_audit(p_now, p_actor, p_operator, 'LIFT_BLACKLIST', 'patient', CAST(v_patient AS varchar), 'OK',
                      json_build_object('entry', p_entry_id, 'reason', p_reason)::text);
  RETURN QUERY SELECT * FROM blacklist_entry WHERE id = p_entry_id;
END
$$;
