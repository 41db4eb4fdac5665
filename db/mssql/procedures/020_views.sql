-- Read models. Twin: db/postgres/procedures/020_views.sql (same columns, same order). Dates are
-- exposed both as the date (for filtering) and as YYYY-MM-DD text (so no driver turns them into
-- a midnight instant).
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER VIEW dbo.appointment_view AS
SELECT a.id, a.code, a.status, a.visit_no, a.channel, a.partner_id, a.verification_code, a.notify_to,
       a.session_id, s.session_date, CONVERT(varchar(10), s.session_date, 23) AS session_day, s.period,
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
         (SELECT CAST(COUNT(*) AS int) + 1 FROM dbo.appointment w
           WHERE w.session_id = a.session_id AND w.status = 'CHECKED_IN'
             AND (w.queue_rank < a.queue_rank OR (w.queue_rank = a.queue_rank AND w.id < a.id)))
       END AS queue_position,
       a.visit_kind
  FROM dbo.appointment a
  JOIN dbo.clinic_session s ON s.id = a.session_id
  JOIN dbo.slot sl ON sl.id = a.slot_id
  JOIN dbo.department dep ON dep.id = s.department_id
  JOIN dbo.doctor doc ON doc.id = s.doctor_id
  JOIN dbo.doctor act ON act.id = s.acting_doctor_id
  JOIN dbo.room r ON r.id = s.room_id
  JOIN dbo.patient p ON p.id = a.patient_id
  JOIN dbo.patient_document pd ON pd.id = a.document_id;
GO

-- What the visit-day procedures return: the appointment and how the attempt ended. A refusal
-- that must leave a trace (a suspected transfer of a number, a late arrival voiding it) is not an
-- exception, which would roll the trace back: the row says OK or the refusal's code.
-- The procedures return the same columns as SELECT @v_outcome AS outcome, v.* FROM appointment_view.
-- A view's `v.*` is expanded when the view is created, so this one must follow appointment_view
-- (this file re-creates both, in this order, whenever any procedure file changes).
CREATE OR ALTER VIEW dbo.appointment_result_view AS
SELECT CAST('OK' AS varchar(40)) AS outcome, v.* FROM dbo.appointment_view v;
GO

CREATE OR ALTER VIEW dbo.session_view AS
SELECT s.id, s.session_date, CONVERT(varchar(10), s.session_date, 23) AS session_day, s.period, s.status,
       s.status_reason, s.starts_at, s.ends_at, s.release_at, s.fee_cents, s.template_id, s.first_call_at,
       s.department_id, dep.name AS department_name,
       s.doctor_id, doc.name AS doctor_name, doc.title AS doctor_title,
       s.acting_doctor_id, act.name AS acting_doctor_name, act.title AS acting_doctor_title,
       s.room_id, r.name AS room_name, r.location AS room_location
  FROM dbo.clinic_session s
  JOIN dbo.department dep ON dep.id = s.department_id
  JOIN dbo.doctor doc ON doc.id = s.doctor_id
  JOIN dbo.doctor act ON act.id = s.acting_doctor_id
  JOIN dbo.room r ON r.id = s.room_id;
GO

-- first_start as HH:MM (style 108 is hh:mi:ss; the first five characters).
CREATE OR ALTER VIEW dbo.schedule_template_view AS
SELECT t.id, t.doctor_id, doc.name AS doctor_name, doc.title AS doctor_title, doc.department_id,
       t.weekday, t.period, t.room_id, r.name AS room_name,
       CONVERT(varchar(5), t.first_start, 108) AS first_start, t.minutes_per_number, t.number_count,
       t.reserve_count, t.fee_cents,
       CONVERT(varchar(10), t.effective_from, 23) AS effective_from,
       CONVERT(varchar(10), t.effective_to, 23) AS effective_to,
       t.active, t.revision, t.updated_at
  FROM dbo.schedule_template t
  JOIN dbo.doctor doc ON doc.id = t.doctor_id
  JOIN dbo.room r ON r.id = t.room_id;
GO
