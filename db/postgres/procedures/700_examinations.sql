-- R19 医技预约: examinations booked from the same centre (decision 031). A session of an
-- examination resource (a device in a room) is generated like a clinic's (generate_sessions, R1–R4)
-- and booked with the same helpers (bookable_session, claim_free_number, record_booking), but only
-- against an order (申请单) a clinician placed: one live booking per order (the index
-- appointment_exam_order_live), and the rules between a patient's examinations are rows of
-- exam_rule. The visit day is the clinic's: check-in with identity (R10), lateness (R11:
-- lateness_deadline, void_late_arrival, which applies the blacklist rule), the queue and calling
-- per resource session (R12), completion in place of registration, no-shows (mark_no_shows, R15).
-- Twin: db/mssql/procedures/700_examinations.sql.

-- Sessions of examination resources have no doctor (migration 070), so a column read from
-- clinic_session.doctor_id is nullable; hold_view (210_holds.sql) joins the doctor, so it has one.
COMMENT ON COLUMN hold_view.doctor_id IS 'not null';

DROP VIEW IF EXISTS exam_appointment_view CASCADE;
CREATE VIEW exam_appointment_view AS
SELECT a.id, a.code, a.status, a.visit_no, a.channel, a.partner_id, a.verification_code, a.notify_to,
       a.session_id, s.session_date, to_char(s.session_date, 'YYYY-MM-DD') AS session_day, s.period,
       a.slot_id, sl.starts_at, sl.ends_at,
       o.id AS order_id, o.order_no, o.status AS order_status, o.completed_at,
       et.id AS exam_type_id, et.code AS exam_type_code, et.name AS exam_type_name, et.modality,
       et.preparation,
       er.id AS exam_resource_id, er.name AS exam_resource_name, er.device,
       s.department_id, dep.name AS department_name, s.room_id, r.name AS room_name, r.location AS room_location,
       a.patient_id, p.name AS patient_name, pd.document_type, pd.masked AS document_masked,
       COALESCE(a.mobile_masked, p.mobile_masked) AS mobile_masked, s.fee_cents,
       a.booked_at, a.cancelled_at, a.cancel_reason, a.checked_in_at, a.called_at, a.registered_at, a.closed_at,
       a.call_count,
       -- R10: the place in the resource session's queue while waiting (1 = next to be called).
       CASE WHEN a.status = 'CHECKED_IN' THEN
         (SELECT CAST(count(*) AS integer) + 1 FROM appointment w
           WHERE w.session_id = a.session_id AND w.status = 'CHECKED_IN'
             AND (w.queue_rank < a.queue_rank OR (w.queue_rank = a.queue_rank AND w.id < a.id)))
       END AS queue_position
  FROM appointment a
  JOIN exam_order o ON o.id = a.exam_order_id
  JOIN exam_type et ON et.id = o.exam_type_id
  JOIN clinic_session s ON s.id = a.session_id
  JOIN exam_resource er ON er.id = s.exam_resource_id
  JOIN slot sl ON sl.id = a.slot_id
  JOIN department dep ON dep.id = s.department_id
  JOIN room r ON r.id = s.room_id
  JOIN patient p ON p.id = a.patient_id
  JOIN patient_document pd ON pd.id = a.document_id;
COMMENT ON COLUMN exam_appointment_view.session_day IS 'not null';

-- What the visit-day procedures of examinations return: the appointment and how the attempt
-- ended (a refusal that must leave a trace is an outcome, not an exception; as for clinics).
DROP VIEW IF EXISTS exam_appointment_result_view CASCADE;
CREATE VIEW exam_appointment_result_view AS
SELECT CAST('OK' AS varchar(40)) AS outcome, v.* FROM exam_appointment_view v;
COMMENT ON COLUMN exam_appointment_result_view.outcome IS 'not null';

