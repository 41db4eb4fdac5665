-- Helpers shared by the procedures. Twin: db/mssql/procedures/010_helpers.sql.
-- The files in this folder are re-applied together, in name order, whenever any of them changes.
-- A helper that reads or writes a table is PL/pgSQL, not SQL: PostgreSQL 15 plans the body of a
-- SQL function that it cannot inline again at every call, while PL/pgSQL keeps its plans for the
-- connection's life (decision 036: write_audit alone was 15 % of book_appointment's time).

DROP FUNCTION IF EXISTS setting_int;
CREATE FUNCTION setting_int(p_key varchar) RETURNS integer
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (SELECT CAST(value AS integer) FROM setting WHERE name = p_key);
END
$$;

DROP FUNCTION IF EXISTS setting_text;
CREATE FUNCTION setting_text(p_key varchar) RETURNS varchar
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (SELECT value FROM setting WHERE name = p_key);
END
$$;

-- R4: the on-site reserve is for patients who are in the hospital in person.
DROP FUNCTION IF EXISTS is_in_person_channel;
CREATE FUNCTION is_in_person_channel(p_channel varchar) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
  SELECT COALESCE(p_channel IN ('COUNTER', 'KIOSK', 'ON_SITE'), false)
$$;

DROP FUNCTION IF EXISTS is_known_channel;
CREATE FUNCTION is_known_channel(p_channel varchar) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
  SELECT COALESCE(p_channel IN ('PHONE', 'COUNTER', 'CLINIC', 'WARD', 'KIOSK', 'WEB', 'APP', 'WECHAT',
                                'THIRD_PARTY', 'COMMUNITY', 'ON_SITE'), false)
$$;

-- R2: a session opens at release_time on the day release_days before it, hospital time.
DROP FUNCTION IF EXISTS session_release_at;
CREATE FUNCTION session_release_at(p_session_date date, p_tz varchar) RETURNS timestamptz
LANGUAGE sql STABLE AS $$
  SELECT ((p_session_date - setting_int('release_days')) + CAST(setting_text('release_time') AS time)) AT TIME ZONE p_tz
$$;

DROP FUNCTION IF EXISTS write_audit;
CREATE FUNCTION write_audit(p_at timestamptz, p_actor varchar, p_operator varchar, p_action varchar,
                            p_entity varchar, p_entity_id varchar, p_outcome varchar, p_detail varchar)
RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO audit_log (at, actor, operator, action, entity, entity_id, outcome, detail)
  VALUES (p_at, p_actor, p_operator, p_action, p_entity, p_entity_id, p_outcome, p_detail);
END
$$;

-- After a failed claim: say why when the session stopped being open meanwhile.
-- Before a number of the session is claimed (booking, walk-in): holds the session row in KEY SHARE
-- until commit and re-reads its status under that lock. Lock order, everywhere (decision 014):
-- session → appointment → slot. A suspension or closure takes the session FOR UPDATE first, so it
-- waits for the claims in flight (and then sees their appointments) and claims after it see the
-- new status: no BOOKED appointment can be left in a SUSPENDED or CLOSED session.
DROP FUNCTION IF EXISTS raise_if_session_closed;
DROP FUNCTION IF EXISTS hold_session_open;
CREATE FUNCTION hold_session_open(p_session_id integer) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  v_status varchar;
BEGIN
  SELECT status INTO v_status FROM clinic_session WHERE id = p_session_id FOR KEY SHARE;
  IF v_status = 'SUSPENDED' THEN
    RAISE EXCEPTION 'SESSION_SUSPENDED';
  ELSIF v_status <> 'OPEN' THEN
    RAISE EXCEPTION 'SESSION_NOT_OPEN:session closed';
  END IF;
END
$$;

-- R6 real name, for booking and walk-in alike: the patient of a document, or a first-visit patient
-- registered now (with the mobile given); the patient row is then locked (one patient's attempts
-- run one at a time) and the name must be the record's (IDENTITY_MISMATCH). A booking never
-- changes a known patient's stored mobile: whoever knows a name and an ID number could otherwise
-- redirect every message of that patient (update_patient_contact does it, audited).
DROP FUNCTION IF EXISTS resolve_patient;
CREATE FUNCTION resolve_patient(p_patient_name varchar, p_document_type varchar, p_document_digest varchar,
                                p_document_masked varchar, p_document_cipher varchar, p_mobile_digest varchar,
                                p_mobile_masked varchar, p_mobile_cipher varchar, p_now timestamptz)
RETURNS TABLE (patient_id integer, document_id integer)
LANGUAGE plpgsql AS $$
DECLARE
  v_patient integer;
  v_document integer;
  v_name varchar;
