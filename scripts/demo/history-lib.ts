/**
 * R17: clearly marked demo history, generated straight into booking-core's tables on PostgreSQL
 * (set-based SQL, one month per transaction), then rolled up and closed day by day with
 * rollup_statistics_day — what the dashboard and bench:reports read. Decision 021.
 *
 * Marked as demo everywhere: departments and doctors coded DEMO-…, named 演示…; patients 演示患者…;
 * every appointment booked_by 'demo:history'; the setting row demo_history. Seasonality (winter
 * peak, the Spring Festival dip), appointment channels gaining on walk-ins, the appointment rate
 * stepping up when the unified number pool opens (统一号源池上线) and the no-show rate falling after
 * the blacklist starts (爽约黑名单启用) — the two are recorded as policy events for the charts.
 *
 * Bulk loading writes rows that reference each other both ways (slot ↔ appointment), so
 * foreign-key triggers are off for the load's own transactions (session_replication_role =
 * replica; needs a superuser, on the loader's database only); the rows are consistent by
 * construction.
 */
import { Client } from 'pg';
import { parseDatabaseUrl } from '../../apps/booking-core/src/database/database-target';
import { openDatabase } from '../../apps/booking-core/src/database/data-source.factory';
import { migrate } from '../../apps/booking-core/src/database/migrator';

export const DEMO_ACTOR = 'demo:history';
const TZ = 'Asia/Shanghai';

export interface HistoryOptions {
  url: string;
  months: number;
  /** doctors (two departments' worth each ten) */
  doctors: number;
  /** numbers per session */
  numbers: number;
  /** bench:reports loads history after its own "empty" bookings */
  allowExistingData?: boolean;
  log?: (line: string) => void;
}

export interface HistoryResult {
  from: string;
  to: string;
  sessions: number;
  appointments: number;
  visits: number;
  seconds: number;
  rollupSeconds: number;
}

const DEPARTMENTS = [
  '内科',
  '外科',
  '儿科',
  '妇产科',
  '眼科',
  '耳鼻喉科',
  '皮肤科',
  '口腔科',
  '中医科',
  '骨科',
];

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function addMonths(date: string, months: number): string {
  const [y, m] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1 + months, 1)).toISOString().slice(0, 10);
}

export async function migrateDatabase(url: string): Promise<void> {
  const db = await openDatabase(parseDatabaseUrl(url), 2);
  try {
    await migrate(db.dataSource, 'postgres');
  } finally {
    await db.close();
  }
}

