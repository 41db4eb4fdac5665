import { randomUUID } from 'node:crypto';
import {
  createClinic,
  createTestDatabase,
  generate,
  http,
  sessionOf,
  spawnCore,
  spawnGateway,
  startCore,
  testPartners,
  testPatient,
  type CoreHarness,
  TEST_NOW,
  TEST_FRIDAY,
  TEMPLATES_FROM,
} from '@test/support';
import { PartnerClient } from '@app/partner-client';
import { ProviderSimulator } from '../../apps/provider-simulator/src/provider-simulator';

jest.setTimeout(120_000);

interface Outcome {
  status: number;
  code?: string;
  contentType?: string | null;
  error?: string;
  /** Sent as X-Request-Id: the application's access log names every request it answered. */
  requestId?: string;
}

/** Bounded polling: by turns, not by a clock. */
async function until(check: () => boolean | Promise<boolean>, turns = 2_000, pauseMs = 20): Promise<void> {
  for (let i = 0; i < turns; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, pauseMs));
  }
  throw new Error('condition not reached');
}

/** Workers that keep sending until stopped; every answer and every network failure is kept. */
function load(send: (i: number, requestId: string) => Promise<Outcome>, concurrency: number) {
  const outcomes: Outcome[] = [];
  let running = true;
  let next = 0;
  const run = randomUUID().slice(0, 8);
  const workers = Array.from({ length: concurrency }, async () => {
    while (running) {
      const i = next++;
      const requestId = `drain-${run}-${i}`;
      const o: Outcome = await send(i, requestId).catch((e: unknown) => ({
        status: 0,
        error: String((e as Error).cause ?? e),
      }));
      o.requestId = requestId;
      outcomes.push(o);
      if (o.status === 0) await new Promise((r) => setTimeout(r, 10));
    }
  });
  return {
    outcomes,
    stop: async () => {
      running = false;
      await Promise.all(workers);
      return outcomes;
    },
  };
}

/**
 * A request sent and never answered: the connection was reset under it. A failure while
 * connecting (refused once the listener closed) sent nothing — no request was in flight.
 */
const resets = (outcomes: Outcome[]) =>
  outcomes.filter((o) => o.status === 0 && !/connect ECONN(REFUSED|RESET)/.test(String(o.error)));

/**
 * The property of a graceful stop: every request the application took was answered. A reset is
 * allowed only for a request the application never saw — a connection the kernel still held in the
 * listen queue when the listener closed (decision 012). So no reset request may be named in the
 * access log (the application answered it, and the answer was lost), and the stop must not have
 * cut requests still in flight (it says so when it does).
 */
function expectEveryTakenRequestAnswered(outcomes: Outcome[], output: string[]): number {
  const log = output.join('');
  expect(log).not.toMatch(/still in flight after/);
  const reset = resets(outcomes);
  expect(reset.filter((o) => log.includes(`"requestId":"${String(o.requestId)}"`))).toEqual([]);
  // The access log does name the answered ones (the check above can fail).
  const answered = outcomes.filter((o) => o.status !== 0);
  expect(answered.filter((o) => !log.includes(`"requestId":"${String(o.requestId)}"`))).toEqual([]);
  return reset.length;
}

