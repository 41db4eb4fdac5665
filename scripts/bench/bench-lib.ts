/**
 * Shared machinery for the benchmark scripts: a fresh PostgreSQL database, booking-core (and
 * the gateway) as real child processes from the build, a bench hospital seeded through the
 * API, an HTTP load generator and a pgbench runner. Figures are printed, never asserted: the
 * machine is shared, so compare ratios measured in one run.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { Pool } from 'undici';
import { noAppointmentFields, type AppointmentFieldColumns } from '@app/contracts';
import type { ProcedureParams } from '../../apps/booking-core/src/database/sql-types.generated';

export const ROOT = path.resolve(__dirname, '..', '..');

export function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface BenchDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A new database on the server (BENCH_DATABASE_URL, default the machine's test database). */
export async function createBenchDatabase(prefix: string): Promise<BenchDatabase> {
  const server =
    process.env.BENCH_DATABASE_URL ??
    process.env.TEST_DATABASE_URL ??
    'postgres://postgres@127.0.0.1:5432/test';
  const name = `${prefix}_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new Client({ connectionString: server });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export interface Proc {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

async function waitHealthy(url: string, seconds: number, child: ChildProcess): Promise<void> {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${url}: process exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/v1/health`)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} not healthy after ${seconds} s`);
}

function startProcess(main: string, env: Record<string, string>, url: string): Promise<Proc> {
  if (!fs.existsSync(main)) throw new Error(`${main} missing: run npm run build`);
  // BENCH_NODE_ARGS, e.g. --cpu-prof, to profile the servers under load.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, main], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const proc: Proc = {
    url,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
  return waitHealthy(url, 60, child).then(() => proc);
}

export interface CoreProc extends Proc {
  tokens: { gateway: string; scheduler: string; agent: string; admin: string };
}

export async function startCoreProcess(
  databaseUrl: string,
  extra: Record<string, string> = {},
): Promise<CoreProc> {
  const port = await freePort();
  const tokens = {
    gateway: randomBytes(24).toString('hex'),
    scheduler: randomBytes(24).toString('hex'),
    agent: randomBytes(24).toString('hex'),
    admin: randomBytes(24).toString('hex'),
  };
  const tokensFile = path.join(os.tmpdir(), `bench-tokens-${process.pid}.json`);
  fs.writeFileSync(
    tokensFile,
    JSON.stringify([
      { name: 'gateway', roles: ['GATEWAY'], token: tokens.gateway },
      { name: 'scheduler', roles: ['SCHEDULER'], token: tokens.scheduler },
      { name: 'agent', roles: ['AGENT'], token: tokens.agent },
      { name: 'admin', roles: ['ADMIN'], token: tokens.admin },
    ]),
  );
  const proc = await startProcess(
    path.join(ROOT, 'dist/apps/booking-core/apps/booking-core/src/main.js'),
    {
      DATABASE_URL: databaseUrl,
      CORE_PORT: String(port),
      CORE_TOKENS_FILE: tokensFile,
      PII_KEY: randomBytes(32).toString('base64'),
      CORE_JOBS: 'false',
      ...extra,
    },
    `http://127.0.0.1:${port}`,
  );
  return { ...proc, tokens };
}

/**
 * The gateway keeps nonces, idempotency records and rate counters in Redis when BENCH_REDIS_URL is
 * set (as production does, with a prefix of its own per run), in its own memory otherwise.
 */
export async function startGatewayProcess(env: Record<string, string>): Promise<Proc> {
  const port = await freePort();
  const redis: Record<string, string> = process.env.BENCH_REDIS_URL
    ? { REDIS_URL: process.env.BENCH_REDIS_URL, REDIS_PREFIX: `bench-${process.pid}:` }
    : {};
  return startProcess(
    path.join(ROOT, 'dist/apps/gateway/apps/gateway/src/main.js'),
    { GATEWAY_PORT: String(port), GATEWAY_HOST: '127.0.0.1', ...redis, ...env },
    `http://127.0.0.1:${port}`,
  );
}

/** Which store the gateway of this run uses, for the bench's first line. */
export function gatewayStoreName(): string {
  return process.env.BENCH_REDIS_URL
    ? `Redis ${new URL(process.env.BENCH_REDIS_URL).host}`
    : 'its own memory';
}

