/**
 * npm run bench:gateway — on PostgreSQL, in one run:
 *  (a) throughput of signed bookings through gateway → booking-core → procedure, beside pgbench
 *      calling the procedure directly with the same concurrency (target ratio ≥ 0.4);
 *  (b) the expert-release burst: 2,000 concurrent booking attempts by distinct patients on one
 *      30-number session — booked count, status counts, p50/p99 latency, total time;
 *  (c) reads while booking: session lists and a session's numbers through the gateway while
 *      bookings run open-loop at half the rate measured in (a) — p50/p99 of each;
 *  (d) resident memory of the gateway and booking-core after all those bookings;
 *  (e) a cold start: both processes stopped and started again (a deploy at 07:55), then 100
 *      signed bookings a second from the moment they report ready, for 20 s — 503s per second.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { signatureHeaders } from '@app/partner-client';
import { testPatient } from '@test/support/identities';
import {
  cpuSeconds,
  createBenchDatabase,
  fmt,
  gatewayStoreName,
  httpLoad,
  log,
  openLoad,
  percentile,
  pgbench,
  PGBENCH_BOOKING,
  processTree,
  rssMb,
  publishBenchSessions,
  RawConnection,
  seedBenchHospital,
  startCoreProcess,
  startGatewayProcess,
} from './bench-lib';

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const WARMUP = 6;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const BURST = Number(process.env.BENCH_BURST ?? 2000);
const WORKERS = process.env.BENCH_CORE_WORKERS ?? '1';
/** Which parts to run, e.g. BENCH_PARTS=b to profile the burst alone; all by default. */
const PARTS = new Set((process.env.BENCH_PARTS ?? 'abcde').split(''));