DROP VIEW IF EXISTS exam_order_view CASCADE;
CREATE VIEW exam_order_view AS
SELECT o.id, o.order_no, o.status, o.patient_id, p.name AS patient_name,
       o.exam_type_id, et.code AS exam_type_code, et.name AS exam_type_name, et.preparation,
       o.ordered_by, doc.name AS ordered_by_name, o.created_at, o.created_by, o.completed_at,
       (SELECT a.id FROM appointment a
         WHERE a.exam_order_id = o.id AND a.status IN ('BOOKED', 'CHECKED_IN', 'CALLED', 'REGISTERED')) AS appointment_id
  FROM exam_order o
  JOIN patient p ON p.id = o.patient_id
  JOIN exam_type et ON et.id = o.exam_type_id
  LEFT JOIN doctor doc ON doc.id = o.ordered_by;

DROP VIEW IF EXISTS exam_session_view CASCADE;
CREATE VIEW exam_session_view AS
SELECT s.id, s.session_date, to_char(s.session_date, 'YYYY-MM-DD') AS session_day, s.period, s.status,
       s.starts_at, s.ends_at, s.release_at, s.fee_cents, s.template_id, s.first_call_at,
       s.exam_resource_id, er.code AS exam_resource_code, er.name AS exam_resource_name, er.device,
       s.department_id, dep.name AS department_name, s.room_id, r.name AS room_name, r.location AS room_location
  FROM clinic_session s
  JOIN exam_resource er ON er.id = s.exam_resource_id
  JOIN department dep ON dep.id = s.department_id
  JOIN room r ON r.id = s.room_id;
COMMENT ON COLUMN exam_session_view.session_day IS 'not null';
COMMENT ON COLUMN exam_session_view.exam_resource_id IS 'not null';

-- The catalogue: an exam type (by code; saving it again updates it).
DROP FUNCTION IF EXISTS save_exam_type;
CREATE FUNCTION save_exam_type(
  p_code varchar, p_name varchar, p_modality varchar, p_department_id integer, p_minutes_per_number integer,
  p_preparation varchar, p_contraindications varchar, p_active boolean,
  p_actor varchar, p_operator varchar, p_now timestamptz)
RETURNS SETOF exam_type
LANGUAGE plpgsql AS $$
DECLARE
  v_id integer;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM department WHERE id = p_department_id) THEN
    RAISE EXCEPTION 'DEPARTMENT_NOT_FOUND';
  END IF;
  IF p_minutes_per_number NOT BETWEEN 1 AND 30 OR p_modality NOT IN ('ULTRASOUND', 'CT', 'MRI', 'ENDOSCOPY', 'XRAY', 'OTHER')
     OR p_contraindications IS NULL OR p_preparation IS NULL THEN
    RAISE EXCEPTION 'VALIDATION_FAILED:exam type';
  END IF;
  SELECT id INTO v_id FROM exam_type WHERE code = p_code FOR UPDATE;
  IF v_id IS NULL THEN
    INSERT INTO exam_type (code, name, modality, department_id, minutes_per_number, preparation, contraindications, active)
    VALUES (p_code, p_name, p_modality, p_department_id, p_minutes_per_number, p_preparation, p_contraindications,
            p_active)
    RETURNING id INTO v_id;
  ELSE
    UPDATE exam_type
       SET name = p_name, modality = p_modality, department_id = p_department_id,
           minutes_per_number = p_minutes_per_number, preparation = p_preparation,
           contraindications = p_contraindications, active = p_active
     WHERE id = v_id;
  END IF;
  PERFORM write_audit(p_now, p_actor, p_operator, 'SAVE_EXAM_TYPE', 'exam_type', CAST(v_id AS varchar), 'OK',
                      json_build_object('code', p_code)::text);
  RETURN QUERY SELECT * FROM exam_type WHERE id = v_id;
END
$$;

-- A resource (device in a room, by code) and the exam types it performs (ids, comma-separated).
DROP FUNCTION IF EXISTS save_exam_resource;
CREATE FUNCTION save_exam_resource(
  p_code varchar, p_name varchar, p_device varchar, p_room_id integer, p_department_id integer,
  p_technicians varchar, p_exam_type_ids varchar, p_active boolean,
  p_actor varchar, p_operator varchar, p_now timestamptz)