async function api<T = { id: number }>(
  base: string,
  token: string,
  method: string,
  p: string,
  body?: unknown,
): Promise<T> {
  const res = await fetch(base + p, {
    method,
    // Seeding (a quarter of a million numbers in one generation) may outlast the default 10 s
    // deadline on a busy machine: the bench asks for the most an intranet caller may.
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'x-deadline-ms': '120000',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json()) as T;
  if (!res.ok) throw new Error(`${method} ${p}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/**
 * A bench hospital: `doctors` doctors in 10 departments, each with a session every day of
 * `numbers` one-minute numbers from 07:00, generated for the release horizon. Returns the ids
 * of released sessions (tomorrow … today+9), ready to book.
 */
export async function seedBenchHospital(core: CoreProc, doctors: number, numbers: number): Promise<number[]> {
  const t = core.tokens.scheduler;
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  for (let d = 0; d < 10; d++)
    await api(core.url, t, 'PUT', `/v1/departments/B${d}`, { name: `压测科室${d}` });
  const departments = await api<{ id: number; code: string }[]>(core.url, t, 'GET', '/v1/departments');
  for (let i = 0; i < doctors; i++) {
    const dep = departments[i % departments.length];
    const doc = await api(core.url, t, 'PUT', `/v1/doctors/BD${i}`, {
      departmentId: dep.id,
      name: `压测医生${i}`,
      title: 'ATTENDING',
    });
    const room = await api(core.url, t, 'PUT', `/v1/rooms/BR${i}`, { name: `压测诊室${i}` });
    for (let weekday = 1; weekday <= 7; weekday++) {
      await api(core.url, t, 'POST', '/v1/schedule-templates', {
        doctorId: doc.id,
        weekday,
        period: 'AM',
        roomId: room.id,
        firstStart: '07:00',
        minutesPerNumber: 1,
        numberCount: numbers,
        reserveCount: 0,
        effectiveFrom: today,
      });
    }
  }
  await api(core.url, t, 'POST', '/v1/sessions/generate', {});
  return releasedSessions(core);
}

/** The ids of the released sessions after today a bench hospital already has (none: []). */
export async function releasedSessions(core: CoreProc): Promise<number[]> {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const sessions = await api<{ id: number; released: boolean; date: string }[]>(
    core.url,
    core.tokens.agent,
    'GET',
    `/v1/sessions?channel=PHONE`,
  );
  return sessions.filter((s) => s.released && s.date > today).map((s) => s.id);
}

export interface LoadResult {
  seconds: number;
  count: number;
  perSecond: number;
  statuses: Record<string, number>;
  p50: number;
  p99: number;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** One request of a load run. */
export interface LoadRequest {
  method: 'POST' | 'GET';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** "201", or "409 SESSION_FULL": the status and, for a problem, its code. */
function statusKey(status: number, text: string): string {
  if (status < 400) return String(status);
  try {
    return `${status} ${(JSON.parse(text) as { code?: string }).code}`;
  } catch {
    return String(status);
  }
}

/** `concurrency` loops sending requests back to back for `seconds` (after `warmup` seconds). */
export async function httpLoad(opts: {
  base: string;
  concurrency: number;
  seconds: number;
  warmup: number;
  request: (i: number) => LoadRequest;
}): Promise<LoadResult> {
  const pool = new Pool(opts.base, { connections: opts.concurrency, pipelining: 1 });
  let i = 0;
  const statuses: Record<string, number> = {};
  const latencies: number[] = [];
  let measuring = false;
  let stop = false;
  const loop = async () => {
    while (!stop) {
      const req = opts.request(i++);
      const started = performance.now();
      const res = await pool.request({
        method: req.method,
        path: req.path,
        headers: req.headers,
        body: req.body,
      });
      const text = await res.body.text();
      const ms = performance.now() - started;
      if (!measuring) continue;
      const key = statusKey(res.statusCode, text);
      statuses[key] = (statuses[key] ?? 0) + 1;
      latencies.push(ms);
    }
  };
  const loops = Array.from({ length: opts.concurrency }, loop);
  await new Promise((r) => setTimeout(r, opts.warmup * 1000));
  measuring = true;
  const started = performance.now();
  await new Promise((r) => setTimeout(r, opts.seconds * 1000));
  measuring = false;
  const elapsed = (performance.now() - started) / 1000;
  stop = true;
  await Promise.all(loops);
  await pool.close();
  latencies.sort((a, b) => a - b);
  return {
    seconds: elapsed,
    count: latencies.length,
    perSecond: latencies.length / elapsed,
    statuses,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

export interface PgbenchResult {
  tps: number;
  latencyMs: number;
  transactions: number;
  failed: number;
}

/** pgbench with a custom script, `clients` connections, after a warm-up run. */
export function pgbench(opts: {
  url: string;
  clients: number;
  seconds: number;
  script: string;
  vars: Record<string, string | number>;
}): PgbenchResult {
  const file = path.join(os.tmpdir(), `bench-${process.pid}.sql`);
  fs.writeFileSync(file, opts.script);
  const args = [
    '-n',
    '-c',
    String(opts.clients),
    '-j',
    String(Math.min(opts.clients, 2)),
    '-T',
    String(opts.seconds),
    '-f',
    file,
  ];
  for (const [k, v] of Object.entries(opts.vars)) args.push('-D', `${k}=${v}`);
  args.push(opts.url);
  const r = spawnSync('pgbench', args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pgbench failed: ${r.stderr}\n${r.stdout}`);
  const num = (re: RegExp) => Number(re.exec(r.stdout)?.[1] ?? NaN);
  return {
    tps: num(/tps = ([\d.]+) \(without initial connection time\)/),
    latencyMs: num(/latency average = ([\d.]+) ms/),
    transactions: num(/number of transactions actually processed: (\d+)/),
    failed: num(/number of failed transactions: (\d+)/) || 0,
  };
}

/**
 * The booking procedure as pgbench calls it: a distinct first-visit patient each time (the
 * digests and ciphertexts are stand-ins of the same size), the earliest free number of a random
 * released session.
 */
/**
 * Every parameter of book_appointment, as SQL: a parameter added to the procedure fails the build
 * here — except the simple appointment fields (decision 028), which the bench leaves NULL.
 */
const PGBENCH_BOOKING_ARGS: {
  [K in Exclude<keyof ProcedureParams['book_appointment'], keyof AppointmentFieldColumns>]-?: string;
} = {
  session_id: '(SELECT session_id FROM bench_session WHERE n = :k)',
  slot_id: 'NULL',
  channel: "'PHONE'",
  partner_id: 'NULL',
  patient_name: "'压测患者'",
  document_type: "'NATIONAL_ID'",
  document_digest: 'md5(:p::text) || md5((:p + 7)::text)',
  document_masked: "'110***********0000'",
  document_cipher: "'v1.' || md5(:p::text) || md5((:p + 3)::text)",
  mobile_digest: 'md5((:p + 5)::text) || md5((:p + 9)::text)',
  mobile_masked: "'139****0000'",
  mobile_cipher: "'v1.' || md5((:p + 1)::text) || md5((:p + 2)::text)",
  code: 'upper(substr(md5(random()::text), 1, 10))',
  verification_code: "'123456'",
  notify_to: 'NULL',
  request_key: 'NULL',
  partner_callback: 'false',
  tz: "'Asia/Shanghai'",
  actor: "'bench'",
  operator: 'NULL',
  now: 'now()',
  triage_assessment_id: 'NULL',
  ...Object.fromEntries(Object.keys(noAppointmentFields('column')).map((column) => [column, 'NULL'])),
};

export const PGBENCH_BOOKING = `\\set p random(1, 2000000000)
\\set k random(1, :sessions)
SELECT id FROM book_appointment(${Object.entries(PGBENCH_BOOKING_ARGS)
  .map(([name, sql]) => `p_${name} => ${sql}`)
  .join(', ')});
`;

/** The sessions pgbench books in, as a lookup table it can index (bench database only). */
export async function publishBenchSessions(
  url: string,
  sessions: number[],
  table: 'bench_session' | 'bench_floor_session' = 'bench_session',
): Promise<void> {
  const c = new Client({ connectionString: url });
  await c.connect();
  await c.query(`CREATE TABLE ${table} (n integer PRIMARY KEY, session_id integer NOT NULL)`);
  await c.query(
    `INSERT INTO ${table} (n, session_id) SELECT i, s FROM unnest($1::int[]) WITH ORDINALITY AS t(s, i)`,
    [sessions],
  );
  await c.end();
}

/**
 * The floor a booking procedure cannot beat on this machine: claim the earliest free number of a
 * session with SKIP LOCKED and insert an appointment for an existing patient — no patient lookup
 * or upsert, limits, blacklist, request key, audit or outbox. Created in the bench database only
 * (never in the product's SQL), with 200,000 patients to book for.
 */
export async function createFloorProcedure(url: string): Promise<void> {
  const c = new Client({ connectionString: url });
  await c.connect();
  // A patient of its own for every floor booking (one live appointment per patient and session).
  await c.query(`
    CREATE TABLE bench_floor_patient (n integer PRIMARY KEY, patient_id integer NOT NULL, document_id integer NOT NULL)`);
  await c.query(`
    WITH p AS (
      INSERT INTO patient (name, created_at, updated_at)
      SELECT '压测患者', now(), now() FROM generate_series(1, 200000) RETURNING id),
    d AS (
      INSERT INTO patient_document (patient_id, document_type, digest, masked, cipher, created_at)
      SELECT id, 'HOSPITAL_CARD', md5('floor' || id) || md5('bench' || id), 'BENCH****', 'v1.bench', now() FROM p
      RETURNING id, patient_id)
    INSERT INTO bench_floor_patient (n, patient_id, document_id)
    SELECT row_number() OVER (ORDER BY id), patient_id, id FROM d`);
  await c.query('CREATE SEQUENCE bench_floor_seq');
  await c.query(`
    CREATE FUNCTION bench_floor_book(p_session_id integer, p_code text) RETURNS integer
    LANGUAGE plpgsql AS $$
    DECLARE v_n bigint; v_slot integer; v_seq smallint; v_id integer; v_patient integer; v_document integer;
    BEGIN
      v_n := nextval('bench_floor_seq');
      SELECT patient_id, document_id INTO v_patient, v_document FROM bench_floor_patient WHERE n = (v_n - 1) % 200000 + 1;
      SELECT id, seq_no INTO v_slot, v_seq FROM slot
       WHERE session_id = p_session_id AND appointment_id IS NULL AND NOT withdrawn
       ORDER BY seq_no LIMIT 1 FOR UPDATE SKIP LOCKED;
      IF NOT FOUND THEN RAISE EXCEPTION 'SESSION_FULL'; END IF;
      INSERT INTO appointment (code, verification_code, patient_id, document_id, session_id, slot_id, visit_no,
                               channel, status, booked_at, updated_at)
      VALUES (p_code, '123456', v_patient, v_document, p_session_id, v_slot, v_seq, 'PHONE', 'BOOKED', now(), now())
      RETURNING id INTO v_id;
      UPDATE slot SET appointment_id = v_id WHERE id = v_slot;
      RETURN v_id;
    END $$`);
  await c.end();
}

/**
 * Gives the floor's sessions all their numbers back before a floor run: it books several times
 * faster than the full procedure and would otherwise run out of numbers in its third of the
 * sessions. Its appointments are marked cancelled (cheaper than deleting them, which checks every
 * table that refers to an appointment), the numbers freed, then VACUUM ANALYZE.
 */
export async function resetFloor(url: string): Promise<void> {
  const c = new Client({ connectionString: url });
  await c.connect();
  await c.query(`
    UPDATE slot SET appointment_id = NULL
     WHERE session_id IN (SELECT session_id FROM bench_floor_session) AND appointment_id IS NOT NULL`);
  await c.query(`
    UPDATE appointment SET status = 'CANCELLED', cancelled_at = now(), updated_at = now()
     WHERE session_id IN (SELECT session_id FROM bench_floor_session) AND status = 'BOOKED'`);
  await c.query('VACUUM ANALYZE slot');
  await c.query('VACUUM ANALYZE appointment');
  await c.end();
}

export const PGBENCH_FLOOR = `\\set p random(1, 2000000000)
\\set k random(1, :sessions)
SELECT bench_floor_book((SELECT session_id FROM bench_floor_session WHERE n = :k), upper(substr(md5(random()::text), 1, 10)));
`;

/** CPU seconds (user + system) used so far by a process and its children-by-cluster (Linux /proc). */
export function cpuSeconds(pids: number[]): number {
  const tick = 100; // USER_HZ on Linux
  let total = 0;
  for (const pid of pids) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += (Number(fields[11]) + Number(fields[12])) / tick; // utime, stime
    } catch {
      /* exited */
    }
  }
  return total;
}

