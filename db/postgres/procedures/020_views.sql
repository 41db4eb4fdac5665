-- Read models. Twin: db/mssql/procedures/020_views.sql. Dates are exposed both as the date
-- (for filtering) and as YYYY-MM-DD text (so no driver turns them into a midnight instant).

DROP VIEW IF EXISTS appointment_view CASCADE;
CREATE VIEW appointment_view AS
SELECT a.id, a.code, a.status, a.visit_no, a.channel, a.partner_id, a.verification_code, a.notify_to,
       a.session_id, s.session_date, to_char(s.session_date, 'YYYY-MM-DD') AS session_day, s.period,
       a.slot_id, sl.starts_at, sl.ends_at,
       s.department_id, dep.name AS department_name,
       s.doctor_id, doc.name AS doctor_name, doc.title AS doctor_title,
       s.acting_doctor_id, act.name AS acting_doctor_name, act.title AS acting_doctor_title,
       s.room_id, r.name AS room_name, r.location AS room_location,
       a.patient_id, p.name AS patient_name, pd.document_type, pd.masked AS document_masked,
       COALESCE(a.mobile_masked, p.mobile_masked) AS mobile_masked, s.fee_cents,
       a.booked_at, a.booked_by, a.cancelled_at, a.cancel_reason, a.checked_in_at, a.called_at,
       a.registered_at, a.closed_at, a.call_count, a.pass_count,
       -- R10: the place in the session's queue while waiting (1 = next to be called).
       CASE WHEN a.status = 'CHECKED_IN' THEN
         (SELECT CAST(count(*) AS integer) + 1 FROM appointment w
           WHERE w.session_id = a.session_id AND w.status = 'CHECKED_IN'
             AND (w.queue_rank < a.queue_rank OR (w.queue_rank = a.queue_rank AND w.id < a.id)))
       END AS queue_position,
       a.visit_kind
  FROM appointment a
  JOIN clinic_session s ON s.id = a.session_id
  JOIN slot sl ON sl.id = a.slot_id
  JOIN department dep ON dep.id = s.department_id
  JOIN doctor doc ON doc.id = s.doctor_id
  JOIN doctor act ON act.id = s.acting_doctor_id
  JOIN room r ON r.id = s.room_id
  JOIN patient p ON p.id = a.patient_id
  JOIN patient_document pd ON pd.id = a.document_id;
-- Computed columns that are never null (read by `npm run generate:sql`; decision 025).
COMMENT ON COLUMN appointment_view.session_day IS 'not null';
-- R19: sessions of examination resources have no doctor; this view joins the doctor, so it has one.
COMMENT ON COLUMN appointment_view.doctor_id IS 'not null';
COMMENT ON COLUMN appointment_view.acting_doctor_id IS 'not null';

-- What the visit-day procedures return: the appointment and how the attempt ended. A refusal
-- that must leave a trace (a suspected transfer of a number, a late arrival voiding it) is not an
-- exception, which would roll the trace back: the row says OK or the refusal's code.
DROP VIEW IF EXISTS appointment_result_view CASCADE;
CREATE VIEW appointment_result_view AS
SELECT CAST('OK' AS varchar(40)) AS outcome, v.* FROM appointment_view v;
COMMENT ON COLUMN appointment_result_view.outcome IS 'not null';

DROP VIEW IF EXISTS session_view CASCADE;
CREATE VIEW session_view AS
SELECT s.id, s.session_date, to_char(s.session_date, 'YYYY-MM-DD') AS session_day, s.period, s.status,
       s.status_reason, s.starts_at, s.ends_at, s.release_at, s.fee_cents, s.template_id, s.first_call_at,
       s.department_id, dep.name AS department_name,
       s.doctor_id, doc.name AS doctor_name, doc.title AS doctor_title,
       s.acting_doctor_id, act.name AS acting_doctor_name, act.title AS acting_doctor_title,
       s.room_id, r.name AS room_name, r.location AS room_location
  FROM clinic_session s
  JOIN department dep ON dep.id = s.department_id
  JOIN doctor doc ON doc.id = s.doctor_id
  JOIN doctor act ON act.id = s.acting_doctor_id
  JOIN room r ON r.id = s.room_id;
COMMENT ON COLUMN session_view.session_day IS 'not null';
COMMENT ON COLUMN session_view.doctor_id IS 'not null';
COMMENT ON COLUMN session_view.acting_doctor_id IS 'not null';

DROP VIEW IF EXISTS schedule_template_view CASCADE;
CREATE VIEW schedule_template_view AS
SELECT t.id, t.doctor_id, doc.name AS doctor_name, doc.title AS doctor_title, doc.department_id,
       t.weekday, t.period, t.room_id, r.name AS room_name,
       to_char(t.first_start, 'HH24:MI') AS first_start, t.minutes_per_number, t.number_count,
       t.reserve_count, t.fee_cents,
       to_char(t.effective_from, 'YYYY-MM-DD') AS effective_from,
       to_char(t.effective_to, 'YYYY-MM-DD') AS effective_to,
       t.active, t.revision, t.updated_at
  FROM schedule_template t
  JOIN doctor doc ON doc.id = t.doctor_id
  JOIN room r ON r.id = t.room_id;
COMMENT ON COLUMN schedule_template_view.first_start IS 'not null';
COMMENT ON COLUMN schedule_template_view.doctor_id IS 'not null';
COMMENT ON COLUMN schedule_template_view.effective_from IS 'not null';
