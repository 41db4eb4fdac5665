-- R17: the waiting-time histogram by month. stat_wait (040_statistics.sql) holds one row per
-- visit day × department × acting doctor × channel × whole minute; with a hospital's volume nearly
-- every called appointment is a row of its own, so a twelve-month report read almost as many rows as
-- the raw data. stat_wait_month is the same histogram summed over the days of a month: exactly the
-- sum of that month's stat_wait rows at every moment (rollup_statistics_day keeps both in one
-- transaction — closed days and today's live roll-up alike). A report reads the whole months of its
-- period here and only the partial months at either end from stat_wait. Decision 021.
-- Twin: db/mssql/migrations/041_statistics_wait_month.sql.
CREATE TABLE stat_wait_month (
  stat_month     char(7)     NOT NULL,   -- YYYY-MM
  department_id  integer     NOT NULL,
  doctor_id      integer     NOT NULL,
  channel        varchar(16) NOT NULL,
  wait_minute    smallint    NOT NULL,   -- whole minutes, 0 … 240; 240 = 240 or more
  n              integer     NOT NULL,
  PRIMARY KEY (stat_month, department_id, doctor_id, channel, wait_minute)
);

-- The days rolled up before this migration.
INSERT INTO stat_wait_month (stat_month, department_id, doctor_id, channel, wait_minute, n)
SELECT w.stat_month, w.department_id, w.doctor_id, w.channel, w.wait_minute, CAST(sum(w.n) AS integer)
  FROM stat_wait w
 GROUP BY w.stat_month, w.department_id, w.doctor_id, w.channel, w.wait_minute;
