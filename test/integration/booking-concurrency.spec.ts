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

// Real concurrency: on PostgreSQL (TEST_DATABASE_URL) these requests run in parallel
// transactions over a pool of connections; the embedded engine runs them one at a time.

describe('booking under concurrency (one pool, no double booking)', () => {
  let core: CoreHarness;
  const book = (body: object) =>
    http(core.url, 'POST', '/v1/appointments', { auth: core.auth('agent'), body });
  const tally = (statuses: { status: number; body: any }[]) => {
    const out: Record<string, number> = {};
    for (const r of statuses) {
      const key = r.status < 300 ? String(r.status) : `${r.status} ${r.body?.code}`;
      out[key] = (out[key] ?? 0) + 1;
    }
    return out;
  };

  beforeAll(async () => {
    core = await startCore();
    await setClock(core, TEST_NOW);
  });
  afterAll(async () => core?.close());

  it('300 distinct patients racing for a 10-number session: 10 booked with 10 distinct numbers, 290 SESSION_FULL', async () => {
    const c = await createClinic(core, { weekday: 5, numberCount: 10, effectiveFrom: TEMPLATES_FROM });
    await generate(core);
    const s = await sessionOf(core, c.doctorId, TEST_FRIDAY);
    const results = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        book({ channel: 'PHONE', sessionId: s.id, patient: testPatient(i, 2) }),
      ),
    );
    expect(tally(results)).toEqual({ '201': 10, '409 SESSION_FULL': 290 });
    const numbers = results.filter((r) => r.status === 201).map((r) => r.body.visitNo);
    expect(new Set(numbers).size).toBe(10);
    expect([...numbers].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const after = await sessionOf(core, c.doctorId, TEST_FRIDAY);
    expect(after.available).toBe(0);
    const held = await core.app
      .get(SqlClient)
      .query<{ n: number }>(
        `SELECT CAST(COUNT(*) AS integer) AS n FROM slot WHERE session_id = :id AND appointment_id IS NOT NULL`,
        { id: s.id },
      );
    expect(held[0].n).toBe(10);
  });

  it('100 patients racing for one given number: exactly one gets it', async () => {
    const c = await createClinic(core, { weekday: 5, numberCount: 5, effectiveFrom: TEMPLATES_FROM });
    await generate(core);
    const s = await sessionOf(core, c.doctorId, TEST_FRIDAY);
    const slots = await http(core.url, 'GET', `/v1/sessions/${s.id}/slots`, { auth: core.auth('agent') });
    const target = slots.body[2].id;
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        book({ channel: 'PHONE', slotId: target, patient: testPatient(i, 3) }),
      ),
    );
    expect(tally(results)).toEqual({ '201': 1, '409 SLOT_UNAVAILABLE': 99 });
    expect((await sessionOf(core, c.doctorId, TEST_FRIDAY)).available).toBe(4);
  });

  it('one patient booking 20 sessions of one department on one day in parallel: exactly one succeeds', async () => {
    const first = await createClinic(core, { weekday: 5, effectiveFrom: TEMPLATES_FROM });
    const doctors = [first.doctorId];
    for (let i = 1; i < 20; i++) {
      const c = await createClinic(core, {
        weekday: 5,
        period: (['AM', 'PM', 'EVENING'] as const)[i % 3],
        firstStart: ['08:00', '14:00', '18:00'][i % 3],
        effectiveFrom: TEMPLATES_FROM,
        departmentId: first.departmentId,
      });
      doctors.push(c.doctorId);
    }
    await generate(core);
    const sessions = await Promise.all(doctors.map((d) => sessionOf(core, d, TEST_FRIDAY)));
    const patient = testPatient(1, 4);
    const results = await Promise.all(
      sessions.map((s) => book({ channel: 'PHONE', sessionId: s.id, patient })),
    );
    expect(tally(results)).toEqual({ '201': 1, '409 BOOKING_LIMIT_EXCEEDED': 19 });
  });

  it('a first-visit patient booking in parallel is registered once, and the per-day limit holds', async () => {
    const sessions = [];
    for (let i = 0; i < 8; i++) {
      const c = await createClinic(core, { weekday: 5, effectiveFrom: TEMPLATES_FROM });
      sessions.push(c);
    }
    await generate(core);
    const ids = await Promise.all(
      sessions.map(async (c) => (await sessionOf(core, c.doctorId, TEST_FRIDAY)).id),
    );
    const patient = testPatient(2, 4);
    const results = await Promise.all(ids.map((id) => book({ channel: 'PHONE', sessionId: id, patient })));
    expect(tally(results)).toEqual({ '201': 3, '409 BOOKING_LIMIT_EXCEEDED': 5 });
    const patients = new Set(
      results.filter((r) => r.status === 201).map((r) => r.body.patient.documentMasked),
    );
    expect(patients.size).toBe(1);
    const rows = await core.app
      .get(SqlClient)
      .query<{ n: number }>(
        `SELECT CAST(COUNT(DISTINCT patient_id) AS integer) AS n FROM appointment WHERE session_id IN (${ids.join(',')})`,
      );
    expect(rows[0].n).toBe(1);
  });
});
