-- R14, R15, R17, R5/R7: the waitlist of a full session, offers of freed numbers as holds, the
-- random re-release delay of numbers nobody on the waitlist took, and the record of where every
-- freed number went (decision 029). Twin: db/postgres/migrations/060_waitlist.sql (same tables,
-- columns, indexes and settings).
--
-- Dialect notes: boolean -> bit with a named default; the partial indexes -> filtered indexes;
-- partner_id COLLATE Latin1_General_100_BIN2 where compared for equality. The notification kind
-- CHECK was declared inline in 003 (a generated name): it is found in the catalog and replaced.
-- Added columns go in their own batch: a batch that adds a column cannot also be compiled against it.
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE TABLE waitlist_entry (
  id                int IDENTITY(1, 1) NOT NULL CONSTRAINT waitlist_entry_pkey PRIMARY KEY,
  session_id        int               NOT NULL REFERENCES clinic_session (id),
  patient_id        int               NOT NULL REFERENCES patient (id),
  document_id       int               NOT NULL REFERENCES patient_document (id),
  channel           varchar(16)       NOT NULL,
  partner_id        varchar(64) COLLATE Latin1_General_100_BIN2,
  notify_to         varchar(128),
  partner_callback  bit               NOT NULL CONSTRAINT waitlist_entry_partner_callback_default DEFAULT 0,
  mobile_masked     varchar(20),
  mobile_cipher     varchar(200),
  mobile_digest     char(64),
  priority          smallint          NOT NULL CONSTRAINT waitlist_entry_priority_default DEFAULT 0,
  status            varchar(12)       NOT NULL
                    CHECK (status IN ('WAITING', 'OFFERED', 'BOOKED', 'DECLINED', 'EXPIRED', 'LEFT', 'CLOSED')),
  joined_at         datetimeoffset(3) NOT NULL,
  joined_by         nvarchar(64),
  hold_id           int               REFERENCES number_hold (id),
  rebooked_from     int               REFERENCES appointment (id),
  ended_at          datetimeoffset(3),
  updated_at        datetimeoffset(3) NOT NULL
);
-- One live entry per patient and session.
CREATE UNIQUE INDEX waitlist_entry_live ON waitlist_entry (session_id, patient_id)
  WHERE status IN ('WAITING', 'OFFERED');
CREATE INDEX waitlist_entry_line ON waitlist_entry (session_id, status, priority, joined_at, id);
CREATE INDEX waitlist_entry_patient ON waitlist_entry (patient_id, status);

CREATE TABLE freed_number (
  id           int IDENTITY(1, 1) NOT NULL CONSTRAINT freed_number_pkey PRIMARY KEY,
  slot_id      int               NOT NULL REFERENCES slot (id),
  session_id   int               NOT NULL REFERENCES clinic_session (id),
  cause        varchar(16)       NOT NULL CHECK (cause IN ('CANCELLED', 'HOLD_RELEASED', 'HOLD_EXPIRED', 'SUSPENSION')),
  freed_at     datetimeoffset(3) NOT NULL,
  outcome      varchar(12)       NOT NULL CHECK (outcome IN ('OFFERED', 'WAITLIST', 'POOL', 'ON_SITE')),
  offers       smallint          NOT NULL CONSTRAINT freed_number_offers_default DEFAULT 0,
  released_at  datetimeoffset(3),
  decided_at   datetimeoffset(3)
);
CREATE INDEX freed_number_freed_at ON freed_number (freed_at);
GO

ALTER TABLE number_hold ADD waitlist_entry_id int CONSTRAINT number_hold_waitlist_entry REFERENCES waitlist_entry (id),
                            freed_number_id int CONSTRAINT number_hold_freed_number REFERENCES freed_number (id);
ALTER TABLE notification ADD notify_to varchar(128);
GO

DECLARE @v_check sysname = (SELECT cc.name FROM sys.check_constraints cc
                             WHERE cc.parent_object_id = OBJECT_ID('notification')
                               AND cc.definition LIKE '%BOOKING_CONFIRMED%');
DECLARE @v_sql nvarchar(400) = CONCAT(N'ALTER TABLE notification DROP CONSTRAINT ', QUOTENAME(@v_check));
IF @v_check IS NOT NULL EXEC sp_executesql @v_sql;
ALTER TABLE notification ADD CONSTRAINT notification_kind_check
  CHECK (kind IN ('BOOKING_CONFIRMED', 'REMINDER', 'CANCELLED', 'VOIDED_LATE', 'SUBSTITUTED', 'SUSPENDED',
                  'BLACKLISTED', 'WAITLIST_OFFER'));
GO

INSERT INTO setting (name, value, description) VALUES
  ('waitlist_offer_minutes', '15', N'R5: a number offered to a waiting patient is held for them this many minutes'),
  ('rerelease_delay_min_minutes', '1', N'A freed number nobody waiting took returns to the pool after a random delay of at least this many minutes'),
  ('rerelease_delay_max_minutes', '10', N'… and at most this many minutes (decision 029)'),
  ('onsite_reserve_minutes', '60', N'R4: a number freed this close to its session''s start goes to the on-site reserve');
