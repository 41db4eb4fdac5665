import { randomBytes, randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { PartnerClient, type PartnerResponse, type Problem } from '@app/partner-client';
import {
  createClinic,
  generate,
  sessionOf,
  setClock,
  startCore,
  startGateway,
  testPartners,
  testPatient,
  type CoreHarness,
  type GatewayHarness,
  TEST_NOW,
  TEST_FRIDAY,
  TEMPLATES_FROM,
} from '@test/support';

function expectProblem(res: PartnerResponse<unknown>, status: number, code: string): void {
  expect({ status: res.status, code: (res.body as Problem | undefined)?.code }).toEqual({ status, code });
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  expect((res.body as Problem).requestId).toBe(res.headers.get('x-request-id'));
  expect(JSON.stringify(res.body)).not.toMatch(/stack|\bat .+\.(ts|js):\d+/);
}

describe('partner API security (R20, DESIGN §5)', () => {
  let core: CoreHarness;
  let gateway: GatewayHarness;
  let web: PartnerClient;
  let sessionId: number;

  beforeAll(async () => {
    core = await startCore();
    await setClock(core, TEST_NOW);
    const clinic = await createClinic(core, { weekday: 5, numberCount: 20, effectiveFrom: TEMPLATES_FROM });
    await generate(core);
    sessionId = (await sessionOf(core, clinic.doctorId, TEST_FRIDAY)).id;
    gateway = await startGateway(core, {
      partners: testPartners([
        { appId: 'web-a', channel: 'WEB' },
        { appId: 'app-b', channel: 'APP' },
        { appId: 'walled', channel: 'WECHAT', ipAllowlist: ['10.0.0.0/8'] },
        { appId: 'local', channel: 'COMMUNITY', ipAllowlist: ['127.0.0.0/8', '::1'] },
        { appId: 'slow-1', channel: 'THIRD_PARTY', ratePerMinute: 5 },
        { appId: 'slow-2', channel: 'THIRD_PARTY', ratePerMinute: 5 },
      ]),
    });
    web = gateway.client('web-a');
  });
  afterAll(async () => {
    await gateway?.close();
    await core?.close();
  });

  it('admits a signed request; health and the OpenAPI document need no signature', async () => {
    const ok = await web.departments();
    expect(ok.status).toBe(200);
    expect(ok.headers.get('x-request-id')).toBeTruthy();
    expect((await fetch(`${gateway.url}/v1/health`)).status).toBe(200);
    const docs = await fetch(`${gateway.url}/docs/openapi.json`);
    expect(docs.status).toBe(200);
    const unsigned = await fetch(`${gateway.url}/v1/departments`);
    expect(unsigned.status).toBe(401);
    expect(await unsigned.json()).toMatchObject({ code: 'UNKNOWN_PARTNER' });
  });

  it('refuses an unknown partner, a wrong secret and a tampered request', async () => {
    const stranger = new PartnerClient({ baseUrl: gateway.url, appId: 'nobody', secret: 'x'.repeat(40) });
    expectProblem(await stranger.departments(), 401, 'UNKNOWN_PARTNER');
    expectProblem(
      await gateway.client('web-a', { secret: 'y'.repeat(43) }).departments(),
      401,
      'SIGNATURE_INVALID',
    );

    const body = { sessionId, patient: testPatient(1, 3) };
    const signed = web.prepare('POST', '/v1/appointments', { body });
    const otherBody = JSON.stringify({ ...body, sessionId: sessionId + 1 });
    expectProblem(await web.send({ ...signed, body: otherBody }), 401, 'SIGNATURE_INVALID');
    const query = web.prepare('GET', '/v1/doctors?departmentId=1');
    expectProblem(await web.send({ ...query, url: query.url.replace('=1', '=2') }), 401, 'SIGNATURE_INVALID');
    const asGet = web.prepare('GET', '/v1/departments');
    expectProblem(
      await web.send({ ...asGet, url: asGet.url.replace('departments', 'doctors') }),
      401,
      'SIGNATURE_INVALID',
    );

    const { 'x-signature': _dropped, ...unsignedHeaders } = web.prepare('GET', '/v1/departments').headers;
    expectProblem(await web.send({ ...asGet, headers: unsignedHeaders }), 401, 'SIGNATURE_INVALID');
    expectProblem(
      await web.request('GET', '/v1/departments', { nonce: 'too-short-nonce' }),
      401,
      'SIGNATURE_INVALID',
    );
  });

  // The exact 300 s edge is a unit test with an injected clock (request-verifier.spec.ts); over HTTP
  // the margins leave room for a slow machine between signing and checking.
  it('refuses a timestamp more than 300 s from the gateway clock', async () => {
    const now = Math.floor(Date.now() / 1000);
    expectProblem(
      await web.request('GET', '/v1/departments', { timestamp: now - 360 }),
      401,
      'TIMESTAMP_SKEW',
    );
    expectProblem(
      await web.request('GET', '/v1/departments', { timestamp: now + 360 }),
      401,
      'TIMESTAMP_SKEW',
    );
    expect((await web.request('GET', '/v1/departments', { timestamp: now - 240 })).status).toBe(200);
  });

  it('refuses a replayed request (NONCE_REPLAYED), and only a verified request uses up a nonce', async () => {
    const request = web.prepare('GET', '/v1/departments');
    expect((await web.send(request)).status).toBe(200);
    expectProblem(await web.send(request), 401, 'NONCE_REPLAYED');

    const nonce = randomBytes(16).toString('hex');
    const forged = gateway.client('web-a', { secret: 'z'.repeat(40) });
    expectProblem(await forged.request('GET', '/v1/departments', { nonce }), 401, 'SIGNATURE_INVALID');
    expect((await web.request('GET', '/v1/departments', { nonce })).status).toBe(200);
  });

  it("refuses a caller outside the partner's IP allowlist", async () => {
    expectProblem(await gateway.client('walled').departments(), 403, 'IP_NOT_ALLOWED');
    expect((await gateway.client('local').departments()).status).toBe(200);
  });

  it('refuses unknown fields, bodies over 64 KB, bad JSON and other content types, without a stack trace', async () => {
    const extra = await web.request('POST', '/v1/appointments', {
      body: { sessionId, patient: { ...testPatient(2, 3), nickname: 'x' }, colour: 'red' },
    });
    expectProblem(extra, 400, 'VALIDATION_FAILED');
    expect((extra.body as any).errors.map((e: any) => e.field)).toEqual(
      expect.arrayContaining(['colour', 'patient.nickname']),
    );

    const big = await web.request('POST', '/v1/appointments', {
      rawBody: JSON.stringify({ sessionId, padding: 'x'.repeat(65 * 1024) }),
    });
    expectProblem(big, 413, 'PAYLOAD_TOO_LARGE');

    const broken = await web.request('POST', '/v1/appointments', { rawBody: '{"sessionId": 1,' });
    expectProblem(broken, 400, 'VALIDATION_FAILED');
    const poisoned = await web.request('POST', '/v1/appointments', {
      rawBody: '{"__proto__": {"admin": true}}',
    });
    expectProblem(poisoned, 400, 'VALIDATION_FAILED');

    const text = await web.request('POST', '/v1/appointments', {
      rawBody: 'sessionId=1',
      headers: { 'content-type': 'text/plain' },
    });
    expectProblem(text, 415, 'UNSUPPORTED_MEDIA_TYPE');

    const headers = (await web.departments()).headers;
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('strict-transport-security')).toBeTruthy();
    expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
    // Plain HTTP listeners: a browser must not be told to fetch /docs' scripts over https.
    for (const base of [gateway.url, core.url]) {
      const docs = await fetch(`${base}/docs`);
      expect(docs.status).toBe(200);
      expect(docs.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(docs.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
    }
    expectProblem(await web.request('GET', '/v1/nowhere'), 404, 'NOT_FOUND');
  });

  it('limits a partner to its rate with 429 and Retry-After; another partner is unaffected', async () => {
    const slow = gateway.client('slow-1');
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await slow.departments()).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    const over = await slow.departments();
    expectProblem(over, 429, 'RATE_LIMITED');
    const retryAfter = Number(over.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await gateway.client('slow-2').departments()).status).toBe(200);
  });

  it('slows a burst of booking attempts for one patient, whatever partner they come through', async () => {
    const p = testPatient(10, 3);
    const attempts: number[] = [];
    for (let i = 0; i < 5; i++) {
      const via = i % 2 ? gateway.client('app-b') : web;
      attempts.push((await via.book({ sessionId, patient: p })).status);
    }
    expect(attempts[0]).toBe(201);
    expect(attempts.slice(1).every((s) => s === 409)).toBe(true); // DUPLICATE_BOOKING: still attempts
    const burst = await gateway
      .client('app-b')
      .book({ sessionId, patient: { ...p, documentNo: p.documentNo.toLowerCase() } });
    expectProblem(burst, 429, 'RATE_LIMITED');
    expect(Number(burst.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // Another patient is not slowed.
    expect((await web.book({ sessionId, patient: testPatient(11, 3) })).status).toBe(201);
  });

  // Needs a Redis server: defined only when TEST_REDIS_URL is set (CI sets it).
  const redisUrl = process.env.TEST_REDIS_URL;
  if (redisUrl) {
    describe('two gateway instances sharing Redis behave as one (DESIGN §5)', () => {
      const prefix = `gateway-e2e:${process.pid}:${randomBytes(4).toString('hex')}:`;
      let one: GatewayHarness;
      let two: GatewayHarness;

      beforeAll(async () => {
        const partners = testPartners([
          { appId: 'web-a', channel: 'WEB' },
          { appId: 'limited', channel: 'APP', ratePerMinute: 4 },
        ]);
        const env = { REDIS_URL: redisUrl, REDIS_PREFIX: prefix };
        one = await startGateway(core, { partners, env });
        two = await startGateway(core, { partners, env });
      });
      afterAll(async () => {
        await one?.close();
        await two?.close();
        // Only this file's keys: never FLUSHALL a shared server.
        const redis = new Redis(redisUrl);
        const keys = await redis.keys(`${prefix}*`);
        if (keys.length) await redis.del(...keys);
        await redis.quit();
      });

      it('a request replayed to the other instance is NONCE_REPLAYED', async () => {
        const request = one.client('web-a').prepare('GET', '/v1/departments');
        expect((await one.client('web-a').send(request)).status).toBe(200);
        const atTwo = { ...request, url: request.url.replace(one.url, two.url) };
        expectProblem(await two.client('web-a').send(atTwo), 401, 'NONCE_REPLAYED');
      });

      it("holds a partner's rate across both instances", async () => {
        const statuses: number[] = [];
        for (let i = 0; i < 5; i++)
          statuses.push((await (i % 2 ? two : one).client('limited').departments()).status);
        expect(statuses).toEqual([200, 200, 200, 200, 429]);
      });

      it('replays an idempotent booking at the other instance', async () => {
        const key = randomUUID();
        const body = { sessionId, patient: testPatient(20, 3) };
        const first = await one.client('web-a').book(body, key);
        const second = await two.client('web-a').book(body, key);
        expect(first.status).toBe(201);
        expect(second.body).toEqual(first.body);
        expect(second.headers.get('idempotent-replayed')).toBe('true');
      });
    });
  }
});
