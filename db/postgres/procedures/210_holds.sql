-- R5, R6, R15: holds — a number of the one pool reserved for a few minutes (setting hold_minutes)
-- while the patient confirms or pays. Every booking rule is checked when the number is held and
-- again when the hold is confirmed; the rules live once, in the helpers of 010_helpers.sql that
-- book_appointment uses too. Decision 023. Twin: db/mssql/procedures/210_holds.sql.
--
-- Lock order (decision 014, extended): patient → hold → session → slot. A hold is claimed like a
-- booking (patient, session held open, the number FOR UPDATE SKIP LOCKED); a confirm locks the
-- patient, then the hold; a release or the sweeper lock the hold, then its number. A booking that
-- takes the number of an expired hold never touches the hold row.

DROP VIEW IF EXISTS hold_view CASCADE;
CREATE VIEW hold_view AS
SELECT h.id, h.status, h.channel, h.partner_id, h.notify_to,
       h.session_id, s.session_date, to_char(s.session_date, 'YYYY-MM-DD') AS session_day, s.period,
       h.slot_id, h.visit_no, sl.starts_at, sl.ends_at,
       s.department_id, dep.name AS department_name,
       s.doctor_id, doc.name AS doctor_name, doc.title AS doctor_title,
       h.patient_id, p.name AS patient_name, pd.document_type, pd.masked AS document_masked,
       COALESCE(h.mobile_masked, p.mobile_masked) AS mobile_masked, s.fee_cents,
       h.held_at, h.held_by, h.expires_at, h.ended_at, h.appointment_id
  FROM number_hold h
  JOIN clinic_session s ON s.id = h.session_id
  JOIN slot sl ON sl.id = h.slot_id
  JOIN department dep ON dep.id = s.department_id
  JOIN doctor doc ON doc.id = s.doctor_id
  JOIN patient p ON p.id = h.patient_id
  JOIN patient_document pd ON pd.id = h.document_id;
COMMENT ON COLUMN hold_view.session_day IS 'not null';

-- R5: the hold a partner already made under this request key (its Idempotency-Key), or NULL.
-- The same key for another patient, session or number is IDEMPOTENCY_KEY_REUSED.
DROP FUNCTION IF EXISTS request_key_hold;
CREATE FUNCTION request_key_hold(p_partner_id varchar, p_request_key varchar, p_document_type varchar,
                                 p_document_digest varchar, p_session_id integer, p_slot_id integer)
RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  v_id integer;
BEGIN
  IF p_request_key IS NULL THEN
    RETURN NULL;
  END IF;
  SELECT h.id INTO v_id FROM number_hold h WHERE h.partner_id = p_partner_id AND h.request_key = p_request_key;
  IF FOUND AND NOT EXISTS (SELECT 1 FROM number_hold h JOIN patient_document d ON d.id = h.document_id
                            WHERE h.id = v_id AND d.document_type = p_document_type
                              AND d.digest = p_document_digest
                              AND (p_slot_id IS NULL OR h.slot_id = p_slot_id)
                              AND (p_session_id IS NULL OR h.session_id = p_session_id)) THEN
    RAISE EXCEPTION 'IDEMPOTENCY_KEY_REUSED:this key held another request';
  END IF;
  RETURN v_id;
END
$$;

-- Holds a given number (p_slot_id) or the earliest free number of a session (p_session_id) for
-- the patient, until p_now + hold_minutes. Every booking rule is checked as for a booking; the
-- number is then neither bookable nor holdable by anyone else until the hold ends or expires, and
-- the hold counts toward the patient's limits while it lives. The contact, channel and partner
-- given are kept for the appointment the confirm makes.
DROP FUNCTION IF EXISTS hold_number;
CREATE FUNCTION hold_number(
  p_session_id integer, p_slot_id integer, p_channel varchar, p_partner_id varchar,
  p_patient_name varchar, p_document_type varchar, p_document_digest varchar, p_document_masked varchar,
  p_document_cipher varchar, p_mobile_digest varchar, p_mobile_masked varchar, p_mobile_cipher varchar,
  p_notify_to varchar, p_request_key varchar, p_partner_callback boolean, p_triage_assessment_id integer,
  p_tz varchar, p_actor varchar, p_operator varchar, p_now timestamptz)