RETURNS SETOF exam_resource
LANGUAGE plpgsql AS $$
DECLARE
  v_id integer;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM room WHERE id = p_room_id AND active) THEN
    RAISE EXCEPTION 'ROOM_NOT_FOUND';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM department WHERE id = p_department_id) THEN
    RAISE EXCEPTION 'DEPARTMENT_NOT_FOUND';
  END IF;
  IF EXISTS (SELECT 1 FROM unnest(string_to_array(p_exam_type_ids, ',')) x(v)
              WHERE NOT EXISTS (SELECT 1 FROM exam_type t WHERE CAST(t.id AS varchar) = trim(x.v))) THEN
    RAISE EXCEPTION 'EXAM_TYPE_NOT_FOUND';
  END IF;
  SELECT id INTO v_id FROM exam_resource WHERE code = p_code FOR UPDATE;
  IF v_id IS NULL THEN
    INSERT INTO exam_resource (code, name, device, room_id, department_id, technicians, active)
    VALUES (p_code, p_name, p_device, p_room_id, p_department_id, p_technicians, p_active)
    RETURNING id INTO v_id;
  ELSE
    UPDATE exam_resource
       SET name = p_name, device = p_device, room_id = p_room_id, department_id = p_department_id,
           technicians = p_technicians, active = p_active
     WHERE id = v_id;
  END IF;
  DELETE FROM exam_resource_type WHERE exam_resource_id = v_id;
  INSERT INTO exam_resource_type (exam_resource_id, exam_type_id)
  SELECT DISTINCT v_id, CAST(trim(x.v) AS integer) FROM unnest(string_to_array(p_exam_type_ids, ',')) x(v)
   WHERE trim(x.v) <> '';
  PERFORM write_audit(p_now, p_actor, p_operator, 'SAVE_EXAM_RESOURCE', 'exam_resource', CAST(v_id AS varchar), 'OK',
                      json_build_object('code', p_code, 'examTypes', p_exam_type_ids)::text);
  RETURN QUERY SELECT * FROM exam_resource WHERE id = v_id;
END
$$;

-- R1 for a resource: its weekly template, in schedule_template (exam_resource_id set, doctor_id
-- NULL), in the resource's room. generate_sessions turns it into sessions and numbers exactly as
-- for a doctor (R2 release, R3 windows, R4 on-site reserve). (resource, weekday, period) is a
-- template's identity, as (doctor, weekday, period) is for clinics.
DROP FUNCTION IF EXISTS save_exam_template;
CREATE FUNCTION save_exam_template(
  p_id integer, p_exam_resource_id integer, p_weekday integer, p_period varchar, p_first_start varchar,
  p_minutes_per_number integer, p_number_count integer, p_reserve_count integer, p_fee_cents integer,
  p_effective_from date, p_effective_to date, p_active boolean,
  p_actor varchar, p_operator varchar, p_now timestamptz)
RETURNS SETOF schedule_template
LANGUAGE plpgsql AS $$
DECLARE
  v_id integer := p_id;
  v_room_id integer;
  v_old schedule_template%ROWTYPE;
  v_first_start time := CAST(p_first_start AS time);
