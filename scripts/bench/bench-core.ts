/**
 * npm run bench:core — booking throughput through booking-core's HTTP API on PostgreSQL, beside
 * pgbench calling the same booking procedure with the same concurrency, in one run.
 * Target (issue 2): HTTP / pgbench ≥ 0.6.
 */
import { testPatient } from '@app/testing/identities';
import {
  cpuSeconds,
  createBenchDatabase,
  fmt,
  httpLoad,
  log,
  pgbench,
  processTree,
  PGBENCH_BOOKING,
  publishBenchSessions,
  seedBenchHospital,
  startCoreProcess,
} from './bench-lib';

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const WARMUP = 3;

async function main(): Promise<void> {
  const db = await createBenchDatabase('bench_core');
  const core = await startCoreProcess(db.url, { CORE_WORKERS: process.env.BENCH_CORE_WORKERS ?? '1' });
  try {
    log(
      `bench:core — ${CONCURRENCY} concurrent clients, ${SECONDS} s each after ${WARMUP} s warm-up, PostgreSQL ${new URL(db.url).host}`,
    );
    const sessions = await seedBenchHospital(core, 40, 400);
    log(`seeded ${sessions.length} released sessions × 400 numbers`);
    // Each phase books in its own half of the sessions, so neither runs short of numbers.
    const half = Math.floor(sessions.length / 2);
    const httpSessions = sessions.slice(0, half);
    const pgSessions = sessions.slice(half);

    const bodyFor = (i: number) =>
      JSON.stringify({
        channel: 'PHONE',
        sessionId: httpSessions[i % httpSessions.length],
        patient: testPatient(i, 7),
      });
    const pids = processTree(core.child.pid!);
    const cpuBefore = cpuSeconds(pids);
    const selfBefore = process.cpuUsage();
    const http = await httpLoad({
      base: core.url,
      concurrency: CONCURRENCY,
      seconds: SECONDS,
      warmup: WARMUP,
      request: (i) => ({
        method: 'POST',
        path: '/v1/appointments',
        headers: { authorization: `Bearer ${core.tokens.agent}`, 'content-type': 'application/json' },
        body: bodyFor(i),
      }),
    });
    const coreCpuMs = ((cpuSeconds(pids) - cpuBefore) * 1000) / (http.count + http.perSecond * WARMUP);
    const self = process.cpuUsage(selfBefore);
    const loadCpuMs = (self.user + self.system) / 1000 / (http.count + http.perSecond * WARMUP);
    await publishBenchSessions(db.url, pgSessions);
    const vars = { sessions: pgSessions.length };
    pgbench({ url: db.url, clients: CONCURRENCY, seconds: WARMUP, script: PGBENCH_BOOKING, vars });
    const pg = pgbench({
      url: db.url,
      clients: CONCURRENCY,
      seconds: SECONDS,
      script: PGBENCH_BOOKING,
      vars,
    });

    log('');
    log(
      `HTTP  POST /v1/appointments (booking-core): ${fmt(http.perSecond)} bookings/s  p50 ${fmt(http.p50, 1)} ms  p99 ${fmt(http.p99, 1)} ms  statuses ${JSON.stringify(http.statuses)}`,
    );
    log(
      `pgbench book_appointment(...):              ${fmt(pg.tps)} bookings/s  avg ${fmt(pg.latencyMs, 1)} ms  (${pg.transactions} transactions, ${pg.failed} failed)`,
    );
    log(
      `CPU per booking: booking-core ${fmt(coreCpuMs, 2)} ms, load generator ${fmt(loadCpuMs, 2)} ms (2 cores shared with PostgreSQL)`,
    );
    log(`ratio HTTP / pgbench = ${fmt(http.perSecond / pg.tps, 2)}  (target ≥ 0.6)`);
  } finally {
    await core.stop();
    await db.drop();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