async function main(): Promise<void> {
  const db = await createBenchDatabase('bench_gateway');
  let core = await startCoreProcess(db.url, { CORE_WORKERS: WORKERS });
  const partner = {
    appId: 'bench-app',
    name: 'bench',
    channel: 'APP',
    secret: randomBytes(32).toString('base64url'),
    ratePerMinute: 1_000_000,
    ipAllowlist: [],
    callbackUrl: null,
  };
  const partnersFile = path.join(os.tmpdir(), `bench-partners-${process.pid}.json`);
  fs.writeFileSync(partnersFile, JSON.stringify([partner]));
  /** The bench partner's signature (and, for a booking, its Idempotency-Key) on a request. */
  const signedHeaders = (method: 'GET' | 'POST', pathAndQuery: string, body = '') => ({
    ...signatureHeaders({ appId: partner.appId, secret: partner.secret, method, pathAndQuery, body }),
    ...(method === 'POST' ? { 'idempotency-key': randomUUID(), 'content-type': 'application/json' } : {}),
  });
  let gateway: Awaited<ReturnType<typeof startGatewayProcess>> | undefined;
  // The notification dispatcher is off: there is no SMS provider here, so the messages of the
  // thousands of bench bookings would fail and be retried in the background of every part.
  const gatewayEnv = {
    CORE_URL: core.url,
    CORE_TOKEN: core.tokens.gateway,
    GATEWAY_PARTNERS_FILE: partnersFile,
    DISPATCHER: 'false',
  };
  try {
    gateway = await startGatewayProcess(gatewayEnv);
    const gw = gateway;
    log(
      `bench:gateway — PostgreSQL ${new URL(db.url).host}, booking-core with ${WORKERS} worker(s), one gateway process ` +
        `keeping its state in ${gatewayStoreName()}`,
    );
    const sessions = await seedBenchHospital(core, 40, 400);
    const half = Math.floor(sessions.length / 2);
    const httpSessions = sessions.slice(0, half);
    const pgSessions = sessions.slice(half);

    // (a) signed bookings vs pgbench, alternating in rounds; the median ratio is the result.
    let next = 0;
    const signed = () => {
      const i = next++;
      const body = JSON.stringify({
        sessionId: httpSessions[i % httpSessions.length],
        patient: testPatient(i, 11),
      });
      return {
        method: 'POST' as const,
        path: '/v1/appointments',
        headers: signedHeaders('POST', '/v1/appointments', body),
        body,
      };
    };
    await publishBenchSessions(db.url, pgSessions);
    const vars = { sessions: pgSessions.length };
    await httpLoad({ base: gw.url, concurrency: CONCURRENCY, seconds: 0.1, warmup: WARMUP, request: signed });
    pgbench({ url: db.url, clients: CONCURRENCY, seconds: WARMUP, script: PGBENCH_BOOKING, vars });
    const gwPids = () => processTree(gw.child.pid!);
    const pids = [...processTree(core.child.pid!), ...gwPids()];
    const ratios: number[] = [];
    const rates: number[] = [];
    if (PARTS.has('a')) log('');
    if (PARTS.has('a'))
      log(`(a) ${CONCURRENCY} concurrent clients, ${ROUNDS} rounds of ${SECONDS} s per side`);
    for (let r = 1; r <= (PARTS.has('a') ? ROUNDS : 0); r++) {
      const cpu0 = cpuSeconds(pids);
      const http = await httpLoad({
        base: gw.url,
        concurrency: CONCURRENCY,
        seconds: SECONDS,
        warmup: 0.5,
        request: signed,
      });
      const cpu = ((cpuSeconds(pids) - cpu0) * 1000) / (http.count + http.perSecond * 0.5);
      const pg = pgbench({
        url: db.url,
        clients: CONCURRENCY,
        seconds: SECONDS,
        script: PGBENCH_BOOKING,
        vars,
      });
      ratios.push(http.perSecond / pg.tps);
      rates.push(http.perSecond);
      log(
        `    round ${r}: signed bookings via gateway ${fmt(http.perSecond)}/s (p50 ${fmt(http.p50, 1)} ms, p99 ${fmt(http.p99, 1)} ms, ` +
          `${fmt(cpu, 2)} ms gateway + core CPU per booking, ${JSON.stringify(http.statuses)})  pgbench ${fmt(pg.tps)}/s  ratio ${fmt(http.perSecond / pg.tps, 2)}`,
      );
    }
    if (PARTS.has('a'))
      log(
        `    ratio gateway / pgbench = ${fmt(median(ratios), 2)}  (median of ${ROUNDS} rounds; target ≥ 0.6)`,
      );

    // (b) the expert-release burst: one session of 30 numbers, 2,000 patients at once.
    // Twice, on two sessions: with every patient's connection opened inside the burst, and with
    // the connections already open — as a partner's server keeps its pool to the gateway open, so
    // that at the release only the requests arrive.
    if (PARTS.has('b')) {
      const [cold, warm] = await burstTargets(core, 2);
      await burst(cold, false);
      await burst(warm, true);
    }
    async function burst(burstSession: number, connectionsOpen: boolean): Promise<void> {
      // One connection per patient (RawConnection: the bench's own CPU per attempt stays small).
      const health = RawConnection.request('GET', '/v1/health', {});
      const opened = connectionsOpen
        ? await Promise.all(
            Array.from({ length: BURST }, async () => {
              const c = await RawConnection.open(gw.url);
              await c.send(health);
              return c;
            }),
          )
        : [];
      // Every attempt is signed before the clock starts: the figures are the servers' alone.
      const attempts = Array.from({ length: BURST }, (_, i) => {
        const body = JSON.stringify({ sessionId: burstSession, patient: testPatient(i, 12) });
        return RawConnection.request(
          'POST',
          '/v1/appointments',
          signedHeaders('POST', '/v1/appointments', body),
          body,
        );
      });
      const latencies: number[] = [];
      const statuses: Record<string, number> = {};
      const gwCpu0 = cpuSeconds(gwPids());
      const clientCpu0 = process.cpuUsage();
      const coreCpu0 = cpuSeconds(processTree(core.child.pid!));
      const started = performance.now();
      const connections: RawConnection[] = [];
      await Promise.all(
        attempts.map(async (bytes, i) => {
          const t = performance.now();
          const connection = opened[i] ?? (await RawConnection.open(gw.url));
          connections.push(connection);
          const res = await connection.send(bytes);
          latencies.push(performance.now() - t);
          let key = String(res.status);
          if (res.status >= 400) key += ` ${(JSON.parse(res.body) as { code?: string }).code}`;
          statuses[key] = (statuses[key] ?? 0) + 1;
        }),
      );
      const total = performance.now() - started;
      // CPU per attempt: unlike the latencies, little changed by what else runs on the machine.
      const gwCpu = ((cpuSeconds(gwPids()) - gwCpu0) * 1000) / BURST;
      const clientUsage = process.cpuUsage(clientCpu0);
      const clientCpu = (clientUsage.user + clientUsage.system) / 1000 / BURST;
      const coreCpu = ((cpuSeconds(processTree(core.child.pid!)) - coreCpu0) * 1000) / BURST;
      // The open connections serve the refreshes below first.
      if (!connectionsOpen) for (const c of connections) c.close();
      latencies.sort((x, y) => x - y);
      log('');
      log(
        `(b) expert release: ${BURST} concurrent attempts by distinct patients on one 30-number session, ` +
          (connectionsOpen ? `over ${BURST} connections already open` : 'each opening its connection'),
      );
      log(`    booked ${statuses['201'] ?? 0}  statuses ${JSON.stringify(statuses)}`);
      log(
        `    latency p50 ${fmt(percentile(latencies, 50), 0)} ms  p99 ${fmt(percentile(latencies, 99), 0)} ms  total ${fmt(total, 0)} ms` +
          '  (targets p99 ≤ 1000 ms, total ≤ 1500 ms)',
      );
      log(
        `    CPU per attempt: gateway ${fmt(gwCpu, 2)} ms, booking-core ${fmt(coreCpu, 2)} ms, ` +
          `this bench's client ${fmt(clientCpu, 2)} ms (on the same ${os.cpus().length} cores)`,
      );
      if (connectionsOpen) await refreshes(burstSession, opened);
      for (const c of opened) c.close();
    }

    // Right after the release every patient refreshes the session's numbers at once (decision 038).
    async function refreshes(burstSession: number, opened: RawConnection[]): Promise<void> {
      const pathAndQuery = `/v1/sessions/${burstSession}/slots`;
      const reads = opened.map(() =>
        RawConnection.request('GET', pathAndQuery, signedHeaders('GET', pathAndQuery)),
      );
      const gwCpu0 = cpuSeconds(gwPids());
      const coreCpu0 = cpuSeconds(processTree(core.child.pid!));
      const latencies: number[] = [];
      const statuses: Record<string, number> = {};
      const started = performance.now();
      await Promise.all(
        reads.map(async (bytes, i) => {
          const t = performance.now();
          const res = await opened[i].send(bytes);
          latencies.push(performance.now() - t);
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        }),
      );
      const total = performance.now() - started;
      const gwCpu = ((cpuSeconds(gwPids()) - gwCpu0) * 1000) / reads.length;
      const coreCpu = ((cpuSeconds(processTree(core.child.pid!)) - coreCpu0) * 1000) / reads.length;
      latencies.sort((x, y) => x - y);
      log(
        `    then ${reads.length} patients refresh its numbers at once: ${JSON.stringify(statuses)}  p50 ${fmt(percentile(latencies, 50), 0)} ms  ` +
          `p99 ${fmt(percentile(latencies, 99), 0)} ms  total ${fmt(total, 0)} ms; CPU per read: gateway ${fmt(gwCpu, 2)} ms, booking-core ${fmt(coreCpu, 2)} ms`,
      );
    }

    // (c) reads while booking at half the measured maximum (BENCH_RATE when (a) did not run).
    const maxRate = rates.length ? median(rates) : Number(process.env.BENCH_RATE ?? 400);
    let readBookings = 0;
    if (PARTS.has('c')) await reads();
    async function reads(): Promise<void> {
      const signedGet = (pathAndQuery: string) => ({
        method: 'GET' as const,
        path: pathAndQuery,
        headers: signedHeaders('GET', pathAndQuery),
      });
      const departments = (await (
        await fetch(gw.url + '/v1/departments', { headers: signedGet('/v1/departments').headers })
      ).json()) as { id: number }[];
      const [bookings, lists, numbers] = await Promise.all([
        openLoad({
          base: gw.url,
          ratePerSecond: Math.max(1, maxRate / 2),
          seconds: SECONDS,
          request: signed,
        }),
        openLoad({
          base: gw.url,
          ratePerSecond: 20,
          seconds: SECONDS,
          request: (i) => signedGet(`/v1/sessions?departmentId=${departments[i % departments.length].id}`),
        }),
        openLoad({
          base: gw.url,
          ratePerSecond: 20,
          seconds: SECONDS,
          request: (i) => signedGet(`/v1/sessions/${httpSessions[(i * 7) % httpSessions.length]}/slots`),
        }),
      ]);
      readBookings = bookings.count;
      log('');
      log(`(c) reads while booking open-loop at ${fmt(maxRate / 2)}/s (half of (a)) for ${SECONDS} s`);
      log(
        `    bookings ${JSON.stringify(bookings.statuses)} p99 ${fmt(bookings.p99, 1)} ms; session lists p50 ${fmt(lists.p50, 1)} ms ` +
          `p99 ${fmt(lists.p99, 1)} ms ${JSON.stringify(lists.statuses)}; a session's numbers p50 ${fmt(numbers.p50, 1)} ms ` +
          `p99 ${fmt(numbers.p99, 1)} ms ${JSON.stringify(numbers.statuses)}  (target p99 ≤ 20 ms)`,
      );
    }

    // (d) memory after everything booked so far.
    const booked = next;
    log('');
    log(
      `(d) resident memory after ${booked + readBookings} booking requests: gateway ${fmt(rssMb(gwPids()))} MB, ` +
        `booking-core ${fmt(rssMb(processTree(core.child.pid!)))} MB (${WORKERS} worker(s))  (targets 150 / 200 MB)`,
    );

    // (e) a cold start at 07:55: both processes new, 100 bookings/s from the first second.
    if (!PARTS.has('e')) return;
    await gateway.stop();
    gateway = undefined;
    await core.stop();
    const coldStarted = performance.now();
    core = await startCoreProcess(db.url, { CORE_WORKERS: WORKERS });
    gateway = await startGatewayProcess({
      ...gatewayEnv,
      CORE_URL: core.url,
      CORE_TOKEN: core.tokens.gateway,
    });
    const readyMs = performance.now() - coldStarted;
    const cold = await openLoad({ base: gateway.url, ratePerSecond: 100, seconds: 20, request: signed });
    const unavailable = Object.entries(cold.statuses)
      .filter(([k]) => k.startsWith('503') || k.startsWith('error'))
      .reduce((sum, [, n]) => sum + n, 0);
    log('');
    log(
      `(e) cold start: both processes ready ${fmt(readyMs)} ms after the start; then 100 bookings/s for 20 s`,
    );
    log(
      `    ${unavailable} × 503 or connection error in 20 s  ${JSON.stringify(cold.statuses)}  p50 ${fmt(cold.p50, 1)} ms  p99 ${fmt(cold.p99, 1)} ms`,
    );
    log(
      `    first 5 s: ${cold.bySecond
        .slice(0, 5)
        .map((b) => JSON.stringify(b))
        .join(' ')}`,
    );
  } finally {
    await gateway?.stop();
    await core.stop();
    await db.drop();
  }
}