/** The process and, for a cluster primary, its workers. */
export function processTree(pid: number): number[] {
  const out = [pid];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) out.push(Number(entry));
    } catch {
      /* gone */
    }
  }
  return out;
}

export function fmt(n: number, digits = 0): string {
  return n.toFixed(digits);
}

/** Resident memory of processes, in MB (Linux /proc VmRSS). */
export function rssMb(pids: number[]): number {
  let kb = 0;
  for (const pid of pids) {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) kb += Number(m[1]);
    } catch {
      /* exited */
    }
  }
  return kb / 1024;
}

/**
 * Open-loop load: `ratePerSecond` requests started on schedule for `seconds`, whether or not the
 * earlier ones have been answered (a partner's users do not wait for each other). Statuses are
 * counted per second of the run, so a bad start shows.
 */
export async function openLoad(opts: {
  base: string;
  ratePerSecond: number;
  seconds: number;
  request: (i: number) => LoadRequest;
}): Promise<LoadResult & { bySecond: Record<string, number>[] }> {
  const pool = new Pool(opts.base, { connections: 256, pipelining: 1 });
  const statuses: Record<string, number> = {};
  const bySecond: Record<string, number>[] = Array.from({ length: Math.ceil(opts.seconds) }, () => ({}));
  const latencies: number[] = [];
  const total = Math.round(opts.ratePerSecond * opts.seconds);
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / opts.ratePerSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const second = Math.min(bySecond.length - 1, Math.floor((performance.now() - started) / 1000));
    const req = opts.request(i);
    const t = performance.now();
    inFlight.push(
      pool
        .request({ method: req.method, path: req.path, headers: req.headers, body: req.body })
        .then(async (res) => {
          return statusKey(res.statusCode, await res.body.text());
        })
        .catch((e: unknown) => `error ${e instanceof Error ? e.message : String(e)}`)
        .then((key) => {
          latencies.push(performance.now() - t);
          statuses[key] = (statuses[key] ?? 0) + 1;
          bySecond[second][key] = (bySecond[second][key] ?? 0) + 1;
        }),
    );
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - started) / 1000;
  await pool.close();
  latencies.sort((a, b) => a - b);
  return {
    seconds: elapsed,
    count: latencies.length,
    perSecond: latencies.length / elapsed,
    statuses,
    bySecond,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

/**
 * A lean HTTP/1.1 client for the burst: one socket per patient, the request's bytes built before
 * the clock starts, the answer read by its Content-Length. undici costs the bench process as much
 * CPU per attempt as the gateway spends answering it, on the same two cores; the servers' figures
 * should not carry the client's cost. Keep-alive: a socket answers one request after another.
 */
export class RawConnection {
  private readonly socket: net.Socket;
  private buffered: Buffer = Buffer.alloc(0);
  private pending: {
    resolve: (r: { status: number; body: string }) => void;
    reject: (e: Error) => void;
  } | null = null;

  private constructor(socket: net.Socket) {
    this.socket = socket;
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => {
      this.buffered = this.buffered.length ? Buffer.concat([this.buffered, chunk]) : chunk;
      this.deliver();
    });
    const fail = (e: Error) => {
      const p = this.pending;
      this.pending = null;
      p?.reject(e);
    };
    socket.on('error', fail);
    socket.on('close', () => fail(new Error('connection closed before the answer')));
  }

  static open(url: string): Promise<RawConnection> {
    const { hostname, port } = new URL(url);
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host: hostname, port: Number(port) }, () => {
        socket.off('error', reject);
        resolve(new RawConnection(socket));
      });
      socket.once('error', reject);
    });
  }

  /** The bytes of one request (Host, Content-Length and keep-alive added). */
  static request(method: string, pathAndQuery: string, headers: Record<string, string>, body = ''): Buffer {
    const lines = [`${method} ${pathAndQuery} HTTP/1.1`, 'host: bench', 'connection: keep-alive'];
    for (const [k, v] of Object.entries(headers)) lines.push(`${k}: ${v}`);
    const payload = Buffer.from(body);
    lines.push(`content-length: ${payload.length}`);
    return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`), payload]);
  }

  send(bytes: Buffer): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.socket.write(bytes);
    });
  }

  close(): void {
    this.socket.destroy();
  }

  private deliver(): void {
    const end = this.buffered.indexOf('\r\n\r\n');
    if (end < 0 || !this.pending) return;
    const head = this.buffered.subarray(0, end).toString('latin1');
    const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
    if (!length) {
      const p = this.pending;
      this.pending = null;
      return p.reject(new Error(`an answer without Content-Length: ${head.split('\r\n')[0]}`));
    }
    const total = end + 4 + Number(length[1]);
    if (this.buffered.length < total) return;
    const body = this.buffered.subarray(end + 4, total).toString('utf8');
    this.buffered = this.buffered.subarray(total);
    const p = this.pending;
    this.pending = null;
    p.resolve({ status: Number(head.slice(9, 12)), body });
  }
}
