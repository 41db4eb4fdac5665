-- A partner's booking request key (its Idempotency-Key): a booking the gateway could not confirm
-- (the core answered after the gateway gave up) is found again when the partner retries, instead
-- of being refused as a duplicate. Twin: db/mssql/migrations/005_request_key.sql.
ALTER TABLE appointment ADD COLUMN request_key varchar(100);
CREATE UNIQUE INDEX appointment_request_key ON appointment (partner_id, request_key) WHERE request_key IS NOT NULL;
