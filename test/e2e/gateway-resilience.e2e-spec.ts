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
} from '@app/testing';

const NOW = '2026-12-01T09:00:00+08:00';
const FRIDAY = '2026-12-04';

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = Date.now();
  const result = await work();
  return { result, ms: Date.now() - started };
}

const codeOf = (res: PartnerResponse<unknown>) => ({ status: res.status, code: (res.body as Problem).code });

describe('the gateway when booking-core or the shared store fails (issue 3)', () => {
  let core: CoreHarness;
  let gateway: GatewayHarness;
  let web: PartnerClient;
  let sessionId: number;

  beforeAll(async () => {
    core = await startCore();
    await setClock(core, NOW);
    const clinic = await createClinic(core, { weekday: 5, numberCount: 10, effectiveFrom: '2026-11-01' });
    await generate(core);
    sessionId = (await sessionOf(core, clinic.doctorId, FRIDAY)).id;
    gateway = await startGateway(core);
    web = gateway.client();
  });
  afterAll(async () => {
    await gateway?.close();
    await core?.close();
  });

  it('answers 503 CORE_UNAVAILABLE within 2 s while the core is down, stays up, and serves again once it is back', async () => {
    expect((await web.departments()).status).toBe(200); // a warm keep-alive connection to lose
    const key = randomUUID();
    const booking = { sessionId, patient: testPatient(1, 5) };
    const resume = await stopCoreListening(core);
    try {
      const read = await timed(() => web.departments());
      expect(codeOf(read.result)).toEqual({ status: 503, code: 'CORE_UNAVAILABLE' });
      expect(read.ms).toBeLessThan(2000);
      const book = await timed(() => web.book(booking, key));
      expect(codeOf(book.result)).toEqual({ status: 503, code: 'CORE_UNAVAILABLE' });
      expect(book.ms).toBeLessThan(2000);
      expect((await fetch(`${gateway.url}/v1/health`)).status).toBe(200);
    } finally {
      await resume();
    }
    expect((await web.departments()).status).toBe(200);
    // Nothing was decided, so the key was released: the same request under the same key books now.
    const retried = await web.book(booking, key);
    expect(retried.status).toBe(201);
    expect(retried.headers.get('idempotent-replayed')).toBeNull();
  });

  it('answers 503 within 2 s when the core accepts connections but never answers', async () => {
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as net.AddressInfo).port;
    const stuck = await startGateway({ url: `http://127.0.0.1:${port}`, tokens: core.tokens });
    try {
      const { result, ms } = await timed(() => stuck.client().departments());
      expect(codeOf(result)).toEqual({ status: 503, code: 'CORE_UNAVAILABLE' });
      expect(ms).toBeLessThan(2000);
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
      const { result, ms } = await timed(() => blind.client().departments());
      expect(codeOf(result)).toEqual({ status: 503, code: 'STORE_UNAVAILABLE' });
      expect(ms).toBeLessThan(2000);
      expect((await fetch(`${blind.url}/v1/health`)).status).toBe(200);
    } finally {
      await blind.close();
    }
  });
});