/** A fresh released session with 30 numbers. */
/** `count` released 30-number sessions of one expert, one per burst. */
async function burstTargets(
  core: Awaited<ReturnType<typeof startCoreProcess>>,
  count: number,
): Promise<number[]> {
  const call = async (
    method: string,
    p: string,
    body?: unknown,
  ): Promise<{ id: number } & Record<string, unknown>> => {
    const res = await fetch(core.url + p, {
      method,
      headers: { authorization: `Bearer ${core.tokens.scheduler}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return (await res.json()) as { id: number } & Record<string, unknown>;
  };
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const dep = await call('PUT', '/v1/departments/BURST', { name: '专家门诊' });
  const doc = await call('PUT', '/v1/doctors/BURST1', {
    departmentId: dep.id,
    name: '名专家',
    title: 'CHIEF',
  });
  const room = await call('PUT', '/v1/rooms/BURST1', { name: '专家诊室' });
  for (let weekday = 1; weekday <= 7; weekday++)
    await call('POST', '/v1/schedule-templates', {
      doctorId: doc.id,
      weekday,
      period: 'PM',
      roomId: room.id,
      firstStart: '13:30',
      minutesPerNumber: 8,
      numberCount: 30,
      reserveCount: 0,
      effectiveFrom: today,
    });
  await call('POST', '/v1/sessions/generate', {});
  const list = (await call('GET', `/v1/sessions?doctorId=${doc.id}`)) as unknown as {
    id: number;
    released: boolean;
    date: string;
  }[];
  const targets = list.filter((s) => s.released && s.date > today).slice(0, count);
  if (targets.length < count) throw new Error(`${targets.length} released burst sessions, ${count} needed`);
  return targets.map((t) => t.id);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
