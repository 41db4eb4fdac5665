-- R5, R6, R15: holds — a number of the one pool reserved for a few minutes while the patient
-- confirms or pays. The hold is a row of its own; the number it reserves says so on the slot
-- (hold_id, held_until), so every claim of a free number sees it in the same row it locks. A hold
-- lives until held_until by booking-core's clock: a claim treats a number whose held_until has
-- passed as free at once, without waiting for a sweeper (decision 023).
-- Twin: db/postgres/migrations/050_holds.sql (same table, columns, indexes and setting).
--
-- Dialect notes: boolean -> bit with a named default; the partial indexes -> filtered indexes;
-- request_key and partner_id are COLLATE Latin1_General_100_BIN2 where compared for equality, as
-- in 005_request_key.sql. The slot's columns are added in their own batch: a batch that adds a
-- column cannot also be compiled against it.
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE TABLE number_hold (
  id                    int IDENTITY(1, 1) NOT NULL CONSTRAINT number_hold_pkey PRIMARY KEY,
  patient_id            int               NOT NULL REFERENCES patient (id),
  document_id           int               NOT NULL REFERENCES patient_document (id),
  session_id            int               NOT NULL REFERENCES clinic_session (id),
  slot_id               int               NOT NULL REFERENCES slot (id),
  visit_no              smallint          NOT NULL,
  channel               varchar(16)       NOT NULL,
  partner_id            varchar(64),
  notify_to             varchar(128),
  request_key           varchar(100) COLLATE Latin1_General_100_BIN2,
  partner_callback      bit               NOT NULL CONSTRAINT number_hold_partner_callback_default DEFAULT 0,
  mobile_masked         varchar(20),
  mobile_cipher         varchar(200),
  mobile_digest         char(64),
  triage_assessment_id  int               REFERENCES triage_assessment (id),
  -- HELD until confirmed, released or expired; a HELD hold past expires_at is expired already
  -- (EXPIRED is written later, by the sweeper, for the record).
  status                varchar(12)       NOT NULL CHECK (status IN ('HELD', 'CONFIRMED', 'RELEASED', 'EXPIRED')),
  held_at               datetimeoffset(3) NOT NULL,
  held_by               nvarchar(64),
  expires_at            datetimeoffset(3) NOT NULL,
  ended_at              datetimeoffset(3),
  appointment_id        int               REFERENCES appointment (id),
  updated_at            datetimeoffset(3) NOT NULL
);
-- A partner's retry (its Idempotency-Key) finds the hold it already has.
CREATE UNIQUE INDEX number_hold_request_key ON number_hold (partner_id, request_key) WHERE request_key IS NOT NULL;
-- Live holds count toward a patient's limits; the sweeper looks for the expired ones.
CREATE INDEX number_hold_patient ON number_hold (patient_id, status);
CREATE INDEX number_hold_live ON number_hold (expires_at) WHERE status = 'HELD';
GO

ALTER TABLE slot ADD hold_id int CONSTRAINT slot_hold REFERENCES number_hold (id), held_until datetimeoffset(3);
GO

INSERT INTO setting (name, value, description) VALUES
  ('hold_minutes', '5', N'R5: a held number stays reserved for the patient this many minutes');