/** Runs one query with positional parameters and gives its rows (a pg Client or a TypeORM DataSource). */
type RunQuery = (text: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

/** Why the database cannot take demo history, or null. Reads only. */
export async function refusal(run: RunQuery): Promise<string | null> {
  const [row] = await run(
    `SELECT (SELECT count(*) FROM appointment WHERE booked_by IS DISTINCT FROM $1) +
            (SELECT count(*) FROM patient WHERE name NOT LIKE '演示患者%') AS real,
            (SELECT count(*) FROM setting WHERE name = 'demo_history') AS demo`,
    [DEMO_ACTOR],
  );
  const real = Number(row.real);
  if (real > 0)
    return `the database holds real (non-demo) data: ${real} appointments or patients not made by demo:history`;
  if (Number(row.demo) > 0) return 'the database already holds demo history (start from an empty database)';
  return null;
}

/**
 * Why the database at url (PostgreSQL, or a PGlite directory) cannot take demo history, or null —
 * asked before anything is written, migrations included (a database not migrated yet has no
 * data and can).
 */
export async function refusalAt(url: string): Promise<string | null> {
  const db = await openDatabase(parseDatabaseUrl(url), 1);
  try {
    const run: RunQuery = (text, params) => db.dataSource.query<Record<string, unknown>[]>(text, params);
    const [schema] = await run(`SELECT to_regclass('appointment') IS NOT NULL AS migrated`, []);
    return schema.migrated === true ? await refusal(run) : null;
  } finally {
    await db.close();
  }
}

export async function generateHistory(options: HistoryOptions): Promise<HistoryResult> {
  const log = options.log ?? (() => undefined);
  const started = Date.now();
  if (!options.allowExistingData) {
    // Before anything is written: a database with real data is left exactly as it was.
    const why = await refusalAt(options.url);
    if (why) throw new Error(`demo:history refuses: ${why}`);
  }
  if (!/^postgres(ql)?:\/\//.test(options.url))
    throw new Error('demo:history needs a PostgreSQL database (postgres://…)');
  await migrateDatabase(options.url);
  const client = new Client({ connectionString: options.url });
  await client.connect();
  const run: RunQuery = async (text, params) =>
    (await client.query<Record<string, unknown>>(text, params)).rows;
  try {
    if (!options.allowExistingData) {
      const why = await refusal(run);
      if (why) throw new Error(`demo:history refuses: ${why}`);
    } else {
      const { rows } = await client.query(`SELECT 1 FROM setting WHERE name = 'demo_history'`);
      if (rows.length) throw new Error('demo:history refuses: the database already holds demo history');
    }
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: TZ }).format(new Date());
    const from = addMonths(today, -options.months);
    const to = addDays(today, -1);
    const poolDate = addMonths(from, Math.round(options.months * 0.3));
    const blacklistDate = addMonths(from, Math.round(options.months * 0.5));
    const wechatDate = addMonths(from, Math.round(options.months * 0.15));
    log(
      `demo:history — ${options.months} months (${from} … ${to}), ${options.doctors} doctors, ` +
        `${options.numbers} numbers a session`,
    );

    // Catalogue, patients and the markers, in one transaction.
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO setting (name, value, description) VALUES ('demo_history', $1,
         'DEMO DATA: history generated by npm run demo:history — not real patients or visits')`,
      [`${from}..${to}`],
    );
    for (let i = 0; i < DEPARTMENTS.length; i++)
      await client.query(
        `INSERT INTO department (code, name, description) VALUES ($1, $2, 'DEMO DATA (npm run demo:history)')`,
        [`DEMO-D${i + 1}`, `演示${DEPARTMENTS[i]}`],
      );
    await client.query(
      `INSERT INTO doctor (code, department_id, name, title)
       SELECT 'DEMO-DOC' || g, (SELECT id FROM department WHERE code = 'DEMO-D' || (1 + (g - 1) % $2)),
              '演示医生' || g, (ARRAY['CHIEF', 'ASSOCIATE_CHIEF', 'ATTENDING', 'RESIDENT'])[1 + g % 4]
         FROM generate_series(1, $1) g`,
      [options.doctors, DEPARTMENTS.length],
    );
    await client.query(
      `INSERT INTO room (code, name, department_id)
       SELECT 'DEMO-R' || d.code, '演示诊室' || d.code, d.department_id FROM doctor d WHERE d.code LIKE 'DEMO-DOC%'`,
    );
    const patients = Math.max(5000, options.numbers * 4);
    await client.query(
      `INSERT INTO patient (name, mobile_masked, created_at, updated_at)
       SELECT '演示患者' || g, '139****0000', $2::timestamptz, $2::timestamptz FROM generate_series(1, $1) g`,
      [patients, `${from}T00:00:00+08:00`],
    );
    await client.query(
      `INSERT INTO patient_document (patient_id, document_type, digest, masked, cipher, created_at)
       SELECT p.id, 'HOSPITAL_CARD', encode(sha256(convert_to('demo-history:' || p.id, 'UTF8')), 'hex'),
              'DEMO****', 'demo', p.created_at
         FROM patient p WHERE p.name LIKE '演示患者%'`,
    );
    await client.query(
      `INSERT INTO stat_policy_event (event_date, title, created_at, created_by) VALUES
         ($1, '微信公众号预约上线（演示）', now(), $4), ($2, '统一号源池上线（演示）', now(), $4),
         ($3, '爽约黑名单启用（演示）', now(), $4)`,
      [wechatDate, poolDate, blacklistDate, DEMO_ACTOR],
    );
    await client.query('COMMIT');

    const { rows: idRows } = await client.query<{ p0: number; d0: number }>(
      `SELECT min(p.id) AS p0, (SELECT min(id) FROM patient_document WHERE cipher = 'demo') AS d0
         FROM patient p WHERE p.name LIKE '演示患者%'`,
    );
    const p0 = Number(idRows[0].p0);
    const d0 = Number(idRows[0].d0);
    await client.query('SELECT setseed(0.42)');

    let sessions = 0;
    let appointments = 0;
    let visits = 0;
    for (let month = from; month <= to; month = addMonths(month, 1)) {
      const last = addDays(addMonths(month, 1), -1) < to ? addDays(addMonths(month, 1), -1) : to;
      const t0 = Date.now();
      const r = await loadMonth(client, {
        from: month,
        to: last,
        start: from,
        months: options.months,
        numbers: options.numbers,
        patients,
        p0,
        d0,
        poolDate,
        blacklistDate,
        wechatDate,
      });
      sessions += r.sessions;
      appointments += r.appointments;
      visits += r.visits;
      log(
        `  ${month.slice(0, 7)}: ${r.sessions} sessions, ${r.appointments} appointments, ${r.visits} visits ` +
          `(${((Date.now() - t0) / 1000).toFixed(1)} s; ${appointments} in all)`,
      );
    }
    await client.query('ANALYZE');

    const r0 = Date.now();
    log('  rolling up and closing every day (rollup_statistics_day) …');
    for (let month = from; month <= to; month = addMonths(month, 1)) {
      const last = addDays(addMonths(month, 1), -1) < to ? addDays(addMonths(month, 1), -1) : to;
      await client.query(
        `SELECT count(*) FROM generate_series($1::date, $2::date, interval '1 day') d,
                LATERAL rollup_statistics_day(CAST(d AS date), true, true, $3, now()) r`,
        [month, last, TZ],
      );
    }
    const rollupSeconds = (Date.now() - r0) / 1000;
    return {
      from,
      to,
      sessions,
      appointments,
      visits,
      seconds: (Date.now() - started) / 1000,
      rollupSeconds,
    };
  } finally {
    await client.end();
  }
}

interface MonthParams {
  from: string;
  to: string;
  start: string;
  months: number;
  numbers: number;
  patients: number;
  p0: number;
  d0: number;
  poolDate: string;
  blacklistDate: string;
  wechatDate: string;
}

async function loadMonth(
  client: Client,
  m: MonthParams,
): Promise<{ sessions: number; appointments: number; visits: number }> {
  await client.query('BEGIN');
  await client.query('SET LOCAL session_replication_role = replica');
  // Sessions: every demo doctor Monday–Friday mornings; odd doctors also afternoons, every fourth
  // Saturday mornings. First call: the doctor's habit, Mondays later, and noise (R16).
  const sessions = await client.query(
    `INSERT INTO clinic_session (department_id, doctor_id, acting_doctor_id, room_id, session_date, period, starts_at,
                                 ends_at, release_at, fee_cents, status, created_at, updated_at, first_call_at)
     SELECT d.department_id, d.id, d.id, r.id, day, p.period,
            (day + p.starts) AT TIME ZONE '${TZ}', (day + p.starts + interval '4 hours') AT TIME ZONE '${TZ}',
            (day - 7 + time '08:00') AT TIME ZONE '${TZ}', 2500,
            CASE WHEN random() < 0.004 THEN 'SUSPENDED' ELSE 'OPEN' END,
            (day - 30)::timestamp AT TIME ZONE '${TZ}', (day - 30)::timestamp AT TIME ZONE '${TZ}',
            (day + p.starts) AT TIME ZONE '${TZ}'
              + make_interval(secs => 60 * GREATEST(-2, (d.id % 7) - 1 + CASE WHEN extract(isodow FROM day) = 1 THEN 4 ELSE 0 END
                                                        + random() * 6 - 2))
       FROM generate_series($1::date, $2::date, interval '1 day') g(dd)
       CROSS JOIN LATERAL (SELECT CAST(g.dd AS date) AS day) x
       JOIN doctor d ON d.code LIKE 'DEMO-DOC%'
       JOIN room r ON r.code = 'DEMO-R' || d.code
       JOIN (VALUES ('AM', time '08:00'), ('PM', time '14:00')) p(period, starts) ON true
      WHERE (extract(isodow FROM day) <= 5 AND (p.period = 'AM' OR d.id % 2 = 1))
         OR (extract(isodow FROM day) = 6 AND p.period = 'AM' AND d.id % 4 = 0)`,
    [m.from, m.to],
  );
  await client.query(
    `UPDATE clinic_session SET first_call_at = NULL WHERE session_date BETWEEN $1 AND $2 AND status = 'SUSPENDED'`,
    [m.from, m.to],
  );

  // Numbers and their fate, decided once per number.
  await client.query('DROP TABLE IF EXISTS gen_number');
  await client.query(
    `CREATE TEMPORARY TABLE gen_number ON COMMIT DROP AS
     SELECT s.id AS session_id, s.session_date, s.doctor_id, s.status AS session_status, n.n AS seq,
            s.starts_at + make_interval(mins => (n.n - 1) * 3) AS slot_start,
            -- t: 0 … 1 through the history
            (s.session_date - $1::date)::float / GREATEST(1, $2::date - $1::date) AS t,
            random() AS r_taken, random() AS r_kind, random() AS r_channel, random() AS r_status,
            random() AS r_lead, random() AS r_wait, random() AS r_checkin,
            CASE extract(month FROM s.session_date)
              WHEN 1 THEN 1.05 WHEN 2 THEN 0.72 WHEN 3 THEN 1.02 WHEN 4 THEN 0.95 WHEN 5 THEN 0.92
              WHEN 6 THEN 0.88 WHEN 7 THEN 0.86 WHEN 8 THEN 0.84 WHEN 9 THEN 0.93 WHEN 10 THEN 0.90
              WHEN 11 THEN 1.00 ELSE 1.08 END AS season
       FROM clinic_session s
       JOIN number_series n ON n.n <= $3
       JOIN doctor d ON d.id = s.doctor_id AND d.code LIKE 'DEMO-DOC%'
      WHERE s.session_date BETWEEN $4 AND $5`,
    [m.start, addMonths(m.start, m.months), m.numbers, m.from, m.to],
  );
  await client.query(
    `CREATE TEMPORARY TABLE gen_slot ON COMMIT DROP AS
     SELECT g.*, nextval(pg_get_serial_sequence('slot', 'id')) AS slot_id,
            (g.r_taken < LEAST(0.97, 0.80 * g.season)) AS taken,
            (g.r_kind < LEAST(0.93, 0.42 + 0.22 * g.t + CASE WHEN g.session_date >= $1::date THEN 0.14 ELSE 0 END)) AS booked,
            -- the no-show probability: about 10 % until the blacklist starts, then falling to 3.5 %
            CASE WHEN g.session_date < $2::date THEN 0.095 + 0.04 * (g.season - 0.9)
                 ELSE 0.035 + 0.06 * exp(-(g.session_date - $2::date) / 90.0) END AS p_no_show
       FROM gen_number g`,
    [m.poolDate, m.blacklistDate],
  );
  await client.query(
    `CREATE TEMPORARY TABLE gen_appointment ON COMMIT DROP AS
     SELECT g.*, nextval(pg_get_serial_sequence('appointment', 'id')) AS appointment_id,
            CASE WHEN NOT g.booked THEN 'ON_SITE'
                 WHEN g.r_channel < 0.30 - 0.18 * g.t THEN 'PHONE'
                 WHEN g.r_channel < 0.52 - 0.30 * g.t THEN 'COUNTER'
                 WHEN g.r_channel < 0.62 - 0.30 * g.t THEN 'WEB'
                 WHEN g.r_channel < 0.70 - 0.30 * g.t THEN 'KIOSK'
                 WHEN g.r_channel < 0.76 - 0.30 * g.t THEN 'CLINIC'
                 WHEN g.session_date >= $1::date AND g.r_channel < 0.95 - 0.16 * g.t THEN 'WECHAT'
                 WHEN g.r_channel < 0.97 THEN 'APP'
                 ELSE 'THIRD_PARTY' END AS channel,
            CASE WHEN NOT g.booked THEN 'REGISTERED'
                 WHEN g.session_status = 'SUSPENDED' THEN 'CANCELLED_BY_HOSPITAL'
                 WHEN g.r_status < 0.07 THEN 'CANCELLED'
                 WHEN g.r_status < 0.07 + g.p_no_show THEN 'NO_SHOW'
                 WHEN g.r_status < 0.08 + g.p_no_show THEN 'VOIDED_LATE'
                 ELSE 'REGISTERED' END AS status,
            CASE WHEN g.booked THEN floor(g.r_lead * g.r_lead * 9)::int ELSE 0 END AS lead
       FROM gen_slot g
      WHERE g.taken AND (g.booked OR g.session_status <> 'SUSPENDED')`,
    [m.wechatDate],
  );
  // The follow-up inserts join the month's appointments by key, never scanning the whole history.
  await client.query('ANALYZE gen_appointment');
  await client.query(
    `INSERT INTO slot (id, session_id, seq_no, starts_at, ends_at, appointment_id)
     SELECT g.slot_id, g.session_id, g.seq, g.slot_start, g.slot_start + interval '3 minutes',
            CASE WHEN a.status IN ('CANCELLED', 'CANCELLED_BY_HOSPITAL') THEN NULL ELSE a.appointment_id END
       FROM gen_slot g LEFT JOIN gen_appointment a ON a.slot_id = g.slot_id`,
  );
  const appointments = await client.query(
    `INSERT INTO appointment (id, code, verification_code, patient_id, document_id, session_id, slot_id, visit_no, channel,
                              status, booked_at, booked_by, cancelled_at, checked_in_at, called_at, registered_at,
                              closed_at, updated_at, call_count)
     SELECT a.appointment_id, 'DEMO' || a.appointment_id, '000000',
            $1 + (a.session_id * 7919 + a.seq) % $3, $2 + (a.session_id * 7919 + a.seq) % $3,
            a.session_id, a.slot_id, a.seq, a.channel, a.status,
            CASE WHEN a.channel = 'ON_SITE' THEN a.slot_start - interval '40 minutes'
                 WHEN a.lead = 0 THEN a.slot_start - interval '3 hours'
                 ELSE (a.session_date - a.lead + time '09:00' + make_interval(mins => floor(a.r_wait * 600)::int))
                        AT TIME ZONE '${TZ}' END,
            '${DEMO_ACTOR}',
            CASE WHEN a.status IN ('CANCELLED', 'CANCELLED_BY_HOSPITAL') THEN a.slot_start - interval '1 day' END,
            CASE WHEN a.status = 'REGISTERED' THEN a.slot_start - make_interval(mins => floor(a.r_checkin * 30)::int) END,
            w.first_call,
            CASE WHEN a.status = 'REGISTERED' THEN w.first_call + interval '2 minutes' END,
            CASE WHEN a.status = 'NO_SHOW' THEN a.slot_start + interval '5 hours'
                 WHEN a.status = 'VOIDED_LATE' THEN a.slot_start + interval '15 minutes' END,
            a.slot_start + interval '5 hours', CASE WHEN a.status = 'REGISTERED' THEN 1 ELSE 0 END
       FROM gen_appointment a
       CROSS JOIN LATERAL (
         SELECT CASE WHEN a.status = 'REGISTERED'
                     THEN GREATEST(a.slot_start, a.slot_start - make_interval(mins => floor(a.r_checkin * 30)::int))
                          + make_interval(secs => floor(-ln(1 - a.r_wait * 0.999) * 60 * (26 - 12 * a.t) * a.season)::int)
                END AS first_call) w`,
    [m.p0, m.d0, m.patients],
  );
  const visits = await client.query(
    `INSERT INTO visit (appointment_id, patient_id, session_id, visit_no, channel, fee_cents, registered_at, registered_by)
     SELECT a.id, a.patient_id, a.session_id, a.visit_no, a.channel, 2500, a.registered_at, '${DEMO_ACTOR}'
       FROM gen_appointment g JOIN appointment a ON a.id = g.appointment_id
      WHERE a.status = 'REGISTERED'`,
  );
  await client.query(
    `INSERT INTO queue_call (session_id, appointment_id, visit_no, kind, room_id, called_by, at)
     SELECT a.session_id, a.id, a.visit_no, 'CALL', s.room_id, '${DEMO_ACTOR}', a.called_at
       FROM gen_appointment g JOIN appointment a ON a.id = g.appointment_id JOIN clinic_session s ON s.id = a.session_id
      WHERE a.called_at IS NOT NULL`,
  );
  // A sample of the booking confirmations (one in twenty), most delivered in seconds, a few dead.
  await client.query(
    `INSERT INTO notification (kind, channel, appointment_id, patient_id, payload, status, attempts, next_attempt_at,
                               dedupe_key, created_at, updated_at, sent_at)
     SELECT 'BOOKING_CONFIRMED', x.delivery, x.id, x.patient_id, '{}', CASE WHEN x.dead THEN 'DEAD' ELSE 'SENT' END, 1,
            x.booked_at, 'demo:' || x.id, x.booked_at, x.booked_at,
            CASE WHEN x.dead THEN NULL ELSE x.booked_at + make_interval(secs => 1 + floor(x.r * x.r * 20)::int) END
       FROM (SELECT a.id, a.patient_id, a.booked_at, random() < 0.006 AS dead, random() AS r,
                    CASE WHEN a.channel = 'WECHAT' THEN 'WECHAT' WHEN a.channel = 'APP' THEN 'APP_PUSH' ELSE 'SMS' END AS delivery
               FROM gen_appointment g JOIN appointment a ON a.id = g.appointment_id
              WHERE a.channel <> 'ON_SITE' AND a.id % 20 = 0) x`,
  );
  await client.query('COMMIT');
  return {
    sessions: sessions.rowCount ?? 0,
    appointments: appointments.rowCount ?? 0,
    visits: visits.rowCount ?? 0,
  };
}
