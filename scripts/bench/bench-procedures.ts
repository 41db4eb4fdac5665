/**
 * npm run bench:procedures — where book_appointment's time goes inside PostgreSQL: pgbench calls
 * the booking procedure (as bench:core does) with track_functions = all, then the bench prints
 * each PL/pgSQL function's calls and self time per call (pg_stat_user_functions), and the rows
 * each table received. Self times are wall times of the backend, so they grow with the machine's
 * load; their shares are the finding (decision 036). Prints only, asserts nothing.
 */
import { Client } from 'pg';
import {
  createBenchDatabase,
  log,
  pgbench,
  PGBENCH_BOOKING,
  publishBenchSessions,
  seedBenchHospital,
  startCoreProcess,
} from './bench-lib';

const CLIENTS = Number(process.env.BENCH_CONCURRENCY ?? 16);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);

async function main(): Promise<void> {
  const db = await createBenchDatabase('bench_procedures');
  const core = await startCoreProcess(db.url);
  const sessions = await seedBenchHospital(core, 16, 500);
  await core.stop();
  await publishBenchSessions(db.url, sessions);
  const vars = { sessions: sessions.length };
  process.env.PGOPTIONS = '-c track_functions=all';
  pgbench({ url: db.url, clients: CLIENTS, seconds: 3, script: PGBENCH_BOOKING, vars });
  const c = new Client({ connectionString: db.url });
  await c.connect();
  try {
    await c.query('SELECT pg_stat_reset()');
    // The statistics collector publishes at most every 500 ms.
    await new Promise((r) => setTimeout(r, 1000));
    const run = pgbench({ url: db.url, clients: CLIENTS, seconds: SECONDS, script: PGBENCH_BOOKING, vars });
    await new Promise((r) => setTimeout(r, 1000));
    log(
      `bench:procedures — book_appointment under pgbench, ${CLIENTS} clients, ${SECONDS} s: ${run.tps.toFixed(0)}/s`,
    );
    const functions = await c.query<{
      funcname: string;
      calls: string;
      self_ms: string;
      share: string;
      us: string;
    }>(`
      SELECT funcname, calls, round(self_time::numeric) AS self_ms,
             round((100 * self_time / sum(self_time) OVER ())::numeric, 1) AS share,
             round((1000 * self_time / calls)::numeric) AS us
        FROM pg_stat_user_functions ORDER BY self_time DESC`);
    log('self time by function (share of all, µs per call, calls):');
    for (const f of functions.rows)
      log(`  ${f.share.padStart(5)} %  ${f.us.padStart(6)} µs  ${f.calls.padStart(7)}  ${f.funcname}`);
    const tables = await c.query<{ relname: string; ins: string; upd: string }>(`
      SELECT relname, n_tup_ins AS ins, n_tup_upd AS upd FROM pg_stat_user_tables
       WHERE n_tup_ins + n_tup_upd > 0 ORDER BY relname`);
    log('rows written: ' + tables.rows.map((t) => `${t.relname} +${t.ins}/~${t.upd}`).join(', '));
  } finally {
    await c.end();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