BEGIN
  SELECT d.id, d.patient_id INTO v_document, v_patient
    FROM patient_document d WHERE d.document_type = p_document_type AND d.digest = p_document_digest;
  IF NOT FOUND THEN
    BEGIN
      INSERT INTO patient (name, mobile_masked, mobile_cipher, mobile_digest, created_at, updated_at)
      VALUES (p_patient_name, p_mobile_masked, p_mobile_cipher, p_mobile_digest, p_now, p_now)
      RETURNING id INTO v_patient;
      INSERT INTO patient_document (patient_id, document_type, digest, masked, cipher, created_at)
      VALUES (v_patient, p_document_type, p_document_digest, p_document_masked, p_document_cipher, p_now)
      RETURNING id INTO v_document;
    EXCEPTION WHEN unique_violation THEN
      -- The same first-visit patient arriving twice at once: use the record the other made.
      SELECT d.id, d.patient_id INTO v_document, v_patient
        FROM patient_document d WHERE d.document_type = p_document_type AND d.digest = p_document_digest;
    END;
  END IF;
  SELECT p.name INTO v_name FROM patient p WHERE p.id = v_patient FOR UPDATE;
  IF v_name IS DISTINCT FROM p_patient_name THEN
    RAISE EXCEPTION 'IDENTITY_MISMATCH';
  END IF;
  RETURN QUERY SELECT v_patient, v_document;
END
$$;

-- R5: the appointment a partner already made under this request key (its Idempotency-Key), or
-- NULL. The same key for another patient, session or number is IDEMPOTENCY_KEY_REUSED.
DROP FUNCTION IF EXISTS request_key_booking;
CREATE FUNCTION request_key_booking(p_partner_id varchar, p_request_key varchar, p_document_type varchar,
                                    p_document_digest varchar, p_session_id integer, p_slot_id integer)
RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  v_id integer;
BEGIN
  IF p_request_key IS NULL THEN
    RETURN NULL;
  END IF;
  SELECT a.id INTO v_id FROM appointment a WHERE a.partner_id = p_partner_id AND a.request_key = p_request_key;
  IF FOUND AND NOT EXISTS (SELECT 1 FROM appointment a JOIN patient_document d ON d.id = a.document_id
                            WHERE a.id = v_id AND d.document_type = p_document_type
                              AND d.digest = p_document_digest
                              AND (p_slot_id IS NULL OR a.slot_id = p_slot_id)
                              AND (p_session_id IS NULL OR a.session_id = p_session_id)) THEN
    RAISE EXCEPTION 'IDEMPOTENCY_KEY_REUSED:this key booked another request';
  END IF;
  RETURN v_id;
END
$$;

