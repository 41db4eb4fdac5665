/**
 * npm run bench:core — booking throughput through booking-core's HTTP API on PostgreSQL, beside
 * pgbench calling the same booking procedure with the same concurrency, and pgbench calling a
 * minimal claim-and-insert procedure (the floor), in one run. They alternate in rounds (the
 * machine is shared: a neighbour's burst hits all sides alike) and the median ratios are the
 * result (decision 011): HTTP / pgbench, and book_appointment / floor.
 */
import { testPatient } from '@test/support/identities';
import {
  cpuSeconds,
  createBenchDatabase,
  fmt,
  httpLoad,
  log,
  pgbench,
  PGBENCH_BOOKING,
  PGBENCH_FLOOR,
  createFloorProcedure,
  resetFloor,
  processTree,
  publishBenchSessions,
  seedBenchHospital,
  startCoreProcess,
} from './bench-lib';

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WARMUP = 3;
const WORKERS = process.env.BENCH_CORE_WORKERS ?? '1';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const db = await createBenchDatabase('bench_core');
  const core = await startCoreProcess(db.url, { CORE_WORKERS: WORKERS });
  try {
    log(
      `bench:core — ${CONCURRENCY} concurrent clients, ${ROUNDS} rounds of ${SECONDS} s per side, ` +
        `booking-core with ${WORKERS} worker(s), PostgreSQL ${new URL(db.url).host}`,
    );
    // 48 doctors × 500 numbers (a template's maximum): as many numbers as 40 × 600 gave.
    const sessions = await seedBenchHospital(core, 48, 500);
    log(
      `seeded ${sessions.length} released sessions × 500 numbers (a third each for HTTP, pgbench and the floor)`,
    );
    // Each side books in its own third of the sessions, so none runs short of numbers.
    const third = Math.floor(sessions.length / 3);
    const httpSessions = sessions.slice(0, third);
    await publishBenchSessions(db.url, sessions.slice(third, 2 * third));
    await publishBenchSessions(db.url, sessions.slice(2 * third, 3 * third), 'bench_floor_session');
    const vars = { sessions: third };
    let next = 0;
    const request = () => {
      const i = next++;
      return {
        method: 'POST' as const,
        path: '/v1/appointments',
        headers: { authorization: `Bearer ${core.tokens.agent}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          channel: 'PHONE',
          sessionId: httpSessions[i % httpSessions.length],
          patient: testPatient(i, 7),
        }),
      };
    };
    // Warm both sides up once (JIT, connection pools, plan caches).
    await httpLoad({ base: core.url, concurrency: CONCURRENCY, seconds: 0.1, warmup: WARMUP, request });
    pgbench({ url: db.url, clients: CONCURRENCY, seconds: WARMUP, script: PGBENCH_BOOKING, vars });
    await createFloorProcedure(db.url);
    pgbench({ url: db.url, clients: CONCURRENCY, seconds: WARMUP, script: PGBENCH_FLOOR, vars });
    await resetFloor(db.url);

    const pids = processTree(core.child.pid!);
    const rows: {
      http: number;
      pg: number;
      floor: number;
      cpu: number;
      p50: number;
      p99: number;
      statuses: Record<string, number>;
    }[] = [];
    for (let r = 1; r <= ROUNDS; r++) {
      const cpu0 = cpuSeconds(pids);
      const http = await httpLoad({
        base: core.url,
        concurrency: CONCURRENCY,
        seconds: SECONDS,
        warmup: 0.5,
        request,
      });
      const cpu = ((cpuSeconds(pids) - cpu0) * 1000) / (http.count + http.perSecond * 0.5);
      const pg = pgbench({
        url: db.url,
        clients: CONCURRENCY,
        seconds: SECONDS,
        script: PGBENCH_BOOKING,
        vars,
      });
      const floor = pgbench({
        url: db.url,
        clients: CONCURRENCY,
        seconds: SECONDS,
        script: PGBENCH_FLOOR,
        vars,
      });
      await resetFloor(db.url);
      rows.push({
        http: http.perSecond,
        pg: pg.tps,
        floor: floor.tps,
        cpu,
        p50: http.p50,
        p99: http.p99,
        statuses: http.statuses,
      });
      log(
        `round ${r}: HTTP ${fmt(http.perSecond)}/s (p50 ${fmt(http.p50, 1)} ms, p99 ${fmt(http.p99, 1)} ms, ` +
          `${fmt(cpu, 2)} ms core CPU per booking, ${JSON.stringify(http.statuses)})  ` +
          `pgbench ${fmt(pg.tps)}/s (${pg.failed} failed)  ratio ${fmt(http.perSecond / pg.tps, 2)}  ` +
          `floor ${fmt(floor.tps)}/s (${floor.failed} failed)  book_appointment / floor ${fmt(pg.tps / floor.tps, 2)}`,
      );
    }
    log('');
    log(
      `HTTP  POST /v1/appointments (booking-core): median ${fmt(median(rows.map((r) => r.http)))} bookings/s`,
    );
    log(
      `pgbench book_appointment(...):              median ${fmt(median(rows.map((r) => r.pg)))} bookings/s`,
    );
    log(
      `pgbench claim-and-insert floor:              median ${fmt(median(rows.map((r) => r.floor)))} bookings/s`,
    );
    log(
      `ratio HTTP / pgbench = ${fmt(median(rows.map((r) => r.http / r.pg)), 2)}  (median of ${ROUNDS} rounds; target ≥ 0.75)`,
    );
    log(
      `ratio book_appointment / floor = ${fmt(median(rows.map((r) => r.pg / r.floor)), 2)}  (median of ${ROUNDS} rounds; target ≥ 0.33)`,
    );
  } finally {
    await core.stop();
    await db.drop();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
