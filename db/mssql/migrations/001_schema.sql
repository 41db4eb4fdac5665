-- Outpatient appointment platform: the schema (SQL Server 2019+).
-- Twin: db/postgres/migrations/001_schema.sql (same tables, columns, constraints, indexes and
-- seed rows), plus time_zone_map. State changes happen only through the procedures in
-- ../procedures; booking-core reads through plain queries and views.
--
-- Dialect notes: integer identity -> int IDENTITY, timestamptz -> datetimeoffset(3),
-- boolean -> bit, text people type (names, descriptions, reasons) -> nvarchar, partial indexes ->
-- filtered indexes. Business keys compared by equality (codes, document types and digests,
-- setting names, patient names) are COLLATE Latin1_General_100_BIN2, so they match exactly and
-- case-sensitively as in PostgreSQL whatever the database's default (usually case-insensitive)
-- collation is; being a Windows collation, it also keeps index seeks when the driver compares
-- them with nvarchar parameters.
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE TABLE setting (
  name         varchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL CONSTRAINT setting_pkey PRIMARY KEY,
  value        varchar(200)      NOT NULL,
  description  nvarchar(300)     NOT NULL,
  updated_at   datetimeoffset(3) NOT NULL DEFAULT SYSDATETIMEOFFSET()
);

-- Small helper table: 1..2000, used to expand templates into days and numbers in set-based SQL
-- (SQL Server 2019 has no generate_series, so both dialects use the same table).
CREATE TABLE number_series (n int NOT NULL CONSTRAINT number_series_pkey PRIMARY KEY);
INSERT INTO number_series (n)
SELECT v.n
  FROM (SELECT th.d * 1000 + h.d * 100 + t.d * 10 + u.d + 1 AS n
          FROM (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) th (d)
         CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) h (d)
         CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) t (d)
         CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) u (d)) v
 WHERE v.n <= 2000;

-- SQL Server only: AT TIME ZONE needs Windows zone names; the procedures keep the IANA name in
-- their interface (p_tz, like PostgreSQL) and translate it here. An unknown zone is refused with
-- VALIDATION_FAILED:unknown time zone. Add rows for other zones (name as in sys.time_zone_info).
CREATE TABLE time_zone_map (
  iana     nvarchar(64) NOT NULL CONSTRAINT time_zone_map_pkey PRIMARY KEY,
  windows  nvarchar(64) NOT NULL
);
INSERT INTO time_zone_map (iana, windows) VALUES
  (N'Asia/Shanghai', N'China Standard Time'),
  (N'Asia/Chongqing', N'China Standard Time'),
  (N'Asia/Harbin', N'China Standard Time'),
  (N'PRC', N'China Standard Time'),
  (N'Asia/Hong_Kong', N'China Standard Time'),
  (N'Asia/Macau', N'China Standard Time'),
  (N'Asia/Taipei', N'Taipei Standard Time'),
  (N'Asia/Tokyo', N'Tokyo Standard Time'),
  (N'Asia/Seoul', N'Korea Standard Time'),
  (N'Asia/Singapore', N'Singapore Standard Time'),
  (N'Asia/Bangkok', N'SE Asia Standard Time'),
  (N'Asia/Kolkata', N'India Standard Time'),
  (N'Asia/Dubai', N'Arabian Standard Time'),
  (N'Australia/Sydney', N'AUS Eastern Standard Time'),
  (N'UTC', N'UTC'),
  (N'Etc/UTC', N'UTC'),
  (N'Europe/London', N'GMT Standard Time'),
  (N'Europe/Berlin', N'W. Europe Standard Time'),
  (N'Europe/Paris', N'Romance Standard Time'),
  (N'America/New_York', N'Eastern Standard Time'),
  (N'America/Chicago', N'Central Standard Time'),
  (N'America/Denver', N'Mountain Standard Time'),
  (N'America/Los_Angeles', N'Pacific Standard Time');

