-- Helpers shared by the procedures. Twin: db/mssql/procedures/010_helpers.sql.
-- The files in this folder are re-applied together, in name order, whenever any of them changes.

DROP FUNCTION IF EXISTS setting_int;
CREATE FUNCTION setting_int(p_key varchar) RETURNS integer
LANGUAGE sql STABLE AS $$
  SELECT CAST(value AS integer) FROM setting WHERE name = p_key
$$;

DROP FUNCTION IF EXISTS setting_text;
CREATE FUNCTION setting_text(p_key varchar) RETURNS varchar
LANGUAGE sql STABLE AS $$
  SELECT value FROM setting WHERE name = p_key
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
LANGUAGE sql AS $$
  INSERT INTO audit_log (at, actor, operator, action, entity, entity_id, outcome, detail)
  VALUES (p_at, p_actor, p_operator, p_action, p_entity, p_entity_id, p_outcome, p_detail)
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
