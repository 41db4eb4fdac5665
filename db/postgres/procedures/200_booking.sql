-- R5–R7, R9: booking and cancellation — one pool of numbers for every channel.
-- Twin: db/mssql/procedures/200_booking.sql.

-- Books a given number (p_slot_id) or the earliest free number of a session (p_session_id).
-- Concurrency: the patient row is locked (one patient's attempts run one at a time, so the
-- per-patient limits hold); the session is held open (hold_session_open: KEY SHARE, which
-- bookings share and a suspension waits for); a free number is claimed with FOR UPDATE SKIP
-- LOCKED, so bookings of one session never queue behind each other. Every check that can fail
-- runs before the claim, so a claimed number is never held by a booking that then fails.
-- The mobile given is this booking's (its messages go there); a first-visit patient is registered
-- with it. p_partner_callback: the partner has a callback URL (partner channels only).
DROP FUNCTION IF EXISTS book_appointment;
CREATE FUNCTION book_appointment(
  p_session_id integer, p_slot_id integer, p_channel varchar, p_partner_id varchar,
  p_patient_name varchar, p_document_type varchar, p_document_digest varchar, p_document_masked varchar,
  p_document_cipher varchar, p_mobile_digest varchar, p_mobile_masked varchar, p_mobile_cipher varchar,
  p_code varchar, p_verification_code varchar, p_notify_to varchar, p_request_key varchar,
  p_partner_callback boolean, p_tz varchar, p_actor varchar, p_operator varchar, p_now timestamptz,
  p_triage_assessment_id integer DEFAULT NULL)
RETURNS SETOF appointment_view
LANGUAGE plpgsql AS $$
DECLARE
  v_session clinic_session%ROWTYPE;
  v_session_id integer;
  v_patient_id integer;
  v_document_id integer;
  v_ban_end timestamptz;
  v_dept_day integer;
  v_day integer;
  v_total integer;
  v_slot_id integer;
  v_seq_no smallint;
  v_reserve varchar;
  v_slot_start timestamptz;
  v_in_person boolean;
  v_appointment_id integer;
