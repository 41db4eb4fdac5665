import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import type { PartnerClient } from '@app/partner-client';
import {
  createClinic,
  generate,
  http,
  OpenApiFuzzer,
  sessionOf,
  setClock,
  startCore,
  startGateway,
  testPartners,
  testPatient,
  type CoreHarness,
  type FuzzRequest,
  type GatewayHarness,
  type OpenApi,
  TEST_NOW,
  TEST_FRIDAY,
  TEMPLATES_FROM,
} from '@test/support';

const RUNS = 2000;

/**
 * R20: whatever a correctly signed partner sends — generated from the partner OpenAPI document's
 * own request schemas, then bent: wrong types, missing and extra fields, control characters,
 * huge numbers, broken JSON, bad path segments and query values — the answer is never a 5xx.
 * On PostgreSQL when TEST_DATABASE_URL is set (CI runs both).
 */
describe('fuzzing the partner API from its OpenAPI document (R20)', () => {
  let core: CoreHarness;
  let gateway: GatewayHarness;
  let partner: PartnerClient;
  let fuzzer: OpenApiFuzzer;
  let people: ReturnType<typeof testPatient>[] = [];
  let sessionIds: number[] = [];

  beforeAll(async () => {
    // The demo hospital: its departments let the self-triage knowledge base publish at boot (R18).
    core = await startCore({ SEED_DEMO: 'true' });
    await setClock(core, TEST_NOW);
    const clinics = [
      await createClinic(core, {
        weekday: 5,
        numberCount: 30,
        reserveCount: 3,
        effectiveFrom: TEMPLATES_FROM,
      }),
      await createClinic(core, { weekday: 5, numberCount: 30, effectiveFrom: TEMPLATES_FROM }),
    ];
    await generate(core);
    const sessions = await Promise.all(clinics.map((c) => sessionOf(core, c.doctorId, TEST_FRIDAY)));
    const slots = (
      await Promise.all(
        sessions.map(
          async (s) =>
            (await http(core.url, 'GET', `/v1/sessions/${s.id}/slots`, { auth: core.auth('agent') }))
              .body as {
              id: number;
            }[],
        ),
      )
    )
      .flat()
      .map((s) => s.id);
    gateway = await startGateway(core, {
      partners: testPartners([{ appId: 'fuzz', channel: 'WECHAT' }]),
      // Let bookings through to the core: the per-patient brake would answer most of them first.
      // Bad input, not capacity, is under test: a budget that a busy embedded core cannot miss.
      env: { PATIENT_RATE_PER_MINUTE: '10000', CORE_DEADLINE_MS: '20000' },
    });
    partner = gateway.client('fuzz');
    // A few real appointments, so reads and cancellations find something.
    people = Array.from({ length: 40 }, (_, i) => testPatient(i, 51));
    sessionIds = sessions.map((s) => s.id as number);
    const appointments: number[] = [];
    for (const p of people.slice(0, 6)) {
      const booked = await partner.book({ sessionId: sessions[0].id, patient: p });
      if (booked.ok) appointments.push(booked.body.id);
    }
    const ids = [...sessions.map((s) => s.id as number), ...appointments];
    const document = JSON.parse(
      fs.readFileSync(path.resolve(__dirname, '../../docs/openapi/gateway.json'), 'utf8'),
    ) as OpenApi;
    fuzzer = new OpenApiFuzzer(document, {
      id: fc.constantFrom(...ids),
      sessionId: fc.constantFrom(...sessions.map((s) => s.id as number)),
      slotId: fc.constantFrom(...slots),
      departmentId: fc.constantFrom(...clinics.map((c) => c.departmentId)),
      doctorId: fc.constantFrom(...clinics.map((c) => c.doctorId)),
      dateFrom: fc.constantFrom('2026-12-01', '2026-12-04', '2027-02-30', '2026-13-01'),
      dateTo: fc.constantFrom('2026-12-04', '2026-12-11', '2026-11-01', '9999-12-31'),
      name: fc.constantFrom(...people.map((p) => p.name), '欧阳娜娜', 'Ｊｏｈｎ Smith', '买买提·艾力'),
      documentNo: fc.constantFrom(...people.map((p) => p.documentNo), 'A20261126', '11010519491231002x'),
      mobile: fc.constantFrom(...people.map((p) => p.mobile), '+86 138-1234-5678', '12345'),
      reason: fc.constantFrom('不想去了', `改约，电话 ${people[0].mobile}`),
      notifyTo: fc.constantFrom('oUpF8uMuAJO_M2pxb1Q9zNjWeS6o', 'user:42'),
    });
  });
  afterAll(async () => {
    await gateway?.close();
    await core?.close();
  });

  it(`answers ${RUNS} correctly signed generated requests without a single 5xx`, async () => {
    // FUZZ_SEED replays a run; otherwise a new one each time (printed below).
    const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
    const requests = fc.sample(
      fuzzer.requests((p) => p.startsWith('/v1/health')),
      { numRuns: RUNS, seed },
    );
    // Generated bookings rarely pass every check at once; one request in fifty is a valid booking
    // of a person not yet booked, so the booking path always runs under the fuzz load too.
    people.slice(6).forEach((patient, i) => {
      requests[i * 50 + 25] = {
        operation: 'bookAppointment',
        method: 'POST',
        pathAndQuery: '/v1/appointments',
        body: JSON.stringify({ sessionId: sessionIds[(i % (sessionIds.length - 1)) + 1], patient }),
        headers: { 'idempotency-key': `fuzz-valid-${seed}-${i}` },
      };
    });
    const seen = new Map<string, number>();
    const failures: { request: FuzzRequest; status: number; body: unknown }[] = [];
    let next = 0;
    // A partner's app servers send several requests at once; so does this.
    const worker = async () => {
      while (next < requests.length) {
        const request = requests[next++];
        const res = await partner.request(request.method, request.pathAndQuery, {
          rawBody: request.body,
          idempotencyKey: request.headers['idempotency-key'] ?? null,
        });
        const code = res.ok ? String(res.status) : `${res.status} ${String(res.body?.code)}`;
        seen.set(code, (seen.get(code) ?? 0) + 1);
        // Never a 5xx; every refusal a problem document with a stable code.
        const problem = (res.headers.get('content-type') ?? '').includes('application/problem+json');
        if (res.status >= 500 || (!res.ok && !problem))
          failures.push({ request, status: res.status, body: res.body });
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));
    const summary = [...seen.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k}: ${n}`);
    process.stdout.write(
      `fuzz: seed ${seed}, ${RUNS} requests; answers by status and code:\n  ${summary.join('\n  ')}\n`,
    );
    expect(failures.slice(0, 5)).toEqual([]);
    // The requests reached every layer: bookings made, business refusals from the core.
    const statuses = new Set([...seen.keys()].map((k) => k.slice(0, 3)));
    for (const status of ['200', '201', '400', '404', '409']) expect(statuses).toContain(status);
  }, 120_000);
});
