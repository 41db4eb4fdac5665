-- The visit day (R10–R13, R15, R16): check-in, the queue, calling, registration, no-shows.
-- Twin: db/postgres/migrations/002_visit_day.sql (same columns, tables, constraints, indexes and
-- seed rows).
--
-- Dialect notes: numeric(14, 4) -> decimal(14, 4), the partial index -> a filtered index, the
-- column `at` -> [at] (as in audit_log), who called / registered -> nvarchar. The columns are
-- added in their own batch: a batch that adds a column cannot also be compiled against it.
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

-- The queue of a session: checked-in appointments in queue_rank order. Check-in ranks a patient by
-- visit number (R10 "in number order"); passing (过号) moves the rank behind the next few waiting.
ALTER TABLE appointment ADD queue_rank decimal(14, 4);
ALTER TABLE appointment ADD call_count smallint NOT NULL DEFAULT 0;
ALTER TABLE appointment ADD pass_count smallint NOT NULL DEFAULT 0;

-- R16: when the doctor called the first patient of the session.
ALTER TABLE clinic_session ADD first_call_at datetimeoffset(3);
GO

CREATE INDEX appointment_queue ON appointment (session_id, status, queue_rank);

-- 挂号记录: one registration, with its appointment (booked, or a walk-in's on-site appointment).
CREATE TABLE visit (
  id              int IDENTITY(1, 1) NOT NULL CONSTRAINT visit_pkey PRIMARY KEY,
  appointment_id  int               NOT NULL REFERENCES appointment (id),
  patient_id      int               NOT NULL REFERENCES patient (id),
  session_id      int               NOT NULL REFERENCES clinic_session (id),
  visit_no        smallint          NOT NULL,
  channel         varchar(16)       NOT NULL,
  fee_cents       int               NOT NULL,
  registered_at   datetimeoffset(3) NOT NULL,
  registered_by   nvarchar(64)      NOT NULL,
  CONSTRAINT visit_appointment UNIQUE (appointment_id)
);
CREATE INDEX visit_session ON visit (session_id);

-- 叫号: every call, recall and pass of a visit number, with time and caller (R12, R16).
CREATE TABLE queue_call (
  id              bigint IDENTITY(1, 1) NOT NULL CONSTRAINT queue_call_pkey PRIMARY KEY,
  session_id      int               NOT NULL REFERENCES clinic_session (id),
  appointment_id  int               NOT NULL REFERENCES appointment (id),
  visit_no        smallint          NOT NULL,
  kind            varchar(8)        NOT NULL CHECK (kind IN ('CALL', 'RECALL', 'PASS')),
  room_id         int               NOT NULL REFERENCES room (id),
  called_by       nvarchar(64)      NOT NULL,
  [at]            datetimeoffset(3) NOT NULL
);
CREATE INDEX queue_call_session ON queue_call (session_id, [at]);

CREATE INDEX appointment_closed ON appointment (patient_id, closed_at) WHERE status IN ('NO_SHOW', 'VOIDED_LATE');

INSERT INTO setting (name, value, description) VALUES
  ('checkin_open_minutes', '180', N'R10: check-in opens this many minutes before the number''s start'),
  ('pass_requeue_after', '3', N'R12: a passed patient (过号) goes back behind this many waiting patients');