-- The booking rules, once, for booking, holding and confirming a hold (R2, R4, R5, R15; decision
-- 023). A number is free when no appointment has it, it is not withdrawn, and no live hold has it:
-- a hold whose held_until has passed (booking-core's clock) frees it at once. p_hold_id: the hold
-- being confirmed, whose own number counts as free to it.

-- The session of a booking or hold (p_slot_id's, or p_session_id), and whether it can be booked
-- now: it exists, is open, released and not over. in_person: the channel may take the on-site
-- reserve (R4: in the hospital in person, on the visit day itself — not a counter booking of a
-- later day). When an expert session sells out, thousands of attempts follow within seconds: they
-- are refused here from the free-number index, before the patient is touched (no lock, no
-- insert); the claim (claim_free_number) stays the authority.
DROP FUNCTION IF EXISTS bookable_session;
CREATE FUNCTION bookable_session(p_session_id integer, p_slot_id integer, p_channel varchar, p_hold_id integer,
                                 p_tz varchar, p_now timestamptz)
RETURNS TABLE (open_session_id integer, in_person boolean)
LANGUAGE plpgsql AS $$
DECLARE
  v_session clinic_session%ROWTYPE;
  v_session_id integer;
  v_in_person boolean;
BEGIN
  IF p_slot_id IS NOT NULL THEN
    SELECT sl.session_id INTO v_session_id FROM slot sl WHERE sl.id = p_slot_id;
    IF NOT FOUND OR (p_session_id IS NOT NULL AND p_session_id <> v_session_id) THEN
      RAISE EXCEPTION 'SLOT_NOT_FOUND';
    END IF;
  ELSIF p_session_id IS NOT NULL THEN
    v_session_id := p_session_id;
  ELSE
    RAISE EXCEPTION 'VALIDATION_FAILED:sessionId or slotId';
  END IF;
  SELECT * INTO v_session FROM clinic_session s WHERE s.id = v_session_id;
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
  v_in_person := is_in_person_channel(p_channel) AND v_session.session_date = (p_now AT TIME ZONE p_tz)::date;

  IF p_slot_id IS NULL AND NOT EXISTS (
       SELECT 1 FROM slot sl
        WHERE sl.session_id = v_session.id AND sl.appointment_id IS NULL AND NOT sl.withdrawn
          AND (sl.held_until IS NULL OR sl.held_until <= p_now)
          AND sl.starts_at > p_now AND (sl.reserve IS NULL OR v_in_person)) THEN
    RAISE EXCEPTION 'SESSION_FULL';
  END IF;
  IF p_slot_id IS NOT NULL AND NOT EXISTS (
       SELECT 1 FROM slot sl
        WHERE sl.id = p_slot_id AND sl.appointment_id IS NULL AND NOT sl.withdrawn
          AND (sl.held_until IS NULL OR sl.held_until <= p_now OR sl.hold_id = p_hold_id)) THEN
    RAISE EXCEPTION 'SLOT_UNAVAILABLE';
  END IF;
  RETURN QUERY SELECT v_session.id, v_in_person;
END
$$;

-- Whether this (locked) patient may take a number of the session now: not blacklisted (R15), no
-- other live appointment or live hold in the session, and within the per-patient limits
-- (settings), counting live holds as appointments while they live. p_hold_id (the hold being
-- confirmed) is not counted against itself.
DROP FUNCTION IF EXISTS check_patient_may_book;
CREATE FUNCTION check_patient_may_book(p_patient_id integer, p_session_id integer, p_hold_id integer,
                                       p_now timestamptz)
RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  v_session clinic_session%ROWTYPE;
  v_ban_end timestamptz;
  v_dept_day integer;
  v_day integer;
  v_total integer;
BEGIN
  SELECT * INTO v_session FROM clinic_session s WHERE s.id = p_session_id;
  -- R19: an examination's numbers are taken only against a clinician's order (book_examination).
  IF v_session.exam_resource_id IS NOT NULL THEN
    RAISE EXCEPTION 'EXAM_ORDER_REQUIRED';
  END IF;

  SELECT max(b.ends_at) INTO v_ban_end
    FROM blacklist_entry b
   WHERE b.patient_id = p_patient_id AND b.lifted_at IS NULL AND b.starts_at <= p_now AND b.ends_at > p_now;
  IF v_ban_end IS NOT NULL THEN
    RAISE EXCEPTION 'PATIENT_BLACKLISTED:%', to_char(v_ban_end AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
  END IF;

  IF EXISTS (SELECT 1 FROM appointment a
              WHERE a.patient_id = p_patient_id AND a.session_id = p_session_id
                AND a.status IN ('BOOKED', 'CHECKED_IN', 'CALLED', 'REGISTERED'))
     OR EXISTS (SELECT 1 FROM number_hold h
                 WHERE h.patient_id = p_patient_id AND h.session_id = p_session_id AND h.status = 'HELD'
                   AND h.expires_at > p_now AND h.id IS DISTINCT FROM p_hold_id) THEN
    RAISE EXCEPTION 'DUPLICATE_BOOKING';
  END IF;

  -- Per department per day, per day, live in total (not yet seen, in sessions not yet over).
  -- Driven from the patient's own rows, each session read by its key (the LATERAL with OFFSET 0
  -- keeps the planner from scanning every session instead): with years of history the sessions
  -- table is large, a patient's rows are few.
  SELECT CAST(count(*) FILTER (WHERE s.session_date = v_session.session_date
                                 AND s.department_id = v_session.department_id) AS integer),
         CAST(count(*) FILTER (WHERE s.session_date = v_session.session_date) AS integer),
         CAST(count(*) FILTER (WHERE x.status <> 'REGISTERED' AND s.ends_at > p_now) AS integer)
    INTO v_dept_day, v_day, v_total
    FROM (SELECT a.session_id, CAST(a.status AS varchar) AS status
            FROM appointment a
           WHERE a.patient_id = p_patient_id AND a.status IN ('BOOKED', 'CHECKED_IN', 'CALLED', 'REGISTERED')
          UNION ALL
          SELECT h.session_id, CAST('HELD' AS varchar)
            FROM number_hold h
           WHERE h.patient_id = p_patient_id AND h.status = 'HELD' AND h.expires_at > p_now
             AND h.id IS DISTINCT FROM p_hold_id) x
    CROSS JOIN LATERAL (SELECT cs.session_date, cs.department_id, cs.ends_at
                          FROM clinic_session cs WHERE cs.id = x.session_id OFFSET 0) s
   WHERE s.session_date = v_session.session_date OR (x.status <> 'REGISTERED' AND s.ends_at > p_now);
  IF v_dept_day >= setting_int('limit_per_department_day') THEN
    RAISE EXCEPTION 'BOOKING_LIMIT_EXCEEDED:per department per day';
  END IF;
  IF v_day >= setting_int('limit_per_day') THEN
    RAISE EXCEPTION 'BOOKING_LIMIT_EXCEEDED:per day';
  END IF;
  IF v_total >= setting_int('limit_live_total') THEN
    RAISE EXCEPTION 'BOOKING_LIMIT_EXCEEDED:live in total';
  END IF;
END
$$;

-- Claims a free number — the given one, or the session's earliest — with the session held open
-- (hold_session_open: a suspension committed since the checks is seen here; one that starts now
-- waits). FOR UPDATE SKIP LOCKED: claims of one session never queue behind each other. A number
-- whose hold has expired is free; p_hold_id's own number is free to it.
DROP FUNCTION IF EXISTS claim_free_number;
CREATE FUNCTION claim_free_number(p_session_id integer, p_slot_id integer, p_in_person boolean, p_hold_id integer,
                                  p_now timestamptz)
RETURNS TABLE (claimed_slot_id integer, claimed_seq_no smallint)
LANGUAGE plpgsql AS $$
DECLARE
  v_slot_id integer;
  v_seq_no smallint;
  v_reserve varchar;
  v_slot_start timestamptz;
BEGIN
  PERFORM hold_session_open(p_session_id);
  IF p_slot_id IS NOT NULL THEN
    SELECT sl.id, sl.seq_no, sl.reserve, sl.starts_at INTO v_slot_id, v_seq_no, v_reserve, v_slot_start
      FROM slot sl
     WHERE sl.id = p_slot_id AND sl.appointment_id IS NULL AND NOT sl.withdrawn
       AND (sl.held_until IS NULL OR sl.held_until <= p_now OR sl.hold_id = p_hold_id)
       FOR UPDATE SKIP LOCKED;
    IF NOT FOUND OR v_slot_start <= p_now OR (v_reserve = 'ON_SITE' AND NOT p_in_person) THEN
      RAISE EXCEPTION 'SLOT_UNAVAILABLE';
    END IF;
  ELSE
    SELECT sl.id, sl.seq_no INTO v_slot_id, v_seq_no
      FROM slot sl
     WHERE sl.session_id = p_session_id AND sl.appointment_id IS NULL AND NOT sl.withdrawn
       AND (sl.held_until IS NULL OR sl.held_until <= p_now)
       AND sl.starts_at > p_now AND (sl.reserve IS NULL OR p_in_person)
     ORDER BY sl.seq_no
     LIMIT 1
       FOR UPDATE SKIP LOCKED;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'SESSION_FULL';
    END IF;
  END IF;
  RETURN QUERY SELECT v_slot_id, v_seq_no;
END
$$;

-- Records a booking on a claimed number (book_appointment, confirm_hold): the appointment, the
-- number taken (any expired hold on it cleared), the confirmation through the outbox (R8: with the
-- booking, or not at all) and the audit. Returns the appointment's id.
DROP FUNCTION IF EXISTS record_booking;
CREATE FUNCTION record_booking(
  p_session_id integer, p_slot_id integer, p_seq_no smallint, p_patient_id integer, p_document_id integer,
  p_channel varchar, p_partner_id varchar, p_code varchar, p_verification_code varchar, p_notify_to varchar,
  p_request_key varchar, p_partner_callback boolean, p_mobile_digest varchar, p_mobile_masked varchar,
  p_mobile_cipher varchar, p_triage_assessment_id integer, p_actor varchar, p_operator varchar, p_now timestamptz)
RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  v_appointment_id integer;
BEGIN
  INSERT INTO appointment (code, verification_code, patient_id, document_id, session_id, slot_id, visit_no,
                           channel, partner_id, notify_to, request_key, partner_callback, mobile_masked,
                           mobile_cipher, mobile_digest, status, booked_at, booked_by, updated_at, triage_assessment_id)
  VALUES (p_code, p_verification_code, p_patient_id, p_document_id, p_session_id, p_slot_id, p_seq_no,
          p_channel, p_partner_id, p_notify_to, p_request_key, COALESCE(p_partner_callback, false), p_mobile_masked,
          p_mobile_cipher, p_mobile_digest, 'BOOKED', p_now, COALESCE(p_operator, p_actor), p_now, p_triage_assessment_id)
  RETURNING id INTO v_appointment_id;
  UPDATE slot SET appointment_id = v_appointment_id, hold_id = NULL, held_until = NULL WHERE id = p_slot_id;
  PERFORM enqueue_appointment_notification(v_appointment_id, 'BOOKING_CONFIRMED', 'booked', '{}', p_now);
  PERFORM write_audit(p_now, p_actor, p_operator, 'BOOK', 'appointment', CAST(v_appointment_id AS varchar), 'OK',
                      json_build_object('channel', p_channel, 'partner', p_partner_id, 'session', p_session_id,
                                        'visitNo', p_seq_no)::text);
  RETURN v_appointment_id;
END
$$;