BEGIN
  IF NOT is_known_channel(p_channel) THEN
    RAISE EXCEPTION 'VALIDATION_FAILED:channel';
  END IF;

  -- A partner retrying a booking it could not confirm gets the appointment it already has.
  v_appointment_id := request_key_booking(p_partner_id, p_request_key, p_document_type, p_document_digest,
                                          p_session_id, p_slot_id);
  IF v_appointment_id IS NOT NULL THEN
    RETURN QUERY SELECT * FROM appointment_view WHERE id = v_appointment_id;
    RETURN;
  END IF;

  -- The session, and whether it can be booked now.
  IF p_slot_id IS NOT NULL THEN
    SELECT session_id INTO v_session_id FROM slot WHERE id = p_slot_id;
    IF NOT FOUND OR (p_session_id IS NOT NULL AND p_session_id <> v_session_id) THEN
      RAISE EXCEPTION 'SLOT_NOT_FOUND';
    END IF;
  ELSIF p_session_id IS NOT NULL THEN
    v_session_id := p_session_id;
  ELSE
    RAISE EXCEPTION 'VALIDATION_FAILED:sessionId or slotId';
  END IF;
  SELECT * INTO v_session FROM clinic_session WHERE id = v_session_id;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'SESSION_NOT_FOUND';
  END IF;
  IF v_session.status = 'SUSPENDED' THEN
    RAISE EXCEPTION 'SESSION_SUSPENDED';
  END IF;
  IF p_now < v_session.release_at THEN
    RAISE EXCEPTION 'SESSION_NOT_OPEN:opens at %', to_char(v_session.release_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
  END IF;
  IF v_session.status <> 'OPEN' OR p_now >= v_session.ends_at THEN
    RAISE EXCEPTION 'SESSION_NOT_OPEN:session is over';
  END IF;
  -- R4: the on-site reserve is for patients in the hospital in person, on the visit day itself —
  -- not for a counter booking of a later day.
  v_in_person := is_in_person_channel(p_channel) AND v_session.session_date = (p_now AT TIME ZONE p_tz)::date;

  -- When an expert session sells out, thousands of attempts follow within seconds: refuse them
  -- from the free-number index before touching the patient (no lock, no insert). The claim below
  -- stays the authority; this only answers early when nothing is free.
  IF p_slot_id IS NULL AND NOT EXISTS (
       SELECT 1 FROM slot WHERE session_id = v_session.id AND appointment_id IS NULL AND NOT withdrawn
          AND starts_at > p_now AND (reserve IS NULL OR v_in_person)) THEN
    RAISE EXCEPTION 'SESSION_FULL';
  END IF;
  IF p_slot_id IS NOT NULL AND NOT EXISTS (
       SELECT 1 FROM slot WHERE id = p_slot_id AND appointment_id IS NULL AND NOT withdrawn) THEN
    RAISE EXCEPTION 'SLOT_UNAVAILABLE';
  END IF;

  -- R18: a booking made from a triage assessment names it (the caller's own, for a partner).
  IF p_triage_assessment_id IS NOT NULL AND NOT EXISTS (
       SELECT 1 FROM triage_assessment t
        WHERE t.id = p_triage_assessment_id AND (p_partner_id IS NULL OR t.partner_id = p_partner_id)) THEN
    RAISE EXCEPTION 'TRIAGE_ASSESSMENT_NOT_FOUND';
  END IF;

  -- R6 real name: the patient of the document (or a first-visit patient), locked.
  SELECT r.patient_id, r.document_id INTO v_patient_id, v_document_id
    FROM resolve_patient(p_patient_name, p_document_type, p_document_digest, p_document_masked, p_document_cipher,
                         p_mobile_digest, p_mobile_masked, p_mobile_cipher, p_now) r;

  -- R5: a retry sent while the first attempt still held the patient's lock waited above; if the
  -- first committed meanwhile, the retry gets its appointment rather than DUPLICATE_BOOKING.
  v_appointment_id := request_key_booking(p_partner_id, p_request_key, p_document_type, p_document_digest,
                                          p_session_id, p_slot_id);
  IF v_appointment_id IS NOT NULL THEN
    RETURN QUERY SELECT * FROM appointment_view WHERE id = v_appointment_id;
    RETURN;
  END IF;

  -- R15: blacklisted patients cannot book on any channel.
  SELECT max(ends_at) INTO v_ban_end
    FROM blacklist_entry
   WHERE patient_id = v_patient_id AND lifted_at IS NULL AND starts_at <= p_now AND ends_at > p_now;
  IF v_ban_end IS NOT NULL THEN
    RAISE EXCEPTION 'PATIENT_BLACKLISTED:%', to_char(v_ban_end AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
  END IF;

  IF EXISTS (SELECT 1 FROM appointment
              WHERE patient_id = v_patient_id AND session_id = v_session.id
                AND status IN ('BOOKED', 'CHECKED_IN', 'CALLED', 'REGISTERED')) THEN
    RAISE EXCEPTION 'DUPLICATE_BOOKING';
  END IF;

  -- Per-patient limits (settings): per department per day, per day, live in total.
  SELECT CAST(count(*) FILTER (WHERE s.session_date = v_session.session_date
                                 AND s.department_id = v_session.department_id) AS integer),
         CAST(count(*) FILTER (WHERE s.session_date = v_session.session_date) AS integer),
         -- Live in total: not yet seen, in sessions not yet over.
         CAST(count(*) FILTER (WHERE a.status <> 'REGISTERED' AND s.ends_at > p_now) AS integer)
    INTO v_dept_day, v_day, v_total
    FROM appointment a JOIN clinic_session s ON s.id = a.session_id
   WHERE a.patient_id = v_patient_id AND a.status IN ('BOOKED', 'CHECKED_IN', 'CALLED', 'REGISTERED')
     AND (s.session_date = v_session.session_date OR (a.status <> 'REGISTERED' AND s.ends_at > p_now));
  IF v_dept_day >= setting_int('limit_per_department_day') THEN
    RAISE EXCEPTION 'BOOKING_LIMIT_EXCEEDED:per department per day';
  END IF;
  IF v_day >= setting_int('limit_per_day') THEN
    RAISE EXCEPTION 'BOOKING_LIMIT_EXCEEDED:per day';
  END IF;
  IF v_total >= setting_int('limit_live_total') THEN
    RAISE EXCEPTION 'BOOKING_LIMIT_EXCEEDED:live in total';
  END IF;

  -- Claim the number, with the session held open (a suspension committed since the check above
  -- is seen here; one that starts now waits for this booking).
  PERFORM hold_session_open(v_session.id);
  IF p_slot_id IS NOT NULL THEN
    SELECT id, seq_no, reserve, starts_at INTO v_slot_id, v_seq_no, v_reserve, v_slot_start
      FROM slot
     WHERE id = p_slot_id AND appointment_id IS NULL AND NOT withdrawn
       FOR UPDATE SKIP LOCKED;
    IF NOT FOUND OR v_slot_start <= p_now OR (v_reserve = 'ON_SITE' AND NOT v_in_person) THEN
      RAISE EXCEPTION 'SLOT_UNAVAILABLE';
    END IF;
  ELSE
    SELECT id, seq_no INTO v_slot_id, v_seq_no
      FROM slot
     WHERE session_id = v_session.id AND appointment_id IS NULL AND NOT withdrawn
       AND starts_at > p_now AND (reserve IS NULL OR v_in_person)
     ORDER BY seq_no
     LIMIT 1
       FOR UPDATE SKIP LOCKED;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'SESSION_FULL';
    END IF;
  END IF;

  INSERT INTO appointment (code, verification_code, patient_id, document_id, session_id, slot_id, visit_no,
                           channel, partner_id, notify_to, request_key, partner_callback, mobile_masked,
                           mobile_cipher, mobile_digest, status, booked_at, booked_by, updated_at, triage_assessment_id)
  VALUES (p_code, p_verification_code, v_patient_id, v_document_id, v_session.id, v_slot_id, v_seq_no,
          p_channel, p_partner_id, p_notify_to, p_request_key, COALESCE(p_partner_callback, false), p_mobile_masked,
          p_mobile_cipher, p_mobile_digest, 'BOOKED', p_now, COALESCE(p_operator, p_actor), p_now, p_triage_assessment_id)
  RETURNING id INTO v_appointment_id;
  UPDATE slot SET appointment_id = v_appointment_id WHERE id = v_slot_id;
  -- R8: the confirmation goes out with the booking, or not at all.
  PERFORM enqueue_appointment_notification(v_appointment_id, 'BOOKING_CONFIRMED', 'booked', '{}', p_now);

  PERFORM write_audit(p_now, p_actor, p_operator, 'BOOK', 'appointment', CAST(v_appointment_id AS varchar), 'OK',
                      json_build_object('channel', p_channel, 'partner', p_partner_id, 'session', v_session.id,
                                        'visitNo', v_seq_no)::text);
  RETURN QUERY SELECT * FROM appointment_view WHERE id = v_appointment_id;
END
$$;

-- R9: cancelling returns the number to the pool at once. Only a BOOKED appointment can be
-- cancelled, until the cut-off before its number's start. p_partner_id scopes a partner to
-- the appointments it made. Locks the appointment, then its number (decision 014's order).
DROP FUNCTION IF EXISTS cancel_appointment;
CREATE FUNCTION cancel_appointment(p_appointment_id integer, p_partner_id varchar, p_reason varchar,
                                   p_actor varchar, p_operator varchar, p_now timestamptz)
RETURNS SETOF appointment_view
LANGUAGE plpgsql AS $$
DECLARE
  v_status varchar;
  v_partner varchar;
  v_slot_id integer;
  v_slot_start timestamptz;
BEGIN
  SELECT a.status, a.partner_id, a.slot_id, sl.starts_at INTO v_status, v_partner, v_slot_id, v_slot_start
    FROM appointment a JOIN slot sl ON sl.id = a.slot_id
   WHERE a.id = p_appointment_id
     FOR UPDATE OF a;
  IF NOT FOUND OR (p_partner_id IS NOT NULL AND v_partner IS DISTINCT FROM p_partner_id) THEN
    RAISE EXCEPTION 'APPOINTMENT_NOT_FOUND';
  END IF;
  IF v_status <> 'BOOKED' THEN
    RAISE EXCEPTION 'CANCEL_NOT_ALLOWED:status is %', v_status;
  END IF;
  IF p_now >= v_slot_start - make_interval(mins => setting_int('cancel_cutoff_minutes')) THEN
    RAISE EXCEPTION 'CANCEL_NOT_ALLOWED:past the cancellation cut-off';
  END IF;

  UPDATE appointment
     SET status = 'CANCELLED', cancelled_at = p_now, cancel_reason = p_reason, updated_at = p_now
   WHERE id = p_appointment_id;
  UPDATE slot SET appointment_id = NULL WHERE id = v_slot_id AND appointment_id = p_appointment_id;
  PERFORM withdraw_pending_reminders(p_appointment_id, p_now);
  PERFORM enqueue_appointment_notification(p_appointment_id, 'CANCELLED', 'cancelled',
                                           json_build_object('reason', p_reason)::text, p_now);

  PERFORM write_audit(p_now, p_actor, p_operator, 'CANCEL', 'appointment', CAST(p_appointment_id AS varchar), 'OK',
                      json_build_object('reason', p_reason, 'partner', p_partner_id)::text);
  RETURN QUERY SELECT * FROM appointment_view WHERE id = p_appointment_id;
END
$$;
