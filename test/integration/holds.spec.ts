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
import { HoldExpiryJob } from '../../apps/booking-core/src/holds';

// R5 holds (decision 023): a number of the one pool reserved for a few minutes (setting
// hold_minutes, 5), then confirmed into an appointment, released, or expired by booking-core's
// clock. On PostgreSQL (TEST_DATABASE_URL) the parallel requests run in parallel transactions.

/** TEST_NOW plus some minutes, in the hospital's offset. */
const minutesAfterNow = (minutes: number) =>
  new Date(new Date(TEST_NOW).getTime() + minutes * 60_000).toISOString();

describe('holds on the one pool of numbers (R5, R6, R15)', () => {
  let core: CoreHarness;
  let patientNo = 0;
  const nextPatient = () => testPatient(++patientNo, 7);
  const tally = (results: { status: number; body: any }[]) => {
    const out: Record<string, number> = {};
    for (const r of results) {
      const key = r.status < 300 ? String(r.status) : `${r.status} ${r.body?.code}`;
      out[key] = (out[key] ?? 0) + 1;
    }
    return out;
  };

  type Token = Parameters<CoreHarness['auth']>[0];
  const hold = (body: object, token: Token = 'agent') =>
    http(core.url, 'POST', '/v1/holds', { auth: core.auth(token), body });
  const confirm = (id: number, body: object = {}, token: Token = 'agent') =>
    http(core.url, 'POST', `/v1/holds/${id}/confirm`, { auth: core.auth(token), body });
  const release = (id: number, body: object = {}, token: Token = 'agent') =>
    http(core.url, 'POST', `/v1/holds/${id}/release`, { auth: core.auth(token), body });
  const getHold = (id: number) => http(core.url, 'GET', `/v1/holds/${id}`, { auth: core.auth('agent') });
  const book = (body: object) =>
    http(core.url, 'POST', '/v1/appointments', { auth: core.auth('agent'), body });

  /** A clinic of its own for a test: a Friday session with `numbers` numbers and its slots. */
  const freshSession = async (numbers = 4, departmentId?: number) => {
    const c = await createClinic(core, {
      weekday: 5,
      numberCount: numbers,
      reserveCount: 0,
      effectiveFrom: TEMPLATES_FROM,
      ...(departmentId ? { departmentId } : {}),
    });
    await generate(core);
    const session = await sessionOf(core, c.doctorId, TEST_FRIDAY);
    const slots = await http(core.url, 'GET', `/v1/sessions/${session.id}/slots`, {
      auth: core.auth('agent'),
    });
    return { clinic: c, session, slots: slots.body as { id: number; visitNo: number; free: boolean }[] };
  };

  beforeAll(async () => {
    core = await startCore();
    await setClock(core, TEST_NOW);
  });
  afterAll(async () => core?.close());
  afterEach(async () => setClock(core, TEST_NOW));

  it('holds a number for hold_minutes: no one else can book or hold it, and availability counts it taken', async () => {
    const { clinic, session, slots } = await freshSession(4);
    const p = nextPatient();
    const held = await hold({ channel: 'PHONE', slotId: slots[1].id, patient: p });
    expect(held.status).toBe(201);
    expect(held.body).toMatchObject({
      status: 'HELD',
      visitNo: 2,
      sessionId: session.id,
      slotId: slots[1].id,
      date: TEST_FRIDAY,
      channel: 'PHONE',
      heldAt: '2026-12-01T09:00:00+08:00',
      expiresAt: '2026-12-01T09:05:00+08:00',
      endedAt: null,
      appointmentId: null,
    });
    expect(JSON.stringify(held.body)).not.toContain(p.documentNo);
    expect(JSON.stringify(held.body)).not.toContain(p.mobile);

    const other = nextPatient();
    const booked = await book({ channel: 'PHONE', slotId: slots[1].id, patient: other });
    expect(booked.status).toBe(409);
    expect(booked.body.code).toBe('SLOT_UNAVAILABLE');
    const heldAgain = await hold({ channel: 'PHONE', slotId: slots[1].id, patient: other });
    expect(heldAgain.status).toBe(409);
    expect(heldAgain.body.code).toBe('SLOT_UNAVAILABLE');

    // The earliest free number of the session skips it; so does a hold of the session.
    const earliest = await book({ channel: 'PHONE', sessionId: session.id, patient: other });
    expect(earliest.status).toBe(201);
    expect(earliest.body.visitNo).toBe(1);
    const next = await hold({ channel: 'PHONE', sessionId: session.id, patient: nextPatient() });
    expect(next.status).toBe(201);
    expect(next.body.visitNo).toBe(3);

    expect((await sessionOf(core, clinic.doctorId, TEST_FRIDAY)).available).toBe(1);
    const listed = await http(core.url, 'GET', `/v1/sessions/${session.id}/slots`, {
      auth: core.auth('agent'),
    });
    expect(listed.body.map((s: any) => s.free)).toEqual([false, false, false, true]);
  });

  it('confirms a live hold into an appointment — the booking outcome: slip, outbox, audit — and a retry returns it', async () => {
    const { slots } = await freshSession(3);
    const p = nextPatient();
    const held = await hold({ channel: 'PHONE', slotId: slots[2].id, patient: p });
    expect(held.status).toBe(201);
    await setClock(core, minutesAfterNow(4));
    const done = await confirm(held.body.id);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'BOOKED', visitNo: 3, slotId: slots[2].id, channel: 'PHONE' });
    expect(done.body.verificationCode).toMatch(/^\d{6}$/);
    expect(done.body.code).toMatch(/^[A-Z2-9]{10}$/);

    const again = await confirm(held.body.id);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(done.body.id);
    const after = await getHold(held.body.id);
    expect(after.body).toMatchObject({ status: 'CONFIRMED', appointmentId: done.body.id });

    const sql = core.app.get(SqlClient);
    const outbox = await sql.query<{ kind: string }>(
      'SELECT kind FROM notification WHERE appointment_id = :id',
      { id: done.body.id },
    );
    expect(outbox.map((n) => n.kind)).toContain('BOOKING_CONFIRMED');
    const audit = await sql.query<{ action: string }>(
      `SELECT action FROM audit_log
        WHERE (entity = 'hold' AND entity_id = :hold) OR (entity = 'appointment' AND entity_id = :appointment)
        ORDER BY id`,
      { hold: String(held.body.id), appointment: String(done.body.id) },
    );
    expect(audit.map((a) => a.action)).toEqual(['HOLD', 'BOOK', 'CONFIRM_HOLD']);
    const slot = await sql.query<{ appointment_id: number; hold_id: number | null }>(
      'SELECT appointment_id, hold_id FROM slot WHERE id = :id',
      { id: slots[2].id },
    );
    expect(slot[0]).toEqual({ appointment_id: done.body.id, hold_id: null });
  });

  it("an expired hold's number is bookable again at once, and its confirm is HOLD_EXPIRED", async () => {
    const { slots } = await freshSession(2);
    const p = nextPatient();
    const held = await hold({ channel: 'PHONE', slotId: slots[0].id, patient: p });
    expect(held.status).toBe(201);

    // Still held a moment before the end…
    await setClock(core, minutesAfterNow(4.9));
    const early = await book({ channel: 'PHONE', slotId: slots[0].id, patient: nextPatient() });
    expect(early.body.code).toBe('SLOT_UNAVAILABLE');

    // …free the moment it ends: no sweeper has run.
    await setClock(core, minutesAfterNow(5));
    const other = await book({ channel: 'PHONE', slotId: slots[0].id, patient: nextPatient() });
    expect(other.status).toBe(201);
    expect(other.body.visitNo).toBe(1);

    const late = await confirm(held.body.id);
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('HOLD_EXPIRED');
    expect((await getHold(held.body.id)).body).toMatchObject({
      status: 'EXPIRED',
      endedAt: '2026-12-01T09:05:00+08:00',
    });
  });

  it('an expired hold that nobody took cannot be confirmed either; the sweeper records it EXPIRED and frees the slot row', async () => {
    const { slots } = await freshSession(2);
    const held = await hold({ channel: 'PHONE', slotId: slots[1].id, patient: nextPatient() });
    expect(held.status).toBe(201);
    await setClock(core, minutesAfterNow(6));
    const late = await confirm(held.body.id);
    expect(late.body.code).toBe('HOLD_EXPIRED');

    await core.app.get(HoldExpiryJob).run();
    const sql = core.app.get(SqlClient);
    const [row] = await sql.query<{ status: string }>('SELECT status FROM number_hold WHERE id = :id', {
      id: held.body.id,
    });
    expect(row.status).toBe('EXPIRED');
    const [slot] = await sql.query<{ hold_id: number | null }>('SELECT hold_id FROM slot WHERE id = :id', {
      id: slots[1].id,
    });
    expect(slot.hold_id).toBeNull();
    expect((await confirm(held.body.id)).body.code).toBe('HOLD_EXPIRED');
  });

  it('a released hold frees its number after its random re-release delay; releasing again returns it; a released hold cannot be confirmed', async () => {
    const { slots } = await freshSession(2);
    const held = await hold({ channel: 'PHONE', slotId: slots[0].id, patient: nextPatient() });
    expect(held.status).toBe(201);
    const released = await release(held.body.id);
    expect(released.status).toBe(200);
    expect(released.body).toMatchObject({ status: 'RELEASED', endedAt: '2026-12-01T09:00:00+08:00' });

    // Decision 029: nobody waits, so the number returns to the pool after a random 1–10 minutes.
    const early = await book({ channel: 'PHONE', slotId: slots[0].id, patient: nextPatient() });
    expect(early.body.code).toBe('SLOT_UNAVAILABLE');
    await setClock(core, minutesAfterNow(10));
    const other = await book({ channel: 'PHONE', slotId: slots[0].id, patient: nextPatient() });
    expect(other.status).toBe(201);

    const twice = await http(core.url, 'DELETE', `/v1/holds/${held.body.id}`, { auth: core.auth('agent') });
    expect(twice.status).toBe(200);
    expect(twice.body.status).toBe('RELEASED');
    const refused = await confirm(held.body.id);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('HOLD_NOT_ACTIVE');

    // A confirmed hold cannot be released (its appointment is cancelled instead).
    const second = await hold({ channel: 'PHONE', slotId: slots[1].id, patient: nextPatient() });
    expect((await confirm(second.body.id)).status).toBe(200);
    const noRelease = await release(second.body.id);
    expect(noRelease.status).toBe(409);
    expect(noRelease.body.code).toBe('HOLD_NOT_ACTIVE');
  });

  it("holds count toward the patient's limits and the one-per-session rule while they live", async () => {
    const a = await freshSession(3);
    const b = await freshSession(3, a.clinic.departmentId);
    const p = nextPatient();
    const held = await hold({ channel: 'PHONE', sessionId: a.session.id, patient: p });
    expect(held.status).toBe(201);

    const sameSession = await book({ channel: 'PHONE', sessionId: a.session.id, patient: p });
    expect(sameSession.status).toBe(409);
    expect(sameSession.body.code).toBe('DUPLICATE_BOOKING');
    const holdTwice = await hold({ channel: 'PHONE', sessionId: a.session.id, patient: p });
    expect(holdTwice.body.code).toBe('DUPLICATE_BOOKING');
    // limit_per_department_day is 1: the hold takes it.
    const sameDepartment = await book({ channel: 'PHONE', sessionId: b.session.id, patient: p });
    expect(sameDepartment.status).toBe(409);
    expect(sameDepartment.body.code).toBe('BOOKING_LIMIT_EXCEEDED');

    // Confirming does not count the hold against itself.
    const done = await confirm(held.body.id);
    expect(done.status).toBe(200);

    // A hold that has expired no longer counts.
    const c = await freshSession(3);
    const q = nextPatient();
    expect((await hold({ channel: 'PHONE', sessionId: c.session.id, patient: q })).status).toBe(201);
    const d = await freshSession(3, c.clinic.departmentId);
    expect((await book({ channel: 'PHONE', sessionId: d.session.id, patient: q })).body.code).toBe(
      'BOOKING_LIMIT_EXCEEDED',
    );
    await setClock(core, minutesAfterNow(5));
    expect((await book({ channel: 'PHONE', sessionId: d.session.id, patient: q })).status).toBe(201);
  });

  it('confirm checks the booking rules again: a patient blacklisted since the hold is refused (R15)', async () => {
    const { slots } = await freshSession(2);
    const p = nextPatient();
    const held = await hold({ channel: 'PHONE', slotId: slots[0].id, patient: p });
    expect(held.status).toBe(201);
    const sql = core.app.get(SqlClient);
    await sql.query(
      `INSERT INTO blacklist_entry (patient_id, reason, starts_at, ends_at, created_at, created_by)
       SELECT patient_id, 'test', :from, :until, :from, 'test' FROM number_hold WHERE id = :id`,
      { from: new Date(TEST_NOW), until: new Date(minutesAfterNow(60 * 24 * 180)), id: held.body.id },
    );
    const refused = await confirm(held.body.id);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('PATIENT_BLACKLISTED');
    expect((await getHold(held.body.id)).body.status).toBe('HELD');
    // And a blacklisted patient cannot hold at all.
    const { session } = await freshSession(2);
    const none = await hold({ channel: 'PHONE', sessionId: session.id, patient: p });
    expect(none.body.code).toBe('PATIENT_BLACKLISTED');
  });

  it('checks the caller like booking: channels, unknown holds, partner scope, idempotent retries, hold_minutes', async () => {
    const { session, slots } = await freshSession(4);
    const wrongChannel = await hold({ channel: 'WECHAT', sessionId: session.id, patient: nextPatient() });
    expect(wrongChannel.status).toBe(403);
    expect(wrongChannel.body.code).toBe('CHANNEL_NOT_ALLOWED');
    expect((await confirm(987654)).body.code).toBe('HOLD_NOT_FOUND');
    expect((await release(987654)).body.code).toBe('HOLD_NOT_FOUND');
    expect((await getHold(987654)).status).toBe(404);

    const p = nextPatient();
    const body = {
      channel: 'WECHAT',
      slotId: slots[0].id,
      patient: p,
      partnerId: 'partner-a',
      requestKey: 'hold-key-1',
    };
    const first = await hold(body, 'gateway');
    expect(first.status).toBe(201);
    const retry = await hold(body, 'gateway');
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
    const reused = await hold({ ...body, slotId: slots[1].id }, 'gateway');
    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');

    expect((await confirm(first.body.id, { partnerId: 'partner-b' }, 'gateway')).body.code).toBe(
      'HOLD_NOT_FOUND',
    );
    expect((await release(first.body.id, { partnerId: 'partner-b' }, 'gateway')).body.code).toBe(
      'HOLD_NOT_FOUND',
    );
    expect((await confirm(first.body.id, {}, 'gateway')).body.code).toBe('VALIDATION_FAILED');
    const mine = await confirm(first.body.id, { partnerId: 'partner-a' }, 'gateway');
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ channel: 'WECHAT', partnerId: 'partner-a', visitNo: 1 });

    const setting = await http(core.url, 'PUT', '/v1/settings/hold_minutes', {
      auth: core.auth('admin'),
      body: { value: '10' },
    });
    expect(setting.status).toBe(200);
    try {
      const longer = await hold({ channel: 'PHONE', slotId: slots[2].id, patient: nextPatient() });
      expect(longer.body.expiresAt).toBe('2026-12-01T09:10:00+08:00');
    } finally {
      await http(core.url, 'PUT', '/v1/settings/hold_minutes', {
        auth: core.auth('admin'),
        body: { value: '5' },
      });
    }
  });

  it('50 patients holding one number in parallel: exactly one hold', async () => {
    const { clinic, slots } = await freshSession(3);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        hold({ channel: 'PHONE', slotId: slots[1].id, patient: testPatient(i, 8) }),
      ),
    );
    expect(tally(results)).toEqual({ '201': 1, '409 SLOT_UNAVAILABLE': 49 });
    const sql = core.app.get(SqlClient);
    const [{ n }] = await sql.query<{ n: number }>(
      `SELECT CAST(COUNT(*) AS integer) AS n FROM number_hold WHERE slot_id = :id`,
      { id: slots[1].id },
    );
    expect(n).toBe(1);
    expect((await sessionOf(core, clinic.doctorId, TEST_FRIDAY)).available).toBe(2);
  });

  it('holds and bookings racing for one number: exactly one of them gets it', async () => {
    const { slots } = await freshSession(2);
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => {
        const body = { channel: 'PHONE', slotId: slots[0].id, patient: testPatient(i, 9) };
        return i % 2 === 0 ? hold(body) : book(body);
      }),
    );
    expect(tally(results)).toEqual({ '201': 1, '409 SLOT_UNAVAILABLE': 39 });
  });
  it('a suspension after the hold: the confirm is refused with SESSION_SUSPENDED (the rules are checked again)', async () => {
    const { session, slots } = await freshSession(2);
    const held = await hold({ channel: 'PHONE', slotId: slots[0].id, patient: nextPatient() });
    expect(held.status).toBe(201);
    const suspended = await http(core.url, 'POST', `/v1/sessions/${session.id}/suspend`, {
      auth: core.auth('scheduler'),
      body: { reason: '医生因病停诊' },
    });
    expect(suspended.status).toBe(200);
    const refused = await confirm(held.body.id);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('SESSION_SUSPENDED');
    expect((await release(held.body.id)).body.status).toBe('RELEASED');
  });

  it('confirms and releases racing on one hold: it ends one way only, and the number follows it', async () => {
    const { slots } = await freshSession(2);
    const held = await hold({ channel: 'PHONE', slotId: slots[1].id, patient: nextPatient() });
    expect(held.status).toBe(201);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? confirm(held.body.id) : release(held.body.id))),
    );
    expect(results.every((r) => r.status === 200 || r.body?.code === 'HOLD_NOT_ACTIVE')).toBe(true);
    const final = (await getHold(held.body.id)).body;
    const sql = core.app.get(SqlClient);
    const [slot] = await sql.query<{ appointment_id: number | null; hold_id: number | null }>(
      'SELECT appointment_id, hold_id FROM slot WHERE id = :id',
      { id: slots[1].id },
    );
    if (final.status === 'CONFIRMED') {
      expect(slot).toEqual({ appointment_id: final.appointmentId, hold_id: null });
      // Every confirm that succeeded answered with the one appointment (retries of one confirm).
      const appointments = new Set(
        results.filter((r, i) => i % 2 === 0 && r.status === 200).map((r) => r.body.id),
      );
      expect([...appointments]).toEqual([final.appointmentId]);
    } else {
      expect(final.status).toBe('RELEASED');
      expect(slot).toEqual({ appointment_id: null, hold_id: null });
    }
  });
  it('a walk-in on the visit day skips a live hold and takes the number of an expired one (R13)', async () => {
    const { slots, session } = await freshSession(3);
    await setClock(core, `${TEST_FRIDAY}T07:30:00+08:00`);
    const held = await hold({ channel: 'PHONE', slotId: slots[0].id, patient: nextPatient() });
    expect(held.status).toBe(201);
    const walkIn = () =>
      http(core.url, 'POST', '/v1/walk-ins', {
        auth: core.auth('registrar'),
        body: { sessionId: session.id, patient: nextPatient() },
      });
    const first = await walkIn();
    expect(first.status).toBe(201);
    expect(first.body.visitNo).toBe(2);
    await setClock(core, `${TEST_FRIDAY}T07:35:00+08:00`);
    const second = await walkIn();
    expect(second.status).toBe(201);
    expect(second.body.visitNo).toBe(1);
  });
});
