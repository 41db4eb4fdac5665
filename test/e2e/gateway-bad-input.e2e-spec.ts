import { createServer, type Server } from 'node:http';
import * as net from 'node:net';
import type { AddressInfo } from 'node:net';
import type { PartnerClient, PartnerResponse, Problem } from '@app/partner-client';
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

function expectProblem(res: PartnerResponse<unknown>, status: number, code: string): Problem {
  expect({ status: res.status, code: (res.body as Problem | undefined)?.code }).toEqual({ status, code });
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  expect((res.body as Problem).requestId).toBe(res.headers.get('x-request-id'));
  return res.body as Problem;
}

const fieldsOf = (problem: Problem) => ((problem.errors ?? []) as { field: string }[]).map((e) => e.field);

/** One request written byte for byte on a socket; the raw answer, parsed. */
async function rawRequest(
  base: string,
  head: string,
): Promise<{ status: number; contentType: string; problem: Problem }> {
  const { port, hostname } = new URL(base);
  const text = await new Promise<string>((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.write(head));
    let out = '';
    socket.on('data', (d) => (out += d.toString('utf8')));
    socket.on('close', () => resolve(out));
    socket.on('error', reject);
  });
  const [statusLine, ...rest] = text.split('\r\n');
  const blank = rest.indexOf('');
  const headers = Object.fromEntries(
    rest
      .slice(0, blank)
      .map((h) => [h.slice(0, h.indexOf(':')).toLowerCase(), h.slice(h.indexOf(':') + 1).trim()]),
  );
  return {
    status: Number(statusLine.split(' ')[1]),
    contentType: headers['content-type'] ?? '',
    problem: JSON.parse(rest.slice(blank + 1).join('\r\n')) as Problem,
  };
}

