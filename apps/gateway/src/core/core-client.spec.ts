import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DomainError, requestContext } from '@app/common';
import { GatewayConfig } from '../config/gateway-config';
import { CoreCircuit } from './core-circuit';
import { CoreClient } from './core-client';

type Handler = (req: {
  method?: string;
  url?: string;
  headers: IncomingHttpHeaders;
  body: string;
}) => { status: number; body: unknown } | 'hang';

/** Lets real I/O run (setImmediate is not faked) until `done` holds; bounded by turns, not time. */
async function untilIo(done: () => boolean, turns = 20_000): Promise<void> {
  for (let i = 0; i < turns && !done(); i++) await new Promise((resolve) => setImmediate(resolve));
  if (!done()) throw new Error('condition not reached');
}

describe('CoreClient', () => {
  let server: Server;
  let handler: Handler;
  let port: number;
  const seen: { method?: string; url?: string; headers: IncomingHttpHeaders; body: string }[] = [];
  const clients: CoreClient[] = [];
  const pending = new Set<import('node:http').ServerResponse>();

  const makeClient = (env: Record<string, string> = {}, circuit?: CoreCircuit) => {
    const client = new CoreClient(
      GatewayConfig.load({
        CORE_URL: `http://127.0.0.1:${port}`,
        CORE_TOKEN: 't'.repeat(32),
        CORE_DEADLINE_MS: '400',
        CORE_ANSWER_GRACE_MS: '100',
        CORE_CONNECTIONS: '4',
        ...env,
      }),
      circuit,
    );
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        const r = { method: req.method, url: req.url, headers: req.headers, body };
        seen.push(r);
        const answer = handler(r);
        if (answer === 'hang') {
          pending.add(res);
          return;
        }
        res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterEach(async () => {
    jest.useRealTimers();
    for (const res of pending) res.destroy();
    pending.clear();
    await Promise.all(clients.splice(0).map((c) => c.onApplicationShutdown().catch(() => undefined)));
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(() => (seen.length = 0));

  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (e: unknown) => e as DomainError,
    );
  const summary = (e: DomainError | null) =>
    e && `${e.status} ${e.code} ${typeof e.extra.outcome === 'string' ? e.extra.outcome : '-'}`;

  it('calls the core with the service token, the request id, the partner scope and what is left of the deadline', async () => {
    handler = () => ({ status: 200, body: [] });
    const client = makeClient({ CORE_DEADLINE_MS: '1500' });
    await requestContext.run({ requestId: 'req-12345678' }, () =>
      client.sessions({ departmentId: 2 }, 'WECHAT'),
    );
    await client.cancel(5, 'web-a', 'ill');
    expect(seen[0]).toMatchObject({
      method: 'GET',
      url: '/v1/sessions?departmentId=2&channel=WECHAT',
      headers: expect.objectContaining({
        authorization: `Bearer ${'t'.repeat(32)}`,
        'x-request-id': 'req-12345678',
      }),
    });
    // A duration, never an instant (one clock): at most the budget, less the way back.
    const budget = Number(seen[0].headers['x-deadline-ms']);
    expect(budget).toBeGreaterThan(0);
    expect(budget).toBeLessThanOrEqual(1500);
    expect(seen[1]).toMatchObject({ method: 'POST', url: '/v1/appointments/5/cancel' });
    expect(JSON.parse(seen[1].body)).toEqual({ partnerId: 'web-a', reason: 'ill' });
  });

  it('shares one call among identical catalog reads under way; a write makes later reads start afresh (decision 038)', async () => {
    let gets = 0;
    handler = (r) => {
      if (r.method !== 'GET') return { status: 201, body: { id: 1 } };
      gets++;
      return gets === 3 ? 'hang' : { status: 200, body: [{ n: gets }] };
    };
    const client = makeClient();
    const [a, b, other] = await Promise.all([
      client.slots(4, 'APP'),
      client.slots(4, 'APP'),
      client.slots(4, 'WEB'),
    ]);
    expect(a).toEqual(b);
    expect(other).not.toEqual(a);
    expect(seen.filter((r) => r.method === 'GET').map((r) => r.url)).toEqual([
      '/v1/sessions/4/slots?channel=APP',
      '/v1/sessions/4/slots?channel=WEB',
    ]);
    expect(a).toEqual([{ n: 1 }]);

    // Settled: nothing kept. The next read asks again; one asked while it runs joins it.
    const running = failure(client.slots(4, 'APP'));
    await untilIo(() => gets === 3);
    const joined = failure(client.slots(4, 'APP'));
    // A write through this gateway: a read asked for after it does not join the one before it.
    await client.cancel(5, 'web-a');
    expect(await client.slots(4, 'APP')).toEqual([{ n: 4 }]);
    expect(seen.filter((r) => r.method === 'GET')).toHaveLength(4);
    for (const res of pending) res.destroy();
    const [first, second] = await Promise.all([running, joined]);
    expect([first?.code, second?.code]).toEqual(['CORE_UNAVAILABLE', 'CORE_UNAVAILABLE']);
  });

  it("passes the core's refusals through: status, code, detail and extra fields", async () => {
    handler = () => ({
      status: 403,
      body: {
        type: 't',
        title: 't',
        status: 403,
        code: 'PATIENT_BLACKLISTED',
        detail: 'Blacklisted until 2027-05-01T00:00:00+08:00',
        requestId: 'core-id',
        until: '2027-05-01T00:00:00+08:00',
      },
    });
    const e = await failure(makeClient().departments());
    expect(e).toBeInstanceOf(DomainError);
    expect({ status: e?.status, code: e?.code, detail: e?.detail, extra: e?.extra }).toEqual({
      status: 403,
      code: 'PATIENT_BLACKLISTED',
      detail: 'Blacklisted until 2027-05-01T00:00:00+08:00',
      extra: { until: '2027-05-01T00:00:00+08:00' },
    });
  });

  it("keeps the core's 503s with their outcome, makes a core 500 a 500, and a refused service token a 503", async () => {
    const client = makeClient();
    const book = () => client.book({ sessionId: 1 } as never);
    handler = () => ({ status: 500, body: { code: 'INTERNAL_ERROR' } });
    expect(summary(await failure(client.departments()))).toBe('500 INTERNAL_ERROR -');
    handler = () => ({ status: 502, body: 'bad gateway' });
    expect(summary(await failure(client.departments()))).toBe('503 CORE_UNAVAILABLE NOT_APPLIED');
    handler = () => ({ status: 401, body: { code: 'UNAUTHENTICATED' } });
    expect(summary(await failure(client.departments()))).toBe('503 CORE_UNAVAILABLE NOT_APPLIED');
    handler = () => ({ status: 503, body: { code: 'DATABASE_UNAVAILABLE', outcome: 'UNKNOWN' } });
    expect(summary(await failure(book()))).toBe('503 DATABASE_UNAVAILABLE UNKNOWN');
    expect((await failure(book()))?.detail).toMatch(/same Idempotency-Key/);
    expect(summary(await failure(client.departments()))).toBe('503 DATABASE_UNAVAILABLE NOT_APPLIED');
    handler = () => ({ status: 503, body: { code: 'DEADLINE_EXCEEDED', outcome: 'NOT_APPLIED' } });
    expect(summary(await failure(book()))).toBe('503 DEADLINE_EXCEEDED NOT_APPLIED');
  });

  it('gives up on a hanging core exactly at the deadline (queued calls) or the deadline plus grace (sent calls)', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    handler = () => 'hang';
    const client = makeClient();
    const settled: (string | null)[] = Array(12).fill(null);
    // More calls than connections (4): 4 are sent, 8 wait for a connection.
    const calls = Array.from({ length: 12 }, (_, i) =>
      failure(i % 2 ? client.book({ sessionId: 1 } as never) : client.departments()).then(
        (e) => (settled[i] = summary(e)),
      ),
    );
    await untilIo(() => seen.length === 4);
    await jest.advanceTimersByTimeAsync(399);
    expect(settled.filter(Boolean)).toHaveLength(0);
    // At the deadline the 8 still waiting are shed: nothing was sent, nothing was done.
    await jest.advanceTimersByTimeAsync(1);
    await untilIo(() => settled.filter(Boolean).length === 8);
    expect(settled.slice(4).every((s) => s === '503 CORE_UNAVAILABLE NOT_APPLIED')).toBe(true);
    expect(seen).toHaveLength(4);
    // The 4 sent ones wait for the grace too; a POST's outcome is then unknown.
    await jest.advanceTimersByTimeAsync(99);
    expect(settled.slice(0, 4).every((s) => s === null)).toBe(true);
    await jest.advanceTimersByTimeAsync(1);
    await Promise.all(calls);
    expect(settled.slice(0, 4)).toEqual([
      '503 CORE_UNAVAILABLE NOT_APPLIED',
      '503 CORE_UNAVAILABLE UNKNOWN',
      '503 CORE_UNAVAILABLE NOT_APPLIED',
      '503 CORE_UNAVAILABLE UNKNOWN',
    ]);
  });

  it('asks a queued booking whether it is still wanted when its turn comes; a refusal sends nothing and frees the place', async () => {
    handler = () => 'hang';
    const client = makeClient({ CORE_CONNECTIONS: '1' });
    const first = failure(client.book({ sessionId: 1 } as never));
    await untilIo(() => seen.length === 1);
    let asked = 0;
    const full = new DomainError('SESSION_FULL');
    const queued = Array.from({ length: 5 }, () =>
      failure(
        client.book({ sessionId: 1 } as never, () => {
          asked++;
          return Promise.resolve(full);
        }),
      ),
    );
    expect(asked).toBe(0);
    // The first call's answer frees the one place: the five queued ones are refused in turn.
    for (const res of pending) {
      res.writeHead(409, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: 'SESSION_FULL', status: 409 }));
    }
    pending.clear();
    expect((await first)?.code).toBe('SESSION_FULL');
    expect((await Promise.all(queued)).map((e) => e === full)).toEqual([true, true, true, true, true]);
    expect([asked, seen.length]).toEqual([5, 1]);
    // The place is free again: a call still wanted goes out.
    handler = () => ({ status: 200, body: [] });
    await expect(client.departments()).resolves.toEqual([]);
  });

  it('when the circuit opens, refuses new and queued calls at once but lets a sent call get its answer', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    const circuit = new CoreCircuit({ windowMs: 10_000, minCalls: 2, failureRatio: 0.5, cooldownMs: 1_000 });
    const client = makeClient({ CORE_CONNECTIONS: '1', CORE_DEADLINE_MS: '5000' }, circuit);
    handler = () => 'hang';
    let sentDone: string | null | undefined;
    const sent = failure(client.book({ sessionId: 1 } as never)).then((e) => (sentDone = summary(e)));
    await untilIo(() => seen.length === 1);
    const queued = failure(client.departments());
    circuit.failed();
    circuit.failed(); // two failures in the window: open
    expect(circuit.state).toBe('open');
    expect(summary(await queued)).toBe('503 CORE_UNAVAILABLE NOT_APPLIED');
    expect(summary(await failure(client.departments()))).toBe('503 CORE_UNAVAILABLE NOT_APPLIED');
    expect(seen).toHaveLength(1);
    expect(sentDone).toBeUndefined(); // still waiting for the core: never aborted by the circuit
    const [res] = pending;
    res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 7 }));
    pending.clear();
    await sent;
    expect(sentDone).toBeNull(); // it succeeded
    // An answer shows the core alive: the circuit closes.
    expect(circuit.state).toBe('closed');
  });

  it('gives up at once on a core that refuses connections: nothing was sent', async () => {
    const closed = new CoreClient(
      GatewayConfig.load({ CORE_URL: 'http://127.0.0.1:1', CORE_TOKEN: 't'.repeat(32) }),
    );
    clients.push(closed);
    expect(summary(await failure(closed.book({ sessionId: 1 } as never)))).toBe(
      '503 CORE_UNAVAILABLE NOT_APPLIED',
    );
  });
});

