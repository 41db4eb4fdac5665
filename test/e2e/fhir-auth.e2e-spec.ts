import { randomBytes, randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import {
  clientAssertion,
  createClinic,
  fhir,
  fhirSchemaErrors,
  generate,
  requestToken,
  sessionOf,
  setClock,
  smartKey,
  smartToken,
  startCore,
  startGateway,
  testPartners,
  type CoreHarness,
  type GatewayHarness,
  type SmartKey,
  TEST_FRIDAY,
  TEST_NOW,
  TEMPLATES_FROM,
} from '@test/support';

// Decision 024: SMART Backend Services in front of the FHIR façade. A partner with a registered
// public key gets a 5-minute bearer token for a signed client assertion; every FHIR route needs
// one with the route's scope; the partner's rate (DESIGN §5) and channel (R7) apply (R20).
jest.setTimeout(120_000);
describe('FHIR façade: SMART Backend Services authorization (R20; decision 024)', () => {
  let core: CoreHarness;
  let gateway: GatewayHarness;
  let es: SmartKey;
  let rs: SmartKey;
  let other: SmartKey;
  let tokenUrl: string;
  let scheduleId: number;

  beforeAll(async () => {
    [es, rs, other] = await Promise.all([smartKey('ES384'), smartKey('RS384'), smartKey('ES384')]);
    core = await startCore();
    await setClock(core, TEST_NOW);
    gateway = await startGateway(core, {
      partners: testPartners([
        { appId: 'smart-es', channel: 'APP', fhirJwk: es.publicJwk },
        { appId: 'smart-rs', channel: 'WEB', fhirJwk: rs.publicJwk },
        { appId: 'smart-slow', channel: 'WEB', fhirJwk: other.publicJwk, ratePerMinute: 3 },
        { appId: 'hmac-only', channel: 'WEB' },
      ]),
    });
    tokenUrl = `${gateway.url}/fhir/r4/auth/token`;
    const clinic = await createClinic(core, {
      weekday: 5,
      numberCount: 3,
      reserveCount: 0,
      effectiveFrom: TEMPLATES_FROM,
    });
    await generate(core);
    scheduleId = (await sessionOf(core, clinic.doctorId, TEST_FRIDAY)).id;
  });
  afterAll(async () => {
    await gateway?.close();
    await core?.close();
  });

  const oauthRefusal = (body: unknown) =>
    expect(body).toEqual({ error: expect.any(String), error_description: expect.any(String) });
  const outcome = (body: any, code: string) => {
    expect(fhirSchemaErrors(body)).toEqual([]);
    expect(body.resourceType).toBe('OperationOutcome');
    expect(body.issue[0].details.coding[0]).toEqual({ system: 'urn:outpatient-booking:error-code', code });
  };

  it('issues a 5-minute token for an ES384 or RS384 assertion; the token reads the CapabilityStatement and Slots', async () => {
    for (const [key, appId] of [
      [es, 'smart-es'],
      [rs, 'smart-rs'],
    ] as const) {
      const res = await requestToken(
        gateway.url,
        await clientAssertion(key, appId, tokenUrl),
        'system/Slot.read',
      );
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.body).toEqual({
        access_token: expect.any(String),
        token_type: 'bearer',
        expires_in: 300,
        scope: 'system/Slot.read',
      });
      const token = res.body.access_token!;
      const meta = await fhir(gateway.url, token, 'GET', '/metadata');
      expect(meta.status).toBe(200);
      expect(meta.headers.get('content-type')).toContain('application/fhir+json');
      expect(meta.body).toMatchObject({ resourceType: 'CapabilityStatement', fhirVersion: '4.0.1' });
      expect(fhirSchemaErrors(meta.body)).toEqual([]);
      const slots = await fhir(
        gateway.url,
        token,
        'GET',
        `/Slot?schedule=Schedule/${scheduleId}&status=free`,
      );
      expect(slots.status).toBe(200);
      expect(fhirSchemaErrors(slots.body)).toEqual([]);
      expect(slots.body).toMatchObject({ resourceType: 'Bundle', type: 'searchset', total: 3 });
      const first = slots.body.entry[0].resource;
      expect(first.start).toMatch(/\+08:00$/);
      const one = await fhir(gateway.url, token, 'GET', `/Slot/${first.id}`);
      expect(one.status).toBe(200);
      expect(one.body).toEqual(first);
      expect(fhirSchemaErrors(one.body)).toEqual([]);
    }
  });

  it('refuses an assertion signed with another key, expired, too long-lived, for another audience, or with iss ≠ sub', async () => {
    const now = Math.floor(Date.now() / 1000);
    const cases = [
      await clientAssertion(other, 'smart-es', tokenUrl), // wrong key
      await clientAssertion(es, 'smart-es', tokenUrl, { exp: now - 60 }), // expired
      await clientAssertion(es, 'smart-es', tokenUrl, { exp: now + 3600 }), // exp beyond 5 minutes
      await clientAssertion(es, 'smart-es', `${gateway.url}/elsewhere/token`), // aud
      await clientAssertion(es, 'smart-es', tokenUrl, { sub: 'smart-rs' }), // iss ≠ sub
      await clientAssertion(es, 'hmac-only', tokenUrl), // no key registered
      'not.a.jwt',
    ];
    for (const assertion of cases) {
      const res = await requestToken(gateway.url, assertion, 'system/*.read');
      expect(res.status).toBe(401);
      oauthRefusal(res.body);
      expect(res.body.error).toBe('invalid_client');
    }
  });

  it('refuses a replayed jti, an unknown scope and a wrong grant', async () => {
    const jti = randomUUID();
    const first = await requestToken(
      gateway.url,
      await clientAssertion(es, 'smart-es', tokenUrl, { jti }),
      'system/*.read',
    );
    expect(first.status).toBe(200);
    // The same assertion again, and a new assertion reusing the jti.
    const again = await requestToken(
      gateway.url,
      await clientAssertion(es, 'smart-es', tokenUrl, { jti }),
      'system/*.read',
    );
    expect(again.status).toBe(401);
    expect(again.body.error).toBe('invalid_client');
    expect(again.body).toMatchObject({ error_description: expect.stringContaining('jti') });

    const badScope = await requestToken(
      gateway.url,
      await clientAssertion(es, 'smart-es', tokenUrl),
      'patient/*.read',
    );
    expect(badScope.status).toBe(400);
    expect(badScope.body.error).toBe('invalid_scope');

    const grant = await fetch(tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'password', username: 'x', password: 'y' }).toString(),
    });
    expect(grant.status).toBe(400);
    expect(await grant.json()).toMatchObject({ error: 'unsupported_grant_type' });
  });

  it('every FHIR route needs a live bearer token with its scope: OperationOutcome 401/403 otherwise', async () => {
    const noToken = await fhir(gateway.url, undefined, 'GET', '/metadata');
    expect(noToken.status).toBe(401);
    expect(noToken.headers.get('www-authenticate')).toBe('Bearer');
    outcome(noToken.body, 'UNAUTHENTICATED');

    const forged = await fhir(gateway.url, 'A'.repeat(43), 'GET', `/Slot?schedule=Schedule/${scheduleId}`);
    expect(forged.status).toBe(401);
    outcome(forged.body, 'UNAUTHENTICATED');

    // An HMAC-signed partner request is no FHIR credential.
    const signed = await gateway
      .client('hmac-only')
      .request('GET', `/fhir/r4/Slot?schedule=Schedule/${scheduleId}`);
    expect(signed.status).toBe(401);

    const appointmentsOnly = await smartToken(gateway.url, es, 'smart-es', 'system/Appointment.read');
    const noScope = await fhir(gateway.url, appointmentsOnly, 'GET', `/Slot?schedule=Schedule/${scheduleId}`);
    expect(noScope.status).toBe(403);
    outcome(noScope.body, 'FORBIDDEN');

    // A FHIR token opens no partner API route.
    const token = await smartToken(gateway.url, es, 'smart-es', 'system/*.read');
    const partnerApi = await fetch(`${gateway.url}/v1/departments`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(partnerApi.status).toBe(401);
  });

  it('bad search input is 400 OperationOutcome VALIDATION_FAILED; an unknown Slot is 404', async () => {
    const token = await smartToken(gateway.url, es, 'smart-es', 'system/*.read');
    for (const query of [
      '',
      '?schedule=abc',
      `?schedule=Schedule/${scheduleId}&status=maybe`,
      `?schedule=Schedule/${scheduleId}&start=tomorrow`,
      `?schedule=Schedule/${scheduleId}&color=red`,
    ]) {
      const res = await fhir(gateway.url, token, 'GET', `/Slot${query}`);
      expect(res.status).toBe(400);
      outcome(res.body, 'VALIDATION_FAILED');
    }
    const missing = await fhir(gateway.url, token, 'GET', '/Slot/999999-1');
    expect(missing.status).toBe(404);
    outcome(missing.body, 'SESSION_NOT_FOUND');
  });

  it('refusals before a controller runs keep the façade form: OperationOutcome, or OAuth JSON at the token endpoint', async () => {
    const token = await smartToken(gateway.url, es, 'smart-es', 'system/*.read');
    const unknownPath = await fhir(gateway.url, token, 'GET', '/Patient/1');
    expect(unknownPath.status).toBe(404);
    expect(unknownPath.headers.get('content-type')).toContain('application/fhir+json');
    outcome(unknownPath.body, 'NOT_FOUND');
    const badJson = await fetch(`${gateway.url}/fhir/r4/Appointment`, {
      method: 'POST',
      headers: { 'content-type': 'application/fhir+json', authorization: `Bearer ${token}` },
      body: '{"resourceType": "Appointment",',
    });
    expect(badJson.status).toBe(400);
    outcome(await badJson.json(), 'VALIDATION_FAILED');
    const xml = await fetch(`${gateway.url}/fhir/r4/Appointment`, {
      method: 'POST',
      headers: { 'content-type': 'application/fhir+xml', authorization: `Bearer ${token}` },
      body: '<Appointment/>',
    });
    expect(xml.status).toBe(415);
    outcome(await xml.json(), 'UNSUPPORTED_MEDIA_TYPE');
    const jsonToken = await fetch(tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'grant_type=client_credentials',
    });
    expect(jsonToken.status).toBe(415);
    expect(await jsonToken.json()).toEqual({
      error: 'invalid_request',
      error_description: expect.any(String),
    });
  });

  it("the partner's rate applies to its FHIR requests (429 OperationOutcome RATE_LIMITED)", async () => {
    const token = await smartToken(gateway.url, other, 'smart-slow', 'system/*.read');
    const statuses: number[] = [];
    let last: any;
    for (let i = 0; i < 4; i++) {
      const res = await fhir(gateway.url, token, 'GET', '/metadata');
      statuses.push(res.status);
      last = res.body;
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    outcome(last, 'RATE_LIMITED');
  });
  // Needs a Redis server: defined only when TEST_REDIS_URL is set (CI sets it).
  const redisUrl = process.env.TEST_REDIS_URL;
  if (redisUrl) {
    describe('two gateway instances sharing Redis: one jti, one token store (decision 024)', () => {
      const prefix = `fhir-e2e:${process.pid}:${randomBytes(4).toString('hex')}:`;
      // Both instances stand for one public URL: the assertion's aud.
      const base = 'https://fhir.hospital.test/fhir/r4';
      let one: GatewayHarness;
      let two: GatewayHarness;
      let key: SmartKey;

      beforeAll(async () => {
        key = await smartKey('ES384');
        const partners = testPartners([{ appId: 'smart-shared', channel: 'WEB', fhirJwk: key.publicJwk }]);
        const env = { REDIS_URL: redisUrl, REDIS_PREFIX: prefix, FHIR_BASE_URL: base };
        one = await startGateway(core, { partners, env });
        two = await startGateway(core, { partners, env });
      });
      afterAll(async () => {
        await one?.close();
        await two?.close();
        const redis = new Redis(redisUrl);
        const keys = await redis.keys(`${prefix}*`);
        if (keys.length) await redis.del(...keys);
        await redis.quit();
      });

      it('an assertion used at one instance is refused at the other; a token from one works at the other', async () => {
        const assertion = await clientAssertion(key, 'smart-shared', `${base}/auth/token`);
        const first = await requestToken(one.url, assertion, 'system/*.read');
        expect(first.status).toBe(200);
        const replayed = await requestToken(two.url, assertion, 'system/*.read');
        expect(replayed.status).toBe(401);
        expect(replayed.body.error).toBe('invalid_client');
        const meta = await fhir(two.url, first.body.access_token, 'GET', '/metadata');
        expect(meta.status).toBe(200);
        // The configured URL is the audience: the instance's own address is not.
        const local = await requestToken(
          one.url,
          await clientAssertion(key, 'smart-shared', `${one.url}/fhir/r4/auth/token`),
          'system/*.read',
        );
        expect(local.status).toBe(401);
      });
    });
  }
});
