/**
 * npm run bench:reports — R17 on real volume (decision 021), in one run, on PostgreSQL:
 *  1. an empty database: booking throughput through booking-core's HTTP API;
 *  2. five years of demo history generated into the same database (scripts/demo/history-lib.ts),
 *     every day rolled up and closed — the volume is printed;
 *  3. booking throughput again (history ÷ empty), and each report's latency (p50 / p95) over
 *     the last twelve months by month, over five years by month, and by doctor.
 * Prints only, asserts nothing. The database is BENCH_REPORTS_DATABASE_URL (default the
 * stats_bench database on 127.0.0.1), emptied first (its public schema is dropped and recreated).
 * Volume: BENCH_DOCTORS × BENCH_NUMBERS (default 40 × 160 ≈ 10 M appointments over 60 months; 40 × 110 gave 6.8 M).
 */
import { Client } from 'pg';
import { testPatient } from '@test/support/identities';
import { generateHistory, migrateDatabase } from '../demo/history-lib';
import {
  fmt,
  httpLoad,
  log,
  percentile,
  seedBenchHospital,
  startCoreProcess,
  type CoreProc,
} from './bench-lib';

const URL_ = process.env.BENCH_REPORTS_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/stats_bench';
const MONTHS = Number(process.env.BENCH_MONTHS ?? 60);
const DOCTORS = Number(process.env.BENCH_DOCTORS ?? 40);
const NUMBERS = Number(process.env.BENCH_NUMBERS ?? 160);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const REQUESTS = Number(process.env.BENCH_REPORT_REQUESTS ?? 25);

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

async function bookingThroughput(core: CoreProc, sessions: number[], salt: number): Promise<number> {
  let next = 0;
  const request = () => {
    const i = next++;
    return {
      method: 'POST' as const,
      path: '/v1/appointments',
      headers: { authorization: `Bearer ${core.tokens.agent}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        channel: 'PHONE',
        sessionId: sessions[i % sessions.length],
        patient: testPatient(i, salt),
      }),
    };
  };
  await httpLoad({ base: core.url, concurrency: CONCURRENCY, seconds: 0.1, warmup: 2, request });
  const rates: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const result = await httpLoad({
      base: core.url,
      concurrency: CONCURRENCY,
      seconds: SECONDS,
      warmup: 0.5,
      request,
    });
    const ok = result.statuses['201'] ?? 0;
    rates.push(ok / result.seconds);
    log(
      `    round ${r + 1}: ${fmt(ok / result.seconds, 1)} bookings/s (p50 ${fmt(result.p50, 1)} ms) ${JSON.stringify(result.statuses)}`,
    );
  }
  return median(rates);
}

async function reportLatency(
  core: CoreProc,
  path: string,
): Promise<{ p50: number; p95: number; first: number }> {
  const times: number[] = [];
  let first = 0;
  for (let i = 0; i < REQUESTS; i++) {
    const started = performance.now();
    const res = await fetch(core.url + path, { headers: { authorization: `Bearer ${core.tokens.admin}` } });
    await res.text();
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    const ms = performance.now() - started;
    if (i === 0) first = ms;
    times.push(ms);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), first };
}

async function main(): Promise<void> {
  log(
    `bench:reports — PostgreSQL ${new URL(URL_).host}${new URL(URL_).pathname}; ${MONTHS} months × ${DOCTORS} doctors × ${NUMBERS} numbers`,
  );
  const admin = new Client({ connectionString: URL_ });
  await admin.connect();
  await admin.query('DROP SCHEMA public CASCADE');
  await admin.query('CREATE SCHEMA public');
  await admin.end();
  await migrateDatabase(URL_);

  let core = await startCoreProcess(URL_);
  let sessions: number[];
  let emptyRate: number;
  try {
    sessions = await seedBenchHospital(core, 20, 400);
    log(
      `1. empty database: ${sessions.length} released sessions × 400 numbers; booking ${CONCURRENCY} at a time`,
    );
    emptyRate = await bookingThroughput(
      core,
      sessions.filter((_s, i) => i % 2 === 0),
      11,
    );
  } finally {
    await core.stop();
  }

  log('2. five years of demo history into the same database');
  const history = await generateHistory({
    url: URL_,
    months: MONTHS,
    doctors: DOCTORS,
    numbers: NUMBERS,
    allowExistingData: true,
    log: (line) => (line.startsWith('  20') && !line.includes('-12:') ? undefined : log(`  ${line}`)),
  });
  const client = new Client({ connectionString: URL_ });
  await client.connect();
  const { rows } = await client.query<{
    appointments: string;
    visits: string;
    calls: string;
    rollup: string;
    size: string;
  }>(
    `SELECT (SELECT count(*) FROM appointment) AS appointments, (SELECT count(*) FROM visit) AS visits,
            (SELECT count(*) FROM queue_call) AS calls,
            (SELECT count(*) FROM stat_day) + (SELECT count(*) FROM stat_wait) + (SELECT count(*) FROM stat_session) AS rollup,
            pg_size_pretty(pg_database_size(current_database())) AS size`,
  );
  await client.end();
  log(
    `  history ${history.from} … ${history.to}: ${fmt(history.appointments)} appointments, ${fmt(history.visits)} visits, ` +
      `${fmt(history.sessions)} sessions — generated in ${fmt(history.seconds - history.rollupSeconds)} s, rolled up in ` +
      `${fmt(history.rollupSeconds)} s`,
  );
  log(
    `  database now: ${fmt(Number(rows[0].appointments))} appointments, ${fmt(Number(rows[0].visits))} visits, ` +
      `${fmt(Number(rows[0].calls))} calls, ${fmt(Number(rows[0].rollup))} roll-up rows, ${rows[0].size}`,
  );
  if (Number(rows[0].appointments) < 10_000_000)
    log(
      `  NOTE: ${fmt(Number(rows[0].appointments))} appointments — below the 10 M target (BENCH_DOCTORS × BENCH_NUMBERS set the volume)`,
    );

  core = await startCoreProcess(URL_);
  try {
    log('3. with the history: booking throughput');
    const historyRate = await bookingThroughput(
      core,
      sessions.filter((_s, i) => i % 2 === 1),
      12,
    );
    log(
      `  booking throughput: empty ${fmt(emptyRate, 1)}/s, with history ${fmt(historyRate, 1)}/s — ` +
        `ratio history ÷ empty = ${fmt(historyRate / emptyRate, 2)}`,
    );
    log(`4. reports over the roll-ups (${REQUESTS} sequential requests each; ms)`);
    log(
      `  ${'report'.padEnd(18)} ${'12 mo by month'.padStart(22)} ${'60 mo by month'.padStart(22)} ${'12 mo by doctor'.padStart(22)}`,
    );
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const fiveYears = `${Number(today.slice(0, 4)) - 5}-${today.slice(5, 7)}-01`;
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
      const cell = (x: { p50: number; p95: number }) =>
        `p50 ${fmt(x.p50, 1)} / p95 ${fmt(x.p95, 1)}`.padStart(22);
      log(`  ${report.padEnd(18)} ${cell(a)} ${cell(b)} ${cell(c)}`);
    }
  } finally {
    await core.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
