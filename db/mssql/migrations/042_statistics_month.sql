-- R17: monthly layers of the daily roll-ups (decision 037, refining decision 021): stat_day_month
-- (stat_day summed over the days of a month; day_rows counts the stat_day rows it sums, the row
-- goes at 0), stat_day_month_weekday (by weekday, department and channel) and the waiting-time
-- histogram by month with fewer columns (stat_wait_month_channel, stat_wait_month_doctor,
-- stat_wait_month_department, stat_wait_month_weekday), kept equal to those sums by
-- rollup_statistics_day in the same transaction. Twin:
-- db/postgres/migrations/042_statistics_month.sql (same tables, columns, keys and backfill).
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE TABLE stat_day_month (
  stat_month             char(7)     NOT NULL,
  department_id          int         NOT NULL,
  doctor_id              int         NOT NULL,
  channel                varchar(16) NOT NULL,
  day_rows               int         NOT NULL,
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
  CONSTRAINT stat_day_month_pkey PRIMARY KEY (stat_month, department_id, doctor_id, channel)
);
GO

CREATE TABLE stat_wait_month_doctor (
  stat_month     char(7)     NOT NULL,
  department_id  int         NOT NULL,
  doctor_id      int         NOT NULL,
  wait_minute    smallint    NOT NULL,
  n              int         NOT NULL,
  CONSTRAINT stat_wait_month_doctor_pkey PRIMARY KEY (stat_month, department_id, doctor_id, wait_minute)
);
GO

CREATE TABLE stat_wait_month_department (
  stat_month     char(7)     NOT NULL,
  department_id  int         NOT NULL,
  wait_minute    smallint    NOT NULL,
  n              int         NOT NULL,
  CONSTRAINT stat_wait_month_department_pkey PRIMARY KEY (stat_month, department_id, wait_minute)
);
GO

CREATE TABLE stat_day_month_weekday (
  stat_month             char(7)     NOT NULL,
  weekday                smallint    NOT NULL,   -- ISO: Monday = 1
  department_id          int         NOT NULL,
  channel                varchar(16) NOT NULL,
  day_rows               int         NOT NULL,   -- stat_day rows summed here
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
  CONSTRAINT stat_day_month_weekday_pkey PRIMARY KEY (stat_month, weekday, department_id, channel)
);
GO

CREATE TABLE stat_wait_month_channel (
  stat_month     char(7)     NOT NULL,
  department_id  int         NOT NULL,
  channel        varchar(16) NOT NULL,
  wait_minute    smallint    NOT NULL,
  n              int         NOT NULL,
  CONSTRAINT stat_wait_month_channel_pkey PRIMARY KEY (stat_month, department_id, channel, wait_minute)
);
GO

CREATE TABLE stat_wait_month_weekday (
  stat_month     char(7)     NOT NULL,
  weekday        smallint    NOT NULL,
  department_id  int         NOT NULL,
  wait_minute    smallint    NOT NULL,
  n              int         NOT NULL,
  CONSTRAINT stat_wait_month_weekday_pkey PRIMARY KEY (stat_month, weekday, department_id, wait_minute)
);
GO

INSERT INTO stat_day_month (stat_month, department_id, doctor_id, channel, day_rows, booked, cancelled,
                            cancelled_by_hospital, no_show, voided_late, walk_ins, visits, visits_booked,
                            lead_days_sum, wait_count, wait_seconds_sum)
SELECT d.stat_month, d.department_id, d.doctor_id, d.channel, COUNT(*), SUM(d.booked), SUM(d.cancelled),
       SUM(d.cancelled_by_hospital), SUM(d.no_show), SUM(d.voided_late), SUM(d.walk_ins), SUM(d.visits),
       SUM(d.visits_booked), SUM(d.lead_days_sum), SUM(d.wait_count), SUM(d.wait_seconds_sum)
  FROM stat_day d
 GROUP BY d.stat_month, d.department_id, d.doctor_id, d.channel;
GO

INSERT INTO stat_wait_month_doctor (stat_month, department_id, doctor_id, wait_minute, n)
SELECT w.stat_month, w.department_id, w.doctor_id, w.wait_minute, SUM(w.n)
  FROM stat_wait_month w
 GROUP BY w.stat_month, w.department_id, w.doctor_id, w.wait_minute;
GO

INSERT INTO stat_wait_month_department (stat_month, department_id, wait_minute, n)
SELECT w.stat_month, w.department_id, w.wait_minute, SUM(w.n)
  FROM stat_wait_month w
 GROUP BY w.stat_month, w.department_id, w.wait_minute;
GO

INSERT INTO stat_day_month_weekday (stat_month, weekday, department_id, channel, day_rows, booked, cancelled,
                             cancelled_by_hospital, no_show, voided_late, walk_ins, visits, visits_booked,
                             lead_days_sum, wait_count, wait_seconds_sum)
SELECT d.stat_month, d.weekday, d.department_id, d.channel, COUNT(*), SUM(d.booked), SUM(d.cancelled),
       SUM(d.cancelled_by_hospital), SUM(d.no_show), SUM(d.voided_late), SUM(d.walk_ins), SUM(d.visits),
       SUM(d.visits_booked), SUM(d.lead_days_sum), SUM(d.wait_count), SUM(d.wait_seconds_sum)
  FROM stat_day d
 GROUP BY d.stat_month, d.weekday, d.department_id, d.channel;
GO

INSERT INTO stat_wait_month_channel (stat_month, department_id, channel, wait_minute, n)
SELECT w.stat_month, w.department_id, w.channel, w.wait_minute, SUM(w.n)
  FROM stat_wait_month w
 GROUP BY w.stat_month, w.department_id, w.channel, w.wait_minute;
GO

INSERT INTO stat_wait_month_weekday (stat_month, weekday, department_id, wait_minute, n)
SELECT w.stat_month, w.weekday, w.department_id, w.wait_minute, SUM(w.n)
  FROM stat_wait w
 GROUP BY w.stat_month, w.weekday, w.department_id, w.wait_minute;
GO