RETURNS SETOF hold_view
LANGUAGE plpgsql AS $$
DECLARE
  v_session_id integer;
  v_in_person boolean;
  v_patient_id integer;
  v_document_id integer;
  v_slot_id integer;
  v_seq_no smallint;
  v_hold_id integer;
  v_expires timestamptz;
BEGIN
  IF NOT is_known_channel(p_channel) THEN
    RAISE EXCEPTION 'VALIDATION_FAILED:channel';
  END IF;

  -- A partner retrying a hold it could not confirm gets the hold it already has.
  v_hold_id := request_key_hold(p_partner_id, p_request_key, p_document_type, p_document_digest,
                                p_session_id, p_slot_id);
  IF v_hold_id IS NOT NULL THEN
    RETURN QUERY SELECT * FROM hold_view WHERE id = v_hold_id;
    RETURN;
  END IF;

  SELECT b.open_session_id, b.in_person INTO v_session_id, v_in_person
    FROM bookable_session(p_session_id, p_slot_id, p_channel, NULL, p_tz, p_now) b;

  -- R18: a hold made from a triage assessment names it (the caller's own, for a partner).
  IF p_triage_assessment_id IS NOT NULL AND NOT EXISTS (
       SELECT 1 FROM triage_assessment t
        WHERE t.id = p_triage_assessment_id AND (p_partner_id IS NULL OR t.partner_id = p_partner_id)) THEN
    RAISE EXCEPTION 'TRIAGE_ASSESSMENT_NOT_FOUND';
  END IF;

  -- R6 real name: the patient of the document (or a first-visit patient), locked.
  SELECT r.patient_id, r.document_id INTO v_patient_id, v_document_id
    FROM resolve_patient(p_patient_name, p_document_type, p_document_digest, p_document_masked, p_document_cipher,
                         p_mobile_digest, p_mobile_masked, p_mobile_cipher, p_now) r;

  -- A retry that waited for the first attempt's patient lock gets its hold.
  v_hold_id := request_key_hold(p_partner_id, p_request_key, p_document_type, p_document_digest,
                                p_session_id, p_slot_id);
  IF v_hold_id IS NOT NULL THEN
    RETURN QUERY SELECT * FROM hold_view WHERE id = v_hold_id;
    RETURN;
  END IF;

  PERFORM check_patient_may_book(v_patient_id, v_session_id, NULL, p_now);

  SELECT c.claimed_slot_id, c.claimed_seq_no INTO v_slot_id, v_seq_no
    FROM claim_free_number(v_session_id, p_slot_id, v_in_person, NULL, p_now) c;

  v_expires := p_now + make_interval(mins => setting_int('hold_minutes'));
  INSERT INTO number_hold (patient_id, document_id, session_id, slot_id, visit_no, channel, partner_id, notify_to,
                           request_key, partner_callback, mobile_masked, mobile_cipher, mobile_digest,
                           triage_assessment_id, status, held_at, held_by, expires_at, updated_at)
  VALUES (v_patient_id, v_document_id, v_session_id, v_slot_id, v_seq_no, p_channel, p_partner_id, p_notify_to,
          p_request_key, COALESCE(p_partner_callback, false), p_mobile_masked, p_mobile_cipher, p_mobile_digest,
          p_triage_assessment_id, 'HELD', p_now, COALESCE(p_operator, p_actor), v_expires, p_now)
  RETURNING id INTO v_hold_id;
  UPDATE slot SET hold_id = v_hold_id, held_until = v_expires WHERE id = v_slot_id;

  PERFORM write_audit(p_now, p_actor, p_operator, 'HOLD', 'hold', CAST(v_hold_id AS varchar), 'OK',
                      json_build_object('channel', p_channel, 'partner', p_partner_id, 'session', v_session_id,
                                        'visitNo', v_seq_no)::text);
  RETURN QUERY SELECT * FROM hold_view WHERE id = v_hold_id;
END
$$;

-- Turns a live hold into an appointment, with every booking rule checked again (a patient
-- blacklisted since the hold is refused), and the same outcome as book_appointment (record_booking:
-- the appointment, the confirmation through the outbox, the audit). A confirmed hold confirmed
-- again returns its appointment (a retry). HOLD_EXPIRED once the hold's time has passed (by
-- p_now), HOLD_NOT_ACTIVE once released; p_partner_id scopes a partner to the holds it made.
DROP FUNCTION IF EXISTS confirm_hold;
CREATE FUNCTION confirm_hold(p_hold_id integer, p_partner_id varchar, p_code varchar, p_verification_code varchar,
                             p_tz varchar, p_actor varchar, p_operator varchar, p_now timestamptz)
