import { Client } from 'pg';
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

jest.setTimeout(120_000);

/**
 * Decision 014: every writer locks session → appointment → slot. These tests call the procedures
 * on connections of their own — without booking-core's deadlock retry — so a deadlock between
 * them would surface as 40P01 instead of being retried away. On PostgreSQL (the server-database
 * run), where transactions really interleave.
 */
describe('one lock order: suspension, cancellation and bookings never deadlock (R9, R14)', () => {
  let core: CoreHarness;
  let n = 0;

  beforeAll(async () => {
    core = await startCore();
    await setClock(core, TEST_NOW);
  });
  afterAll(async () => core?.close());

  const connect = async () => {
    const c = new Client({ connectionString: core.database.url });
    c.on('error', () => undefined);
    await c.connect();
    return c;
  };

  async function bookedSession(count: number) {
    const clinic = await createClinic(core, {
      weekday: 5,
      numberCount: Math.max(count, 200),
      minutesPerNumber: 1,
      effectiveFrom: TEMPLATES_FROM,
    });
    await generate(core);
    const session = await sessionOf(core, clinic.doctorId, TEST_FRIDAY);
    const ids: number[] = [];
    for (let i = 0; i < count; i++) {
      const r = await http(core.url, 'POST', '/v1/appointments', {
        auth: core.auth('agent'),
        body: { channel: 'PHONE', sessionId: session.id, patient: testPatient(++n, 41) },
      });
      expect(r.status).toBe(201);
      ids.push(r.body.id);
    }
    return { sessionId: session.id as number, ids };
  }

  it('cancellations racing a suspension of the same session: no deadlock, every appointment ends cancelled one way', async () => {
    const errors: string[] = [];
    for (let round = 0; round < 5; round++) {
      const { sessionId, ids } = await bookedSession(16);
      const clients = await Promise.all(Array.from({ length: ids.length + 1 }, connect));
      try {
        await Promise.all([
          ...ids.map((id, i) =>
            clients[i]
              .query(`SELECT * FROM cancel_appointment($1, NULL, 'ill', 'test', NULL, $2)`, [id, TEST_NOW])
              .catch((e: { code?: string; message?: string }) => errors.push(`${e.code} ${e.message}`)),
          ),
          clients[ids.length]
            .query(`SELECT * FROM suspend_session($1, 'doctor ill', 'test', NULL, $2)`, [sessionId, TEST_NOW])
            .catch((e: { code?: string; message?: string }) => errors.push(`${e.code} ${e.message}`)),
        ]);
      } finally {
        await Promise.all(clients.map((c) => c.end()));
      }
      const statuses = await http(core.url, 'GET', `/v1/sessions/${sessionId}/slots`, {
        auth: core.auth('agent'),
      });
      expect(statuses.status).toBe(200);
    }
    // The only refusals: a cancel that came after the suspension (the appointment is no longer BOOKED).
    expect(errors.filter((e) => !/CANCEL_NOT_ALLOWED/.test(e))).toEqual([]);
  });

  it('a suspension racing a burst of bookings leaves no BOOKED appointment in the SUSPENDED session', async () => {
    for (let round = 0; round < 3; round++) {
      const { sessionId } = await bookedSession(0);
      const admin = await connect();
      try {
        let suspended = false;
        const burst = Array.from({ length: 60 }, (_, i) =>
          (async () => {
            // Spread the bookings around the suspension.
            if (i % 3 === 0) await new Promise((r) => setImmediate(r));
            return http(core.url, 'POST', '/v1/appointments', {
              auth: core.auth('agent'),
              body: { channel: 'PHONE', sessionId, patient: testPatient(++n, 42) },
            });
          })(),
        );
        const suspension = (async () => {
          await new Promise((r) => setTimeout(r, 5 * round));
          await admin.query(`SELECT * FROM suspend_session($1, 'doctor ill', 'test', NULL, $2)`, [
            sessionId,
            TEST_NOW,
          ]);
          suspended = true;
        })();
        const results = await Promise.all(burst);
        await suspension;
        expect(suspended).toBe(true);
        const odd = results.filter(
          (r) => !(r.status === 201 || (r.status === 409 && r.body.code === 'SESSION_SUSPENDED')),
        );
        expect(odd.map((r) => `${r.status} ${r.body.code}`)).toEqual([]);
        const rows = (
          await admin.query<{ status: string; n: number }>(
            `SELECT a.status, COUNT(*)::int AS n FROM appointment a WHERE a.session_id = $1 GROUP BY a.status`,
            [sessionId],
          )
        ).rows;
        const booked = results.filter((r) => r.status === 201).length;
        // Every booking that was answered 201 was cancelled by the hospital; none stayed BOOKED.
        expect(rows.filter((r) => r.status !== 'CANCELLED_BY_HOSPITAL')).toEqual([]);
        expect(rows.reduce((sum, r) => sum + r.n, 0)).toBe(booked);
      } finally {
        await admin.end();
      }
    }
  });
});