CREATE TABLE department (
  id           int IDENTITY(1, 1) NOT NULL CONSTRAINT department_pkey PRIMARY KEY,
  code         varchar(32) COLLATE Latin1_General_100_BIN2 NOT NULL CONSTRAINT department_code_key UNIQUE,
  name         nvarchar(100) NOT NULL,
  description  nvarchar(500),
  active       bit           NOT NULL DEFAULT 1
);

CREATE TABLE doctor (
  id             int IDENTITY(1, 1) NOT NULL CONSTRAINT doctor_pkey PRIMARY KEY,
  code           varchar(32) COLLATE Latin1_General_100_BIN2 NOT NULL CONSTRAINT doctor_code_key UNIQUE,  -- staff number
  department_id  int           NOT NULL REFERENCES department (id),
  name           nvarchar(100) NOT NULL,
  title          varchar(20)   NOT NULL CHECK (title IN ('CHIEF', 'ASSOCIATE_CHIEF', 'ATTENDING', 'RESIDENT')),
  specialties    nvarchar(500),
  active         bit           NOT NULL DEFAULT 1
);
CREATE INDEX doctor_department ON doctor (department_id);

CREATE TABLE room (
  id             int IDENTITY(1, 1) NOT NULL CONSTRAINT room_pkey PRIMARY KEY,
  code           varchar(32) COLLATE Latin1_General_100_BIN2 NOT NULL CONSTRAINT room_code_key UNIQUE,
  name           nvarchar(100) NOT NULL,
  department_id  int REFERENCES department (id),
  location       nvarchar(200),
  active         bit           NOT NULL DEFAULT 1
);

-- R1: reusable roster templates (模块化排班). (doctor, weekday, period) is the identity of a
-- template; changing it means ending one template and starting another.
CREATE TABLE schedule_template (
  id                  int IDENTITY(1, 1) NOT NULL CONSTRAINT schedule_template_pkey PRIMARY KEY,
  doctor_id           int               NOT NULL REFERENCES doctor (id),
  weekday             smallint          NOT NULL CHECK (weekday BETWEEN 1 AND 7),   -- ISO: Monday = 1
  period              varchar(8)        NOT NULL CHECK (period IN ('AM', 'PM', 'EVENING')),
  room_id             int               NOT NULL REFERENCES room (id),
  first_start         time              NOT NULL,
  minutes_per_number  smallint          NOT NULL CHECK (minutes_per_number BETWEEN 1 AND 30),  -- R3
  number_count        smallint          NOT NULL CHECK (number_count BETWEEN 1 AND 500),
  reserve_count       smallint          NOT NULL CHECK (reserve_count >= 0),                  -- R4
  fee_cents           int               NOT NULL CHECK (fee_cents >= 0),
  effective_from      date              NOT NULL,
  effective_to        date,
  active              bit               NOT NULL DEFAULT 1,
  revision            int               NOT NULL DEFAULT 1,
  created_at          datetimeoffset(3) NOT NULL,
  updated_at          datetimeoffset(3) NOT NULL,
  CHECK (reserve_count <= number_count),
  CHECK (effective_to IS NULL OR effective_to >= effective_from)
);
CREATE INDEX schedule_template_doctor ON schedule_template (doctor_id, weekday, period);

-- 出诊: one doctor's concrete half-day. acting_doctor_id differs from doctor_id after a
-- same-level substitution (R14). Released for booking at release_at (R2).
CREATE TABLE clinic_session (
  id                 int IDENTITY(1, 1) NOT NULL CONSTRAINT clinic_session_pkey PRIMARY KEY,
  template_id        int REFERENCES schedule_template (id),
  template_revision  int,
  department_id      int               NOT NULL REFERENCES department (id),
  doctor_id          int               NOT NULL REFERENCES doctor (id),
  acting_doctor_id   int               NOT NULL REFERENCES doctor (id),
  room_id            int               NOT NULL REFERENCES room (id),
  session_date       date              NOT NULL,   -- hospital-local calendar date
  period             varchar(8)        NOT NULL CHECK (period IN ('AM', 'PM', 'EVENING')),
  starts_at          datetimeoffset(3) NOT NULL,
  ends_at            datetimeoffset(3) NOT NULL,
  release_at         datetimeoffset(3) NOT NULL,
  fee_cents          int               NOT NULL,
  status             varchar(12)       NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'SUSPENDED', 'CLOSED')),
  status_reason      nvarchar(300),
  created_at         datetimeoffset(3) NOT NULL,
  updated_at         datetimeoffset(3) NOT NULL,
  CONSTRAINT clinic_session_doctor_day UNIQUE (doctor_id, session_date, period)
);
CREATE INDEX clinic_session_day ON clinic_session (session_date, department_id);
CREATE INDEX clinic_session_template ON clinic_session (template_id, session_date);