RETURNS SETOF appointment_view
LANGUAGE plpgsql AS $$
DECLARE
  v_hold number_hold%ROWTYPE;
  v_session_id integer;
  v_in_person boolean;
  v_slot_id integer;
  v_seq_no smallint;
  v_appointment_id integer;
BEGIN
  SELECT * INTO v_hold FROM number_hold h WHERE h.id = p_hold_id;
  IF NOT FOUND OR (p_partner_id IS NOT NULL AND v_hold.partner_id IS DISTINCT FROM p_partner_id) THEN
    RAISE EXCEPTION 'HOLD_NOT_FOUND';
  END IF;
  -- The patient first (so the limits hold, as in booking), then the hold.
  PERFORM 1 FROM patient p WHERE p.id = v_hold.patient_id FOR UPDATE;
  SELECT * INTO v_hold FROM number_hold h WHERE h.id = p_hold_id FOR UPDATE;
  IF v_hold.status = 'CONFIRMED' THEN
    RETURN QUERY SELECT * FROM appointment_view WHERE id = v_hold.appointment_id;
    RETURN;
  END IF;
  IF v_hold.status = 'RELEASED' THEN
    RAISE EXCEPTION 'HOLD_NOT_ACTIVE:the hold was released';
  END IF;
  IF v_hold.status = 'EXPIRED' OR v_hold.expires_at <= p_now THEN
    RAISE EXCEPTION 'HOLD_EXPIRED:expired at %', to_char(v_hold.expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
  END IF;

  SELECT b.open_session_id, b.in_person INTO v_session_id, v_in_person
    FROM bookable_session(v_hold.session_id, v_hold.slot_id, v_hold.channel, v_hold.id, p_tz, p_now) b;
  PERFORM check_patient_may_book(v_hold.patient_id, v_session_id, v_hold.id, p_now);
  SELECT c.claimed_slot_id, c.claimed_seq_no INTO v_slot_id, v_seq_no
    FROM claim_free_number(v_session_id, v_hold.slot_id, v_in_person, v_hold.id, p_now) c;

  v_appointment_id := record_booking(v_session_id, v_slot_id, v_seq_no, v_hold.patient_id, v_hold.document_id,
                                     v_hold.channel, v_hold.partner_id, p_code, p_verification_code,
                                     v_hold.notify_to, NULL, v_hold.partner_callback, v_hold.mobile_digest,
                                     v_hold.mobile_masked, v_hold.mobile_cipher, v_hold.triage_assessment_id,
                                     p_actor, p_operator, p_now);
  UPDATE number_hold SET status = 'CONFIRMED', appointment_id = v_appointment_id, ended_at = p_now, updated_at = p_now
   WHERE id = p_hold_id;
  -- An offer from the waitlist (decision 029): its entry is BOOKED, its freed number counted.
  IF v_hold.waitlist_entry_id IS NOT NULL THEN
    PERFORM settle_accepted_offer(p_hold_id, p_now);
  END IF;
  PERFORM write_audit(p_now, p_actor, p_operator, 'CONFIRM_HOLD', 'hold', CAST(p_hold_id AS varchar), 'OK',
                      json_build_object('appointment', v_appointment_id, 'partner', p_partner_id)::text);
  RETURN QUERY SELECT * FROM appointment_view WHERE id = v_appointment_id;
END
$$;

-- Releases a hold early: its number returns to the pool at once. Releasing a hold that has ended
-- (released, or expired) again returns it unchanged (a retry); a confirmed hold is
-- HOLD_NOT_ACTIVE (cancel its appointment instead). A live hold past its time is recorded EXPIRED.
DROP FUNCTION IF EXISTS release_hold;
CREATE FUNCTION release_hold(p_hold_id integer, p_partner_id varchar, p_actor varchar, p_operator varchar,
                             p_now timestamptz)
RETURNS SETOF hold_view
LANGUAGE plpgsql AS $$
DECLARE
  v_hold number_hold%ROWTYPE;
BEGIN
  SELECT * INTO v_hold FROM number_hold h WHERE h.id = p_hold_id FOR UPDATE;
  IF NOT FOUND OR (p_partner_id IS NOT NULL AND v_hold.partner_id IS DISTINCT FROM p_partner_id) THEN
    RAISE EXCEPTION 'HOLD_NOT_FOUND';
  END IF;
  IF v_hold.status = 'CONFIRMED' THEN
    RAISE EXCEPTION 'HOLD_NOT_ACTIVE:the hold was confirmed';
  END IF;
  IF v_hold.status = 'HELD' THEN
    UPDATE number_hold
       SET status = CASE WHEN expires_at <= p_now THEN 'EXPIRED' ELSE 'RELEASED' END,
           ended_at = CASE WHEN expires_at <= p_now THEN expires_at ELSE p_now END, updated_at = p_now
     WHERE id = p_hold_id;
    -- The number is freed (decision 029): an offer passes to the next patient waiting; a plain
    -- hold's number goes down the waitlist, else back after a random delay or to the on-site reserve.
    PERFORM after_hold_ended(p_hold_id, CASE WHEN v_hold.expires_at <= p_now THEN 'EXPIRED' ELSE 'RELEASED' END, p_now);
    PERFORM write_audit(p_now, p_actor, p_operator, 'RELEASE_HOLD', 'hold', CAST(p_hold_id AS varchar), 'OK',
                        json_build_object('partner', p_partner_id)::text);
  END IF;
  RETURN QUERY SELECT * FROM hold_view WHERE id = p_hold_id;
END
$$;

-- The sweeper: marks holds past their time EXPIRED and frees their numbers. A plain hold's number
-- was claimable the moment its time passed (decision 023); if nobody took it, it is now a freed
-- number like a cancelled one. A lapsed waitlist offer passes its number to the next patient waiting
-- (decision 029) — the number stayed out of every claim meanwhile. Locks each hold, then its number
-- (SKIP LOCKED: a confirm or release in flight decides that hold). Running it twice changes nothing.
DROP FUNCTION IF EXISTS expire_holds;
CREATE FUNCTION expire_holds(p_now timestamptz)
RETURNS TABLE (expired integer)
LANGUAGE plpgsql AS $$
DECLARE
  v_count integer := 0;
  v_id integer;
BEGIN
  FOR v_id IN SELECT h.id FROM number_hold h
               WHERE h.status = 'HELD' AND h.expires_at <= p_now
               ORDER BY h.expires_at, h.id
                 FOR UPDATE SKIP LOCKED
  LOOP
    UPDATE number_hold SET status = 'EXPIRED', ended_at = expires_at, updated_at = p_now WHERE id = v_id;
    PERFORM after_hold_ended(v_id, 'EXPIRED', p_now);
    v_count := v_count + 1;
  END LOOP;
  RETURN QUERY SELECT v_count;
END
$$;
