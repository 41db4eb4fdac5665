-- R18 self-triage (自助导诊): published knowledge-base versions, the hospital's specialty →
-- department mapping of each, and assessments stored without identity (no name, no document:
-- channel, time, the version used, the inputs and the outcome), so R17 can count triage use and
-- the assessments that led to a booking within 24 h (appointment.triage_assessment_id).
-- Twin: db/postgres/migrations/030_triage.sql (same tables, columns, constraints, indexes and seed
-- rows). Decisions 019 and 020.
--
-- Dialect notes: text -> nvarchar(max) (the document holds Chinese text), partial indexes ->
-- filtered indexes; version, specialty and codes compared by equality are
-- COLLATE Latin1_General_100_BIN2 so they match exactly, as in PostgreSQL. The appointment column is
-- added in its own batch: a batch that adds a column cannot also be compiled against it.
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE TABLE triage_kb (
  version         varchar(32) COLLATE Latin1_General_100_BIN2 NOT NULL CONSTRAINT triage_kb_pkey PRIMARY KEY,
  label           nvarchar(200)     NOT NULL,
  checksum        char(64)          NOT NULL,
  content         nvarchar(max)     NOT NULL,
  symptom_count   int               NOT NULL,
  red_flag_count  int               NOT NULL,
  rule_count      int               NOT NULL,
  published_at    datetimeoffset(3) NOT NULL,
  published_by    nvarchar(64)      NOT NULL,
  is_current      bit               NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX triage_kb_current ON triage_kb (is_current) WHERE is_current = 1;

CREATE TABLE triage_department_map (
  kb_version     varchar(32) COLLATE Latin1_General_100_BIN2 NOT NULL REFERENCES triage_kb (version),
  specialty      varchar(48) COLLATE Latin1_General_100_BIN2 NOT NULL,
  department_id  int         NOT NULL REFERENCES department (id),
  preference     smallint    NOT NULL,
  CONSTRAINT triage_department_map_pkey PRIMARY KEY (kb_version, specialty, department_id)
);

CREATE TABLE triage_assessment (
  id              int IDENTITY(1, 1) NOT NULL CONSTRAINT triage_assessment_pkey PRIMARY KEY,
  kb_version      varchar(32) COLLATE Latin1_General_100_BIN2 NOT NULL REFERENCES triage_kb (version),
  channel         varchar(16)       NOT NULL,
  partner_id      varchar(64),
  created_at      datetimeoffset(3) NOT NULL,
  age_years       smallint          NOT NULL CHECK (age_years BETWEEN 0 AND 130),
  age_months      smallint          CHECK (age_months BETWEEN 0 AND 11),
  sex             char(1)           NOT NULL CHECK (sex IN ('M', 'F')),
  pregnant        bit,
  symptoms        varchar(400)      NOT NULL,
  duration        varchar(8),
  red_flags       varchar(800),
  level           varchar(12)       NOT NULL CHECK (level IN ('EMERGENCY', 'URGENT', 'ROUTINE')),
  action          varchar(16)       NOT NULL,
  department_ids  varchar(100),
  inputs          nvarchar(2000)    NOT NULL,
  outcome         nvarchar(4000)    NOT NULL
);
CREATE INDEX triage_assessment_at ON triage_assessment (created_at);
GO

ALTER TABLE appointment ADD triage_assessment_id int REFERENCES triage_assessment (id);
GO

CREATE INDEX appointment_triage ON appointment (triage_assessment_id) WHERE triage_assessment_id IS NOT NULL;

INSERT INTO setting (name, value, description) VALUES
  ('triage_paediatric_age', '14', N'R18: in self-triage, patients younger than this many years are children (儿科)');
