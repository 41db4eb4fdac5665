import { noAppointmentFields } from '@app/contracts';
import { randomUUID } from 'node:crypto';
import { maskName } from '@app/domain';
import type { Appointment, PartnerClient, Problem } from '@app/partner-client';
import {
  createClinic,
  generate,
  http,
  sessionOf,
  setClock,
  sideConnection,
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

// Tuesday 2026-12-01, 09:00 in Shanghai (the core's test clock). Fridays are weekday 5.
const NEXT_FRIDAY = '2026-12-11';

// Load and crash tests: generous on a busy machine; they assert outcomes, never durations.
jest.setTimeout(180_000);
describe('partner API: booking through the gateway (R5, R7, R9)', () => {
  let core: CoreHarness;
  let gateway: GatewayHarness;
  let web: PartnerClient;
  let wechat: PartnerClient;
  let patientNo = 0;
  const nextPatient = () => testPatient(++patientNo, 7);

  /** A clinic of its own for a test: a Friday session with `numbers` numbers. */
  const freshSession = async (numbers = 6, reserve = 0, date = TEST_FRIDAY) => {
    const clinic = await createClinic(core, {
      weekday: 5,
      numberCount: numbers,
      reserveCount: reserve,
      effectiveFrom: TEMPLATES_FROM,
    });
    await generate(core);
    return { clinic, session: await sessionOf(core, clinic.doctorId, date) };
  };

  beforeAll(async () => {
    core = await startCore();
    await setClock(core, TEST_NOW);
    gateway = await startGateway(core, {
      partners: testPartners([
        { appId: 'web-a', channel: 'WEB' },
        { appId: 'wechat-b', channel: 'WECHAT' },
      ]),
    });
    web = gateway.client('web-a');
    wechat = gateway.client('wechat-b');
  });
  afterAll(async () => {
    await gateway?.close();
    await core?.close();
  });

  it("lists departments, doctors, open sessions and numbers as the partner's channel may book them", async () => {
    const { clinic, session } = await freshSession(6, 2);
    const departments = await web.departments();
    expect(departments.status).toBe(200);
    expect(departments.ok && departments.body.map((d) => d.id)).toContain(clinic.departmentId);

    const doctors = await web.doctors(clinic.departmentId);
    expect(doctors.ok && doctors.body).toEqual([
      expect.objectContaining({ id: clinic.doctorId, title: 'CHIEF', departmentId: clinic.departmentId }),
    ]);

    const sessions = await web.sessions({
      doctorId: clinic.doctorId,
      dateFrom: TEST_FRIDAY,
      dateTo: TEST_FRIDAY,
    });
    expect(sessions.status).toBe(200);
    // R4: the 2 on-site reserve numbers are not counted for a web partner.
    expect(sessions.ok && sessions.body).toEqual([
      expect.objectContaining({ id: session.id, total: 6, available: 4 }),
    ]);
    expect(Object.keys(sessions.ok ? sessions.body[0] : {})).not.toContain('reserveAvailable');

    const slots = await web.slots(session.id);
    expect(slots.ok && slots.body.filter((s) => !s.bookable).map((s) => s.visitNo)).toEqual([3, 6]);

    // The channel comes from the partner, never from the request.
    const claimed = await web.request('GET', `/v1/sessions?doctorId=${clinic.doctorId}&channel=COUNTER`);
    expect(claimed.status).toBe(400);
    expect(claimed.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      detail: expect.stringContaining('channel'),
    });
    const missing = await web.slots(999999);
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: 'SESSION_NOT_FOUND' });
  });

  it('books with the partner channel, shows the patient masked and the check-in code only once', async () => {
    const { session } = await freshSession();
    const p = nextPatient();
    const booked = await web.book({ sessionId: session.id, patient: p });
    expect(booked.status).toBe(201);
    const a = booked.body as Appointment;
    expect(a).toMatchObject({ status: 'BOOKED', visitNo: 1, channel: 'WEB', sessionId: session.id });
    expect(a.patient).toEqual({
      name: maskName(p.name),
      documentType: 'NATIONAL_ID',
      documentMasked: `${p.documentNo.slice(0, 3)}***********${p.documentNo.slice(-4)}`,
      mobileMasked: `${p.mobile.slice(0, 3)}****${p.mobile.slice(-4)}`,
    });
    expect(a.verificationCode).toMatch(/^\d{6}$/);
    expect(Object.keys(a).sort()).toEqual(
      [
        'id',
        'code',
        'status',
        'visitNo',
        'sessionId',
        'slotId',
        'startsAt',
        'endsAt',
        'department',
        'doctor',
        'actingDoctor',
        'room',
        'channel',
        'patient',
        'queuePosition',
        'verificationCode',
        // Decision 028: the simple appointment fields, each present (null when not given).
        ...Object.keys(noAppointmentFields('name')),
      ].sort(),
    );

    const read = await web.appointment(a.id);
    expect(read.status).toBe(200);
    // A single read adds what the patient was told (R8): the confirmation by SMS and to the partner.
    const { notifications, ...rest } = read.body as any;
    expect(rest).toEqual({ ...a, verificationCode: undefined });
    // web-a has no callback URL: the patient is told by SMS, and no callback waits for nobody (R8).
    expect(notifications.map((n: any) => `${n.kind}:${n.channel}:${n.status}`)).toEqual([
      'BOOKING_CONFIRMED:SMS:PENDING',
    ]);
    expect(JSON.stringify(read.body)).not.toContain('verificationCode');

    const byChannelField = await web.request('POST', '/v1/appointments', {
      body: { sessionId: session.id, channel: 'COUNTER', patient: nextPatient() },
    });
    expect(byChannelField.status).toBe(400);
    expect(byChannelField.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((byChannelField.body as any).errors.map((e: any) => e.field)).toContain('channel');

    const both = await web.request('POST', '/v1/appointments', {
      body: { sessionId: session.id, slotId: a.slotId, patient: nextPatient() },
    });
    expect(both.status).toBe(400);
  });

  it('keeps a partner to its own appointments: another partner gets 404 reading or cancelling (R9)', async () => {
    const { clinic, session } = await freshSession();
    const booked = await web.book({ sessionId: session.id, patient: nextPatient() });
    const id = (booked.body as Appointment).id;

    const peek = await wechat.appointment(id);
    expect(peek.status).toBe(404);
    expect(peek.body).toMatchObject({ code: 'APPOINTMENT_NOT_FOUND' });
    const steal = await wechat.cancel(id, 'not mine');
    expect(steal.status).toBe(404);
    expect(steal.body).toMatchObject({ code: 'APPOINTMENT_NOT_FOUND' });
    expect((await web.appointment(id)).body).toMatchObject({ status: 'BOOKED' });

    const before = await web.sessions({
      doctorId: clinic.doctorId,
      dateFrom: TEST_FRIDAY,
      dateTo: TEST_FRIDAY,
    });
    const cancelled = await web.cancel(id, 'plans changed');
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ id, status: 'CANCELLED' });
    const after = await web.sessions({
      doctorId: clinic.doctorId,
      dateFrom: TEST_FRIDAY,
      dateTo: TEST_FRIDAY,
    });
    // Decision 029: nobody waits, so the number is back in the pool after a random 1–10 minutes.
    expect(after.ok && before.ok && after.body[0].available).toBe(before.ok ? before.body[0].available : NaN);
    await setClock(core, new Date(new Date(TEST_NOW).getTime() + 10 * 60_000).toISOString());
    const later = (await sessionOf(core, clinic.doctorId, TEST_FRIDAY)).available;
    await setClock(core, TEST_NOW);
    expect(later).toBe(before.ok ? before.body[0].available + 1 : NaN);
    const again = await web.cancel(id);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'CANCEL_NOT_ALLOWED' });
  });

  it("finds a patient's appointments from every channel by name and document in the body", async () => {
    const { session: friday } = await freshSession();
    const { session: nextFriday } = await freshSession(6, 0, NEXT_FRIDAY);
    const { session: third } = await freshSession();
    const p = nextPatient();
    const byWeb = await web.book({ sessionId: friday.id, patient: p });
    const byWechat = await wechat.book({ sessionId: nextFriday.id, patient: p });
    const byPhone = await http(core.url, 'POST', '/v1/appointments', {
      auth: core.auth('agent'),
      body: { channel: 'PHONE', sessionId: third.id, patient: p },
    });
    expect([byWeb.status, byWechat.status, byPhone.status]).toEqual([201, 201, 201]);

    const found = await wechat.searchAppointments({
      name: p.name,
      documentType: p.documentType,
      documentNo: p.documentNo,
    });
    expect(found.status).toBe(200);
    const list = found.body as Appointment[];
    expect(list.map((x) => x.channel).sort()).toEqual(['PHONE', 'WEB', 'WECHAT']);
    expect(list.every((x) => x.verificationCode === undefined && x.patient.name === maskName(p.name))).toBe(
      true,
    );
    const wrongName = await wechat.searchAppointments({
      name: '不对',
      documentType: p.documentType,
      documentNo: p.documentNo,
    });
    expect(wrongName.body).toEqual([]);
  });

  describe('idempotency (DESIGN §5)', () => {
    it('replays the same request under the same key: identical response, one appointment', async () => {
      const { session } = await freshSession();
      const p = nextPatient();
      const key = randomUUID();
      const first = await web.book({ sessionId: session.id, patient: p }, key);
      const second = await web.book({ sessionId: session.id, patient: p }, key);
      expect(first.status).toBe(201);
      expect(second.status).toBe(201);
      expect(second.body).toEqual(first.body);
      expect(second.headers.get('idempotent-replayed')).toBe('true');
      expect(first.headers.get('idempotent-replayed')).toBeNull();
      const mine = await web.searchAppointments({
        name: p.name,
        documentType: p.documentType,
        documentNo: p.documentNo,
      });
      expect(mine.body).toHaveLength(1);
    });

    it('refuses another request under a used key (422) and a POST without a key (400)', async () => {
      const { session } = await freshSession();
      const key = randomUUID();
      expect((await web.book({ sessionId: session.id, patient: nextPatient() }, key)).status).toBe(201);
      const other = await web.book({ sessionId: session.id, patient: nextPatient() }, key);
      expect(other.status).toBe(422);
      expect(other.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
      const otherPath = await web.cancel(1, 'x', key);
      expect(otherPath.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });

      const none = await web.request('POST', '/v1/appointments', {
        body: { sessionId: session.id, patient: nextPatient() },
        idempotencyKey: null,
      });
      expect(none.status).toBe(400);
      expect(none.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_MISSING' });

      // Keys are per partner: another partner's identical key is its own.
      expect((await wechat.book({ sessionId: session.id, patient: nextPatient() }, key)).status).toBe(201);
    });

    it('50 parallel requests with one key book once', async () => {
      const { session } = await freshSession();
      const p = nextPatient();
      const key = randomUUID();
      const results = await Promise.all(
        Array.from({ length: 50 }, () => web.book({ sessionId: session.id, patient: p }, key)),
      );
      const statuses = results.map((r) => r.status);
      expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
      const created = results.filter((r) => r.status === 201);
      expect(created.length).toBeGreaterThanOrEqual(1);
      expect(new Set(created.map((r) => (r.body as Appointment).id)).size).toBe(1);
      for (const r of results.filter((x) => x.status === 409))
        expect(r.body).toMatchObject({ code: 'IDEMPOTENCY_IN_PROGRESS' });
      const mine = await web.searchAppointments({
        name: p.name,
        documentType: p.documentType,
        documentNo: p.documentNo,
      });
      expect(mine.body).toHaveLength(1);
    });

    it('releases the key when nothing was decided: a malformed request can be corrected under the same key', async () => {
      const { session } = await freshSession();
      const key = randomUUID();
      const malformed = await web.request('POST', '/v1/appointments', {
        body: { sessionId: session.id, patient: { name: '张三' } },
        idempotencyKey: key,
      });
      expect(malformed.status).toBe(400);
      const corrected = await web.book({ sessionId: session.id, patient: nextPatient() }, key);
      expect(corrected.status).toBe(201);
    });

    it('stores a business refusal as the answer, with its status', async () => {
      const { session } = await freshSession();
      const p = nextPatient();
      expect((await web.book({ sessionId: session.id, patient: p })).status).toBe(201);
      const key = randomUUID();
      const dup = await web.book({ sessionId: session.id, patient: p }, key);
      expect(dup.status).toBe(409);
      expect(dup.body).toMatchObject({ code: 'DUPLICATE_BOOKING' });
      const replay = await web.book({ sessionId: session.id, patient: p }, key);
      expect(replay.status).toBe(409);
      expect(replay.body).toEqual(dup.body);
      expect(replay.headers.get('content-type')).toContain('application/problem+json');
    });
  });

  it('on a session booking-core just called full: a wrong signature is still 401, a new attempt 409, and the key that booked replays its 201 (decision 036)', async () => {
    const { session } = await freshSession(1);
    const lastKey = randomUUID();
    const lastPatient = nextPatient();
    const last = await web.book({ sessionId: session.id, patient: lastPatient }, lastKey);
    expect(last.status).toBe(201);
    // booking-core's own SESSION_FULL starts the gateway's memo (decision 026).
    const first = await web.book({ sessionId: session.id, patient: nextPatient() });
    expect(first.body).toMatchObject({ code: 'SESSION_FULL' });

    const forged = gateway.client('web-a', { secret: 'q'.repeat(43) });
    const unsigned = await forged.book({ sessionId: session.id, patient: nextPatient() });
    expect(unsigned.status).toBe(401);
    expect(unsigned.body).toMatchObject({ code: 'SIGNATURE_INVALID' });

    const refused = await web.book({ sessionId: session.id, patient: nextPatient() }, randomUUID());
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'SESSION_FULL' });

    const replay = await web.book({ sessionId: session.id, patient: lastPatient }, lastKey);
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toEqual(last.body);
    // Another body under the booked key: refused as reuse, never answered "full".
    const reused = await web.book({ sessionId: session.id, patient: nextPatient() }, lastKey);
    expect(reused.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('500 concurrent signed bookings by distinct patients for 10 numbers: 10 booked, 490 SESSION_FULL, no 5xx', async () => {
    const { session } = await freshSession(10);
    // Client, gateway and core share this process's event loop, on a 2-core machine that also runs
    // another test worker and PostgreSQL: loop latency alone can pass the 1.5 s production timeout
    // here. This test is about the pool under contention, so its gateway waits as long as needed;
    // the timeouts have their own tests (gateway-resilience, core-client.spec).
    const tolerant = await startGateway(core, {
      partners: gateway.partners,
      env: { CORE_TIMEOUT_MS: '30000', CORE_DEADLINE_MS: '60000' },
    });
    const burst = tolerant.client('web-a', { timeoutMs: 60_000 });
    const results = await Promise.all(
      Array.from({ length: 500 }, (_, i) =>
        burst.book({ sessionId: session.id, patient: testPatient(i, 8) }),
      ),
    ).finally(() => tolerant.close());
    const count = (status: number) => results.filter((r) => r.status === status).length;
    expect({
      booked: count(201),
      full: count(409),
      serverErrors: results.filter((r) => r.status >= 500).map((r) => (r.body as Problem).code),
    }).toEqual({
      booked: 10,
      full: 490,
      serverErrors: [],
    });
    expect(
      results.filter((r) => r.status === 409).every((r) => (r.body as any).code === 'SESSION_FULL'),
    ).toBe(true);
    const numbers = results.filter((r) => r.ok).map((r) => r.body.visitNo);
    expect(numbers.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('hands the Idempotency-Key to the core, so a retry after a lost answer finds the booking', async () => {
    const { session } = await freshSession();
    const p = nextPatient();
    const key = randomUUID();
    const booked = await web.book({ sessionId: session.id, patient: p }, key);
    expect(booked.status).toBe(201);
    // As if the gateway had lost its record of the key (another instance, a restart without Redis):
    // the core itself recognises the retry.
    const again = await http(core.url, 'POST', '/v1/appointments', {
      auth: core.auth('gateway'),
      body: { channel: 'WEB', partnerId: 'web-a', sessionId: session.id, patient: p, requestKey: key },
    });
    expect(again.status).toBe(201);
    expect(again.body.id).toBe((booked.body as Appointment).id);
  });

  // A second connection holds the patient's row, as a slow first attempt would: PostgreSQL only
  // (the embedded database has a single connection, the core's own). Since deadlines travel
  // (decision 013) a gateway no longer gives up on a call the core is still running; the answer
  // can still be lost on the partner's side of the network. Here the partner's first request times
  // out at the partner, and its retry lands on another gateway instance (as behind a load
  // balancer) while the first still waits for the patient's lock.
  if (process.env.TEST_DATABASE_URL) {
    it("a retry that arrives while the first booking holds the patient's lock gets that booking, not DUPLICATE_BOOKING (R5)", async () => {
      const { session } = await freshSession();
      const { session: earlier } = await freshSession();
      const p = nextPatient();
      // The patient is known (a booking in another department), so there is a row to lock.
      const known = await web.book({ sessionId: earlier.id, patient: p });
      expect(known.status).toBe(201);
      const patient = { partners: gateway.partners, env: { CORE_DEADLINE_MS: '30000' } };
      const first = await startGateway(core, patient);
      const second = await startGateway(core, patient);
      const db = await sideConnection(core.database.url);
      try {
        const [{ patient_id: patientId }] = await db.query<{ patient_id: number }>(
          'SELECT patient_id FROM appointment WHERE id = $1',
          [(known.body as Appointment).id],
        );
        await db.query('BEGIN');
        await db.query('SELECT id FROM patient WHERE id = $1 FOR UPDATE', [patientId]);

        const key = randomUUID();
        // The partner stops waiting for the first answer; the core goes on waiting for the lock.
        const lost = await first
          .client('web-a', { timeoutMs: 300 })
          .book({ sessionId: session.id, patient: p }, key)
          .then(
            () => 'answered',
            () => 'lost',
          );
        expect(lost).toBe('lost');
        const retry = second.client('web-a').book({ sessionId: session.id, patient: p }, key);
        const watcher = await sideConnection(core.database.url);
        try {
          // Both attempts wait for the lock; then the hold ends and the first commits.
          for (let i = 0; i < 500; i++) {
            const rows = await watcher.query<{ n: number }>(
              `SELECT count(*)::int AS n FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%book_appointment%'`,
            );
            if (rows[0].n >= 2) break;
            await new Promise((r) => setTimeout(r, 10));
          }
        } finally {
          await watcher.end();
        }
        await db.query('ROLLBACK');
        const answered = await retry;
        expect(answered.status).toBe(201);
        const made = await db.query(
          `SELECT id FROM appointment WHERE session_id = $1 AND patient_id = $2 AND status = 'BOOKED'`,
          [session.id, patientId],
        );
        expect(made).toEqual([{ id: (answered.body as Appointment).id }]);
        // What the second instance kept for the key is the booking, not a 24-hour DUPLICATE_BOOKING.
        const third = await second.client('web-a').book({ sessionId: session.id, patient: p }, key);
        expect(third.status).toBe(201);
        expect(third.headers.get('idempotent-replayed')).toBe('true');
      } finally {
        await db.end();
        await first.close();
        await second.close();
      }
    });
  }
});
