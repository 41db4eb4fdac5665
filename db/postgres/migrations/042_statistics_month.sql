-- R17: monthly layers of the daily roll-ups, so that a report over years reads a few thousand rows
-- per month rather than every day's (decision 037, refining decision 021).
--  • stat_day_month: stat_day summed over the days of a month, by department, acting doctor and
--    channel; day_rows counts the stat_day rows it sums and the row goes when it reaches 0, so a
--    group exists here exactly when it has a stat_day row in the month.
--  • stat_day_month_weekday: stat_day summed over the days of a month that fall on one weekday, by
--    department and channel (no doctor), for weekday groupings that name no doctor.
--  • the waiting-time histogram of stat_wait_month (041) with fewer columns, the smallest that has
--    a report's grouping and filters read: stat_wait_month_channel (department × channel, no
--    doctor), stat_wait_month_doctor (department × doctor, no channel), stat_wait_month_department
--    (department only) and stat_wait_month_weekday (weekday × department, from stat_wait).
-- Each stays exactly the sum of its daily rows at every moment: rollup_statistics_day takes a day's
-- old rows out and puts its new ones in, in the same transaction as stat_day and stat_wait (closed
-- days, rebuilds and today's live roll-up alike). A report reads the whole months of its period here
-- and the partial months at either end from the daily tables; a grouping no layer has the columns
-- for (weekday with a doctor, or the waits by weekday with a channel) reads the daily ones.
-- Twin: db/mssql/migrations/042_statistics_month.sql.
CREATE TABLE stat_day_month (
  stat_month             char(7)     NOT NULL,   -- YYYY-MM
  department_id          integer     NOT NULL,
  doctor_id              integer     NOT NULL,
  channel                varchar(16) NOT NULL,
  day_rows               integer     NOT NULL,   -- stat_day rows summed here
  booked                 integer     NOT NULL,
  cancelled              integer     NOT NULL,
  cancelled_by_hospital  integer     NOT NULL,
  no_show                integer     NOT NULL,
  voided_late            integer     NOT NULL,
  walk_ins               integer     NOT NULL,
  visits                 integer     NOT NULL,
  visits_booked          integer     NOT NULL,
  lead_days_sum          integer     NOT NULL,
  wait_count             integer     NOT NULL,
  wait_seconds_sum       bigint      NOT NULL,
  PRIMARY KEY (stat_month, department_id, doctor_id, channel)
);

CREATE TABLE stat_wait_month_doctor (
  stat_month     char(7)     NOT NULL,   -- YYYY-MM
  department_id  integer     NOT NULL,
  doctor_id      integer     NOT NULL,
  wait_minute    smallint    NOT NULL,   -- whole minutes, 0 … 240; 240 = 240 or more
  n              integer     NOT NULL,
  PRIMARY KEY (stat_month, department_id, doctor_id, wait_minute)
);

CREATE TABLE stat_wait_month_department (
  stat_month     char(7)     NOT NULL,   -- YYYY-MM
  department_id  integer     NOT NULL,
  wait_minute    smallint    NOT NULL,   -- whole minutes, 0 … 240; 240 = 240 or more
  n              integer     NOT NULL,
  PRIMARY KEY (stat_month, department_id, wait_minute)
);

CREATE TABLE stat_day_month_weekday (
  stat_month             char(7)     NOT NULL,
  weekday                smallint    NOT NULL,   -- ISO: Monday = 1
  department_id          integer     NOT NULL,
  channel                varchar(16) NOT NULL,
  day_rows               integer     NOT NULL,   -- stat_day rows summed here
  booked                 integer     NOT NULL,
  cancelled              integer     NOT NULL,
  cancelled_by_hospital  integer     NOT NULL,
  no_show                integer     NOT NULL,
  voided_late            integer     NOT NULL,
  walk_ins               integer     NOT NULL,
  visits                 integer     NOT NULL,
  visits_booked          integer     NOT NULL,
  lead_days_sum          integer     NOT NULL,
  wait_count             integer     NOT NULL,
  wait_seconds_sum       bigint      NOT NULL,
  PRIMARY KEY (stat_month, weekday, department_id, channel)
);

CREATE TABLE stat_wait_month_channel (
  stat_month     char(7)     NOT NULL,
  department_id  integer     NOT NULL,
  channel        varchar(16) NOT NULL,
  wait_minute    smallint    NOT NULL,
  n              integer     NOT NULL,
  PRIMARY KEY (stat_month, department_id, channel, wait_minute)
);

CREATE TABLE stat_wait_month_weekday (
  stat_month     char(7)     NOT NULL,
  weekday        smallint    NOT NULL,
  department_id  integer     NOT NULL,
  wait_minute    smallint    NOT NULL,
  n              integer     NOT NULL,
  PRIMARY KEY (stat_month, weekday, department_id, wait_minute)
);

-- The days rolled up before this migration.
INSERT INTO stat_day_month (stat_month, department_id, doctor_id, channel, day_rows, booked, cancelled,
                            cancelled_by_hospital, no_show, voided_late, walk_ins, visits, visits_booked,
                            lead_days_sum, wait_count, wait_seconds_sum)
SELECT d.stat_month, d.department_id, d.doctor_id, d.channel, CAST(count(*) AS integer),
       CAST(sum(d.booked) AS integer), CAST(sum(d.cancelled) AS integer),
       CAST(sum(d.cancelled_by_hospital) AS integer), CAST(sum(d.no_show) AS integer),
       CAST(sum(d.voided_late) AS integer), CAST(sum(d.walk_ins) AS integer), CAST(sum(d.visits) AS integer),
       CAST(sum(d.visits_booked) AS integer), CAST(sum(d.lead_days_sum) AS integer),
       CAST(sum(d.wait_count) AS integer), CAST(sum(d.wait_seconds_sum) AS bigint)
  FROM stat_day d
 GROUP BY d.stat_month, d.department_id, d.doctor_id, d.channel;

INSERT INTO stat_wait_month_doctor (stat_month, department_id, doctor_id, wait_minute, n)
SELECT w.stat_month, w.department_id, w.doctor_id, w.wait_minute, CAST(sum(w.n) AS integer)
  FROM stat_wait_month w
 GROUP BY w.stat_month, w.department_id, w.doctor_id, w.wait_minute;

INSERT INTO stat_wait_month_department (stat_month, department_id, wait_minute, n)
SELECT w.stat_month, w.department_id, w.wait_minute, CAST(sum(w.n) AS integer)
  FROM stat_wait_month w
 GROUP BY w.stat_month, w.department_id, w.wait_minute;

INSERT INTO stat_day_month_weekday (stat_month, weekday, department_id, channel, day_rows, booked, cancelled,
                             cancelled_by_hospital, no_show, voided_late, walk_ins, visits, visits_booked,
                             lead_days_sum, wait_count, wait_seconds_sum)
SELECT d.stat_month, d.weekday, d.department_id, d.channel, CAST(count(*) AS integer),
       CAST(sum(d.booked) AS integer), CAST(sum(d.cancelled) AS integer),
       CAST(sum(d.cancelled_by_hospital) AS integer), CAST(sum(d.no_show) AS integer),
       CAST(sum(d.voided_late) AS integer), CAST(sum(d.walk_ins) AS integer), CAST(sum(d.visits) AS integer),
       CAST(sum(d.visits_booked) AS integer), CAST(sum(d.lead_days_sum) AS integer),
       CAST(sum(d.wait_count) AS integer), CAST(sum(d.wait_seconds_sum) AS bigint)
  FROM stat_day d
 GROUP BY d.stat_month, d.weekday, d.department_id, d.channel;

INSERT INTO stat_wait_month_channel (stat_month, department_id, channel, wait_minute, n)
SELECT w.stat_month, w.department_id, w.channel, w.wait_minute, CAST(sum(w.n) AS integer)
  FROM stat_wait_month w
 GROUP BY w.stat_month, w.department_id, w.channel, w.wait_minute;

INSERT INTO stat_wait_month_weekday (stat_month, weekday, department_id, wait_minute, n)
SELECT w.stat_month, w.weekday, w.department_id, w.wait_minute, CAST(sum(w.n) AS integer)
  FROM stat_wait w
 GROUP BY w.stat_month, w.weekday, w.department_id, w.wait_minute;
