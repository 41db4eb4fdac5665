import { randomUUID } from 'node:crypto';
import * as net from 'node:net';
import type { PartnerClient, PartnerResponse, Problem } from '@app/partner-client';
import {
  createClinic,
  generate,
  sessionOf,
  setClock,
  startCore,
  startGateway,
  stopCoreListening,
  testPatient,
  type CoreHarness,
  type GatewayHarness,
  TEST_NOW,
  TEST_FRIDAY,
  TEMPLATES_FROM,
} from '@test/support';

const codeOf = (res: PartnerResponse<unknown>) => ({
  status: res.status,
  code: (res.body as Problem).code,
  outcome: (res.body as Problem & { outcome?: string }).outcome,
});

// How long each refusal takes is fixed by configuration and checked with fake timers in
// core-client.spec.ts; here the outcomes are checked, never a wall-clock threshold.
describe('the gateway when booking-core or the shared store fails (R20, decision 013)', () => {
  let core: CoreHarness;
  let gateway: GatewayHarness;
  let web: PartnerClient;
  let sessionId: number;

  beforeAll(async () => {
    core = await startCore();
    await setClock(core, TEST_NOW);
    const clinic = await createClinic(core, { weekday: 5, numberCount: 10, effectiveFrom: TEMPLATES_FROM });
    await generate(core);
    sessionId = (await sessionOf(core, clinic.doctorId, TEST_FRIDAY)).id;
    gateway = await startGateway(core);
    web = gateway.client();
  });
  afterAll(async () => {
    await gateway?.close();
    await core?.close();
  });

  it('answers 503 CORE_UNAVAILABLE (nothing done) while the core is down, stays up, and serves again once it is back', async () => {
    expect((await web.departments()).status).toBe(200); // a warm keep-alive connection to lose
    const key = randomUUID();
    const booking = { sessionId, patient: testPatient(1, 5) };
    const resume = await stopCoreListening(core);
    try {
      expect(codeOf(await web.departments())).toEqual({
        status: 503,
        code: 'CORE_UNAVAILABLE',
        outcome: 'NOT_APPLIED',
      });
      // A refused connection: nothing reached the core, and the partner is told so.
      const book = await web.book(booking, key);
      expect(codeOf(book)).toEqual({ status: 503, code: 'CORE_UNAVAILABLE', outcome: 'NOT_APPLIED' });
      expect((book.body as Problem).detail).toMatch(/same Idempotency-Key/);
      expect((await fetch(`${gateway.url}/v1/health/live`)).status).toBe(200);
      const ready = await fetch(`${gateway.url}/v1/health/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ code: 'CORE_UNAVAILABLE' });
    } finally {
      await resume();
    }
    expect((await web.departments()).status).toBe(200);
    expect((await fetch(`${gateway.url}/v1/health/ready`)).status).toBe(200);
    // Nothing was decided, so the key was released: the same request under the same key books now.
    const retried = await web.book(booking, key);
    expect(retried.status).toBe(201);
    expect(retried.headers.get('idempotent-replayed')).toBeNull();
  });

  it('answers 503 with outcome UNKNOWN when the core accepts connections but never answers', async () => {
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as net.AddressInfo).port;
    const stuck = await startGateway(
      { url: `http://127.0.0.1:${port}`, tokens: core.tokens },
      { env: { CORE_DEADLINE_MS: '300', CORE_ANSWER_GRACE_MS: '100' } },
    );
    try {
      expect(codeOf(await stuck.client().departments())).toEqual({
        status: 503,
        code: 'CORE_UNAVAILABLE',
        outcome: 'NOT_APPLIED',
      });
      // A booking sent and never answered may have been applied: the partner must retry with its key.
      expect(codeOf(await stuck.client().book({ sessionId, patient: testPatient(2, 5) }))).toEqual({
        status: 503,
        code: 'CORE_UNAVAILABLE',
        outcome: 'UNKNOWN',
      });
      expect((await fetch(`${stuck.url}/v1/health/ready`)).status).toBe(503);
    } finally {
      await stuck.close();
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('refuses with 503 STORE_UNAVAILABLE, rather than letting requests through unchecked, when Redis is unreachable', async () => {
    const blind = await startGateway(core, {
      env: { REDIS_URL: 'redis://127.0.0.1:1', REDIS_PREFIX: 'unreachable:' },
    });
    try {
      expect(codeOf(await blind.client().departments())).toMatchObject({
        status: 503,
        code: 'STORE_UNAVAILABLE',
      });
      expect((await fetch(`${blind.url}/v1/health/live`)).status).toBe(200);
      expect((await fetch(`${blind.url}/v1/health/ready`)).status).toBe(503);
    } finally {
      await blind.close();
    }
  });
});