BEGIN
  SELECT room_id INTO v_room_id FROM exam_resource WHERE id = p_exam_resource_id AND active;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'EXAM_RESOURCE_NOT_FOUND';
  END IF;
  IF p_minutes_per_number NOT BETWEEN 1 AND 30 OR p_number_count NOT BETWEEN 1 AND 500
     OR p_reserve_count NOT BETWEEN 0 AND p_number_count OR p_weekday NOT BETWEEN 1 AND 7
     OR p_period NOT IN ('AM', 'PM', 'EVENING')
     OR (p_effective_to IS NOT NULL AND p_effective_to < p_effective_from)
     OR extract(hour FROM v_first_start) * 60 + extract(minute FROM v_first_start)
        + p_minutes_per_number * p_number_count > 1440 THEN
    RAISE EXCEPTION 'VALIDATION_FAILED:template';
  END IF;
  -- The same lock as save_schedule_template: the room check sees clinic templates too.
  PERFORM pg_advisory_xact_lock(hashtext('schedule_template'));
  IF p_active THEN
    IF EXISTS (SELECT 1 FROM schedule_template t
                WHERE t.active AND t.id IS DISTINCT FROM p_id
                  AND t.exam_resource_id = p_exam_resource_id AND t.weekday = p_weekday AND t.period = p_period
                  AND t.effective_from <= COALESCE(p_effective_to, date '9999-12-31')
                  AND COALESCE(t.effective_to, date '9999-12-31') >= p_effective_from) THEN
      RAISE EXCEPTION 'TEMPLATE_OVERLAP';
    END IF;
    IF EXISTS (SELECT 1 FROM schedule_template t
                WHERE t.active AND t.id IS DISTINCT FROM p_id
                  AND t.room_id = v_room_id AND t.weekday = p_weekday AND t.period = p_period
                  AND t.effective_from <= COALESCE(p_effective_to, date '9999-12-31')
                  AND COALESCE(t.effective_to, date '9999-12-31') >= p_effective_from) THEN
      RAISE EXCEPTION 'ROOM_CONFLICT';
    END IF;
  END IF;
  IF p_id IS NULL THEN
    INSERT INTO schedule_template (doctor_id, exam_resource_id, weekday, period, room_id, first_start,
                                   minutes_per_number, number_count, reserve_count, fee_cents, effective_from,
                                   effective_to, active, revision, created_at, updated_at)
    VALUES (NULL, p_exam_resource_id, p_weekday, p_period, v_room_id, v_first_start, p_minutes_per_number,
            p_number_count, p_reserve_count, p_fee_cents, p_effective_from, p_effective_to, p_active, 1, p_now, p_now)
    RETURNING id INTO v_id;
  ELSE
    SELECT * INTO v_old FROM schedule_template WHERE id = p_id FOR UPDATE;
    IF NOT FOUND OR v_old.exam_resource_id IS NULL THEN
      RAISE EXCEPTION 'TEMPLATE_NOT_FOUND';
    END IF;
    IF v_old.exam_resource_id <> p_exam_resource_id OR v_old.weekday <> p_weekday OR v_old.period <> p_period THEN
      RAISE EXCEPTION 'TEMPLATE_KEY_CHANGED';
    END IF;
    UPDATE schedule_template
       SET room_id = v_room_id, first_start = v_first_start, minutes_per_number = p_minutes_per_number,
           number_count = p_number_count, reserve_count = p_reserve_count, fee_cents = p_fee_cents,
           effective_from = p_effective_from, effective_to = p_effective_to, active = p_active,
           revision = revision + 1, updated_at = p_now
     WHERE id = p_id;
  END IF;
  PERFORM write_audit(p_now, p_actor, p_operator, 'SAVE_EXAM_TEMPLATE', 'schedule_template', CAST(v_id AS varchar),
                      'OK', json_build_object('resource', p_exam_resource_id, 'weekday', p_weekday, 'period', p_period,
                                              'numbers', p_number_count, 'reserve', p_reserve_count)::text);
  RETURN QUERY SELECT * FROM schedule_template WHERE id = v_id;
END
$$;

-- A rule between two exam types (by code; saving it again updates it).
DROP FUNCTION IF EXISTS save_exam_rule;
CREATE FUNCTION save_exam_rule(
  p_code varchar, p_earlier_type_id integer, p_later_type_id integer, p_min_gap_minutes integer,
  p_description varchar, p_active boolean, p_actor varchar, p_operator varchar, p_now timestamptz)
RETURNS SETOF exam_rule
LANGUAGE plpgsql AS $$
DECLARE
  v_id integer;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM exam_type WHERE id = p_earlier_type_id)
     OR NOT EXISTS (SELECT 1 FROM exam_type WHERE id = p_later_type_id) THEN
    RAISE EXCEPTION 'EXAM_TYPE_NOT_FOUND';
  END IF;
  IF p_min_gap_minutes NOT BETWEEN 1 AND 10080 THEN
    RAISE EXCEPTION 'VALIDATION_FAILED:minGapMinutes';
  END IF;
  SELECT id INTO v_id FROM exam_rule WHERE code = p_code FOR UPDATE;
  IF v_id IS NULL THEN
    INSERT INTO exam_rule (code, earlier_type_id, later_type_id, min_gap_minutes, description, active)
    VALUES (p_code, p_earlier_type_id, p_later_type_id, p_min_gap_minutes, p_description, p_active)
    RETURNING id INTO v_id;
  ELSE
    UPDATE exam_rule
       SET earlier_type_id = p_earlier_type_id, later_type_id = p_later_type_id, min_gap_minutes = p_min_gap_minutes,
           description = p_description, active = p_active
     WHERE id = v_id;
  END IF;
  PERFORM write_audit(p_now, p_actor, p_operator, 'SAVE_EXAM_RULE', 'exam_rule', CAST(v_id AS varchar), 'OK',
                      json_build_object('code', p_code)::text);
  RETURN QUERY SELECT * FROM exam_rule WHERE id = v_id;
