import {
  createClinic,
  generate,
  http,
  sessionOf,
  setClock,
  startCore,
  testPatient,
  type CoreHarness,
  TEST_FRIDAY,
  TEMPLATES_FROM,
} from '@test/support';
import { SqlClient } from '../../apps/booking-core/src/database/sql-client';

const NOW = '2026-12-01T09:00:00+08:00'; // Tuesday

describe('scheduling from templates (R1–R4)', () => {
  let core: CoreHarness;
  let n = 0;
  const scheduler = () => core.auth('scheduler');
  const snapshot = async () => {
    const sql = core.app.get(SqlClient);
    return JSON.stringify([
      await sql.query('SELECT * FROM clinic_session ORDER BY id'),
      await sql.query('SELECT * FROM slot ORDER BY id'),
    ]);
  };
  const slotsOf = async (sessionId: number) =>
    (
      await http(core.url, 'GET', `/v1/sessions/${sessionId}/slots?channel=COUNTER`, {
        auth: core.auth('agent'),
      })
    ).body;
  const template = (c: { doctorId: number; roomId: number }, over: object = {}) => ({
    doctorId: c.doctorId,
    weekday: 5,
    period: 'AM',
    roomId: c.roomId,
    firstStart: '08:00',
    minutesPerNumber: 10,
    numberCount: 6,
    reserveCount: 0,
    effectiveFrom: TEMPLATES_FROM,
    ...over,
  });

  beforeAll(async () => {
    core = await startCore();
    await setClock(core, NOW);
  });
  afterAll(async () => core?.close());

  it('generates the release horizon, and a second run changes nothing', async () => {
    const c = await createClinic(core, { weekday: 5, numberCount: 6, effectiveFrom: TEMPLATES_FROM });
    const first = await generate(core);
    // Fridays 12-04 and 12-11 fall in today..today+10.
    expect(first.createdSessions).toBeGreaterThanOrEqual(2);
    const before = await snapshot();
    const second = await generate(core);
    expect(second).toMatchObject({
      createdSessions: 0,
      createdSlots: 0,
      updatedSessions: 0,
      withdrawnSlots: 0,
      closedSessions: 0,
    });
    expect(await snapshot()).toBe(before);
    const sessions = await http(core.url, 'GET', `/v1/sessions?doctorId=${c.doctorId}`, {
      auth: core.auth('agent'),
    });
    expect(sessions.body.map((s: any) => s.date)).toEqual(['2026-12-04', '2026-12-11']);
  });

  it('applies a template change to sessions not yet started, keeping booked numbers and their times', async () => {
    const c = await createClinic(core, { weekday: 5, numberCount: 6, effectiveFrom: TEMPLATES_FROM });
    await generate(core);
    const s = await sessionOf(core, c.doctorId, TEST_FRIDAY);
    const before = await slotsOf(s.id);
    const booked = [];
    for (const visitNo of [2, 5]) {
      const r = await http(core.url, 'POST', '/v1/appointments', {
        auth: core.auth('agent'),
        body: { channel: 'PHONE', slotId: before[visitNo - 1].id, patient: testPatient(++n, 5) },
      });
      expect(r.status).toBe(201);
      booked.push(r.body);
    }

    // Fewer, longer numbers from 09:00, two of them reserved.
    const change = await http(core.url, 'PUT', `/v1/schedule-templates/${c.templateId}`, {
      auth: scheduler(),
      body: template(c, { firstStart: '09:00', minutesPerNumber: 15, numberCount: 4, reserveCount: 2 }),
    });
    expect(change.status).toBe(200);
    expect(change.body.revision).toBe(2);
    const result = await generate(core);
    expect(result.updatedSessions).toBeGreaterThanOrEqual(1);

    const after = await slotsOf(s.id);
    const byNo = Object.fromEntries(after.map((x: any) => [x.visitNo, x]));
    // Booked numbers: same number, same window, still there although 5 > 4.
    expect(byNo[2]).toMatchObject({
      id: before[1].id,
      startsAt: before[1].startsAt,
      endsAt: before[1].endsAt,
      free: false,
    });
    expect(byNo[5]).toMatchObject({ id: before[4].id, startsAt: before[4].startsAt, free: false });
    // Free numbers follow the template; the free surplus number 6 is withdrawn.
    expect(byNo[1]).toMatchObject({
      startsAt: '2026-12-04T09:00:00+08:00',
      endsAt: '2026-12-04T09:15:00+08:00',
    });
    expect(byNo[4]).toMatchObject({ startsAt: '2026-12-04T09:45:00+08:00', reserve: 'ON_SITE' });
    expect(after.map((x: any) => x.visitNo)).toEqual([1, 2, 3, 4, 5]);
    for (const a of booked) {
      const read = await http(core.url, 'GET', `/v1/appointments/${a.id}`, { auth: core.auth('agent') });
      expect(read.body).toMatchObject({ visitNo: a.visitNo, startsAt: a.startsAt, status: 'BOOKED' });
    }

    // Growing again brings 6 back and adds 7 and 8.
    await http(core.url, 'PUT', `/v1/schedule-templates/${c.templateId}`, {
      auth: scheduler(),
      body: template(c, { numberCount: 8 }),
    });
    await generate(core);
    const grown = await slotsOf(s.id);
    expect(grown.map((x: any) => x.visitNo)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(grown[1]).toMatchObject({ id: before[1].id, startsAt: before[1].startsAt });
    expect(grown[7].endsAt).toBe('2026-12-04T09:20:00+08:00');
  });

  it('closes the empty sessions of a withdrawn template and reports those holding bookings', async () => {
    const c = await createClinic(core, { weekday: 5, numberCount: 3, effectiveFrom: TEMPLATES_FROM });
    await generate(core);
    const s = await sessionOf(core, c.doctorId, TEST_FRIDAY);
    const r = await http(core.url, 'POST', '/v1/appointments', {
      auth: core.auth('agent'),
      body: { channel: 'PHONE', sessionId: s.id, patient: testPatient(++n, 5) },
    });
    expect(r.status).toBe(201);
    await http(core.url, 'PUT', `/v1/schedule-templates/${c.templateId}`, {
      auth: scheduler(),
      body: template(c, { numberCount: 3, active: false }),
    });
    const result = await generate(core);
    expect(result.closedSessions).toBe(1); // 12-11: nobody booked
    expect(result.sessionsNeedingAttention).toBe(1); // 12-04: a patient holds a number
    const list = await http(core.url, 'GET', `/v1/sessions?doctorId=${c.doctorId}`, {
      auth: core.auth('agent'),
    });
    expect(list.body.map((x: any) => x.date)).toEqual([TEST_FRIDAY]);
  });

  it('validates templates', async () => {
    const c = await createClinic(core, { weekday: 4, numberCount: 3, effectiveFrom: TEMPLATES_FROM });
    const post = (body: object) =>
      http(core.url, 'POST', '/v1/schedule-templates', { auth: scheduler(), body });
    const long = await post(template(c, { weekday: 3, minutesPerNumber: 31 }));
    expect(long.status).toBe(400);
    expect(long.body.errors.map((e: any) => e.field)).toContain('minutesPerNumber');
    const reserve = await post(template(c, { weekday: 3, numberCount: 2, reserveCount: 3 }));
    expect(reserve.status).toBe(400);
    const overlap = await post(template(c, { weekday: 4 }));
    expect(overlap.status).toBe(409);
    expect(overlap.body.code).toBe('TEMPLATE_OVERLAP');
    const other = await createClinic(core, { weekday: 2, numberCount: 3, effectiveFrom: TEMPLATES_FROM });
    const room = await post(template(other, { weekday: 4, roomId: c.roomId }));
    expect(room.status).toBe(409);
    expect(room.body.code).toBe('ROOM_CONFLICT');
    const key = await http(core.url, 'PUT', `/v1/schedule-templates/${c.templateId}`, {
      auth: scheduler(),
      body: template(c, { weekday: 3 }),
    });
    expect(key.status).toBe(409);
    expect(key.body.code).toBe('TEMPLATE_KEY_CHANGED');
    const agent = await http(core.url, 'POST', '/v1/schedule-templates', {
      auth: core.auth('agent'),
      body: template(c),
    });
    expect(agent.status).toBe(403);
    // A session may not run past midnight (30 min × 48 numbers from 08:00 would wrap around).
    const wraps = await post(template(c, { weekday: 3, minutesPerNumber: 30, numberCount: 48 }));
    expect(wraps.status).toBe(400);
    expect(wraps.body.code).toBe('VALIDATION_FAILED');
    const toMidnight = await post(
      template(c, { weekday: 3, firstStart: '20:00', minutesPerNumber: 30, numberCount: 8 }),
    );
    expect(toMidnight.status).toBe(201);
  });

  it('handles large sessions with a large reserve when a template changes', async () => {
    const c = await createClinic(core, {
      weekday: 5,
      numberCount: 400,
      minutesPerNumber: 1,
      effectiveFrom: TEMPLATES_FROM,
    });
    await generate(core);
    const change = await http(core.url, 'PUT', `/v1/schedule-templates/${c.templateId}`, {
      auth: scheduler(),
      body: template(c, { firstStart: '07:00', minutesPerNumber: 1, numberCount: 500, reserveCount: 100 }),
    });
    expect(change.status).toBe(200);
    await generate(core);
    const s = await sessionOf(core, c.doctorId, TEST_FRIDAY);
    const slots = await slotsOf(s.id);
    expect(slots).toHaveLength(500);
    expect(slots.filter((x: any) => x.reserve === 'ON_SITE')).toHaveLength(100);
  });

  it('shows a session on its hospital-local date whether asked at 23:30 or at 00:30', async () => {
    const c = await createClinic(core, { weekday: 5, numberCount: 3, effectiveFrom: TEMPLATES_FROM });
    await generate(core);
    // 23:30 Thursday in Shanghai is 15:30 UTC; 00:30 Friday is 16:30 UTC — the same UTC day.
    await setClock(core, '2026-12-03T23:30:00+08:00');
    const tomorrow = await http(
      core.url,
      'GET',
      `/v1/sessions?doctorId=${c.doctorId}&dateFrom=${TEST_FRIDAY}&dateTo=${TEST_FRIDAY}`,
      {
        auth: core.auth('agent'),
      },
    );
    expect(tomorrow.body.map((s: any) => s.date)).toEqual([TEST_FRIDAY]);
    const todayAt2330 = await http(core.url, 'GET', `/v1/sessions?doctorId=${c.doctorId}&dateTo=2026-12-03`, {
      auth: core.auth('agent'),
    });
    expect(todayAt2330.body).toEqual([]);
    await setClock(core, '2026-12-04T00:30:00+08:00');
    const todayAt0030 = await http(
      core.url,
      'GET',
      `/v1/sessions?doctorId=${c.doctorId}&dateTo=${TEST_FRIDAY}`,
      {
        auth: core.auth('agent'),
      },
    );
    expect(todayAt0030.body.map((s: any) => [s.date, s.startsAt])).toEqual([
      [TEST_FRIDAY, '2026-12-04T08:00:00+08:00'],
    ]);
    await setClock(core, NOW);
  });
});
