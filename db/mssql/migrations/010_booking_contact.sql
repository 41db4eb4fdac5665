-- R8: a booking's mobile serves that booking. Before, any booking with a patient's name and ID
-- number replaced the mobile every appointment of that patient was notified at (a hijack); now
-- the booking keeps its own, and the patient's stored contact changes only through an
-- authenticated intranet update (update_patient_contact, audited). Appointments booked before
-- this migration have none and fall back to the patient's.
-- Partner callbacks are queued only for a partner that has a callback URL (the gateway says so at
-- booking); earlier bookings through callback channels keep the old behaviour.
-- Twin: db/postgres/migrations/010_booking_contact.sql (same columns).
--
-- Dialect notes: boolean -> bit with a named default. The columns are added in their own batch: a
-- batch that adds a column cannot also be compiled against it.
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

ALTER TABLE appointment ADD mobile_masked varchar(20), mobile_cipher varchar(200), mobile_digest char(64),
  partner_callback bit NOT NULL CONSTRAINT appointment_partner_callback_default DEFAULT 0;
GO

UPDATE appointment SET partner_callback = 1
 WHERE partner_id IS NOT NULL AND channel IN ('WEB', 'THIRD_PARTY', 'COMMUNITY');