describe('CoreCircuit', () => {
  let now = 0;
  const circuit = () =>
    new CoreCircuit({ windowMs: 10_000, minCalls: 20, failureRatio: 0.5, cooldownMs: 1_000 }, () => now);

  it('does not open on a few slow first calls, only when most calls in the window went unanswered', () => {
    now = 0;
    const c = circuit();
    for (let i = 0; i < 9; i++) c.failed(); // a cold start: 9 timeouts, then answers
    for (let i = 0; i < 30; i++) c.answered();
    expect(c.state).toBe('closed');
    for (let i = 0; i < 38; i++) c.failed();
    expect(c.state).toBe('open');
  });

  it('forgets outcomes older than the window', () => {
    now = 0;
    const c = circuit();
    for (let i = 0; i < 19; i++) c.failed();
    now = 10_001;
    c.failed();
    expect(c.state).toBe('closed'); // one failure in the window, under the minimum
  });

  it('after the cooldown admits one probe; its answer closes the circuit, its failure reopens it', () => {
    now = 0;
    const c = circuit();
    for (let i = 0; i < 20; i++) c.failed();
    expect(c.admit()).toBe(false);
    now = 1_000;
    expect(c.state).toBe('half-open');
    expect(c.admit()).toBe(true);
    expect(c.admit()).toBe(false); // one probe at a time
    c.failed();
    expect(c.state).toBe('open');
    now = 2_000;
    expect(c.admit()).toBe(true);
    c.answered();
    expect(c.state).toBe('closed');
    expect(c.admit()).toBe(true);
  });
});
