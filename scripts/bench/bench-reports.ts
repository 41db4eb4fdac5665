/**
 * npm run bench:reports — R17 on real volume (decision 021), in one run, on PostgreSQL:
 *  1. five years of demo history generated into the database (scripts/demo/history-lib.ts), every
 *     day rolled up and closed, then VACUUM ANALYZE — the volume is printed;
 *  2. booking throughput through booking-core's HTTP API on that database and on an empty one
 *     beside it (<name>_empty, made and dropped here), in alternating rounds so that a noisy
 *     neighbour hits both alike: the median ratio history ÷ empty;
 *  3. each report's latency (p50 / p95) over the last twelve months by month, over five years by
 *     month, and by doctor; then the dashboard page (/dashboard, signed in, every chart) over its
 *     default 24 months, over five years, and 24 months of one department.
 * Prints only, asserts nothing. The database is BENCH_REPORTS_DATABASE_URL (default the
 * stats_bench database on 127.0.0.1), emptied first (its public schema is dropped and recreated).
 * Volume: BENCH_DOCTORS × BENCH_NUMBERS (default 40 × 170 ≈ 10 M appointments over 60 months; 40 × 110 gave 6.6 M).
 * The history database is kept after the run (only <name>_empty is dropped). BENCH_REPORTS_REUSE=1
 * measures again on it without generating: a database that already holds history is neither emptied
 * nor regenerated (booking-core's migrations still run at its start, so new roll-up layers are
 * filled); one without history is generated as usual. Drop it by hand when done (≈ 10 GB).
 * A quick check of the script itself: BENCH_MONTHS=1 BENCH_DOCTORS=2 BENCH_NUMBERS=5 BENCH_SECONDS=1
 * BENCH_ROUNDS=1 BENCH_REPORT_REQUESTS=3 (a database of your own in BENCH_REPORTS_DATABASE_URL).
 */
import { Client } from 'pg';
import { testPatient } from '@test/support/identities';
import { generateHistory } from '../demo/history-lib';
import {
  fmt,
  httpLoad,
  log,
  percentile,
  releasedSessions,
  seedBenchHospital,
  startCoreProcess,
  type CoreProc,
} from './bench-lib';

const URL_ = process.env.BENCH_REPORTS_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/stats_bench';
const MONTHS = Number(process.env.BENCH_MONTHS ?? 60);
const DOCTORS = Number(process.env.BENCH_DOCTORS ?? 40);
const NUMBERS = Number(process.env.BENCH_NUMBERS ?? 170);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const REQUESTS = Number(process.env.BENCH_REPORT_REQUESTS ?? 25);
const REUSE = process.env.BENCH_REPORTS_REUSE === '1';

const REPORTS = [
  'appointment-rate',
  'waiting-time',
  'no-show',
  'punctuality',
  'utilisation',
  'cancellation',
  'lead-time',
  'suspensions',
  'notifications',
  'channel-mix',
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One side of the booking comparison: its own core, sessions and patients. */
interface Side {
  name: string;
  core: CoreProc;
  sessions: number[];
  salt: number;
  next: number;
}

async function bookingRound(
  side: Side,
  seconds: number,
  warmup: number,
): Promise<{ rate: number; p50: number }> {
  const request = () => {
    const i = side.next++;
    return {
      method: 'POST' as const,
      path: '/v1/appointments',
      headers: { authorization: `Bearer ${side.core.tokens.agent}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        channel: 'PHONE',
        sessionId: side.sessions[i % side.sessions.length],
        patient: testPatient(i, side.salt),
      }),
    };
  };
  const result = await httpLoad({ base: side.core.url, concurrency: CONCURRENCY, seconds, warmup, request });
  const ok = result.statuses['201'] ?? 0;
  if (Object.keys(result.statuses).some((k) => k !== '201'))
    log(`    ${side.name}: ${JSON.stringify(result.statuses)}`);
  return { rate: ok / result.seconds, p50: result.p50 };
}

async function reportLatency(
  core: CoreProc,
  path: string,
  headers: Record<string, string> = { authorization: `Bearer ${core.tokens.admin}` },
): Promise<{ p50: number; p95: number; first: number }> {
  const times: number[] = [];
  let first = 0;
  for (let i = 0; i < REQUESTS; i++) {
    const started = performance.now();
    const res = await fetch(core.url + path, { headers, redirect: 'manual' });
    await res.text();
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    const ms = performance.now() - started;
    if (i === 0) first = ms;
    times.push(ms);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), first };
}

/** The lowest department id (the dashboard's department filter). */
async function firstDepartment(): Promise<number> {
  const client = new Client({ connectionString: URL_ });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: number }>('SELECT min(id) AS id FROM department');
    return Number(rows[0].id);
  } finally {
    await client.end();
  }
}

/** Signs in to the dashboard with the admin token (decision 022): the session cookie. */
async function dashboardCookie(core: CoreProc): Promise<string> {
  const res = await fetch(`${core.url}/dashboard/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token: core.tokens.admin }).toString(),
    redirect: 'manual',
  });
  await res.text();
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (res.status !== 303 || !cookie) throw new Error(`dashboard sign-in: ${res.status}`);
  return cookie;
}

