-- R19 医技预约: examinations booked from the same centre (decision 031). A bookable session
-- belongs to a doctor (as before) or to an examination resource (a device in a room).
-- Twin: db/postgres/migrations/070_examinations.sql (same tables, columns, constraints, indexes).
--
-- Dialect notes: clinic_session_doctor_day becomes a filtered unique index (SQL Server's UNIQUE
-- treats NULLs as equal, and every examination session has a NULL doctor); it and
-- schedule_template_doctor are dropped before the columns are made nullable and created after, so
-- no index depends on a column while it changes (NOT NULL -> NULL keeps the type and the foreign
-- keys). "Exactly one" is written as an explicit OR; the partial indexes are filtered indexes;
-- boolean -> bit with a named default. Columns added to an existing table get their own batch.
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE TABLE exam_type (
  id                  int IDENTITY(1, 1) NOT NULL CONSTRAINT exam_type_pkey PRIMARY KEY,
  code                varchar(32) COLLATE Latin1_General_100_BIN2 NOT NULL CONSTRAINT exam_type_code_key UNIQUE,
  name                nvarchar(100)  NOT NULL,
  modality            varchar(16)    NOT NULL CHECK (modality IN ('ULTRASOUND', 'CT', 'MRI', 'ENDOSCOPY', 'XRAY', 'OTHER')),
  department_id       int            NOT NULL REFERENCES department (id),
  minutes_per_number  smallint       NOT NULL CHECK (minutes_per_number BETWEEN 1 AND 30),
  preparation         nvarchar(1000) NOT NULL,
  contraindications   nvarchar(2000) NOT NULL CONSTRAINT exam_type_contraindications_default DEFAULT N'[]',
  active              bit            NOT NULL CONSTRAINT exam_type_active_default DEFAULT 1
);

CREATE TABLE exam_resource (
  id             int IDENTITY(1, 1) NOT NULL CONSTRAINT exam_resource_pkey PRIMARY KEY,
  code           varchar(32) COLLATE Latin1_General_100_BIN2 NOT NULL CONSTRAINT exam_resource_code_key UNIQUE,
  name           nvarchar(100) NOT NULL,
  device         nvarchar(100) NOT NULL,
  room_id        int           NOT NULL REFERENCES room (id),
  department_id  int           NOT NULL REFERENCES department (id),
  technicians    nvarchar(300),
  active         bit           NOT NULL CONSTRAINT exam_resource_active_default DEFAULT 1
);

CREATE TABLE exam_resource_type (
  exam_resource_id  int NOT NULL REFERENCES exam_resource (id),
  exam_type_id      int NOT NULL REFERENCES exam_type (id),
  CONSTRAINT exam_resource_type_pkey PRIMARY KEY (exam_resource_id, exam_type_id)
);
CREATE INDEX exam_resource_type_type ON exam_resource_type (exam_type_id);
GO

DROP INDEX schedule_template_doctor ON schedule_template;
ALTER TABLE schedule_template ALTER COLUMN doctor_id int NULL;
ALTER TABLE schedule_template ADD exam_resource_id int CONSTRAINT schedule_template_exam_resource REFERENCES exam_resource (id);
GO
CREATE INDEX schedule_template_doctor ON schedule_template (doctor_id, weekday, period);
ALTER TABLE schedule_template ADD CONSTRAINT schedule_template_one_resource
  CHECK ((doctor_id IS NOT NULL AND exam_resource_id IS NULL) OR (doctor_id IS NULL AND exam_resource_id IS NOT NULL));
CREATE INDEX schedule_template_exam_resource ON schedule_template (exam_resource_id, weekday, period)
  WHERE exam_resource_id IS NOT NULL;
GO

ALTER TABLE clinic_session DROP CONSTRAINT clinic_session_doctor_day;
ALTER TABLE clinic_session ALTER COLUMN doctor_id int NULL;
ALTER TABLE clinic_session ALTER COLUMN acting_doctor_id int NULL;
ALTER TABLE clinic_session ADD exam_resource_id int CONSTRAINT clinic_session_exam_resource REFERENCES exam_resource (id);
GO
CREATE UNIQUE INDEX clinic_session_doctor_day ON clinic_session (doctor_id, session_date, period)
  WHERE doctor_id IS NOT NULL;
ALTER TABLE clinic_session ADD CONSTRAINT clinic_session_one_resource
  CHECK ((doctor_id IS NOT NULL AND acting_doctor_id IS NOT NULL AND exam_resource_id IS NULL)
      OR (doctor_id IS NULL AND acting_doctor_id IS NULL AND exam_resource_id IS NOT NULL));
CREATE UNIQUE INDEX clinic_session_resource_day ON clinic_session (exam_resource_id, session_date, period)
  WHERE exam_resource_id IS NOT NULL;
GO

CREATE TABLE exam_order (
  id            int IDENTITY(1, 1) NOT NULL CONSTRAINT exam_order_pkey PRIMARY KEY,
  order_no      varchar(32) COLLATE Latin1_General_100_BIN2 NOT NULL CONSTRAINT exam_order_order_no_key UNIQUE,
  patient_id    int               NOT NULL REFERENCES patient (id),
  exam_type_id  int               NOT NULL REFERENCES exam_type (id),
  ordered_by    int               REFERENCES doctor (id),
  status        varchar(12)       NOT NULL CHECK (status IN ('OPEN', 'COMPLETED', 'CANCELLED')),
  created_at    datetimeoffset(3) NOT NULL,
  created_by    nvarchar(64)      NOT NULL,
  completed_at  datetimeoffset(3),
  updated_at    datetimeoffset(3) NOT NULL
);
CREATE INDEX exam_order_patient ON exam_order (patient_id, status);
GO

ALTER TABLE appointment ADD exam_order_id int CONSTRAINT appointment_exam_order REFERENCES exam_order (id);
GO
CREATE UNIQUE INDEX appointment_exam_order_live ON appointment (exam_order_id)
  WHERE exam_order_id IS NOT NULL AND status IN ('BOOKED', 'CHECKED_IN', 'CALLED', 'REGISTERED');

CREATE TABLE exam_rule (
  id               int IDENTITY(1, 1) NOT NULL CONSTRAINT exam_rule_pkey PRIMARY KEY,
  code             varchar(48) COLLATE Latin1_General_100_BIN2 NOT NULL CONSTRAINT exam_rule_code_key UNIQUE,
  earlier_type_id  int           NOT NULL REFERENCES exam_type (id),
  later_type_id    int           NOT NULL REFERENCES exam_type (id),
  min_gap_minutes  int           NOT NULL CHECK (min_gap_minutes BETWEEN 1 AND 10080),
  description      nvarchar(300) NOT NULL,
  active           bit           NOT NULL CONSTRAINT exam_rule_active_default DEFAULT 1
);
CREATE INDEX exam_rule_types ON exam_rule (earlier_type_id, later_type_id);
GO
