-- A partner's booking request key (its Idempotency-Key): a booking the gateway could not confirm
-- (the core answered after the gateway gave up) is found again when the partner retries, instead
-- of being refused as a duplicate. Twin: db/postgres/migrations/005_request_key.sql (same column
-- and index).
--
-- Dialect notes: the partial unique index -> a filtered unique index. request_key is compared by
-- equality, so it is COLLATE Latin1_General_100_BIN2 and matches exactly, as in PostgreSQL. The
-- column is added in its own batch: a batch that adds a column cannot also be compiled against it.
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

ALTER TABLE appointment ADD request_key varchar(100) COLLATE Latin1_General_100_BIN2;
GO

CREATE UNIQUE INDEX appointment_request_key ON appointment (partner_id, request_key) WHERE request_key IS NOT NULL;
