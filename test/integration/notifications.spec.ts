import {
  createClinic,
  generate,
  sessionOf,
  setClock,
  startCore,
  testPatient,
  type CoreHarness,
  TEST_NOW,
  TEST_FRIDAY,
  TEMPLATES_FROM,
  coreAs,
} from '@test/support';
import { SqlClient } from '../../apps/booking-core/src/database/sql-client';

describe('suspension, substitutes and the notification outbox (R8, R14)', () => {
  let core: CoreHarness;
  let n = 0;
  const nextPatient = () => testPatient(++n, 8);
  const post: ReturnType<typeof coreAs>['post'] = (...args) => coreAs(core).post(...args);
  const get: ReturnType<typeof coreAs>['get'] = (...args) => coreAs(core).get(...args);
  const outbox = (appointmentId: number) =>
    core.app
      .get(SqlClient)
      .query<{ kind: string; channel: string; status: string }>(
        'SELECT kind, channel, status FROM notification WHERE appointment_id = :id ORDER BY id',
        { id: appointmentId },
      );
  const claimAll = async (owner = 'test') =>
    (await post('gateway', '/v1/notifications/claim', { owner, limit: 500 })).body;

  async function clinicWithBookings(
    patients: number,
    opts: { title?: 'CHIEF' | 'ATTENDING'; departmentId?: number } = {},
  ) {
    await setClock(core, TEST_NOW);
    const c = await createClinic(core, {
      weekday: 5,
      numberCount: 10,
      effectiveFrom: TEMPLATES_FROM,
      ...opts,
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

  beforeAll(async () => {
    core = await startCore();
  });
  afterAll(async () => core?.close());

  it('queues exactly one confirmation with a booking, none with a refused booking, and shows them', async () => {
    const { session, booked } = await clinicWithBookings(1);
    expect(await outbox(booked[0].appointment.id)).toEqual([
      { kind: 'BOOKING_CONFIRMED', channel: 'SMS', status: 'PENDING' },
    ]);
    const before = await core.app
      .get(SqlClient)
      .query<{ n: number }>('SELECT CAST(COUNT(*) AS integer) AS n FROM notification');
    const dup = await post('agent', '/v1/appointments', {
      channel: 'PHONE',
      sessionId: session.id,
      patient: booked[0].patient,
    });
    expect(dup.body.code).toBe('DUPLICATE_BOOKING');
    const after = await core.app
      .get(SqlClient)
      .query<{ n: number }>('SELECT CAST(COUNT(*) AS integer) AS n FROM notification');
    expect(after[0].n).toBe(before[0].n);
    const view = await get('agent', `/v1/appointments/${booked[0].appointment.id}`);
    expect(view.body.notifications).toEqual([
      expect.objectContaining({
        kind: 'BOOKING_CONFIRMED',
        channel: 'SMS',
        status: 'PENDING',
        attempts: 0,
        sentAt: null,
      }),
    ]);
  });

  it('queues a partner callback only for a partner with a callback URL (R8)', async () => {
    const { session } = await clinicWithBookings(0);
    const viaPartner = (partnerId: string, partnerCallback: boolean) =>
      post('gateway', '/v1/appointments', {
        channel: 'THIRD_PARTY',
        partnerId,
        sessionId: session.id,
        patient: nextPatient(),
        partnerCallback,
      });
    const withUrl = await viaPartner('health-road', true);
    const withoutUrl = await viaPartner('hotline', false);
    expect(await outbox(withUrl.body.id)).toEqual([
      { kind: 'BOOKING_CONFIRMED', channel: 'SMS', status: 'PENDING' },
      { kind: 'BOOKING_CONFIRMED', channel: 'PARTNER_CALLBACK', status: 'PENDING' },
    ]);
    expect(await outbox(withoutUrl.body.id)).toEqual([
      { kind: 'BOOKING_CONFIRMED', channel: 'SMS', status: 'PENDING' },
    ]);
    // Only the gateway speaks for partners.
    const byAgent = await post('agent', '/v1/appointments', {
      channel: 'PHONE',
      sessionId: session.id,
      patient: nextPatient(),
      partnerCallback: true,
    });
    expect(byAgent.body.code).toBe('FORBIDDEN');
  });

  it("reminds each live appointment of tomorrow once, withdraws a cancelled one's reminder", async () => {
    const { booked } = await clinicWithBookings(3);
    await setClock(core, '2026-12-03T18:00:00+08:00');
    const cancelled = booked[2].appointment;
    expect((await post('agent', `/v1/appointments/${cancelled.id}/cancel`, { reason: 'x' })).status).toBe(
      200,
    );
    const first = await post('admin', '/v1/jobs/reminders');
    expect(first.body.date).toBe(TEST_FRIDAY);
    expect(first.body.created).toBeGreaterThanOrEqual(2);
    const second = await post('admin', '/v1/jobs/reminders');
    expect(second.body.created).toBe(0);
    for (const { appointment } of booked.slice(0, 2)) {
      expect((await outbox(appointment.id)).filter((x) => x.kind === 'REMINDER')).toHaveLength(1);
    }
    expect((await outbox(cancelled.id)).map((x) => x.kind)).toEqual(['BOOKING_CONFIRMED', 'CANCELLED']);

    // Cancelling after the reminder was queued withdraws it.
    expect((await post('agent', `/v1/appointments/${booked[1].appointment.id}/cancel`, {})).status).toBe(200);
    expect(await outbox(booked[1].appointment.id)).toEqual([
      { kind: 'BOOKING_CONFIRMED', channel: 'SMS', status: 'PENDING' },
      { kind: 'REMINDER', channel: 'SMS', status: 'WITHDRAWN' },
      { kind: 'CANCELLED', channel: 'SMS', status: 'PENDING' },
    ]);
  });

  it('leases claims, retries failures until DEAD, and replays a DEAD one', async () => {
    await clinicWithBookings(1);
    await setClock(core, '2026-12-01T10:00:00+08:00');
    const jobs = await claimAll('dispatcher-a');
    expect(jobs.length).toBeGreaterThan(0);
    const sms = jobs.find((j: any) => j.channel === 'SMS' && j.kind === 'BOOKING_CONFIRMED');
    expect(sms.recipient).toMatch(/^139\d{8}$/);
    expect(sms.appointment.verificationCode).toMatch(/^\d{6}$/);
    expect(await claimAll('dispatcher-b')).toEqual([]); // all leased to A
    // Everything else is delivered; the one SMS fails every time.
    for (const j of jobs.filter((x: any) => x.id !== sms.id))
      await post('gateway', `/v1/notifications/${j.id}/ack`, { owner: 'dispatcher-a', sent: true });
    let attempt = 1;
    let current = sms;
    for (;;) {
      const ack = await post('gateway', `/v1/notifications/${current.id}/ack`, {
        owner: 'dispatcher-a',
        sent: false,
        error: 'provider 503',
        retryAfterMs: 0,
      });
      if (ack.body.status === 'DEAD') break;
      expect(ack.body.status).toBe('PENDING');
      const again = await claimAll('dispatcher-a');
      current = again.find((j: any) => j.id === sms.id);
      expect(current.attempt).toBe(++attempt);
    }
    expect(attempt).toBe(8);
    const dead = await get('admin', '/v1/notifications?status=DEAD');
    expect(dead.body.map((d: any) => d.id)).toContain(sms.id);
    expect(dead.body.find((d: any) => d.id === sms.id).recipient).toMatch(/^139\*{4}\d{4}$/);
    const replay = await post('admin', `/v1/notifications/${sms.id}/replay`);
    expect(replay.body).toMatchObject({ status: 'PENDING', attempts: 0 });
    const redo = await claimAll('dispatcher-b');
    expect(redo.map((j: any) => j.id)).toEqual([sms.id]);
    expect(
      (await post('gateway', `/v1/notifications/${sms.id}/ack`, { owner: 'dispatcher-b', sent: true })).body
        .status,
    ).toBe('SENT');
    // A stale dispatcher's report changes nothing.
    expect(
      (await post('gateway', `/v1/notifications/${sms.id}/ack`, { owner: 'dispatcher-a', sent: false })).body
        .status,
    ).toBe('SENT');
  });

  it("gives a dead dispatcher's lease to another once it expires", async () => {
    const { booked } = await clinicWithBookings(1);
    await setClock(core, '2026-12-01T11:00:00+08:00');
    const claimed = await post('gateway', '/v1/notifications/claim', {
      owner: 'crashed',
      limit: 500,
      leaseSeconds: 30,
    });
    const mine = claimed.body.find((j: any) => j.appointment?.id === booked[0].appointment.id);
    expect(mine).toBeDefined();
    await setClock(core, '2026-12-01T11:00:29+08:00');
    expect((await claimAll('healthy')).find((j: any) => j.id === mine.id)).toBeUndefined();
    await setClock(core, '2026-12-01T11:00:31+08:00');
    const taken = (await claimAll('healthy')).find((j: any) => j.id === mine.id);
    expect(taken.attempt).toBe(2);
  });

  it("schedules a failed delivery's retry on the core's clock from the delay the dispatcher reports (one clock)", async () => {
    const { booked } = await clinicWithBookings(1);
    await setClock(core, '2026-12-01T13:00:00+08:00');
    const job = (await claimAll('d-retry')).find((j: any) => j.appointment?.id === booked[0].appointment.id);
    const ack = await post('gateway', `/v1/notifications/${job.id}/ack`, {
      owner: 'd-retry',
      sent: false,
      error: 'provider 503',
      retryAfterMs: 90_000,
    });
    expect(ack.body).toMatchObject({ status: 'PENDING', nextAttemptAt: '2026-12-01T13:01:30+08:00' });
    await setClock(core, '2026-12-01T13:01:29+08:00');
    expect((await claimAll('d-retry')).map((j: any) => j.id)).not.toContain(job.id);
    await setClock(core, '2026-12-01T13:01:30+08:00');
    expect((await claimAll('d-retry')).map((j: any) => j.id)).toContain(job.id);
    // An instant is not accepted any more: only a duration crosses the process boundary.
    const instant = await post('gateway', `/v1/notifications/${job.id}/ack`, {
      owner: 'd-retry',
      sent: false,
      retryAt: '2026-12-01T13:05:00+08:00',
    });
    expect(instant.status).toBe(400);
  });

  it('never lets two dispatchers claim the same notification', async () => {
    await clinicWithBookings(10);
    await setClock(core, '2026-12-01T12:00:00+08:00');
    const claims = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        post('gateway', '/v1/notifications/claim', { owner: `d${i}`, limit: 3 }),
      ),
    );
    const ids = claims.flatMap((c) => c.body.map((j: any) => j.id));
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('substitutes a same-level doctor: appointments unchanged, each patient told once, the chain works (R14)', async () => {
    const { clinic, session, booked } = await clinicWithBookings(3, { title: 'CHIEF' });
    const sameDept = await createClinic(core, {
      weekday: 5,
      period: 'PM',
      firstStart: '14:00',
      title: 'CHIEF',
      effectiveFrom: TEMPLATES_FROM,
      departmentId: clinic.departmentId,
    });
    const attending = await createClinic(core, {
      weekday: 1,
      title: 'ATTENDING',
      effectiveFrom: TEMPLATES_FROM,
      departmentId: clinic.departmentId,
    });
    const busy = await createClinic(core, { weekday: 5, title: 'CHIEF', effectiveFrom: TEMPLATES_FROM }); // Friday AM elsewhere
    await generate(core);

    const candidates = (await get('scheduler', `/v1/sessions/${session.id}/substitutes`)).body;
    const ids = candidates.map((c: any) => c.id);
    expect(ids).toContain(sameDept.doctorId);
    expect(ids).not.toContain(attending.doctorId);
    expect(ids).not.toContain(busy.doctorId);
    expect(ids).not.toContain(clinic.doctorId);
    expect(candidates[0].sameDepartment).toBe(true);
    expect(candidates.every((c: any) => c.title === 'CHIEF')).toBe(true);

    const wrongLevel = await post('scheduler', `/v1/sessions/${session.id}/substitute`, {
      doctorId: attending.doctorId,
      reason: '急诊手术',
    });
    expect(wrongLevel.body.code).toBe('SUBSTITUTE_LEVEL_MISMATCH');
    const unavailable = await post('scheduler', `/v1/sessions/${session.id}/substitute`, {
      doctorId: busy.doctorId,
      reason: '急诊手术',
    });
    expect(unavailable.body.code).toBe('SUBSTITUTE_UNAVAILABLE');
    const ok = await post('scheduler', `/v1/sessions/${session.id}/substitute`, {
      doctorId: sameDept.doctorId,
      reason: '急诊手术',
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      notified: 3,
      session: { status: 'OPEN', actingDoctor: { id: sameDept.doctorId } },
    });

    for (const { appointment } of booked) {
      const now = (await get('agent', `/v1/appointments/${appointment.id}`)).body;
      expect(now).toMatchObject({
        status: 'BOOKED',
        visitNo: appointment.visitNo,
        startsAt: appointment.startsAt,
      });
      expect(now.actingDoctor.id).toBe(sameDept.doctorId);
      expect((await outbox(appointment.id)).filter((x) => x.kind === 'SUBSTITUTED')).toHaveLength(1);
    }
    // The substitute is now busy for another Friday-morning session.
    const again = await post(
      'scheduler',
      `/v1/sessions/${(await sessionOf(core, busy.doctorId, TEST_FRIDAY)).id}/substitute`,
      {
        doctorId: sameDept.doctorId,
        reason: '另一个停诊',
      },
    );
    expect(again.body.code).toBe('SUBSTITUTE_UNAVAILABLE');

    // Check-in, call and registration with the substitute.
    await setClock(core, '2026-12-04T07:50:00+08:00');
    const [{ patient, appointment }] = booked;
    const doc = { documentType: patient.documentType, documentNo: patient.documentNo };
    expect(
      (await post('nurse', '/v1/check-ins', { appointmentCode: appointment.code, document: doc })).status,
    ).toBe(200);
    const called = await post('clinician', `/v1/queues/sessions/${session.id}/call-next`);
    expect(called.body.actingDoctor.id).toBe(sameDept.doctorId);
    const reg = await post('registrar', '/v1/registrations', {
      appointmentCode: appointment.code,
      ticketVisitNo: appointment.visitNo,
      document: doc,
    });
    expect(reg.body.status).toBe('REGISTERED');
  });

  it('suspends without a substitute: every live appointment cancelled by the hospital, each patient told once', async () => {
    const { session, booked } = await clinicWithBookings(4);
    await post('agent', `/v1/appointments/${booked[3].appointment.id}/cancel`, {});
    const res = await post('scheduler', `/v1/sessions/${session.id}/suspend`, { reason: '医生因病停诊' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      cancelled: 3,
      notified: 3,
      session: { status: 'SUSPENDED', statusReason: '医生因病停诊' },
    });
    for (const { appointment } of booked.slice(0, 3)) {
      expect((await get('agent', `/v1/appointments/${appointment.id}`)).body.status).toBe(
        'CANCELLED_BY_HOSPITAL',
      );
      expect((await outbox(appointment.id)).filter((x) => x.kind === 'SUSPENDED')).toHaveLength(1);
    }
    expect((await outbox(booked[3].appointment.id)).filter((x) => x.kind === 'SUSPENDED')).toHaveLength(0);
    const book = await post('agent', '/v1/appointments', {
      channel: 'PHONE',
      sessionId: session.id,
      patient: nextPatient(),
    });
    expect(book.status).toBe(409);
    expect(book.body.code).toBe('SESSION_SUSPENDED');
    expect(
      (await post('scheduler', `/v1/sessions/${session.id}/suspend`, { reason: 'again' })).body.code,
    ).toBe('SESSION_SUSPENDED');

    // The phone centre's call list: full mobiles, its role only, each read audited.
    expect((await get('agent', `/v1/sessions/${session.id}/call-list`)).status).toBe(403);
    const list = await get('callcentre', `/v1/sessions/${session.id}/call-list`);
    expect(list.status).toBe(200);
    expect(list.body.map((x: any) => x.mobile).sort()).toEqual(
      booked
        .slice(0, 3)
        .map((b) => b.patient.mobile)
        .sort(),
    );
    const reads = await core.app
      .get(SqlClient)
      .query<{ n: number }>(
        `SELECT CAST(COUNT(*) AS integer) AS n FROM audit_log WHERE action = 'READ_MOBILE' AND actor = 'test-callcentre'`,
      );
    expect(reads[0].n).toBe(3);
  });
});
