-- R16, R17: statistics. Daily roll-ups of the visit day, written by rollup_statistics_day
-- (../procedures/600_statistics.sql); reports read only these tables, never the raw rows.
-- Definitions: docs/statistics.md. Decision 021. Twin: db/postgres/migrations/040_statistics.sql
-- (same tables, columns, keys and seed rows; boolean -> bit, text -> nvarchar).
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE TABLE stat_rollup_day (
  stat_date  date              NOT NULL CONSTRAINT stat_rollup_day_pkey PRIMARY KEY,
  closed     bit               NOT NULL,
  rolled_at  datetimeoffset(3) NOT NULL
);

CREATE TABLE stat_day (
  stat_date              date        NOT NULL,
  stat_month             char(7)     NOT NULL,
  weekday                smallint    NOT NULL,
  department_id          int         NOT NULL,
  doctor_id              int         NOT NULL,
  channel                varchar(16) NOT NULL,
  booked                 int         NOT NULL,
  cancelled              int         NOT NULL,
  cancelled_by_hospital  int         NOT NULL,
  no_show                int         NOT NULL,
  voided_late            int         NOT NULL,
  walk_ins               int         NOT NULL,
  visits                 int         NOT NULL,
  visits_booked          int         NOT NULL,
  lead_days_sum          int         NOT NULL,
  wait_count             int         NOT NULL,
  wait_seconds_sum       bigint      NOT NULL,
  CONSTRAINT stat_day_pkey PRIMARY KEY (stat_date, department_id, doctor_id, channel)
);

CREATE TABLE stat_wait (
  stat_date      date        NOT NULL,
  stat_month     char(7)     NOT NULL,
  weekday        smallint    NOT NULL,
  department_id  int         NOT NULL,
  doctor_id      int         NOT NULL,
  channel        varchar(16) NOT NULL,
  wait_minute    smallint    NOT NULL,
  n              int         NOT NULL,
  CONSTRAINT stat_wait_pkey PRIMARY KEY (stat_date, department_id, doctor_id, channel, wait_minute)
);

CREATE TABLE stat_session (
  session_id          int      NOT NULL CONSTRAINT stat_session_pkey PRIMARY KEY,
  stat_date           date     NOT NULL,
  stat_month          char(7)  NOT NULL,
  weekday             smallint NOT NULL,
  department_id       int      NOT NULL,
  doctor_id           int      NOT NULL,
  released            int      NOT NULL,
  taken               int      NOT NULL,
  suspended           smallint NOT NULL,
  affected            int      NOT NULL,
  first_call_delay_s  int
);
CREATE INDEX stat_session_date ON stat_session (stat_date);

CREATE TABLE stat_notification (
  stat_date   date        NOT NULL,
  stat_month  char(7)     NOT NULL,
  weekday     smallint    NOT NULL,
  channel     varchar(20) NOT NULL,
  created     int         NOT NULL,
  sent        int         NOT NULL,
  dead        int         NOT NULL,
  CONSTRAINT stat_notification_pkey PRIMARY KEY (stat_date, channel)
);

CREATE TABLE stat_notification_delay (
  stat_date      date        NOT NULL,
  stat_month     char(7)     NOT NULL,
  weekday        smallint    NOT NULL,
  channel        varchar(20) NOT NULL,
  delay_seconds  int         NOT NULL,
  n              int         NOT NULL,
  CONSTRAINT stat_notification_delay_pkey PRIMARY KEY (stat_date, channel, delay_seconds)
);

CREATE TABLE stat_policy_event (
  id          int IDENTITY(1, 1) NOT NULL CONSTRAINT stat_policy_event_pkey PRIMARY KEY,
  event_date  date              NOT NULL,
  title       nvarchar(100)     NOT NULL,
  created_at  datetimeoffset(3) NOT NULL,
  created_by  nvarchar(64)      NOT NULL
);
CREATE INDEX stat_policy_event_date ON stat_policy_event (event_date);

INSERT INTO setting (name, value, description) VALUES
  ('punctuality_on_time_minutes', '5', N'R16: a session whose first call is at most this many minutes after its start is on time');