END
$$;

-- 申请单: a clinician orders an examination for a patient (R6 real name: the patient of the
-- document, or a first-visit patient). Placing the same order number again for the same patient and
-- exam type returns it (a retry); for anything else it is EXAM_ORDER_EXISTS.
DROP FUNCTION IF EXISTS place_exam_order;
CREATE FUNCTION place_exam_order(
  p_order_no varchar, p_exam_type_id integer, p_ordered_by integer,
  p_patient_name varchar, p_document_type varchar, p_document_digest varchar, p_document_masked varchar,
  p_document_cipher varchar, p_mobile_digest varchar, p_mobile_masked varchar, p_mobile_cipher varchar,
  p_actor varchar, p_operator varchar, p_now timestamptz)
RETURNS SETOF exam_order_view
LANGUAGE plpgsql AS $$
DECLARE
  v_patient_id integer;
  v_document_id integer;
  v_id integer;
  v_same boolean;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM exam_type WHERE id = p_exam_type_id AND active) THEN
    RAISE EXCEPTION 'EXAM_TYPE_NOT_FOUND';
  END IF;
  IF p_ordered_by IS NOT NULL AND NOT EXISTS (SELECT 1 FROM doctor WHERE id = p_ordered_by) THEN
    RAISE EXCEPTION 'DOCTOR_NOT_FOUND';
  END IF;
  SELECT r.patient_id, r.document_id INTO v_patient_id, v_document_id
    FROM resolve_patient(p_patient_name, p_document_type, p_document_digest, p_document_masked, p_document_cipher,
                         p_mobile_digest, p_mobile_masked, p_mobile_cipher, p_now) r;
  SELECT o.id, (o.patient_id = v_patient_id AND o.exam_type_id = p_exam_type_id) INTO v_id, v_same
    FROM exam_order o WHERE o.order_no = p_order_no;
  IF v_id IS NOT NULL THEN
    IF NOT v_same THEN
      RAISE EXCEPTION 'EXAM_ORDER_EXISTS';
    END IF;
    RETURN QUERY SELECT * FROM exam_order_view WHERE id = v_id;
    RETURN;
  END IF;
  INSERT INTO exam_order (order_no, patient_id, exam_type_id, ordered_by, status, created_at, created_by, updated_at)
  VALUES (p_order_no, v_patient_id, p_exam_type_id, p_ordered_by, 'OPEN', p_now, COALESCE(p_operator, p_actor), p_now)
  RETURNING id INTO v_id;
  PERFORM write_audit(p_now, p_actor, p_operator, 'PLACE_EXAM_ORDER', 'exam_order', CAST(v_id AS varchar), 'OK',
                      json_build_object('examType', p_exam_type_id, 'orderedBy', p_ordered_by)::text);
  RETURN QUERY SELECT * FROM exam_order_view WHERE id = v_id;
END
$$;

-- R19: books a number (p_slot_id: the time the patient picked) for an order. The order must exist
-- and be the presenting patient's (else EXAM_ORDER_NOT_FOUND: a partner cannot invent one, nor
-- learn whose an order is), be OPEN and have no live booking (EXAM_ORDER_ALREADY_BOOKED; the index
-- appointment_exam_order_live is the last word). The number must be of a session of a resource
-- that performs the order's exam type, and the time must keep the patient's exam rules
-- (EXAM_RULE_CONFLICT:<rule code>, or :OVERLAP with another of their examinations).
-- The clinic's per-patient limits do not apply (the examination was ordered, not chosen); the
-- clinic booking path refuses these sessions (check_patient_may_book: EXAM_ORDER_REQUIRED).
-- Lock order (decision 014, extended): patient → order → session → number.
DROP FUNCTION IF EXISTS book_examination;
CREATE FUNCTION book_examination(
  p_order_no varchar, p_slot_id integer, p_channel varchar, p_partner_id varchar,
  p_patient_name varchar, p_document_type varchar, p_document_digest varchar,
  p_mobile_digest varchar, p_mobile_masked varchar, p_mobile_cipher varchar,
  p_code varchar, p_verification_code varchar, p_notify_to varchar, p_request_key varchar,
  p_partner_callback boolean, p_tz varchar, p_actor varchar, p_operator varchar, p_now timestamptz)
