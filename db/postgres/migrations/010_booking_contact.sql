-- R8: a booking's mobile serves that booking. Before, any booking with a patient's name and ID
-- number replaced the mobile every appointment of that patient was notified at (a hijack); now
-- the booking keeps its own, and the patient's stored contact changes only through an
-- authenticated intranet update (update_patient_contact, audited). Appointments booked before
-- this migration have none and fall back to the patient's.
-- Partner callbacks are queued only for a partner that has a callback URL (the gateway says so at
-- booking); earlier bookings through callback channels keep the old behaviour.
-- Twin: db/mssql/migrations/010_booking_contact.sql.
ALTER TABLE appointment ADD COLUMN mobile_masked varchar(20);
ALTER TABLE appointment ADD COLUMN mobile_cipher varchar(200);
ALTER TABLE appointment ADD COLUMN mobile_digest char(64);
ALTER TABLE appointment ADD COLUMN partner_callback boolean NOT NULL DEFAULT false;
UPDATE appointment SET partner_callback = true
 WHERE partner_id IS NOT NULL AND channel IN ('WEB', 'THIRD_PARTY', 'COMMUNITY');
