import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DomainError, requestContext } from '@app/common';
import { GatewayConfig } from '../config/gateway-config';
import { CIRCUIT_COOLDOWN_MS } from './core-circuit';
import { CoreClient } from './core-client';

type Handler = (req: {
  method?: string;
  url?: string;
  headers: IncomingHttpHeaders;
  body: string;
}) => { status: number; body: unknown } | 'hang';

describe('CoreClient', () => {
  let server: Server;
  let handler: Handler;
  let client: CoreClient;
  const seen: { method?: string; url?: string; headers: IncomingHttpHeaders; body: string }[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        const r = { method: req.method, url: req.url, headers: req.headers, body };
        seen.push(r);
        const answer = handler(r);
        if (answer === 'hang') return;
        res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    client = new CoreClient(
      GatewayConfig.load({
        CORE_URL: `http://127.0.0.1:${port}`,
        CORE_TOKEN: 't'.repeat(32),
        CORE_TIMEOUT_MS: '400',
        CORE_CONNECTIONS: '4',
      }),
    );
  });
  afterAll(async () => {
    await client.onModuleDestroy().catch(() => undefined);
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(() => (seen.length = 0));

  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (e: unknown) => e as DomainError,
    );

  it('calls the core with the service token, the request id and the partner scope', async () => {
    handler = () => ({ status: 200, body: [] });
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
    expect(seen[1]).toMatchObject({ method: 'POST', url: '/v1/appointments/5/cancel' });
    expect(JSON.parse(seen[1].body)).toEqual({ partnerId: 'web-a', reason: 'ill' });
  });

  it("passes the core's refusals through: status, code, detail and extra fields", async () => {
    handler = () => ({
      status: 403,
      body: {
        type: 't',
        title: 't',
        status: 403,
        code: 'PATIENT_BLACKLISTED',
        detail: 'Blacklisted until 2027-05-01T00:00:00Z',
        requestId: 'core-id',
        until: '2027-05-01T00:00:00Z',
      },
    });
    const e = await failure(client.departments());
    expect(e).toBeInstanceOf(DomainError);
    expect({ status: e?.status, code: e?.code, detail: e?.detail, extra: e?.extra }).toEqual({
      status: 403,
      code: 'PATIENT_BLACKLISTED',
      detail: 'Blacklisted until 2027-05-01T00:00:00Z',
      extra: { until: '2027-05-01T00:00:00Z' },
    });
  });

  it('passes a core failure on as 500 INTERNAL_ERROR; a refused service token is 503 CORE_UNAVAILABLE', async () => {
    handler = () => ({ status: 500, body: { code: 'INTERNAL_ERROR' } });
    expect((await failure(client.departments()))?.code).toBe('INTERNAL_ERROR');
    handler = () => ({ status: 502, body: 'bad gateway' });
    expect((await failure(client.departments()))?.code).toBe('CORE_UNAVAILABLE');
    handler = () => ({ status: 401, body: { code: 'UNAUTHENTICATED' } });
    expect((await failure(client.departments()))?.code).toBe('CORE_UNAVAILABLE');
    handler = () => ({ status: 503, body: { code: 'DB_UNAVAILABLE' } });
    expect((await failure(client.departments()))?.code).toBe('DB_UNAVAILABLE');
  });

  it('gives up on a core that does not answer within CORE_TIMEOUT_MS, then fails fast until it answers again', async () => {
    handler = () => 'hang';
    const started = Date.now();
    // More calls than connections: the queued ones must not wait for a connection and then time out in turn.
    const failures = await Promise.all(Array.from({ length: 12 }, () => failure(client.departments())));
    expect(failures.map((e) => `${e?.status} ${e?.code}`)).toEqual(Array(12).fill('503 CORE_UNAVAILABLE'));
    // Issue 3: within 2 s — not 12 timeouts of 400 ms one after another (4.8 s).
    expect(Date.now() - started).toBeLessThan(2000);

    handler = () => ({ status: 200, body: [] });
    const fast = Date.now();
    expect((await failure(client.departments()))?.code).toBe('CORE_UNAVAILABLE'); // circuit open
    expect(Date.now() - fast).toBeLessThan(300); // no network call: well under one 400 ms timeout
    await new Promise((resolve) => setTimeout(resolve, CIRCUIT_COOLDOWN_MS + 50));
    await expect(client.departments()).resolves.toEqual([]);
  });

  it('gives up at once on a core that refuses connections', async () => {
    const closed = new CoreClient(
      GatewayConfig.load({ CORE_URL: 'http://127.0.0.1:1', CORE_TOKEN: 't'.repeat(32) }),
    );
    const started = Date.now();
    expect((await failure(closed.departments()))?.code).toBe('CORE_UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(2000);
    await closed.onModuleDestroy();
  });
});