RETURNS SETOF exam_appointment_view
LANGUAGE plpgsql AS $$
DECLARE
  v_order_id integer;
  v_order_patient integer;
  v_exam_type_id integer;
  v_order_status varchar;
  v_patient_id integer;
  v_document_id integer;
  v_name varchar;
  v_session_id integer;
  v_in_person boolean;
  v_start timestamptz;
  v_end timestamptz;
  v_rule varchar;
  v_slot_id integer;
  v_seq_no smallint;
  v_appointment_id integer;
BEGIN
  IF NOT is_known_channel(p_channel) THEN
    RAISE EXCEPTION 'VALIDATION_FAILED:channel';
  END IF;
  IF p_slot_id IS NULL THEN
    RAISE EXCEPTION 'VALIDATION_FAILED:slotId';
  END IF;
  SELECT d.id, d.patient_id INTO v_document_id, v_patient_id
    FROM patient_document d WHERE d.document_type = p_document_type AND d.digest = p_document_digest;
  SELECT o.id, o.patient_id INTO v_order_id, v_order_patient FROM exam_order o WHERE o.order_no = p_order_no;
  IF v_order_id IS NULL OR v_patient_id IS NULL OR v_order_patient <> v_patient_id THEN
    RAISE EXCEPTION 'EXAM_ORDER_NOT_FOUND';
  END IF;
  SELECT p.name INTO v_name FROM patient p WHERE p.id = v_patient_id FOR UPDATE;
  IF v_name IS DISTINCT FROM p_patient_name THEN
    RAISE EXCEPTION 'IDENTITY_MISMATCH';
  END IF;

  -- A partner retrying a booking it could not confirm gets the appointment it already has.
  v_appointment_id := request_key_booking(p_partner_id, p_request_key, p_document_type, p_document_digest,
                                          NULL, p_slot_id);
  IF v_appointment_id IS NOT NULL THEN
    RETURN QUERY SELECT * FROM exam_appointment_view WHERE id = v_appointment_id;
    RETURN;
  END IF;

  SELECT o.status, o.exam_type_id INTO v_order_status, v_exam_type_id FROM exam_order o WHERE o.id = v_order_id FOR UPDATE;
  IF v_order_status <> 'OPEN' THEN
    RAISE EXCEPTION 'EXAM_ORDER_NOT_OPEN:status is %', v_order_status;
  END IF;
  IF EXISTS (SELECT 1 FROM appointment a
              WHERE a.exam_order_id = v_order_id AND a.status IN ('BOOKED', 'CHECKED_IN', 'CALLED', 'REGISTERED')) THEN
    RAISE EXCEPTION 'EXAM_ORDER_ALREADY_BOOKED';
  END IF;

  -- R2, R4 as for clinics: open, released, not over; the on-site reserve for in-person channels.
  SELECT b.open_session_id, b.in_person INTO v_session_id, v_in_person
    FROM bookable_session(NULL, p_slot_id, p_channel, NULL, p_tz, p_now) b;
  IF NOT EXISTS (SELECT 1 FROM clinic_session s JOIN exam_resource_type rt ON rt.exam_resource_id = s.exam_resource_id
                  WHERE s.id = v_session_id AND rt.exam_type_id = v_exam_type_id) THEN
    RAISE EXCEPTION 'EXAM_TYPE_NOT_PERFORMED';
  END IF;

  -- The rules between this patient's examinations (exam_rule rows), against their other live ones.
  SELECT sl.starts_at, sl.ends_at INTO v_start, v_end FROM slot sl WHERE sl.id = p_slot_id;
  SELECT x.rule_code INTO v_rule
    FROM (SELECT CAST('OVERLAP' AS varchar) AS rule_code, 0 AS rank_no
            FROM appointment a JOIN slot sl ON sl.id = a.slot_id
           WHERE a.patient_id = v_patient_id AND a.exam_order_id IS NOT NULL AND a.exam_order_id <> v_order_id
             AND a.status IN ('BOOKED', 'CHECKED_IN', 'CALLED')
             AND sl.starts_at < v_end AND sl.ends_at > v_start
          UNION ALL
          SELECT r.code, 1
            FROM appointment a JOIN slot sl ON sl.id = a.slot_id JOIN exam_order o ON o.id = a.exam_order_id
            JOIN exam_rule r ON r.active
             AND ((r.earlier_type_id = o.exam_type_id AND r.later_type_id = v_exam_type_id
                   AND v_start >= sl.starts_at AND v_start < sl.ends_at + make_interval(mins => r.min_gap_minutes))
               OR (r.earlier_type_id = v_exam_type_id AND r.later_type_id = o.exam_type_id
                   AND sl.starts_at >= v_start AND sl.starts_at < v_end + make_interval(mins => r.min_gap_minutes)))
           WHERE a.patient_id = v_patient_id AND a.exam_order_id <> v_order_id
             AND a.status IN ('BOOKED', 'CHECKED_IN', 'CALLED', 'REGISTERED')) x
   ORDER BY x.rank_no, x.rule_code
   LIMIT 1;
  IF v_rule IS NOT NULL THEN
    RAISE EXCEPTION 'EXAM_RULE_CONFLICT:%', v_rule;
  END IF;

  SELECT c.claimed_slot_id, c.claimed_seq_no INTO v_slot_id, v_seq_no
    FROM claim_free_number(v_session_id, p_slot_id, v_in_person, NULL, p_now) c;
  v_appointment_id := record_booking(v_session_id, v_slot_id, v_seq_no, v_patient_id, v_document_id, p_channel,
                                     p_partner_id, p_code, p_verification_code, p_notify_to, p_request_key,
                                     p_partner_callback, p_mobile_digest, p_mobile_masked, p_mobile_cipher,
                                     NULL, p_actor, p_operator, p_now);
  UPDATE appointment SET exam_order_id = v_order_id WHERE id = v_appointment_id;
  -- R8: the confirmation written by record_booking carries the preparation (空腹, 憋尿, …).
  UPDATE notification SET payload = exam_notification_payload(v_appointment_id, payload)
   WHERE appointment_id = v_appointment_id;
  RETURN QUERY SELECT * FROM exam_appointment_view WHERE id = v_appointment_id;
