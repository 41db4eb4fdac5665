import type { PartnerClient } from '@app/partner-client';
import {
  createClinic,
  generate,
  http,
  sessionOf,
  setClock,
  startCore,
  startGateway,
  testPartners,
  testPatient,
  type CoreHarness,
  type GatewayHarness,
  TEST_FRIDAY,
  TEST_NOW,
  TEMPLATES_FROM,
} from '@test/support';

// TEST_FRIDAY's sessions open 10 days ahead at 08:00 (R2): Tuesday 2026-11-24, 08:00 in Shanghai.
const RELEASE = '2026-11-24T08:00:00+08:00';
const JUST_BEFORE = '2026-11-24T07:59:50+08:00';
const JUST_AFTER = '2026-11-24T08:00:05+08:00';

jest.setTimeout(120_000);
describe('partner sandbox: a test clock and a reset for the sandbox partner only (decision 032, R20)', () => {
  let core: CoreHarness;
  let sandbox: GatewayHarness;
  let production: GatewayHarness;
  let rehearsing: PartnerClient;
  let other: PartnerClient;
  let sessionId: number;

  const coreClock = async () =>
    (await http(core.url, 'GET', '/v1/test/clock', { auth: core.auth('admin') })).body as {
      now: string;
      set: boolean;
    };

  beforeAll(async () => {
    core = await startCore();
    await setClock(core, TEST_NOW);
    sandbox = await startGateway(core, {
      partners: testPartners([
        { appId: 'sandbox-app', channel: 'APP', sandbox: true },
        { appId: 'plain-web', channel: 'WEB' },
      ]),
      env: { SANDBOX: 'true' },
    });
    production = await startGateway(core, {
      partners: testPartners([{ appId: 'prod-web', channel: 'WEB' }]),
    });
    rehearsing = sandbox.client('sandbox-app');
    other = sandbox.client('plain-web');
    const clinic = await createClinic(core, { weekday: 5, numberCount: 6, effectiveFrom: TEMPLATES_FROM });
    await generate(core);
    sessionId = (await sessionOf(core, clinic.doctorId, TEST_FRIDAY)).id;
  });
  afterAll(async () => {
    await sandbox?.close();
    await production?.close();
    await core?.close();
  });

  it("rehearses an 08:00 release on the sandbox's booking-core clock, then resets it to real time", async () => {
    const set = await rehearsing.request('PUT', '/v1/sandbox/clock', {
      body: { now: JUST_BEFORE, frozen: true },
    });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ now: JUST_BEFORE, set: true });
    // One clock: what the partner set is booking-core's own now, which every rule reads.
    expect(await coreClock()).toEqual({ now: JUST_BEFORE, set: true });

    const early = await rehearsing.book({ sessionId, patient: testPatient(1, 43) });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'SESSION_NOT_OPEN' });

    expect((await rehearsing.request('PUT', '/v1/sandbox/clock', { body: { now: JUST_AFTER } })).status).toBe(
      200,
    );
    const read = await rehearsing.request('GET', '/v1/sandbox/clock');
    expect(read.status).toBe(200);
    // Not frozen: it runs on from the instant set, never before it.
    expect(Date.parse((read.body as { now: string }).now)).toBeGreaterThanOrEqual(Date.parse(JUST_AFTER));
    expect(Date.parse((read.body as { now: string }).now)).toBeGreaterThan(Date.parse(RELEASE));
    const booked = await rehearsing.book({ sessionId, patient: testPatient(1, 43) });
    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({ sessionId, channel: 'APP', status: 'BOOKED' });

    const reset = await rehearsing.request('POST', '/v1/sandbox/reset', { body: {} });
    expect(reset.status).toBe(200);
    expect(reset.body).toMatchObject({ set: false });
    expect(await coreClock()).toMatchObject({ set: false });
    await setClock(core, TEST_NOW);
  });

  it('another partner of the same sandbox may not touch its clock: 403 FORBIDDEN, the clock unchanged', async () => {
    const before = await coreClock();
    for (const attempt of [
      other.request('PUT', '/v1/sandbox/clock', { body: { now: JUST_BEFORE } }),
      other.request('GET', '/v1/sandbox/clock'),
      other.request('POST', '/v1/sandbox/reset', { body: {} }),
    ]) {
      const res = await attempt;
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await coreClock()).toEqual(before);
  });

  it('an unsigned or wrongly signed request is refused before the sandbox routes', async () => {
    const unsigned = await http(sandbox.url, 'PUT', '/v1/sandbox/clock', { body: { now: JUST_BEFORE } });
    expect(unsigned.status).toBe(401);
    const forged = await sandbox
      .client('sandbox-app', { secret: 'x'.repeat(43) })
      .request('PUT', '/v1/sandbox/clock', { body: { now: JUST_BEFORE } });
    expect(forged.status).toBe(401);
    expect(forged.body).toMatchObject({ code: 'SIGNATURE_INVALID' });
  });

  it('a production gateway has no sandbox routes (404) and they are not in its OpenAPI document', async () => {
    const client = production.client('prod-web');
    for (const res of [
      await client.request('PUT', '/v1/sandbox/clock', { body: { now: JUST_BEFORE } }),
      await client.request('GET', '/v1/sandbox/clock'),
      await client.request('POST', '/v1/sandbox/reset', { body: {} }),
    ])
      expect(res.status).toBe(404);
    const docs = await http(production.url, 'GET', '/docs/openapi.json');
    expect(Object.keys(docs.body.paths).filter((p) => p.includes('sandbox'))).toEqual([]);
    expect((await coreClock()).now).toBe(TEST_NOW);
  });

  it('/docs/zh serves the partner API with Chinese summaries in front, /docs keeps English first', async () => {
    const zh = await http(production.url, 'GET', '/docs/zh/openapi.json');
    const en = await http(production.url, 'GET', '/docs/openapi.json');
    expect(zh.status).toBe(200);
    expect(zh.body.paths['/v1/appointments'].post).toMatchObject({
      summary: '预约挂号：从统一号源池取号（R5）',
      'x-summary-en': en.body.paths['/v1/appointments'].post.summary,
    });
    expect(en.body.paths['/v1/appointments'].post['x-summary-zh']).toBe('预约挂号：从统一号源池取号（R5）');
    expect((await fetch(`${production.url}/docs/zh`)).status).toBe(200);
  });

  it('a production gateway refuses to start with a sandbox partner; a sandbox gateway with two', async () => {
    await expect(
      startGateway(core, { partners: testPartners([{ appId: 'flagged', sandbox: true }]) }),
    ).rejects.toThrow(/SANDBOX is not true/);
    await expect(
      startGateway(core, {
        partners: testPartners([
          { appId: 'one', sandbox: true },
          { appId: 'two', sandbox: true },
        ]),
        env: { SANDBOX: 'true' },
      }),
    ).rejects.toThrow(/one sandbox deployment serves one sandbox partner/);
  });
});
