-- R5–R7, R9: booking and cancellation — one pool of numbers for every channel.
-- Twin: db/mssql/procedures/200_booking.sql.

-- Books a given number (p_slot_id) or the earliest free number of a session (p_session_id).
-- The booking rules live in the helpers (010_helpers.sql), shared with holds (210_holds.sql):
-- bookable_session, check_patient_may_book, claim_free_number, record_booking.
-- Concurrency: the patient row is locked (resolve_patient: one patient's attempts run one at a
-- time, so the per-patient limits hold); the session is held open (hold_session_open: KEY SHARE,
-- which bookings share and a suspension waits for); a free number is claimed with FOR UPDATE SKIP
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
  p_triage_assessment_id integer DEFAULT NULL, p_visit_kind varchar DEFAULT NULL)
RETURNS SETOF appointment_view
LANGUAGE plpgsql AS $$
DECLARE
  v_session_id integer;
  v_in_person boolean;
  v_patient_id integer;
  v_document_id integer;
  v_slot_id integer;
  v_seq_no smallint;
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

  -- The session, whether it can be booked now, and an early SESSION_FULL when nothing is free.
  SELECT b.open_session_id, b.in_person INTO v_session_id, v_in_person
    FROM bookable_session(p_session_id, p_slot_id, p_channel, NULL, p_tz, p_now) b;

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

  -- R15 blacklist, one live appointment or hold per session, the per-patient limits.
  PERFORM check_patient_may_book(v_patient_id, v_session_id, NULL, p_now);

  SELECT c.claimed_slot_id, c.claimed_seq_no INTO v_slot_id, v_seq_no
    FROM claim_free_number(v_session_id, p_slot_id, v_in_person, NULL, p_now) c;

  v_appointment_id := record_booking(v_session_id, v_slot_id, v_seq_no, v_patient_id, v_document_id, p_channel,
                                     p_partner_id, p_code, p_verification_code, p_notify_to, p_request_key,
                                     p_partner_callback, p_mobile_digest, p_mobile_masked, p_mobile_cipher,
                                     p_triage_assessment_id, p_actor, p_operator, p_now);
  -- Decision 028: the simple appointment fields the booking gave.
  IF p_visit_kind IS NOT NULL THEN
    UPDATE appointment SET visit_kind = p_visit_kind WHERE id = v_appointment_id;
  END IF;
  RETURN QUERY SELECT * FROM appointment_view WHERE id = v_appointment_id;
END
$$;

-- R9: cancelling frees the number: it is offered down the session's waitlist, else returns to the
-- pool after a random delay, or to the on-site reserve in the last hour (route_freed_number,
-- decision 029). Only a BOOKED appointment can be
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
  -- The session first, in KEY SHARE (decision 014's order session → appointment → slot): routing
  -- the freed number writes rows that reference it, and a suspension in flight must not wait for
  -- this appointment while this waits for its session.
  PERFORM 1 FROM clinic_session s
   WHERE s.id = (SELECT a.session_id FROM appointment a WHERE a.id = p_appointment_id)
     FOR KEY SHARE;
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
  PERFORM route_freed_number(v_slot_id, 'CANCELLED', p_now);
  PERFORM withdraw_pending_reminders(p_appointment_id, p_now);
  PERFORM enqueue_appointment_notification(p_appointment_id, 'CANCELLED', 'cancelled',
                                           json_build_object('reason', p_reason)::text, p_now);

  PERFORM write_audit(p_now, p_actor, p_operator, 'CANCEL', 'appointment', CAST(p_appointment_id AS varchar), 'OK',
                      json_build_object('reason', p_reason, 'partner', p_partner_id)::text);
  RETURN QUERY SELECT * FROM appointment_view WHERE id = p_appointment_id;
END
$$;