-- 号: one number of a session, with its own time window (R3). appointment_id is the appointment
-- holding it; a free number has none. Numbers are never deleted or renumbered: a number the
-- template no longer has is withdrawn.
CREATE TABLE slot (
  id              int IDENTITY(1, 1) NOT NULL CONSTRAINT slot_pkey PRIMARY KEY,
  session_id      int               NOT NULL REFERENCES clinic_session (id),
  seq_no          smallint          NOT NULL,
  starts_at       datetimeoffset(3) NOT NULL,
  ends_at         datetimeoffset(3) NOT NULL,
  reserve         varchar(10) CHECK (reserve IN ('ON_SITE')),
  withdrawn       bit               NOT NULL DEFAULT 0,
  appointment_id  int,
  CONSTRAINT slot_session_seq UNIQUE (session_id, seq_no)
);
-- Availability is counted from this index, not from a counter every booking would contend on.
CREATE INDEX slot_free ON slot (session_id, seq_no) WHERE appointment_id IS NULL AND withdrawn = 0;

CREATE TABLE patient (
  id             int IDENTITY(1, 1) NOT NULL CONSTRAINT patient_pkey PRIMARY KEY,
  name           nvarchar(100) COLLATE Latin1_General_100_BIN2 NOT NULL,  -- normalised (R6)
  mobile_masked  varchar(20),
  mobile_cipher  varchar(200),               -- AES-256-GCM, key outside the database
  mobile_digest  char(64),                   -- HMAC-SHA256, to notice a changed number
  created_at     datetimeoffset(3) NOT NULL,
  updated_at     datetimeoffset(3) NOT NULL
);

-- A patient is found by any of their documents. The number itself is never stored in clear:
-- a keyed digest (HMAC-SHA256) for lookup, a masked form for display, and the ciphertext.
CREATE TABLE patient_document (
  id             int IDENTITY(1, 1) NOT NULL CONSTRAINT patient_document_pkey PRIMARY KEY,
  patient_id     int          NOT NULL REFERENCES patient (id),
  document_type  varchar(24) COLLATE Latin1_General_100_BIN2 NOT NULL CHECK (document_type IN ('NATIONAL_ID', 'HOSPITAL_CARD', 'SOCIAL_SECURITY_CARD')),
  digest         char(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
  masked         varchar(40)  NOT NULL,
  cipher         varchar(300) NOT NULL,
  created_at     datetimeoffset(3) NOT NULL,
  CONSTRAINT patient_document_lookup UNIQUE (document_type, digest)
);
CREATE INDEX patient_document_patient ON patient_document (patient_id);

CREATE TABLE appointment (
  id                 int IDENTITY(1, 1) NOT NULL CONSTRAINT appointment_pkey PRIMARY KEY,
  code               varchar(16) COLLATE Latin1_General_100_BIN2 NOT NULL CONSTRAINT appointment_code_key UNIQUE,  -- short public code printed on the slip
  verification_code  varchar(8)  NOT NULL,          -- check-in code (取号验证码)
  patient_id         int         NOT NULL REFERENCES patient (id),
  document_id        int         NOT NULL REFERENCES patient_document (id),  -- the document booked with
  session_id         int         NOT NULL REFERENCES clinic_session (id),
  slot_id            int         NOT NULL REFERENCES slot (id),
  visit_no           smallint    NOT NULL,          -- 就诊序号 = the slot's seq_no
  channel            varchar(16) NOT NULL,
  partner_id         varchar(64),
  status             varchar(24) NOT NULL CHECK (status IN ('BOOKED', 'CHECKED_IN', 'CALLED', 'REGISTERED',
                       'CANCELLED', 'CANCELLED_BY_HOSPITAL', 'VOIDED_LATE', 'NO_SHOW')),
  booked_at          datetimeoffset(3) NOT NULL,
  booked_by          nvarchar(64),
  cancelled_at       datetimeoffset(3),
  cancel_reason      nvarchar(300),
  checked_in_at      datetimeoffset(3),
  called_at          datetimeoffset(3),
  registered_at      datetimeoffset(3),
  closed_at          datetimeoffset(3),             -- NO_SHOW / VOIDED_LATE
  updated_at         datetimeoffset(3) NOT NULL
);
-- One number, at most one appointment holding it: every status but the two cancellations holds it.
CREATE UNIQUE INDEX appointment_slot_holder ON appointment (slot_id)
  WHERE status IN ('BOOKED', 'CHECKED_IN', 'CALLED', 'REGISTERED', 'VOIDED_LATE', 'NO_SHOW');
CREATE INDEX appointment_patient ON appointment (patient_id, status);
CREATE INDEX appointment_session ON appointment (session_id, status);

ALTER TABLE slot ADD CONSTRAINT slot_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id);

