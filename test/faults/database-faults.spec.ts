jest.setTimeout(180_000);

import {
  acceptsConnections,
  spawnCore,
  sqlOn,
  startGateway,
  startPrivatePostgres,
  type CoreProcess,
  type GatewayHarness,
  type PrivatePostgres,
} from '@test/support';
import { Client } from 'pg';
import type { PartnerClient } from '@app/partner-client';
import { attemptBooking, BookingLoad, realDateSession, reconcile, report, type Attempt } from './fault-load';
import { testPatient } from '@test/support';

/**
 * The faults a hospital's data centre has, on a PostgreSQL cluster of the test's own: booking-core
 * runs as a real process (one worker, then several), partners book through the gateway, and the
 * database is cut from under it. Decision 012.
 */
const UNAVAILABLE_CODES = ['DATABASE_UNAVAILABLE', 'DEADLINE_EXCEEDED', 'CORE_UNAVAILABLE'];

function expectOnly201Or503(attempts: Attempt[]): void {
  const odd = attempts.filter(
    (a) => !(a.status === 201 || (a.status === 503 && UNAVAILABLE_CODES.includes(String(a.code)))),
  );
  expect(odd).toEqual([]);
}

describe.each([1, 2])(
  'booking-core with %i worker(s) on a database that fails under it (R5, R9)',
  (workers) => {
    let pg: PrivatePostgres;
    let core: CoreProcess;
    let gateway: GatewayHarness;
    let web: PartnerClient;
    let dbUrl: string;
    let salt = workers * 10;

    beforeAll(async () => {
      pg = await startPrivatePostgres();
      await sqlOn(pg.url(), 'CREATE DATABASE booking');
      dbUrl = pg.url('booking');
      core = await spawnCore(dbUrl, { CORE_WORKERS: String(workers) });
      gateway = await startGateway(core);
      web = gateway.client();
    });
    afterAll(async () => {
      await gateway?.close();
      await core?.stop();
      await pg?.destroy();
    });

    it('stays up when its connections are terminated mid-call: those calls get 503, later bookings succeed, nothing is in doubt', async () => {
      const session = await realDateSession(core, 400);
      const load = new BookingLoad(web, session.id, 6, ++salt);
      await load.until(() => load.count((a) => a.status === 201) >= 20);
      // Hold bookings in flight (they wait for the table), then cut every connection of the core.
      const blocker = startBlocking(dbUrl, 'LOCK TABLE appointment IN EXCLUSIVE MODE');
      await blocker.holding;
      await waitForWaiters(dbUrl, 2);
      const [{ n: terminated }] = await sqlOn<{ n: number }>(
        dbUrl,
        `SELECT COUNT(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity
        WHERE datname = 'booking' AND pid <> pg_backend_pid() AND pid <> $1`,
        [await blocker.pid],
      );
      await blocker.release();
      const before = load.attempts.length;
      await load.until(() => load.attempts.slice(before).filter((a) => a.status === 201).length >= 20);
      const attempts = await load.stop();

      expect(core.alive()).toBe(true);
      expectOnly201Or503(attempts);
      expect(attempts.filter((a) => a.code === 'DATABASE_UNAVAILABLE').length).toBeGreaterThan(0);
      // After the fault every booking succeeds again.
      expect(attempts.slice(-10).every((a) => a.status === 201)).toBe(true);
      const result = await reconcile(web, session.id, attempts, dbUrl);
      report(`terminate (${workers} worker(s))`, { terminated, ...tally(attempts), ...result });
      expect(result.neither).toBe(0);
      expect(result.doubleHeldSlots).toBe(0);
    });

    it.each(['fast', 'immediate'] as const)(
      'survives a server restart (-m %s): 503 while it is down, the first booking after it accepts connections succeeds, nothing lost or doubled',
      async (mode) => {
        const session = await realDateSession(core, 400);
        const load = new BookingLoad(web, session.id, 4, ++salt);
        await load.until(() => load.count((a) => a.status === 201) >= 10);
        await pg.stop(mode);
        const down = load.attempts.length;
        await load.until(() => load.attempts.length >= down + 6);
        const whileDown = load.attempts.slice(down + 2); // the first few may have raced the stop
        await pg.start();
        const acceptedAt = performance.now();
        expect(await acceptsConnections(dbUrl)).toBe(true);
        // The very first booking after the database accepts connections again succeeds.
        const first = await attemptBooking(web, session.id, testPatient(900_000 + salt, salt));
        const firstMs = Math.round(performance.now() - acceptedAt);
        const attempts = [...(await load.stop()), first];

        expect(core.alive()).toBe(true);
        expect(whileDown.length).toBeGreaterThan(0);
        expect(whileDown.every((a) => a.status === 503 && UNAVAILABLE_CODES.includes(String(a.code)))).toBe(
          true,
        );
        expect(first.status).toBe(201);
        expectOnly201Or503(attempts);
        const result = await reconcile(web, session.id, attempts, dbUrl);
        report(`restart -m ${mode} (${workers} worker(s))`, {
          firstBookingMs: firstMs,
          ...tally(attempts),
          ...result,
        });
        expect(result.neither).toBe(0);
        expect(result.doubleHeldSlots).toBe(0);
      },
    );
  },
);

