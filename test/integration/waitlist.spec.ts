import {
  coreAs,
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

// R5/R7, R14, R15, R17 — decision 029: the waitlist of a full session, freed numbers offered down
// it as holds, the random re-release delay, the on-site reserve in the last hour, and priority
// rebooking after a suspension. Every instant is booking-core's test clock; nothing waits. On
// PostgreSQL (TEST_DATABASE_URL) the parallel requests run in parallel transactions over a pool.

const minutesAfterNow = (minutes: number) =>
  new Date(new Date(TEST_NOW).getTime() + minutes * 60_000).toISOString();

describe('the waitlist of a full session (R5, R14, R15, R17; decision 029)', () => {
  let core: CoreHarness;
  let sql: SqlClient;
  let patientNo = 0;
  const nextPatient = () => testPatient(++patientNo, 29);
  const api = () => coreAs(core);

  const book = (body: object) => api().post('agent', '/v1/appointments', body);
  const cancel = (id: number) =>
    api().post('agent', `/v1/appointments/${id}/cancel`, { reason: 'plans changed' });
  const join = (sessionId: number, patient: object, channel = 'PHONE') =>
    api().post('agent', '/v1/waitlist', { channel, sessionId, patient });
  const entry = (id: number) => api().get('agent', `/v1/waitlist/${id}`);
  const accept = (id: number) => api().post('agent', `/v1/waitlist/${id}/accept`);
  const decline = (id: number) => api().post('agent', `/v1/waitlist/${id}/decline`);
  const leave = (id: number) => api().post('agent', `/v1/waitlist/${id}/leave`);
  const tally = (results: { status: number; body: any }[]) => {
    const out: Record<string, number> = {};
    for (const r of results) {
      const key = r.status < 300 ? String(r.status) : `${r.status} ${r.body?.code}`;
      out[key] = (out[key] ?? 0) + 1;
    }
    return out;
  };

  /** A clinic of its own: a Friday session of `numbers` numbers, every one booked. */
  const fullSession = async (numbers: number) => {
    const clinic = await createClinic(core, {
      weekday: 5,
      numberCount: numbers,
      effectiveFrom: TEMPLATES_FROM,
    });
    await generate(core);
    const session = await sessionOf(core, clinic.doctorId, TEST_FRIDAY);
    const booked = [];
    for (let i = 0; i < numbers; i++) {
      const b = await book({ channel: 'PHONE', sessionId: session.id, patient: nextPatient() });
      expect(b.status).toBe(201);
      booked.push(b.body as { id: number; slotId: number; visitNo: number });
    }
    return { clinic, session, booked };
  };
  const slotRow = async (slotId: number) =>
    (
      await sql.query<{
        appointment_id: number | null;
        hold_id: number | null;
        held_until: Date | null;
        reserve: string | null;
      }>('SELECT appointment_id, hold_id, held_until, reserve FROM slot WHERE id = :slotId', { slotId })
    )[0];
  const freedOf = async (slotId: number) =>
    sql.query<{ outcome: string; cause: string; freed_at: Date; released_at: Date | null; offers: number }>(
      'SELECT outcome, cause, freed_at, released_at, offers FROM freed_number WHERE slot_id = :slotId ORDER BY id',
      { slotId },
    );
  const messages = async (patientId: number) =>
    sql.query<{ kind: string; channel: string; payload: string }>(
      'SELECT kind, channel, payload FROM notification WHERE patient_id = :patientId ORDER BY id',
      { patientId },
    );
  const patientOf = async (entryId: number) =>
    (
      await sql.query<{ patient_id: number }>('SELECT patient_id FROM waitlist_entry WHERE id = :entryId', {
        entryId,
      })
    )[0].patient_id;

  beforeAll(async () => {
    core = await startCore();
    sql = core.app.get(SqlClient);
    await setClock(core, TEST_NOW);
  });
  afterAll(async () => core?.close());
  afterEach(async () => setClock(core, TEST_NOW));

  it('joins only a full session, once per patient, under the booking rules; shows the place in line; leaves at any time', async () => {
    const open = await createClinic(core, { weekday: 5, numberCount: 2, effectiveFrom: TEMPLATES_FROM });
    await generate(core);
    const openSession = await sessionOf(core, open.doctorId, TEST_FRIDAY);
    const notFull = await join(openSession.id, nextPatient());
    expect(notFull.status).toBe(409);
    expect(notFull.body.code).toBe('WAITLIST_NOT_FULL');

    const { session, booked } = await fullSession(2);
    const a = nextPatient();
    const b = nextPatient();
    const first = await join(session.id, a);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      status: 'WAITING',
      position: 1,
      waiting: 1,
      priority: 0,
      offer: null,
    });
    expect(JSON.stringify(first.body)).not.toContain(a.documentNo);
    const second = await join(session.id, b, 'COUNTER');
    expect(second.body).toMatchObject({ status: 'WAITING', position: 2, waiting: 2 });

    expect((await join(session.id, a)).body.code).toBe('WAITLIST_DUPLICATE');
    expect((await join(987654, nextPatient())).body.code).toBe('SESSION_NOT_FOUND');
    // A patient with an appointment there already: booking's own rule.
    const bookedPatient = await sql.query<{ patient_id: number }>(
      'SELECT patient_id FROM appointment WHERE id = :id',
      {
        id: booked[0].id,
      },
    );
    expect(bookedPatient).toHaveLength(1);
    const dup = await join(session.id, testPatient(patientNo - 3, 29));
    expect(dup.body.code).toBe('DUPLICATE_BOOKING');
    expect((await join(session.id, { ...nextPatient(), name: '' })).status).toBe(400);

    const left = await leave(first.body.id);
    expect(left.status).toBe(200);
    expect(left.body).toMatchObject({ status: 'LEFT', position: null });
    expect((await leave(first.body.id)).body.status).toBe('LEFT');
    expect((await entry(second.body.id)).body).toMatchObject({ position: 1, waiting: 1 });
    expect((await accept(second.body.id)).body.code).toBe('WAITLIST_NO_OFFER');
    expect((await entry(424242)).body.code).toBe('WAITLIST_ENTRY_NOT_FOUND');
    // Left, the patient may join again.
    expect((await join(session.id, a)).body).toMatchObject({ status: 'WAITING', position: 2 });
  });

  it('a cancellation offers the number to the first in line with a message; declined or lapsed it passes on; accepted it is booked', async () => {
    const { session, booked } = await fullSession(2);
    const waiters = [];
    for (let i = 0; i < 3; i++) waiters.push((await join(session.id, nextPatient())).body.id as number);

    expect((await cancel(booked[0].id)).status).toBe(200);
    const offered = (await entry(waiters[0])).body;
    expect(offered).toMatchObject({
      status: 'OFFERED',
      position: null,
      offer: { status: 'HELD', visitNo: booked[0].visitNo, expiresAt: '2026-12-01T09:15:00+08:00' },
    });
    expect((await entry(waiters[1])).body.position).toBe(1);
    // Nobody else can take the offered number.
    const other = await book({ channel: 'PHONE', slotId: booked[0].slotId, patient: nextPatient() });
    expect(other.body.code).toBe('SLOT_UNAVAILABLE');
    const sms = await messages(await patientOf(waiters[0]));
    expect(sms.map((m) => `${m.kind} ${m.channel}`)).toEqual(['WAITLIST_OFFER SMS']);
    expect(JSON.parse(sms[0].payload)).toMatchObject({
      offerVisitNo: booked[0].visitNo,
      offerEntryId: waiters[0],
    });

    // Declined: the next in line gets it.
    expect((await decline(waiters[0])).body).toMatchObject({ status: 'DECLINED' });
    expect((await entry(waiters[1])).body).toMatchObject({
      status: 'OFFERED',
      offer: { visitNo: booked[0].visitNo },
    });

    // Lapsed (the sweeper, by the clock): the next again.
    await setClock(core, minutesAfterNow(15));
    expect((await entry(waiters[1])).body.status).toBe('EXPIRED');
    await core.app.get(HoldExpiryJob).run();
    expect((await entry(waiters[2])).body).toMatchObject({
      status: 'OFFERED',
      offer: { visitNo: booked[0].visitNo },
    });
    expect((await accept(waiters[1])).body.code).toBe('HOLD_EXPIRED');
    expect((await accept(waiters[0])).body.code).toBe('HOLD_NOT_ACTIVE');

    const done = await accept(waiters[2]);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      status: 'BOOKED',
      visitNo: booked[0].visitNo,
      slotId: booked[0].slotId,
    });
    expect((await entry(waiters[2])).body).toMatchObject({ status: 'BOOKED', appointmentId: done.body.id });
    expect((await accept(waiters[2])).body.id).toBe(done.body.id);
    expect(await freedOf(booked[0].slotId)).toEqual([
      expect.objectContaining({ cause: 'CANCELLED', outcome: 'WAITLIST', offers: 3 }),
    ]);
  });

  it('with nobody waiting, a freed number returns to the pool only after a random delay in the configured range', async () => {
    const { clinic, booked } = await fullSession(6);
    const delays: number[] = [];
    for (const b of booked) {
      expect((await cancel(b.id)).status).toBe(200);
      const [freed] = await freedOf(b.slotId);
      expect(freed).toMatchObject({ cause: 'CANCELLED', outcome: 'POOL' });
      const delay = (new Date(freed.released_at!).getTime() - new Date(freed.freed_at).getTime()) / 1000;
      expect(delay).toBeGreaterThanOrEqual(60);
      expect(delay).toBeLessThanOrEqual(600);
      expect(new Date((await slotRow(b.slotId)).held_until!).getTime()).toBe(
        new Date(freed.released_at!).getTime(),
      );
      delays.push(delay);
    }
    // Not bookable a second before its delay ends (nor counted available), bookable at its end.
    expect((await sessionOf(core, clinic.doctorId, TEST_FRIDAY)).available).toBe(0);
    const target = booked[0];
    const [freed] = await freedOf(target.slotId);
    const releasedAt = new Date(freed.released_at!).getTime();
    await setClock(core, new Date(releasedAt - 1000).toISOString());
    expect((await book({ channel: 'PHONE', slotId: target.slotId, patient: nextPatient() })).body.code).toBe(
      'SLOT_UNAVAILABLE',
    );
    await setClock(core, new Date(releasedAt).toISOString());
    const taken = await book({ channel: 'PHONE', slotId: target.slotId, patient: nextPatient() });
    expect(taken.status).toBe(201);
    // Six draws from 541 possible seconds: not all the same.
    expect(new Set(delays).size).toBeGreaterThan(1);
  });

  it('the delay follows the settings (ADMIN): a range of one value gives exactly that delay', async () => {
    const put = (key: string, value: string) => api().put('admin', `/v1/settings/${key}`, { value });
    expect((await put('rerelease_delay_min_minutes', '3')).status).toBe(200);
    expect((await put('rerelease_delay_max_minutes', '3')).status).toBe(200);
    try {
      const { booked } = await fullSession(2);
      for (const b of booked) {
        expect((await cancel(b.id)).status).toBe(200);
        const [freed] = await freedOf(b.slotId);
        expect(new Date(freed.released_at!).getTime() - new Date(freed.freed_at).getTime()).toBe(180_000);
      }
    } finally {
      await put('rerelease_delay_min_minutes', '1');
      await put('rerelease_delay_max_minutes', '10');
    }
    expect((await put('rerelease_delay_max_minutes', '999')).body.code).toBe('INVALID_SETTING');
  });

  it('a number freed in the last hour before its session goes to the on-site reserve', async () => {
    const clinic = await createClinic(core, { weekday: 5, numberCount: 3, effectiveFrom: TEMPLATES_FROM });
    await generate(core);
    const session = await sessionOf(core, clinic.doctorId, TEST_FRIDAY);
    await setClock(core, `${TEST_FRIDAY}T07:20:00+08:00`);
    const held = await api().post('agent', '/v1/holds', {
      channel: 'PHONE',
      sessionId: session.id,
      patient: nextPatient(),
    });
    expect(held.status).toBe(201);
    // 07:20 is 40 minutes before the 08:00 session.
    expect((await api().post('agent', `/v1/holds/${held.body.id}/release`)).status).toBe(200);
    expect(await freedOf(held.body.slotId)).toEqual([
      expect.objectContaining({ cause: 'HOLD_RELEASED', outcome: 'ON_SITE' }),
    ]);
    expect((await slotRow(held.body.slotId)).reserve).toBe('ON_SITE');
    const phone = await book({ channel: 'PHONE', slotId: held.body.slotId, patient: nextPatient() });
    expect(phone.body.code).toBe('SLOT_UNAVAILABLE');
    const walkIn = await book({ channel: 'COUNTER', slotId: held.body.slotId, patient: nextPatient() });
    expect(walkIn.status).toBe(201);
  });

  it("a suspension gives each patient one offer on the doctor's next session in its one message; accepting books it", async () => {
    const clinic = await createClinic(core, { weekday: 5, numberCount: 3, effectiveFrom: TEMPLATES_FROM });
    await generate(core, '2026-12-01', '2026-12-12');
    const session = await sessionOf(core, clinic.doctorId, TEST_FRIDAY);
    const next = await sessionOf(core, clinic.doctorId, '2026-12-11');
    const booked = [];
    for (let i = 0; i < 2; i++)
      booked.push((await book({ channel: 'PHONE', sessionId: session.id, patient: nextPatient() })).body);
    const suspended = await api().post('scheduler', `/v1/sessions/${session.id}/suspend`, {
      reason: '医生因病停诊',
    });
    expect(suspended.status).toBe(200);
    expect(suspended.body.cancelled).toBe(2);

    const entries = await sql.query<{
      id: number;
      patient_id: number;
      session_id: number;
      status: string;
      priority: number;
    }>(
      'SELECT id, patient_id, session_id, status, priority FROM waitlist_entry WHERE rebooked_from IN (:a, :b) ORDER BY id',
      { a: booked[0].id, b: booked[1].id },
    );
    expect(entries.map((e) => [e.session_id, e.status, e.priority])).toEqual([
      [next.id, 'OFFERED', 1],
      [next.id, 'OFFERED', 1],
    ]);
    const offers = [];
    for (const e of entries) {
      const all = await messages(e.patient_id);
      // One message: the suspension's, carrying the offer.
      const told = all.filter((m) => m.kind !== 'BOOKING_CONFIRMED');
      expect(told.map((m) => `${m.kind} ${m.channel}`)).toEqual(['SUSPENDED SMS']);
      const payload = JSON.parse(told[0].payload);
      expect(payload).toMatchObject({ reason: '医生因病停诊', offerEntryId: e.id, offerSessionId: next.id });
      offers.push(payload);
    }
    expect(new Set(offers.map((o) => o.offerVisitNo)).size).toBe(2);

    const done = await accept(entries[0].id);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      sessionId: next.id,
      visitNo: offers[0].offerVisitNo,
      status: 'BOOKED',
    });
    // The other lets it lapse: the number is not lost, it follows the freed-number rules.
    await setClock(core, minutesAfterNow(16));
    await core.app.get(HoldExpiryJob).run();
    expect((await entry(entries[1].id)).body.status).toBe('EXPIRED');
    const lapsed = await sql.query<{ slot_id: number }>('SELECT slot_id FROM number_hold WHERE id = :id', {
      id: offers[1].offerHoldId,
    });
    expect(await freedOf(lapsed[0].slot_id)).toEqual([
      expect.objectContaining({ cause: 'SUSPENSION', outcome: 'POOL' }),
    ]);
  });

  it('R17: GET /v1/reports/freed-numbers counts where freed numbers went, as JSON and CSV', async () => {
    const res = await api().get('statistics', '/v1/reports/freed-numbers?from=2026-12-01&to=2026-12-04');
    expect(res.status).toBe(200);
    const rows = res.body.rows as {
      day: string;
      freed: number;
      toWaitlist: number;
      toPool: number;
      toOnSite: number;
    }[];
    const [counted] = await sql.query<{ freed: number; waitlist: number; pool: number; onsite: number }>(
      `SELECT CAST(COUNT(*) AS integer) AS freed,
              CAST(SUM(CASE WHEN outcome = 'WAITLIST' THEN 1 ELSE 0 END) AS integer) AS waitlist,
              CAST(SUM(CASE WHEN outcome = 'POOL' THEN 1 ELSE 0 END) AS integer) AS pool,
              CAST(SUM(CASE WHEN outcome = 'ON_SITE' THEN 1 ELSE 0 END) AS integer) AS onsite
         FROM freed_number`,
    );
    const sum = (k: 'freed' | 'toWaitlist' | 'toPool' | 'toOnSite') => rows.reduce((n, r) => n + r[k], 0);
    expect(counted.freed).toBeGreaterThan(0);
    expect(sum('freed')).toBe(counted.freed);
    expect(sum('toWaitlist')).toBe(counted.waitlist);
    expect(sum('toPool')).toBe(counted.pool);
    expect(sum('toOnSite')).toBe(counted.onsite);
    const csv = await http(
      core.url,
      'GET',
      '/v1/reports/freed-numbers?from=2026-12-01&to=2026-12-04&format=csv',
      {
        auth: core.auth('statistics'),
      },
    );
    expect(csv.status).toBe(200);
    expect(
      String(csv.body)
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)[0],
    ).toBe('day,freed,toWaitlist,toPool,toOnSite,offered');
    expect(
      (await api().get('statistics', '/v1/reports/freed-numbers?from=2026-12-05&to=2026-12-01')).body.code,
    ).toBe('REPORT_BAD_PERIOD');
  });

  it('concurrency: a burst of cancellations while 100 wait offers each number to exactly one patient, in line order; accepts race expiry and declines pass on', async () => {
    const { session, booked } = await fullSession(20);
    const waiters: number[] = [];
    for (let i = 0; i < 100; i++) {
      const j = await join(session.id, nextPatient());
      expect(j.status).toBe(201);
      waiters.push(j.body.id);
    }
    const cancels = await Promise.all(booked.map((b) => cancel(b.id)));
    expect(tally(cancels)).toEqual({ '200': 20 });

    const offered = await sql.query<{ id: number; hold_id: number; slot_id: number }>(
      `SELECT w.id, w.hold_id, h.slot_id FROM waitlist_entry w JOIN number_hold h ON h.id = w.hold_id
        WHERE w.session_id = :sessionId AND w.status = 'OFFERED' ORDER BY w.id`,
      { sessionId: session.id },
    );
    // Exactly the first 20 in line, each offered one number, every freed number offered once.
    expect(offered.map((o) => o.id)).toEqual(waiters.slice(0, 20));
    expect(new Set(offered.map((o) => o.slot_id))).toEqual(new Set(booked.map((b) => b.slotId)));
    const liveHolds = await sql.query<{ n: number }>(
      `SELECT CAST(COUNT(*) AS integer) AS n FROM number_hold WHERE session_id = :sessionId AND status = 'HELD'`,
      { sessionId: session.id },
    );
    expect(liveHolds[0].n).toBe(20);
    expect((await entry(waiters[20])).body.position).toBe(1);

    // Accepting races the sweeper running at a later instant: each offer ends one way only.
    const sweep = () => sql.call('expire_holds', { now: new Date(minutesAfterNow(16)) });
    const raced = await Promise.all([...offered.slice(0, 10).map((o) => accept(o.id)), sweep(), sweep()]);
    const accepts = raced.slice(0, 10) as { status: number; body: any }[];
    const ends = await sql.query<{ id: number; status: string }>(
      `SELECT id, status FROM number_hold WHERE id IN (${offered.map((o) => o.hold_id).join(',')}) ORDER BY id`,
    );
    const confirmed = ends.filter((h) => h.status === 'CONFIRMED').length;
    expect(ends.every((h) => h.status === 'CONFIRMED' || h.status === 'EXPIRED')).toBe(true);
    expect(accepts.filter((a) => a.status === 200)).toHaveLength(confirmed);
    expect(accepts.filter((a) => a.status !== 200).every((a) => a.body.code === 'HOLD_EXPIRED')).toBe(true);
    const perSlot = await sql.query<{ slot_id: number; n: number }>(
      `SELECT slot_id, CAST(COUNT(*) AS integer) AS n FROM appointment
        WHERE session_id = :sessionId AND status = 'BOOKED' GROUP BY slot_id`,
      { sessionId: session.id },
    );
    expect(perSlot.every((r) => r.n === 1)).toBe(true);
    expect(perSlot).toHaveLength(confirmed);

    // Every expired offer's number went to the next in line (the 21st onward), in order.
    const expired = 20 - confirmed;
    const nextOffers = await sql.query<{ id: number; hold_id: number }>(
      `SELECT id, hold_id FROM waitlist_entry WHERE session_id = :sessionId AND status = 'OFFERED' ORDER BY id`,
      { sessionId: session.id },
    );
    expect(nextOffers.map((o) => o.id)).toEqual(waiters.slice(20, 20 + expired));
    const slotsTaken = await sql.query<{ n: number }>(
      `SELECT CAST(COUNT(*) AS integer) AS n FROM slot
        WHERE session_id = :sessionId AND (appointment_id IS NOT NULL OR hold_id IS NOT NULL)`,
      { sessionId: session.id },
    );
    expect(slotsTaken[0].n).toBe(20);

    // Declines at once: each passes its number on to one further patient, in order.
    await setClock(core, minutesAfterNow(16));
    const declines = await Promise.all(nextOffers.slice(0, 5).map((o) => decline(o.id)));
    expect(tally(declines)).toEqual({ '200': Math.min(5, nextOffers.length) });
    const after = await sql.query<{ id: number }>(
      `SELECT id FROM waitlist_entry WHERE session_id = :sessionId AND status = 'OFFERED' ORDER BY id`,
      { sessionId: session.id },
    );
    const declinedCount = Math.min(5, nextOffers.length);
    expect(after.map((o) => o.id)).toEqual(waiters.slice(20 + declinedCount, 20 + expired + declinedCount));
  });
});
