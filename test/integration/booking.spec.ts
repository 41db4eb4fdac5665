import {
  createClinic,
  generate,
  http,
  sessionOf,
  setClock,
  startCore,
  testPatient,
  type CoreHarness,
  TEST_NOW,
  TEST_FRIDAY,
  TEMPLATES_FROM,
} from '@test/support';
import { SqlClient } from '../../apps/booking-core/src/database/sql-client';

// Tuesday 2026-12-01, 09:00 in Shanghai. Fridays are weekday 5.

describe('booking and cancellation (R5–R7, R9)', () => {
  let core: CoreHarness;
  let clinic: { doctorId: number; departmentId: number };
  let session: { id: number; available: number };
  let patientNo = 0;
  const nextPatient = () => testPatient(++patientNo, 1);

  /** A clinic of its own for a test: a Friday session with `numbers` numbers. */
  const freshSession = async (numbers = 6, reserve = 0) => {
    const c = await createClinic(core, {
      weekday: 5,
      numberCount: numbers,
      reserveCount: reserve,
      effectiveFrom: TEMPLATES_FROM,
    });
    await generate(core);
    return { clinic: c, session: await sessionOf(core, c.doctorId, TEST_FRIDAY) };
  };

  const book = (body: object, token: Parameters<CoreHarness['auth']>[0] = 'agent') =>
    http(core.url, 'POST', '/v1/appointments', { auth: core.auth(token), body });

  beforeAll(async () => {
    core = await startCore();
    await setClock(core, TEST_NOW);
    clinic = await createClinic(core, {
      weekday: 5,
      numberCount: 6,
      reserveCount: 2,
      effectiveFrom: TEMPLATES_FROM,
    });
    await generate(core);
    session = await sessionOf(core, clinic.doctorId, TEST_FRIDAY);
  });
  afterAll(async () => core?.close());

  it('generates numbers with their own windows and an evenly spread on-site reserve (R3, R4)', async () => {
    const slots = await http(core.url, 'GET', `/v1/sessions/${session.id}/slots`, {
      auth: core.auth('agent'),
    });
    expect(slots.status).toBe(200);
    expect(slots.body.map((s: any) => s.visitNo)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(slots.body[0].startsAt).toBe('2026-12-04T08:00:00+08:00');
    expect(slots.body[0].endsAt).toBe('2026-12-04T08:10:00+08:00');
    expect(slots.body[5].endsAt).toBe('2026-12-04T09:00:00+08:00');
    expect(slots.body.filter((s: any) => s.reserve === 'ON_SITE').map((s: any) => s.visitNo)).toEqual([3, 6]);
    expect(session.available).toBe(4);
  });

  it('books the earliest free number, shows the slip, and cancelling returns it to the pool after its random delay (decision 029)', async () => {
    const p = nextPatient();
    const first = await book({ channel: 'PHONE', sessionId: session.id, patient: p });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ status: 'BOOKED', visitNo: 1, channel: 'PHONE', date: TEST_FRIDAY });
    expect(first.body.code).toMatch(/^[A-Z2-9]{10}$/);
    expect(first.body.verificationCode).toMatch(/^\d{6}$/);
    expect(first.body.patient.documentMasked).toMatch(/^\d{3}\*{11}[\dX]{4}$/);
    expect(first.body.patient.mobileMasked).toMatch(/^139\*{4}\d{4}$/);
    expect(JSON.stringify(first.body)).not.toContain(p.documentNo);

    const after = await sessionOf(core, clinic.doctorId, TEST_FRIDAY);
    expect(after.available).toBe(3);

    const read = await http(core.url, 'GET', `/v1/appointments/${first.body.id}`, {
      auth: core.auth('agent'),
    });
    expect(read.body.verificationCode).toBeUndefined();

    const cancel = await http(core.url, 'POST', `/v1/appointments/${first.body.id}/cancel`, {
      auth: core.auth('agent'),
      body: { reason: 'plans changed' },
    });
    expect(cancel.status).toBe(200);
    expect(cancel.body.status).toBe('CANCELLED');
    // Nobody waits for the session: the number is back after a random 1–10 minutes, not at once.
    expect((await sessionOf(core, clinic.doctorId, TEST_FRIDAY)).available).toBe(3);
    const early = await book({ channel: 'PHONE', slotId: first.body.slotId, patient: nextPatient() });
    expect(early.body.code).toBe('SLOT_UNAVAILABLE');
    await setClock(core, new Date(new Date(TEST_NOW).getTime() + 10 * 60_000).toISOString());
    expect((await sessionOf(core, clinic.doctorId, TEST_FRIDAY)).available).toBe(4);

    // The same number goes to the next patient.
    const again = await book({ channel: 'PHONE', slotId: first.body.slotId, patient: nextPatient() });
    await setClock(core, TEST_NOW);
    expect(again.status).toBe(201);
    expect(again.body.visitNo).toBe(1);

    const second = await http(core.url, 'POST', `/v1/appointments/${first.body.id}/cancel`, {
      auth: core.auth('agent'),
      body: {},
    });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('CANCEL_NOT_ALLOWED');
    expect((await sessionOf(core, clinic.doctorId, TEST_FRIDAY)).available).toBe(3);
  });

  it('keeps the on-site reserve for patients there in person, on the visit day only (R4)', async () => {
    const slotsFor = async (channel: string) =>
      (
        await http(core.url, 'GET', `/v1/sessions/${session.id}/slots?channel=${channel}`, {
          auth: core.auth('agent'),
        })
      ).body as any[];
    const reserve = (await slotsFor('PHONE')).find((s: any) => s.reserve === 'ON_SITE');
    expect(reserve.bookable).toBe(false);
    const byPhone = await book({ channel: 'PHONE', slotId: reserve.id, patient: nextPatient() });
    expect(byPhone.status).toBe(409);
    expect(byPhone.body.code).toBe('SLOT_UNAVAILABLE');
    // Three days before the visit, a counter booking is an ordinary booking: no reserve number.
    expect((await slotsFor('COUNTER')).find((s: any) => s.id === reserve.id).bookable).toBe(false);
    expect((await sessionOf(core, clinic.doctorId, TEST_FRIDAY)).reserveAvailable).toBe(2);
    const early = await book({ channel: 'COUNTER', slotId: reserve.id, patient: nextPatient() });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('SLOT_UNAVAILABLE');

    await setClock(core, `${TEST_FRIDAY}T07:30:00+08:00`);
    try {
      expect((await slotsFor('COUNTER')).find((s: any) => s.id === reserve.id).bookable).toBe(true);
      const atCounter = await book({ channel: 'COUNTER', slotId: reserve.id, patient: nextPatient() });
      expect(atCounter.status).toBe(201);
      expect(atCounter.body.visitNo).toBe(reserve.visitNo);
      // On the visit day too, the reserve stays closed to a patient who is not there.
      const other = (await slotsFor('PHONE')).find(
        (s: any) => s.reserve === 'ON_SITE' && s.id !== reserve.id,
      );
      expect(other.bookable).toBe(false);
      const byPhoneToday = await book({ channel: 'PHONE', slotId: other.id, patient: nextPatient() });
      expect(byPhoneToday.body.code).toBe('SLOT_UNAVAILABLE');
    } finally {
      await setClock(core, TEST_NOW);
    }
  });

  it('refuses bad input with stable codes', async () => {
    const p = nextPatient();
    const badChecksum = p.documentNo.slice(0, 17) + (p.documentNo[17] === '0' ? '1' : '0');
    const r1 = await book({
      channel: 'PHONE',
      sessionId: session.id,
      patient: { ...p, documentNo: badChecksum },
    });
    expect(r1.status).toBe(400);
    expect(r1.body.code).toBe('INVALID_DOCUMENT');
    expect(r1.headers.get('content-type')).toContain('application/problem+json');
    expect(r1.body.requestId).toBeTruthy();

    const r2 = await book({
      channel: 'PHONE',
      sessionId: session.id,
      patient: { name: p.name },
      colour: 'red',
    });
    expect(r2.status).toBe(400);
    expect(r2.body.code).toBe('VALIDATION_FAILED');
    const fields = r2.body.errors.map((e: any) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['colour', 'patient.documentType', 'patient.documentNo']));

    const r3 = await book({ channel: 'PHONE', sessionId: 999999, patient: p });
    expect(r3.status).toBe(404);
    expect(r3.body.code).toBe('SESSION_NOT_FOUND');

    const r4 = await book({ channel: 'PHONE', sessionId: session.id, patient: { ...p, mobile: '12345' } });
    expect(r4.status).toBe(400);
    expect(r4.body.code).toBe('INVALID_MOBILE');

    const r5 = await book({ channel: 'WEB', sessionId: session.id, patient: p });
    expect(r5.status).toBe(403);
    expect(r5.body.code).toBe('CHANNEL_NOT_ALLOWED');
    const r6 = await book({ channel: 'PHONE', sessionId: session.id, patient: p }, 'clinician');
    expect(r6.status).toBe(403);
    const r7 = await book({ channel: 'PHONE', sessionId: session.id, patient: p }, 'scheduler');
    expect(r7.status).toBe(403);
    expect(r7.body.code).toBe('FORBIDDEN');
    const r8 = await http(core.url, 'POST', '/v1/appointments', { body: { channel: 'PHONE' } });
    expect(r8.status).toBe(401);
    expect(r8.body.code).toBe('UNAUTHENTICATED');
  });

  it('refuses sessions before their release and after they end (R2)', async () => {
    const { clinic: late, session } = await freshSession();
    // Friday 2026-12-11 opens on 2026-12-01 at 08:00 (release_days 10, release_time 08:00).
    const next = await sessionOf(core, late.doctorId, '2026-12-11');
    expect(next.releaseAt).toBe('2026-12-01T08:00:00+08:00');
    await setClock(core, '2026-12-01T07:59:59+08:00');
    const early = await book({ channel: 'PHONE', sessionId: next.id, patient: nextPatient() });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('SESSION_NOT_OPEN');
    await setClock(core, '2026-12-01T08:00:00+08:00');
    const onTime = await book({ channel: 'PHONE', sessionId: next.id, patient: nextPatient() });
    expect(onTime.status).toBe(201);

    await setClock(core, '2026-12-04T09:00:00+08:00'); // the Friday session has just ended
    const past = await book({ channel: 'PHONE', sessionId: session.id, patient: nextPatient() });
    expect(past.status).toBe(409);
    expect(past.body.code).toBe('SESSION_NOT_OPEN');
    await setClock(core, TEST_NOW);
  });

  it('holds a patient to one live appointment per session and to the per-patient limits', async () => {
    const { clinic, session } = await freshSession();
    const p = nextPatient();
    const a = await book({ channel: 'PHONE', sessionId: session.id, patient: p });
    expect(a.status).toBe(201);
    const dup = await book({ channel: 'PHONE', sessionId: session.id, patient: p });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('DUPLICATE_BOOKING');
    // The rule holds in the data itself, whoever writes: a second live row is refused.
    const sql = core.app.get(SqlClient);
    const second = sql.query(
      `INSERT INTO appointment (code, verification_code, patient_id, document_id, session_id, slot_id, visit_no,
                                channel, status, booked_at, updated_at)
       SELECT 'SECONDROW01', '000000', a.patient_id, a.document_id, a.session_id, s.id, s.seq_no, 'PHONE',
              'CHECKED_IN', a.booked_at, a.updated_at
         FROM appointment a JOIN slot s ON s.session_id = a.session_id AND s.appointment_id IS NULL
        WHERE a.id = :id AND s.seq_no = 5`,
      { id: a.body.id },
    );
    await expect(second).rejects.toMatchObject({ code: 'CONFLICT' });

    // Another doctor of the same department on the same day: one per department per day.
    const colleague = await createClinic(core, {
      weekday: 5,
      period: 'PM',
      firstStart: '14:00',
      effectiveFrom: TEMPLATES_FROM,
      departmentId: clinic.departmentId,
    });
    await generate(core);
    const pm = await sessionOf(core, colleague.doctorId, TEST_FRIDAY);
    const limit = await book({ channel: 'PHONE', sessionId: pm.id, patient: p });
    expect(limit.status).toBe(409);
    expect(limit.body.code).toBe('BOOKING_LIMIT_EXCEEDED');
  });

  it('refuses a name that does not match the record for the document (R6)', async () => {
    const { session } = await freshSession();
    const p = nextPatient();
    expect((await book({ channel: 'PHONE', sessionId: session.id, patient: p })).status).toBe(201);
    const other = await createClinic(core, {
      weekday: 5,
      period: 'EVENING',
      firstStart: '18:00',
      effectiveFrom: TEMPLATES_FROM,
    });
    await generate(core);
    const eve = await sessionOf(core, other.doctorId, TEST_FRIDAY);
    const wrongName = await book({ channel: 'PHONE', sessionId: eve.id, patient: { ...p, name: '某某某' } });
    expect(wrongName.status).toBe(409);
    expect(wrongName.body.code).toBe('IDENTITY_MISMATCH');
    // Full-width letters and spaces in the name are the same name.
    const spaced = await book({
      channel: 'PHONE',
      sessionId: eve.id,
      patient: { ...p, name: ` ${Array.from(p.name).join(' ')} ` },
    });
    expect(spaced.status).toBe(201);
  });

  it('refuses a blacklisted patient with the end of the ban', async () => {
    const { session } = await freshSession();
    const p = nextPatient();
    const a = await book({ channel: 'PHONE', sessionId: session.id, patient: p });
    expect(a.status).toBe(201);
    const sql = core.app.get(SqlClient);
    await sql.query(
      `INSERT INTO blacklist_entry (patient_id, reason, starts_at, ends_at, created_at, created_by)
       SELECT patient_id, 'test', :from, :until, :from, 'test' FROM appointment WHERE id = :id`,
      { from: new Date('2026-11-01T00:00:00Z'), until: new Date('2027-05-01T00:00:00Z'), id: a.body.id },
    );
    const { session: s } = await freshSession();
    const refused = await book({ channel: 'PHONE', sessionId: s.id, patient: p });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('PATIENT_BLACKLISTED');
    expect(refused.body.until).toBe('2027-05-01T08:00:00+08:00');
  });

  it("finds a patient's appointments from every channel by name and document", async () => {
    const { session } = await freshSession();
    const p = nextPatient();
    const byPhone = await book({ channel: 'PHONE', sessionId: session.id, patient: p });
    expect(byPhone.status).toBe(201);
    const found = await http(core.url, 'POST', '/v1/patients/appointments/search', {
      auth: core.auth('agent'),
      body: { name: p.name, documentType: p.documentType, documentNo: p.documentNo },
    });
    expect(found.status).toBe(200);
    expect(found.body.map((x: any) => x.id)).toEqual([byPhone.body.id]);
    const wrongName = await http(core.url, 'POST', '/v1/patients/appointments/search', {
      auth: core.auth('agent'),
      body: { name: '不对', documentType: p.documentType, documentNo: p.documentNo },
    });
    expect(wrongName.body).toEqual([]);
  });

  it('never stores a national ID number or mobile in clear', async () => {
    const { session } = await freshSession();
    const p = nextPatient();
    expect((await book({ channel: 'COUNTER', sessionId: session.id, patient: p })).status).toBe(201);
    const sql = core.app.get(SqlClient);
    const dump = JSON.stringify([
      await sql.query('SELECT * FROM patient'),
      await sql.query('SELECT * FROM patient_document'),
      await sql.query('SELECT * FROM appointment'),
      await sql.query('SELECT * FROM audit_log'),
    ]);
    expect(dump).toContain(p.documentNo.slice(-4)); // the masked form is there…
    expect(dump).not.toContain(p.documentNo); // …the number is not
    expect(dump).not.toContain(p.documentNo.slice(0, 14));
    expect(dump).not.toContain(p.mobile);
  });

  it("finds a partner's booking again by its request key instead of refusing the retry", async () => {
    const { session } = await freshSession();
    const p = nextPatient();
    const asGateway = (body: object) =>
      http(core.url, 'POST', '/v1/appointments', {
        auth: core.auth('gateway'),
        body: { channel: 'APP', partnerId: 'app-x', ...body },
      });
    const first = await asGateway({ sessionId: session.id, patient: p, requestKey: 'key-123' });
    expect(first.status).toBe(201);
    const retry = await asGateway({ sessionId: session.id, patient: p, requestKey: 'key-123' });
    expect(retry.status).toBe(201);
    expect(retry.body).toMatchObject({
      id: first.body.id,
      visitNo: first.body.visitNo,
      verificationCode: first.body.verificationCode,
    });
    const other = await asGateway({ sessionId: session.id, patient: nextPatient(), requestKey: 'key-123' });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const otherPartner = await http(core.url, 'POST', '/v1/appointments', {
      auth: core.auth('gateway'),
      body: { channel: 'APP', partnerId: 'app-y', sessionId: session.id, patient: p, requestKey: 'key-123' },
    });
    expect(otherPartner.body.code).toBe('DUPLICATE_BOOKING');
    const internal = await book({
      channel: 'PHONE',
      sessionId: session.id,
      patient: nextPatient(),
      requestKey: 'k',
    });
    expect(internal.status).toBe(403);
  });
});