/** The dashboard page (every chart, server-rendered) must be the real page, not the sign-in. */
async function checkDashboard(core: CoreProc, cookie: string, path: string): Promise<void> {
  const res = await fetch(core.url + path, { headers: { cookie }, redirect: 'manual' });
  const body = await res.text();
  if (res.status !== 200 || !body.includes('<svg'))
    throw new Error(`${path}: ${res.status}, ${body.length} bytes without a chart`);
}

/** The bench's database, created on its server (through the `postgres` database) when missing. */
async function ensureDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unexpected database name ${name}`);
  const server = new URL(url);
  server.pathname = '/postgres';
  const admin = new Client({ connectionString: server.toString() });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
}

/** Whether the bench's database already holds history (BENCH_REPORTS_REUSE=1 keeps it then). */
async function holdsHistory(client: Client): Promise<boolean> {
  const { rows } = await client.query<{ found: boolean }>(
    `SELECT to_regclass('public.appointment') IS NOT NULL AND to_regclass('public.stat_day') IS NOT NULL AS found`,
  );
  if (!rows[0].found) return false;
  const any = await client.query('SELECT 1 FROM appointment LIMIT 1');
  return (any.rowCount ?? 0) > 0;
}

async function main(): Promise<void> {
  log(
    `bench:reports — PostgreSQL ${new URL(URL_).host}${new URL(URL_).pathname}; ${MONTHS} months × ${DOCTORS} doctors × ${NUMBERS} numbers`,
  );
  await ensureDatabase(URL_);
  const admin = new Client({ connectionString: URL_ });
  await admin.connect();
  const reuse = REUSE && (await holdsHistory(admin));
  if (!reuse) {
    await admin.query('DROP SCHEMA public CASCADE');
    await admin.query('CREATE SCHEMA public');
  }
  // The empty side of the booking comparison: a database of its own, beside the history one.
  const emptyName = `${new URL(URL_).pathname.slice(1)}_empty`;
  await admin.query(`DROP DATABASE IF EXISTS ${emptyName} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${emptyName}`);
  await admin.end();
  const emptyUrl = new URL(URL_);
  emptyUrl.pathname = `/${emptyName}`;

  let history: Awaited<ReturnType<typeof generateHistory>> | null = null;
  let vacuumSeconds = 0;
  if (reuse) log('1. the history already in the database (BENCH_REPORTS_REUSE=1): not generated again');
  else {
    log('1. five years of demo history (scripts/demo/history-lib.ts)');
    history = await generateHistory({
      url: URL_,
      months: MONTHS,
      doctors: DOCTORS,
      numbers: NUMBERS,
      log: (line) => (line.startsWith('  20') && !line.includes('-12:') ? undefined : log(`  ${line}`)),
    });
  }
  const client = new Client({ connectionString: URL_ });
  await client.connect();
  if (history) {
    const v0 = Date.now();
    // A hospital's database is in steady state, not just loaded: vacuumed and analysed.
    await client.query('VACUUM (ANALYZE)');
    vacuumSeconds = (Date.now() - v0) / 1000;
  }
  const { rows } = await client.query<{
    appointments: string;
    visits: string;
    calls: string;
    rollup: string;
    size: string;
  }>(
    `SELECT (SELECT count(*) FROM appointment) AS appointments, (SELECT count(*) FROM visit) AS visits,
            (SELECT count(*) FROM queue_call) AS calls,
            (SELECT count(*) FROM stat_day) + (SELECT count(*) FROM stat_wait) + (SELECT count(*) FROM stat_wait_month)
              + (SELECT count(*) FROM stat_session) AS rollup,
            pg_size_pretty(pg_database_size(current_database())) AS size`,
  );
  await client.end();
  if (history)
    log(
      `  history ${history.from} … ${history.to}: ${fmt(history.appointments)} appointments, ${fmt(history.visits)} visits, ` +
        `${fmt(history.sessions)} sessions — generated in ${fmt(history.seconds - history.rollupSeconds)} s, rolled up in ` +
        `${fmt(history.rollupSeconds)} s, VACUUM ANALYZE ${fmt(vacuumSeconds)} s`,
    );
  log(
    `  database: ${fmt(Number(rows[0].appointments))} appointments, ${fmt(Number(rows[0].visits))} visits, ` +
      `${fmt(Number(rows[0].calls))} calls, ${fmt(Number(rows[0].rollup))} roll-up rows, ${rows[0].size}`,
  );
  if (Number(rows[0].appointments) < 10_000_000)
    log(
      `  NOTE: ${fmt(Number(rows[0].appointments))} appointments — below the 10 M target (BENCH_DOCTORS × BENCH_NUMBERS set the volume)`,
    );

  const emptyCore = await startCoreProcess(emptyUrl.toString());
  const core = await startCoreProcess(URL_);
  if (reuse) {
    // booking-core migrated the kept database at its start: a new roll-up layer is analysed too.
    const analyse = new Client({ connectionString: URL_ });
    await analyse.connect();
    await analyse.query('ANALYZE');
    await analyse.end();
  }
  try {
    log(
      `2. booking throughput, ${CONCURRENCY} at a time: an empty database and the history, alternating rounds`,
    );
    const empty: Side = {
      name: 'empty',
      core: emptyCore,
      sessions: await seedBenchHospital(emptyCore, 20, 400),
      salt: 11,
      next: 0,
    };
    // A kept database (BENCH_REPORTS_REUSE=1) has its bench hospital from the first run: its
    // sessions are booked again, by patients the earlier runs did not use.
    const kept = reuse ? await releasedSessions(core) : [];
    const full: Side = {
      name: 'history',
      core,
      sessions: kept.length ? kept : await seedBenchHospital(core, 20, 400),
      salt: kept.length ? 13 + (Date.now() % 80) : 12,
      next: 0,
    };
    await bookingRound(empty, 0.1, 2);
    await bookingRound(full, 0.1, 2);
    const ratios: number[] = [];
    for (let r = 1; r <= ROUNDS; r++) {
      const e = await bookingRound(empty, SECONDS, 0.5);
      const h = await bookingRound(full, SECONDS, 0.5);
      ratios.push(h.rate / e.rate);
      log(
        `    round ${r}: empty ${fmt(e.rate, 1)}/s (p50 ${fmt(e.p50, 1)} ms), history ${fmt(h.rate, 1)}/s ` +
          `(p50 ${fmt(h.p50, 1)} ms) — ratio ${fmt(h.rate / e.rate, 2)}`,
      );
    }
    log(`  booking throughput ratio history ÷ empty (median of ${ROUNDS} rounds): ${fmt(median(ratios), 2)}`);
    log(`3. reports over the roll-ups (${REQUESTS} sequential requests each; ms)`);
    log(
      `  ${'report'.padEnd(18)} ${'12 mo by month'.padStart(22)} ${'60 mo by month'.padStart(22)} ${'12 mo by doctor'.padStart(22)}`,
    );
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const fiveYears = `${Number(today.slice(0, 4)) - 5}-${today.slice(5, 7)}-01`;
    const cell = (x: { p50: number; p95: number }) =>
      `p50 ${fmt(x.p50, 1)} / p95 ${fmt(x.p95, 1)}`.padStart(22);
    for (const report of REPORTS) {
      const byDoctor = ['notifications'].includes(report)
        ? 'channel'
        : report === 'channel-mix'
          ? 'doctor,channel'
          : 'doctor';
      const month = report === 'channel-mix' ? 'month,channel' : 'month';
      const a = await reportLatency(core, `/v1/reports/${report}?groupBy=${month}`);
      const b = await reportLatency(
        core,
        `/v1/reports/${report}?from=${fiveYears}&to=${today}&groupBy=${month}`,
      );
      const c = await reportLatency(core, `/v1/reports/${report}?groupBy=${byDoctor}`);
      log(`  ${report.padEnd(18)} ${cell(a)} ${cell(b)} ${cell(c)}`);
    }
    // The dashboard page, signed in: every chart of its default view (24 months up to today) and
    // of five years, rendered as the browser gets it (decision 022).
    const cookie = await dashboardCookie(core);
    const dashboard = {
      default: '/dashboard',
      fiveYears: `/dashboard?from=${fiveYears}&to=${today}`,
      department: `/dashboard?department=${await firstDepartment()}`,
    };
    for (const path of Object.values(dashboard)) await checkDashboard(core, cookie, path);
    const d = await reportLatency(core, dashboard.default, { cookie });
    const e = await reportLatency(core, dashboard.fiveYears, { cookie });
    const f = await reportLatency(core, dashboard.department, { cookie });
    log(
      `  ${'dashboard (HTML)'.padEnd(18)} ${cell(d)} ${cell(e)} ${cell(f)}` +
        '   (24 months, 60 months, 24 months of one department)',
    );
  } finally {
    await core.stop();
    await emptyCore.stop();
    const drop = new Client({ connectionString: URL_ });
    await drop.connect();
    await drop.query(`DROP DATABASE IF EXISTS ${emptyName} WITH (FORCE)`);
    await drop.end();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
