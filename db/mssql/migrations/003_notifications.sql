-- R8 and R14: patient notifications, written in the same transaction as the change that causes
-- them (a transactional outbox), delivered by the gateway's dispatcher.
-- Twin: db/postgres/migrations/003_notifications.sql (same columns, constraints, indexes and seed
-- rows).
--
-- Dialect notes: the partial index -> a filtered index. payload (JSON that carries reasons people
-- type) and last_error (a provider's message, in any language) are nvarchar. dedupe_key and
-- lease_owner are compared by equality, so they are COLLATE Latin1_General_100_BIN2 and match
-- exactly, as in PostgreSQL; lease_owner is nvarchar so that any dispatcher name survives the
-- round trip and still matches.
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE TABLE notification (
  id                bigint IDENTITY(1, 1) NOT NULL CONSTRAINT notification_pkey PRIMARY KEY,
  kind              varchar(24)    NOT NULL CHECK (kind IN ('BOOKING_CONFIRMED', 'REMINDER', 'CANCELLED',
                                     'VOIDED_LATE', 'SUBSTITUTED', 'SUSPENDED', 'BLACKLISTED')),
  channel           varchar(20)    NOT NULL CHECK (channel IN ('SMS', 'WECHAT', 'APP_PUSH', 'PARTNER_CALLBACK')),
  appointment_id    int            REFERENCES appointment (id),
  patient_id        int            NOT NULL REFERENCES patient (id),
  partner_id        varchar(64),
  recipient_cipher  varchar(200),                -- SMS: the mobile, encrypted (decrypted only for delivery)
  recipient_masked  varchar(40),
  payload           nvarchar(2000) NOT NULL,     -- JSON: what the event adds to the appointment's data
  status            varchar(12)    NOT NULL DEFAULT 'PENDING'
                    CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'DEAD', 'WITHDRAWN')),
  attempts          smallint       NOT NULL DEFAULT 0,
  next_attempt_at   datetimeoffset(3) NOT NULL,
  lease_owner       nvarchar(64) COLLATE Latin1_General_100_BIN2,
  lease_until       datetimeoffset(3),
  last_error        nvarchar(500),
  dedupe_key        varchar(120) COLLATE Latin1_General_100_BIN2 NOT NULL,
  created_at        datetimeoffset(3) NOT NULL,
  updated_at        datetimeoffset(3) NOT NULL,
  sent_at           datetimeoffset(3),
  CONSTRAINT notification_dedupe UNIQUE (dedupe_key)
);
CREATE INDEX notification_due ON notification (next_attempt_at) WHERE status IN ('PENDING', 'SENDING');
CREATE INDEX notification_appointment ON notification (appointment_id);
CREATE INDEX notification_dead ON notification (status, updated_at);

INSERT INTO setting (name, value, description) VALUES
  ('reminder_time', '18:00', N'R8: local time of the daily job that reminds the next day''s patients (HH:MM)'),
  ('notification_max_attempts', '8', N'Delivery attempts before a notification is DEAD (then replayable by ADMIN)');