END
$$;

-- R9 for examinations: the clinic's rule (BOOKED only, until cancel_cutoff_minutes before the
-- number); the number returns to the pool and the order can be booked again.
DROP FUNCTION IF EXISTS cancel_examination;
CREATE FUNCTION cancel_examination(p_appointment_id integer, p_partner_id varchar, p_reason varchar,
                                   p_actor varchar, p_operator varchar, p_now timestamptz)
RETURNS SETOF exam_appointment_view
LANGUAGE plpgsql AS $$
DECLARE
  v_status varchar;
  v_partner varchar;
  v_slot_id integer;
  v_slot_start timestamptz;
BEGIN
  SELECT a.status, a.partner_id, a.slot_id, sl.starts_at INTO v_status, v_partner, v_slot_id, v_slot_start
    FROM appointment a JOIN slot sl ON sl.id = a.slot_id
   WHERE a.id = p_appointment_id AND a.exam_order_id IS NOT NULL
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
                      json_build_object('reason', p_reason, 'partner', p_partner_id, 'exam', true)::text);
  RETURN QUERY SELECT * FROM exam_appointment_view WHERE id = p_appointment_id;
END
$$;

-- R10/R11 for examinations: on the day, by appointment code, with the document presented again
-- (check_in_locked, 300_visit_day.sql, says what follows).
DROP FUNCTION IF EXISTS check_in_examination;
CREATE FUNCTION check_in_examination(p_appointment_code varchar, p_document_type varchar, p_document_digest varchar,
                                     p_tz varchar, p_actor varchar, p_operator varchar, p_now timestamptz)