describe('a table locked for 15 s under booking load (DESIGN §8: deadlines travel)', () => {
  let pg: PrivatePostgres;
  let core: CoreProcess;
  let gateway: GatewayHarness;
  let web: PartnerClient;
  let dbUrl: string;

  beforeAll(async () => {
    pg = await startPrivatePostgres();
    await sqlOn(pg.url(), 'CREATE DATABASE booking');
    dbUrl = pg.url('booking');
    core = await spawnCore(dbUrl);
    gateway = await startGateway(core);
    web = gateway.client();
  });
  afterAll(async () => {
    await gateway?.close();
    await core?.stop();
    await pg?.destroy();
  });

  it('gives 503s that rolled back within the deadline, reports not-ready, and leaves no booking in doubt', async () => {
    const session = await realDateSession(core, 500);
    const load = new BookingLoad(web, session.id, 8, 77);
    await load.until(() => load.count((a) => a.status === 201) >= 20);
    const blocker = startBlocking(dbUrl, 'LOCK TABLE appointment IN ACCESS EXCLUSIVE MODE', 15_000);
    await blocker.holding;
    const lockedFrom = load.attempts.length;
    const probe = async (url: string) => {
      const started = performance.now();
      const res = await fetch(`${url}/v1/health/ready`);
      return { res, ms: Math.round(performance.now() - started) };
    };
    const [{ res: coreReady, ms: coreProbeMs }, { res: gatewayReady, ms: gatewayProbeMs }] =
      await Promise.all([probe(core.url), probe(gateway.url)]);
    await blocker.done;
    const duringLock = load.attempts.slice(lockedFrom);
    const after = load.attempts.length;
    await load.until(() => load.attempts.slice(after).filter((a) => a.status === 201).length >= 20);
    const attempts = await load.stop();

    expect(coreReady.status).toBe(503);
    expect(await coreReady.json()).toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
    expect(gatewayReady.status).toBe(503);
    expectOnly201Or503(attempts);
    const refused = duringLock.filter((a) => a.status === 503);
    expect(refused.length).toBeGreaterThan(0);
    // The core gave up inside the deadline and rolled back: it said so, nothing was done.
    const rolledBack = refused.filter((a) => a.code === 'DEADLINE_EXCEEDED' && a.outcome === 'NOT_APPLIED');
    expect(rolledBack.length).toBeGreaterThan(refused.length / 2);
    expect((await fetch(`${core.url}/v1/health/ready`)).status).toBe(200);
    const result = await reconcile(web, session.id, attempts, dbUrl);
    report('table lock 15 s', {
      readinessProbeMs: { core: coreProbeMs, gateway: gatewayProbeMs },
      duringLock: tally(duringLock),
      rolledBack: rolledBack.length,
      ...result,
    });
    expect(result.neither).toBe(0);
    expect(result.doubleHeldSlots).toBe(0);
  });
});

function tally(attempts: Attempt[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const a of attempts) {
    const k = a.status === 201 ? '201' : `${a.status} ${a.code ?? a.error ?? ''} ${a.outcome ?? ''}`.trim();
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

/** A session of the test's own that takes a lock and holds it (until released, or for `holdMs`). */
function startBlocking(url: string, lockSql: string, holdMs?: number) {
  const client = new Client({ connectionString: url });
  client.on('error', () => undefined);
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let resolvePid!: (pid: number) => void;
  const pid = new Promise<number>((r) => (resolvePid = r));
  const holding = (async () => {
    await client.connect();
    const [{ pid: own }] = (await client.query('SELECT pg_backend_pid() AS pid')).rows as { pid: number }[];
    resolvePid(own);
    await client.query('BEGIN');
    await client.query(lockSql);
  })();
  const done = (async () => {
    await holding;
    await (holdMs === undefined ? released : new Promise((r) => setTimeout(r, holdMs)));
    await client.query('ROLLBACK');
    await client.end();
  })();
  return {
    holding,
    pid,
    done,
    release: async () => {
      release();
      await done;
    },
  };
}

/** Waits (bounded by polls) until `n` sessions of the core wait for a lock. */
async function waitForWaiters(url: string, n: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const [{ waiting }] = await sqlOn<{ waiting: number }>(
      url,
      `SELECT COUNT(*)::int AS waiting FROM pg_stat_activity WHERE datname = 'booking' AND wait_event_type = 'Lock'`,
    );
    if (waiting >= n) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`fewer than ${n} sessions waited for the lock`);
}
