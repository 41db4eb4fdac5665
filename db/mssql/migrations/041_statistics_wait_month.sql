-- R17: the waiting-time histogram by month: the same histogram as stat_wait summed over the days of
-- a month, kept equal to that sum by rollup_statistics_day in the same transaction. A report reads
-- the whole months of its period here and the partial months at either end from stat_wait.
-- Decision 021. Twin: db/postgres/migrations/041_statistics_wait_month.sql (same table, columns,
-- key and backfill).
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE TABLE stat_wait_month (
  stat_month     char(7)     NOT NULL,
  department_id  int         NOT NULL,
  doctor_id      int         NOT NULL,
  channel        varchar(16) NOT NULL,
  wait_minute    smallint    NOT NULL,
  n              int         NOT NULL,
  CONSTRAINT stat_wait_month_pkey PRIMARY KEY (stat_month, department_id, doctor_id, channel, wait_minute)
);
GO

INSERT INTO stat_wait_month (stat_month, department_id, doctor_id, channel, wait_minute, n)
SELECT w.stat_month, w.department_id, w.doctor_id, w.channel, w.wait_minute, SUM(w.n)
  FROM stat_wait w
 GROUP BY w.stat_month, w.department_id, w.doctor_id, w.channel, w.wait_minute;
GO