RETURNS SETOF exam_appointment_result_view
LANGUAGE plpgsql AS $$
DECLARE
  v_presented integer;
  v_id integer;
  v_outcome varchar(40);
BEGIN
  SELECT patient_id INTO v_presented
    FROM patient_document WHERE document_type = p_document_type AND digest = p_document_digest;
  SELECT a.id INTO v_id
    FROM appointment a
   WHERE a.code = p_appointment_code AND a.exam_order_id IS NOT NULL
     FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'APPOINTMENT_NOT_FOUND';
  END IF;
  v_outcome := check_in_locked(v_id, v_presented, p_document_type, (p_now AT TIME ZONE p_tz)::date, 'examination',
                               p_actor, p_operator, p_now);
  RETURN QUERY SELECT v_outcome, v.* FROM exam_appointment_view v WHERE v.id = v_id;
END
$$;

-- R12 for a resource: the next waiting patient of the resource's session (call_next_locked,
-- 300_visit_day.sql).
DROP FUNCTION IF EXISTS call_next_examination;
CREATE FUNCTION call_next_examination(p_session_id integer, p_actor varchar, p_operator varchar, p_now timestamptz)
RETURNS SETOF exam_appointment_view
LANGUAGE plpgsql AS $$
DECLARE
  v_id integer;
  v_room_id integer;
BEGIN
  SELECT room_id INTO v_room_id FROM clinic_session
   WHERE id = p_session_id AND exam_resource_id IS NOT NULL
     FOR NO KEY UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'SESSION_NOT_FOUND';
  END IF;
  v_id := call_next_locked(p_session_id, v_room_id, p_actor, p_operator, p_now);
  RETURN QUERY SELECT * FROM exam_appointment_view WHERE id = v_id;
END
$$;

-- Completion in place of registration: only after check-in and a call, with the patient's own
-- document (refusals are outcomes, audited, as register_visit's). The appointment ends REGISTERED
-- (seen; every count of visits reads it) and its order COMPLETED.
DROP FUNCTION IF EXISTS complete_examination;
CREATE FUNCTION complete_examination(p_appointment_code varchar, p_document_type varchar, p_document_digest varchar,
                                     p_actor varchar, p_operator varchar, p_now timestamptz)
RETURNS SETOF exam_appointment_result_view
LANGUAGE plpgsql AS $$
DECLARE
  v_id integer;
  v_status varchar;
  v_patient_id integer;
  v_order_id integer;
  v_presented integer;
  v_outcome varchar(40) := 'OK';
BEGIN
  PERFORM 1 FROM clinic_session s JOIN appointment a ON a.session_id = s.id
   WHERE a.code = p_appointment_code
     FOR KEY SHARE OF s;
  SELECT a.id, a.status, a.patient_id, a.exam_order_id INTO v_id, v_status, v_patient_id, v_order_id
    FROM appointment a
   WHERE a.code = p_appointment_code AND a.exam_order_id IS NOT NULL
     FOR UPDATE OF a;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'APPOINTMENT_NOT_FOUND';
  END IF;
  IF v_status = 'REGISTERED' THEN
    RAISE EXCEPTION 'APPOINTMENT_NOT_ACTIVE:already completed';
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
    ELSE 'OK' END;
  IF v_outcome <> 'OK' THEN
    PERFORM write_audit(p_now, p_actor, p_operator, 'COMPLETE_EXAM', 'appointment', CAST(v_id AS varchar), 'REFUSED',
                        json_build_object('code', v_outcome)::text);
  ELSE
    UPDATE appointment SET status = 'REGISTERED', registered_at = p_now, updated_at = p_now WHERE id = v_id;
    UPDATE exam_order SET status = 'COMPLETED', completed_at = p_now, updated_at = p_now WHERE id = v_order_id;
    PERFORM write_audit(p_now, p_actor, p_operator, 'COMPLETE_EXAM', 'appointment', CAST(v_id AS varchar), 'OK',
                        json_build_object('order', v_order_id)::text);
  END IF;
  RETURN QUERY SELECT v_outcome, v.* FROM exam_appointment_view v WHERE v.id = v_id;
END
$$;
