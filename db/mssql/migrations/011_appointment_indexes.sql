-- R15: the no-show job looks for BOOKED appointments of ended sessions; this index holds only the
-- live BOOKED ones, so the scan no longer reads every appointment ever made.
-- One live appointment per patient and session: the procedures refuse a second (DUPLICATE_BOOKING)
-- under the patient's lock; the index makes it a rule of the data.
-- Twin: db/postgres/migrations/011_appointment_indexes.sql (same indexes, filtered).
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE INDEX appointment_booked ON appointment (session_id) WHERE status = 'BOOKED';
CREATE UNIQUE INDEX appointment_live_per_patient ON appointment (patient_id, session_id)
  WHERE status IN ('BOOKED', 'CHECKED_IN', 'CALLED', 'REGISTERED');
