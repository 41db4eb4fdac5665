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

// Booking on Tuesday 2026-12-01; the visit is Friday 2026-12-04, numbers every 10 minutes from 08:00.

describe('the visit day (R10–R13, R15, R16)', () => {
  let core: CoreHarness;
  let n = 0;
  const nextPatient = () => testPatient(++n, 6);
  const as = (token: Parameters<CoreHarness['auth']>[0]) => ({ auth: core.auth(token) });
  const post = (token: Parameters<CoreHarness['auth']>[0], path: string, body: object = {}) =>
    http(core.url, 'POST', path, { ...as(token), body });
  const doc = (p: { documentType: string; documentNo: string }) => ({
    documentType: p.documentType,
    documentNo: p.documentNo,
  });

  /** A Friday clinic with `numbers` numbers, and `patients` booked in order (numbers 1…). */
  async function clinicWithBookings(patients: number, numbers = 10, reserve = 0) {
    await setClock(core, TEST_NOW);
    const c = await createClinic(core, {
      weekday: 5,
      numberCount: numbers,
      reserveCount: reserve,
      effectiveFrom: TEMPLATES_FROM,
    });
    await generate(core);
    const session = await sessionOf(core, c.doctorId, TEST_FRIDAY);
    const booked = [];
    for (let i = 0; i < patients; i++) {
      const p = nextPatient();
      const r = await post('agent', '/v1/appointments', {
        channel: 'PHONE',
        sessionId: session.id,
        patient: p,
      });
      expect(r.status).toBe(201);
      booked.push({ patient: p, appointment: r.body });
    }
    return { clinic: c, session, booked };
  }
  const checkIn = (
    a: { code: string },
    p: { documentType: string; documentNo: string },
    token: 'agent' | 'nurse' = 'agent',
  ) => post(token, '/v1/check-ins', { appointmentCode: a.code, document: doc(p) });
  const status = async (id: number) =>
    (await http(core.url, 'GET', `/v1/appointments/${id}`, as('agent'))).body;

  beforeAll(async () => {
    core = await startCore();
  });
  afterAll(async () => core?.close());

  it('runs the full chain: book → check-in → call → register, with one visit', async () => {
    const { session, booked } = await clinicWithBookings(1);
    const [{ patient, appointment }] = booked;
    await setClock(core, '2026-12-04T07:40:00+08:00');
    const ci = await checkIn(appointment, patient, 'nurse');
    expect(ci.status).toBe(200);
    expect(ci.body).toMatchObject({ status: 'CHECKED_IN', queuePosition: 1 });

    await setClock(core, '2026-12-04T08:02:00+08:00');
    const called = await post('clinician', `/v1/queues/sessions/${session.id}/call-next`);
    expect(called.status).toBe(200);
    expect(called.body).toMatchObject({ id: appointment.id, status: 'CALLED', visitNo: 1 });

    const reg = await post('registrar', '/v1/registrations', {
      appointmentCode: appointment.code,
      ticketVisitNo: 1,
      document: doc(patient),
    });
    expect(reg.status).toBe(200);
    expect(reg.body.status).toBe('REGISTERED');
    const visits = await core.app
      .get(SqlClient)
      .query<{ n: number }>('SELECT CAST(COUNT(*) AS integer) AS n FROM visit WHERE appointment_id = :id', {
        id: appointment.id,
      });
    expect(visits[0].n).toBe(1);
    const again = await post('registrar', '/v1/registrations', {
      appointmentCode: appointment.code,
      ticketVisitNo: 1,
      document: doc(patient),
    });
    expect(again.status).toBe(409);

    // R16: the session's first call is kept beside its scheduled start.
    const s = await http(core.url, 'GET', `/v1/sessions/${session.id}`, as('agent'));
    expect(s.body).toMatchObject({
      startsAt: '2026-12-04T08:00:00+08:00',
      firstCallAt: '2026-12-04T08:02:00+08:00',
    });
  });

  it('voids a number checked in more than 10 minutes late (R11), and only then', async () => {
    const { booked } = await clinicWithBookings(2);
    // Number 1 starts 08:00: 08:10:00 is on time.
    await setClock(core, '2026-12-04T08:10:00+08:00');
    const onTime = await checkIn(booked[0].appointment, booked[0].patient);
    expect(onTime.status).toBe(200);
    expect(onTime.body.status).toBe('CHECKED_IN');
    // Number 2 starts 08:10: 08:20:01 is one second too late.
    await setClock(core, '2026-12-04T08:20:01+08:00');
    const late = await checkIn(booked[1].appointment, booked[1].patient);
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: 'CHECKIN_TOO_LATE', appointmentStatus: 'VOIDED_LATE' });
    expect((await status(booked[1].appointment.id)).status).toBe('VOIDED_LATE');
  });

  it("refuses another patient's document, another day, and too early — changing nothing", async () => {
    const { booked } = await clinicWithBookings(1);
    const [{ patient, appointment }] = booked;
    await setClock(core, '2026-12-03T09:00:00+08:00');
    const yesterday = await checkIn(appointment, patient);
    expect(yesterday.status).toBe(409);
    expect(yesterday.body.code).toBe('CHECKIN_NOT_TODAY');
    expect(yesterday.body.detail).toContain('the visit is on 2026-12-04');
    await setClock(core, '2026-12-04T04:59:00+08:00');
    const early = await checkIn(appointment, patient);
    expect(early.body.code).toBe('CHECKIN_TOO_EARLY');
    await setClock(core, '2026-12-04T07:50:00+08:00');
    const stranger = nextPatient();
    const wrong = await checkIn(appointment, stranger);
    expect(wrong.status).toBe(409);
    expect(wrong.body.code).toBe('CHECKIN_IDENTITY_MISMATCH');
    expect((await status(appointment.id)).status).toBe('BOOKED');
    const audit = await core.app
      .get(SqlClient)
      .query<{ outcome: string }>(
        `SELECT outcome FROM audit_log WHERE entity = 'appointment' AND entity_id = :id AND action = 'CHECK_IN'`,
        {
          id: String(appointment.id),
        },
      );
    expect(audit.map((a) => a.outcome)).toEqual(['REFUSED']);
    // By verification code and document instead of the slip's code.
    const byCode = await post('agent', '/v1/check-ins', {
      verificationCode: appointment.verificationCode,
      document: doc(patient),
    });
    expect(byCode.status).toBe(200);
    expect(byCode.body.status).toBe('CHECKED_IN');
  });

  it('registers only after check-in and call, with the matching number; refusals are audited', async () => {
    const { session, booked } = await clinicWithBookings(2);
    const [a, b] = booked;
    await setClock(core, '2026-12-04T07:50:00+08:00');
    const register = (x: typeof a, ticket: number, who = x.patient) =>
      post('registrar', '/v1/registrations', {
        appointmentCode: x.appointment.code,
        ticketVisitNo: ticket,
        document: doc(who),
      });

    expect((await register(a, 1)).body.code).toBe('NOT_CHECKED_IN');
    await checkIn(a.appointment, a.patient);
    await checkIn(b.appointment, b.patient);
    expect((await register(a, 1)).body.code).toBe('NOT_CALLED');
    const called = await post('clinician', `/v1/queues/sessions/${session.id}/call-next`);
    expect(called.body.visitNo).toBe(1);
    // B's ticket number on A's appointment: a transferred number.
    const mismatch = await register(a, 2);
    expect(mismatch.status).toBe(409);
    expect(mismatch.body.code).toBe('VISIT_NUMBER_MISMATCH');
    expect((await register(a, 1, b.patient)).body.code).toBe('IDENTITY_MISMATCH');
    expect((await status(a.appointment.id)).status).toBe('CALLED');
    const refused = await core.app
      .get(SqlClient)
      .query<{ detail: string }>(
        `SELECT detail FROM audit_log WHERE action = 'REGISTER' AND outcome = 'REFUSED' AND entity_id = :id ORDER BY id`,
        { id: String(a.appointment.id) },
      );
    expect(refused.map((r) => JSON.parse(r.detail).code)).toEqual([
      'NOT_CHECKED_IN',
      'NOT_CALLED',
      'VISIT_NUMBER_MISMATCH',
      'IDENTITY_MISMATCH',
    ]);
    expect(JSON.parse(refused[2].detail).suspectedTransfer).toBe(true);
    expect((await register(a, 1)).status).toBe(200);
  });

  it('lets exactly one of a simultaneous cancel and check-in win', async () => {
    const { booked } = await clinicWithBookings(8);
    await setClock(core, '2026-12-04T07:30:00+08:00');
    const results = await Promise.all(
      booked.map(async ({ appointment, patient }) => {
        const [cancel, checkin] = await Promise.all([
          post('agent', `/v1/appointments/${appointment.id}/cancel`, { reason: 'race' }),
          checkIn(appointment, patient),
        ]);
        const final = (await status(appointment.id)).status;
        return { cancel: cancel.status, checkin: checkin.status, final };
      }),
    );
    for (const r of results) {
      expect([r.cancel, r.checkin].filter((s) => s === 200)).toHaveLength(1);
      expect(r.final).toBe(r.cancel === 200 ? 'CANCELLED' : 'CHECKED_IN');
    }
  });

  it('gives two doctors calling at the same instant different patients', async () => {
    const { session, booked } = await clinicWithBookings(10);
    await setClock(core, '2026-12-04T07:30:00+08:00');
    for (const { appointment, patient } of booked)
      expect((await checkIn(appointment, patient)).status).toBe(200);
    const calls = await Promise.all(
      Array.from({ length: 12 }, () => post('clinician', `/v1/queues/sessions/${session.id}/call-next`)),
    );
    const ok = calls.filter((c) => c.status === 200).map((c) => c.body.visitNo);
    expect(ok.sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(calls.filter((c) => c.status === 409).map((c) => c.body.code)).toEqual([
      'QUEUE_EMPTY',
      'QUEUE_EMPTY',
    ]);
  });

  it("shows the queue and each patient's place as patients check in, are called and pass", async () => {
    const { clinic, session, booked } = await clinicWithBookings(6);
    await setClock(core, '2026-12-04T07:30:00+08:00');
    // Check in out of order: 3, 1, 5, 2, 6, 4 → the queue is in number order.
    for (const i of [2, 0, 4, 1, 5, 3]) await checkIn(booked[i].appointment, booked[i].patient);
    const place = async (i: number) => (await status(booked[i].appointment.id)).queuePosition;
    expect(await place(0)).toBe(1);
    expect(await place(5)).toBe(6);

    const first = await post('clinician', `/v1/queues/rooms/${clinic.roomId}/call-next`);
    expect(first.body.visitNo).toBe(1);
    let q = (await http(core.url, 'GET', `/v1/queues/rooms/${clinic.roomId}`, as('nurse'))).body;
    expect(q.sessionId).toBe(session.id);
    expect(q.calling.map((e: any) => e.visitNo)).toEqual([1]);
    expect(q.next.map((e: any) => e.visitNo)).toEqual([2, 3, 4, 5, 6]);
    expect(q.waiting).toBe(5);
    expect(q.next[0].name).toMatch(/\*/);
    expect(await place(1)).toBe(1);

    // Number 1 does not answer: passed, back behind the next 3 (2, 3, 4) → before 5.
    const passed = await post('clinician', `/v1/appointments/${booked[0].appointment.id}/pass`);
    expect(passed.body).toMatchObject({ status: 'CHECKED_IN', queuePosition: 4 });
    q = (await http(core.url, 'GET', `/v1/queues/sessions/${session.id}`, as('nurse'))).body;
    expect(q.next.map((e: any) => e.visitNo)).toEqual([2, 3, 4, 1, 5, 6]);
    expect(q.calling).toEqual([]);
    const second = await post('clinician', `/v1/queues/sessions/${session.id}/call-next`);
    expect(second.body.visitNo).toBe(2);
    const recall = await post('clinician', `/v1/appointments/${second.body.id}/recall`);
    expect(recall.body).toMatchObject({ status: 'CALLED', visitNo: 2 });
    const calls = await core.app
      .get(SqlClient)
      .query<{ kind: string; visit_no: number; called_by: string }>(
        'SELECT kind, visit_no, called_by FROM queue_call WHERE session_id = :id ORDER BY id',
        { id: session.id },
      );
    expect(calls.map((c) => `${c.kind}:${c.visit_no}`)).toEqual(['CALL:1', 'PASS:1', 'CALL:2', 'RECALL:2']);
    expect(calls[0].called_by).toBe('test-clinician');
  });

  it('gives walk-ins the reserve first, then free numbers, and says when the session is full (R13)', async () => {
    const { session, booked } = await clinicWithBookings(2, 6, 2); // reserve: numbers 3 and 6; booked 1, 2
    expect(booked.map((b) => b.appointment.visitNo)).toEqual([1, 2]);
    await setClock(core, '2026-12-04T07:30:00+08:00');
    const walkIn = () => post('registrar', '/v1/walk-ins', { sessionId: session.id, patient: nextPatient() });
    const numbers = [];
    for (let i = 0; i < 4; i++) {
      const r = await walkIn();
      expect(r.status).toBe(201);
      expect(r.body).toMatchObject({ channel: 'ON_SITE', status: 'CHECKED_IN' });
      numbers.push(r.body.visitNo);
    }
    expect(numbers).toEqual([3, 6, 4, 5]);
    const full = await walkIn();
    expect(full.status).toBe(409);
    expect(full.body.code).toBe('SESSION_FULL');
  });

  it('marks no-shows once, and blacklists on the second within 30 days — not on day 31 (R15)', async () => {
    const { session, booked } = await clinicWithBookings(3);
    const [a, b, c] = booked;
    // Weekend sessions four weeks later: Saturday 2027-01-02 is day 30 from 12-04, Sunday day 31.
    const sat = await createClinic(core, { weekday: 6, numberCount: 5, effectiveFrom: TEMPLATES_FROM });
    const sun = await createClinic(core, { weekday: 7, numberCount: 5, effectiveFrom: TEMPLATES_FROM });
    expect(session.id).toBeGreaterThan(0);

    await setClock(core, '2026-12-04T13:00:00+08:00');
    const first = await post('admin', '/v1/jobs/no-shows');
    expect(first.body.noShows).toBeGreaterThanOrEqual(3);
    const twice = await post('admin', '/v1/jobs/no-shows');
    expect(twice.body).toEqual({ noShows: 0, blacklisted: 0 });
    for (const x of booked) expect((await status(x.appointment.id)).status).toBe('NO_SHOW');

    await setClock(core, '2026-12-24T09:00:00+08:00');
    await generate(core, '2026-12-24', '2027-01-03');
    const satSession = await sessionOf(core, sat.doctorId, '2027-01-02');
    const sunSession = await sessionOf(core, sun.doctorId, '2027-01-03');
    const bookA = await post('agent', '/v1/appointments', {
      channel: 'PHONE',
      sessionId: satSession.id,
      patient: a.patient,
    });
    const bookB = await post('agent', '/v1/appointments', {
      channel: 'PHONE',
      sessionId: sunSession.id,
      patient: b.patient,
    });
    expect([bookA.status, bookB.status]).toEqual([201, 201]);

    await setClock(core, '2027-01-03T23:00:00+08:00');
    const run = await post('admin', '/v1/jobs/no-shows');
    expect(run.body).toEqual({ noShows: 2, blacklisted: 1 });
    const list = (await http(core.url, 'GET', '/v1/blacklist', as('admin'))).body;
    const entryA = list.find((e: any) => e.patientName === a.patient.name);
    expect(entryA).toMatchObject({
      startsAt: '2027-01-03T23:00:00+08:00',
      endsAt: '2027-07-02T23:00:00+08:00',
    });
    expect(list.find((e: any) => e.patientName === b.patient.name)).toBeUndefined();

    // Blacklisted: refused on every channel, with the end of the ban; a walk-in is still served.
    const later = await createClinic(core, { weekday: 2, numberCount: 5, effectiveFrom: TEMPLATES_FROM });
    await generate(core, '2027-01-03', '2027-01-13');
    const tue = await sessionOf(core, later.doctorId, '2027-01-12');
    const refused = await post('agent', '/v1/appointments', {
      channel: 'COUNTER',
      sessionId: tue.id,
      patient: a.patient,
    });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'PATIENT_BLACKLISTED', until: '2027-07-02T23:00:00+08:00' });
    const byClinician = await post('clinician', '/v1/appointments', {
      channel: 'CLINIC',
      sessionId: tue.id,
      patient: a.patient,
    });
    expect(byClinician.body.code).toBe('PATIENT_BLACKLISTED');
    expect(
      (await post('agent', '/v1/appointments', { channel: 'PHONE', sessionId: tue.id, patient: b.patient }))
        .status,
    ).toBe(201);

    // The ban is over after 180 days.
    await setClock(core, '2027-07-02T23:00:01+08:00');
    const summer = await createClinic(core, { weekday: 3, numberCount: 5, effectiveFrom: TEMPLATES_FROM });
    await generate(core);
    const wed = await sessionOf(core, summer.doctorId, '2027-07-07');
    expect(
      (await post('agent', '/v1/appointments', { channel: 'PHONE', sessionId: wed.id, patient: a.patient }))
        .status,
    ).toBe(201);
    expect(c.patient).toBeDefined();
  });

  it('lets ADMIN lift an entry with a reason, audited; the patient can book again', async () => {
    const { booked } = await clinicWithBookings(1);
    const [{ patient }] = booked;
    const sql = core.app.get(SqlClient);
    await sql.query(
      `INSERT INTO blacklist_entry (patient_id, reason, starts_at, ends_at, created_at, created_by)
       SELECT patient_id, 'test', :from, :until, :from, 'test' FROM appointment WHERE id = :id`,
      {
        from: new Date('2026-11-30T00:00:00Z'),
        until: new Date('2027-05-30T00:00:00Z'),
        id: booked[0].appointment.id,
      },
    );
    const other = await createClinic(core, { weekday: 5, numberCount: 3, effectiveFrom: TEMPLATES_FROM });
    await generate(core);
    const s = await sessionOf(core, other.doctorId, TEST_FRIDAY);
    expect(
      (await post('agent', '/v1/appointments', { channel: 'PHONE', sessionId: s.id, patient })).body.code,
    ).toBe('PATIENT_BLACKLISTED');
    const entry = (await http(core.url, 'GET', '/v1/blacklist', as('admin'))).body.find(
      (e: any) => e.patientName === patient.name,
    );
    const noReason = await post('admin', `/v1/blacklist/${entry.id}/lift`, {});
    expect(noReason.status).toBe(400);
    const lifted = await http(core.url, 'POST', `/v1/blacklist/${entry.id}/lift`, {
      auth: core.auth('admin'),
      headers: { 'x-operator-id': 'admin.wang' },
      body: { reason: 'SMS outage on the visit day' },
    });
    expect(lifted.status).toBe(200);
    expect(lifted.body).toMatchObject({ liftedBy: 'admin.wang', liftReason: 'SMS outage on the visit day' });
    expect(
      (await post('agent', '/v1/appointments', { channel: 'PHONE', sessionId: s.id, patient })).status,
    ).toBe(201);
    const audit = await sql.query<{ operator: string }>(
      `SELECT operator FROM audit_log WHERE action = 'LIFT_BLACKLIST'`,
    );
    expect(audit.map((x) => x.operator)).toContain('admin.wang');
    expect(
      (await post('agent', `/v1/blacklist/${entry.id}/lift`, { reason: 'not mine to lift' })).status,
    ).toBe(403);
  });
});