-- R15: the no-show blacklist (the rule that fills it comes with the visit day).
CREATE TABLE blacklist_entry (
  id           int IDENTITY(1, 1) NOT NULL CONSTRAINT blacklist_entry_pkey PRIMARY KEY,
  patient_id   int               NOT NULL REFERENCES patient (id),
  reason       nvarchar(300)     NOT NULL,
  starts_at    datetimeoffset(3) NOT NULL,
  ends_at      datetimeoffset(3) NOT NULL,
  created_at   datetimeoffset(3) NOT NULL,
  created_by   nvarchar(64)      NOT NULL,
  lifted_at    datetimeoffset(3),
  lifted_by    nvarchar(64),
  lift_reason  nvarchar(300)
);
CREATE INDEX blacklist_entry_patient ON blacklist_entry (patient_id, ends_at);

-- Who did what to which record. actor = the authenticated client, operator = the person.
CREATE TABLE audit_log (
  id         bigint IDENTITY(1, 1) NOT NULL CONSTRAINT audit_log_pkey PRIMARY KEY,
  [at]       datetimeoffset(3) NOT NULL,
  actor      nvarchar(64)      NOT NULL,
  operator   nvarchar(64),
  action     varchar(48)       NOT NULL,
  entity     varchar(32)       NOT NULL,
  entity_id  varchar(40),
  outcome    varchar(12)       NOT NULL DEFAULT 'OK',
  detail     nvarchar(2000)
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_at ON audit_log ([at]);

INSERT INTO setting (name, value, description) VALUES
  ('release_days', '10', N'R2: sessions open for booking this many days ahead'),
  ('release_time', '08:00', N'R2: local time of day at which a day''s sessions open (HH:MM)'),
  ('generation_time', '00:10', N'Local time of the daily session-generation job (HH:MM)'),
  ('lateness_minutes', '10', N'R11: check-in later than this after the number''s start voids it'),
  ('limit_per_department_day', '1', N'Live appointments one patient may hold per department per day'),
  ('limit_per_day', '3', N'Live appointments one patient may hold per day'),
  ('limit_live_total', '6', N'Live appointments one patient may hold in all'),
  ('cancel_cutoff_minutes', '0', N'R9: cancellation allowed until this many minutes before the number''s start'),
  ('blacklist_no_shows', '2', N'R15: this many no-shows ...'),
  ('blacklist_window_days', '30', N'R15: ... within this many days ...'),
  ('blacklist_days', '180', N'R15: ... blacklist the patient for this many days');