describe('bad input never gets a 5xx, and every refusal is problem+json', () => {
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
    gateway = await startGateway(core, { partners: testPartners([{ appId: 'web-a', channel: 'WEB' }]) });
    web = gateway.client('web-a');
  });
  afterAll(async () => {
    await gateway?.close();
    await core?.close();
  });

  it('refuses a nested object of the wrong shape with 400 naming the field', async () => {
    const valid = testPatient(1, 4);
    for (const patient of [[], [valid], 'x', 7, null, true]) {
      const res = await web.request('POST', '/v1/appointments', { body: { sessionId, patient } });
      expect(fieldsOf(expectProblem(res, 400, 'VALIDATION_FAILED'))).toContain('patient');
    }
    for (const body of [[], 'x', 1, null]) {
      const res = await web.request('POST', '/v1/appointments', { body });
      expectProblem(res, 400, 'VALIDATION_FAILED');
    }
  });

  it('refuses control characters in every free-text field with 400 naming the field', async () => {
    const p = testPatient(2, 4);
    const cases: [Record<string, unknown>, string][] = [
      [{ ...p, name: '张\u0000三' }, 'patient.name'],
      [{ ...p, documentNo: `${p.documentNo}\u0007` }, 'patient.documentNo'],
      [{ ...p, mobile: `${p.mobile}\n` }, 'patient.mobile'],
      [{ ...p, name: '张\ud800三' }, 'patient.name'],
    ];
    for (const [patient, field] of cases) {
      const res = await web.request('POST', '/v1/appointments', { body: { sessionId, patient } });
      expect(fieldsOf(expectProblem(res, 400, 'VALIDATION_FAILED'))).toEqual([field]);
    }
    const search = await web.request('POST', '/v1/patients/appointments/search', {
      body: { name: '张三\u0085', documentType: 'NATIONAL_ID', documentNo: p.documentNo },
    });
    expect(fieldsOf(expectProblem(search, 400, 'VALIDATION_FAILED'))).toEqual(['name']);

    const booked = await web.book({ sessionId, patient: p });
    expect(booked.status).toBe(201);
    const id = (booked.body as { id: number }).id;
    for (const reason of ['a\u0000b', 'line\r\nbreak', '\u001b[31mred']) {
      const res = await web.cancel(id, reason);
      expect(fieldsOf(expectProblem(res, 400, 'VALIDATION_FAILED'))).toEqual(['reason']);
    }
    expect((await web.cancel(id, 'plain words, 中文也可以')).status).toBe(200);
  });

  it('refuses any body that is not JSON with 415', async () => {
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/xml',
      'multipart/form-data; boundary=x',
    ]) {
      const res = await web.request('POST', '/v1/appointments', {
        rawBody: 'sessionId=1',
        headers: { 'content-type': type },
      });
      expectProblem(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
    }
  });

  it('says a request without X-App-Id lacks it', async () => {
    const res = await fetch(`${gateway.url}/v1/departments`);
    const problem = (await res.json()) as Problem;
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(problem).toMatchObject({
      code: 'UNKNOWN_PARTNER',
      detail: expect.stringMatching(/X-App-Id is missing/),
    });
  });

  it('answers oversized, malformed and duplicated requests with problem+json (both apps)', async () => {
    const signed = web.prepare('GET', '/v1/departments');
    const head = Object.entries(signed.headers)
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('');
    for (const name of ['X-Signature', 'X-Nonce', 'X-App-Id', 'X-Timestamp']) {
      const twice = await rawRequest(
        gateway.url,
        `GET /v1/departments HTTP/1.1\r\nHost: x\r\n${head}${name}: again\r\nConnection: close\r\n\r\n`,
      );
      expect({ status: twice.status, code: twice.problem.code }).toEqual({
        status: 401,
        code: 'SIGNATURE_INVALID',
      });
      expect(twice.problem.detail).toBe(`${name} was sent more than once`);
      expect(twice.contentType).toContain('application/problem+json');
    }

    for (const base of [gateway.url, core.url]) {
      const big = await rawRequest(
        base,
        `GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
      );
      expect({ status: big.status, code: big.problem.code }).toEqual({
        status: 431,
        code: 'HEADERS_TOO_LARGE',
      });
      expect(big.contentType).toContain('application/problem+json');

      const long = await rawRequest(
        base,
        `GET /v1/appointments/${'9'.repeat(300)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
      );
      expect({ status: long.status, code: long.problem.code }).toEqual({ status: 414, code: 'URI_TOO_LONG' });
      expect(long.contentType).toContain('application/problem+json');

      const badUrl = await rawRequest(
        base,
        `GET /v1/appointments/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
      );
      expect({ status: badUrl.status, code: badUrl.problem.code }).toEqual({
        status: 400,
        code: 'VALIDATION_FAILED',
      });
      expect(badUrl.contentType).toContain('application/problem+json');

      const garbage = await rawRequest(base, 'NOT HTTP AT ALL\r\n\r\n');
      expect({ status: garbage.status, code: garbage.problem.code }).toEqual({
        status: 400,
        code: 'VALIDATION_FAILED',
      });
      const lengths = await rawRequest(
        base,
        'POST /v1/appointments HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab',
      );
      expect({ status: lengths.status, code: lengths.problem.code }).toEqual({
        status: 400,
        code: 'VALIDATION_FAILED',
      });
    }

    const large = await web.request('POST', '/v1/appointments', {
      rawBody: JSON.stringify({ sessionId, padding: 'x'.repeat(65 * 1024) }),
    });
    expectProblem(large, 413, 'PAYLOAD_TOO_LARGE');
  });
});

describe('a failure inside booking-core reaches the partner as 500, an outage as 503', () => {
  let stub: Server;
  let gateway: GatewayHarness;
  let answer: { status: number; body: unknown } = { status: 500, body: {} };

  beforeAll(async () => {
    // A stand-in core that answers what each test sets: the gateway cannot tell the difference.
    stub = createServer((req, res) => {
      req.resume();
      res.writeHead(answer.status, { 'content-type': 'application/problem+json' });
      res.end(JSON.stringify(answer.body));
    });
    await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
    gateway = await startGateway(
      { url, tokens: { gateway: 'stub-gateway-token-0123456789abcdef' } as never },
      { partners: testPartners([{ appId: 'web-a' }]) },
    );
  });
  afterAll(async () => {
    await gateway?.close();
    stub?.closeAllConnections();
    await new Promise((resolve) => stub?.close(resolve));
  });

  it('passes a core 500 on as 500 INTERNAL_ERROR with its request id, never as a retryable 503', async () => {
    answer = { status: 500, body: { status: 500, code: 'INTERNAL_ERROR', detail: 'Internal error' } };
    const res = await gateway.client('web-a').departments();
    const problem = expectProblem(res, 500, 'INTERNAL_ERROR');
    expect(problem.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('retry-after')).toBeNull();
    const post = await gateway.client('web-a').cancel(1, 'why');
    expectProblem(post, 500, 'INTERNAL_ERROR');
  });

  it('keeps 503 for a core that says it is unavailable', async () => {
    answer = { status: 503, body: { status: 503, code: 'CORE_UNAVAILABLE' } };
    expectProblem(await gateway.client('web-a').departments(), 503, 'CORE_UNAVAILABLE');
  });
});