describe('graceful shutdown on SIGTERM (decision 012)', () => {
  let core: CoreHarness;
  let sessionId: number;

  beforeAll(async () => {
    core = await startCore();
    await http(core.url, 'PUT', '/v1/test/clock', {
      auth: core.auth('admin'),
      body: { now: TEST_NOW, frozen: false },
    });
    const clinic = await createClinic(core, {
      weekday: 5,
      numberCount: 500,
      minutesPerNumber: 1,
      effectiveFrom: TEMPLATES_FROM,
    });
    await generate(core);
    sessionId = (await sessionOf(core, clinic.doctorId, TEST_FRIDAY)).id;
  });
  afterAll(async () => core?.close());

  it('a gateway stopped mid-dispatch of 400 messages delivers each exactly once: the batch in hand is finished and acknowledged', async () => {
    const clinic = await createClinic(core, {
      weekday: 5,
      period: 'PM',
      firstStart: '13:00',
      numberCount: 400,
      minutesPerNumber: 1,
      effectiveFrom: TEMPLATES_FROM,
    });
    await generate(core);
    const session = await sessionOf(core, clinic.doctorId, TEST_FRIDAY);
    for (let i = 0; i < 400; i++) {
      const r = await http(core.url, 'POST', '/v1/appointments', {
        auth: core.auth('agent'),
        body: { channel: 'PHONE', sessionId: session.id, patient: testPatient(i, 31) },
      });
      expect(r.status).toBe(201);
    }
    const sim = new ProviderSimulator({ latencyMs: 30 });
    const simUrl = await sim.listen();
    const env = {
      DISPATCHER: 'true',
      DISPATCH_INTERVAL_MS: '50',
      DISPATCH_BATCH: '50',
      DISPATCH_CONCURRENCY: '8',
      DISPATCH_LEASE_SECONDS: '60',
      SMS_URL: `${simUrl}/sms/send`,
      SMS_API_KEY: sim.credentials.smsApiKey,
    };
    const partners = testPartners([{ appId: 'shutdown-test' }]);
    try {
      const first = await spawnGateway(core, partners, env);
      await until(() => sim.of('sms').length >= 60);
      await first.stop();
      expect(first.child.exitCode).toBe(0);
      const byFirst = sim.of('sms').length;
      // The rest by another instance; nothing the first one sent may be sent again.
      const second = await spawnGateway(core, partners, env);
      try {
        // All 400 reach the SMS gateway: none was left claimed-but-unacknowledged by the first
        // instance (that one would wait out its 60 s lease and arrive far too late).
        await until(() => new Set(sim.of('sms').map((m) => m.outId)).size >= 400, 3_000);
      } finally {
        await second.stop();
      }
      const perMessage = new Map<string, number>();
      for (const m of sim.of('sms'))
        perMessage.set(String(m.outId), (perMessage.get(String(m.outId)) ?? 0) + 1);
      const duplicates = [...perMessage.values()].filter((n) => n > 1).length;
      process.stdout.write(
        `  [shutdown] dispatch: ${byFirst} sent before SIGTERM finished, ${duplicates} duplicates\n`,
      );
      expect(perMessage.size).toBe(400);
      expect(duplicates).toBe(0);
    } finally {
      await sim.close();
    }
  });

  it('a gateway stopped during booking load answers every request it took (a reset only for a connection it never accepted), 503 SHUTTING_DOWN as problem+json', async () => {
    const partners = testPartners([{ appId: 'drain-test', channel: 'APP' }]);
    // A generous budget: this test is about the stop, not about an embedded core under load.
    const gateway = await spawnGateway(core, partners, { CORE_DEADLINE_MS: '10000', LOG_LEVEL: 'log' });
    const client = new PartnerClient({
      baseUrl: gateway.url,
      appId: 'drain-test',
      secret: partners[0].secret,
    });
    const running = load(async (i, requestId) => {
      const res = await client.request('POST', '/v1/appointments', {
        body: { sessionId, patient: testPatient(i, 32) },
        idempotencyKey: randomUUID(),
        headers: { 'x-request-id': requestId },
      });
      return {
        status: res.status,
        code: (res.body as { code?: string }).code,
        contentType: res.headers.get('content-type'),
      };
    }, 8);
    await until(() => running.outcomes.filter((o) => o.status === 201).length >= 30);
    const stopped = gateway.stop();
    await stopped;
    // Keep sending a little after it is gone: those are refused connections, not resets.
    const seen = running.outcomes.length;
    await until(() => running.outcomes.length >= seen + 12);
    const outcomes = await running.stop();

    expect(gateway.child.exitCode).toBe(0);
    const queued = expectEveryTakenRequestAnswered(outcomes, gateway.output);
    const answered = outcomes.filter((o) => o.status !== 0);
    const odd = answered.filter(
      (o) =>
        !(
          o.status === 201 ||
          (o.status === 503 && o.code === 'SHUTTING_DOWN' && /problem\+json/.test(String(o.contentType)))
        ),
    );
    expect(odd).toEqual([]);
    process.stdout.write(
      `  [shutdown] gateway under load: ${answered.filter((o) => o.status === 201).length} booked, ` +
        `${answered.filter((o) => o.status === 503).length} × 503 SHUTTING_DOWN, ` +
        `${outcomes.length - answered.length - queued} refused after it closed, ` +
        `${queued} reset before the gateway saw them (listen queue)\n`,
    );
  });

  it('booking-core stopped during booking load answers every request it took and exits cleanly', async () => {
    const database = await createTestDatabase();
    const proc = await spawnCore(database.url, { ENABLE_TEST_CLOCK: 'true', LOG_LEVEL: 'log' });
    try {
      await http(proc.url, 'PUT', '/v1/test/clock', {
        auth: proc.auth('admin'),
        body: { now: TEST_NOW, frozen: false },
      });
      const clinic = await createClinic(proc, {
        weekday: 5,
        numberCount: 500,
        minutesPerNumber: 1,
        effectiveFrom: TEMPLATES_FROM,
      });
      await generate(proc);
      const session = await sessionOf(proc, clinic.doctorId, TEST_FRIDAY);
      const running = load(async (i, requestId) => {
        const res = await http(proc.url, 'POST', '/v1/appointments', {
          auth: proc.auth('agent'),
          headers: { 'x-request-id': requestId },
          body: { channel: 'PHONE', sessionId: session.id, patient: testPatient(i, 33) },
        });
        return {
          status: res.status,
          code: (res.body as { code?: string }).code,
          contentType: res.headers.get('content-type'),
        };
      }, 8);
      await until(() => running.outcomes.filter((o) => o.status === 201).length >= 20);
      await proc.stop();
      const seen = running.outcomes.length;
      await until(() => running.outcomes.length >= seen + 8);
      const outcomes = await running.stop();
      expect(proc.child.exitCode).toBe(0);
      const queued = expectEveryTakenRequestAnswered(outcomes, proc.output);
      expect(
        outcomes.filter(
          (o) => o.status !== 0 && o.status !== 201 && !(o.status === 503 && o.code === 'SHUTTING_DOWN'),
        ),
      ).toEqual([]);
      process.stdout.write(
        `  [shutdown] booking-core under load: ${outcomes.filter((o) => o.status === 201).length} booked, ` +
          `${outcomes.filter((o) => o.status === 503).length} × 503 SHUTTING_DOWN, ` +
          `${queued} reset before booking-core saw them (listen queue)\n`,
      );
    } finally {
      if (proc.alive()) await proc.kill();
      await database.drop();
    }
  });
});
