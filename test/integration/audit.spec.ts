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

describe('the audit trail and the visit-day records, readable by ADMIN (R12, R15, R16, R20)', () => {
  let core: CoreHarness;
  const get: ReturnType<typeof coreAs>['get'] = (...args) => coreAs(core).get(...args);
  const post: ReturnType<typeof coreAs>['post'] = (...args) => coreAs(core).post(...args);

  beforeAll(async () => {
    core = await startCore();
  });
  afterAll(async () => core?.close());

  it('lists refused registrations, reads of mobiles, lifts, calls with their caller and visits, masked', async () => {
    await setClock(core, TEST_NOW);
    const clinic = await createClinic(core, { weekday: 5, numberCount: 6, effectiveFrom: TEMPLATES_FROM });
    const other = await createClinic(core, { weekday: 5, numberCount: 6, effectiveFrom: TEMPLATES_FROM });
    await generate(core);
    const session = await sessionOf(core, clinic.doctorId, TEST_FRIDAY);
    const suspended = await sessionOf(core, other.doctorId, TEST_FRIDAY);
    const [p1, p2, p3] = [testPatient(1, 41), testPatient(2, 41), testPatient(3, 41)];
    const a1 = (
      await post('agent', '/v1/appointments', { channel: 'PHONE', sessionId: session.id, patient: p1 })
    ).body;
    const a2 = (
      await post('agent', '/v1/appointments', { channel: 'PHONE', sessionId: session.id, patient: p2 })
    ).body;
    expect(
      (await post('agent', '/v1/appointments', { channel: 'PHONE', sessionId: suspended.id, patient: p3 }))
        .status,
    ).toBe(201);
    // The phone centre reads a suspended session's mobiles.
    expect(
      (await post('scheduler', `/v1/sessions/${suspended.id}/suspend`, { reason: '医生因病停诊' })).status,
    ).toBe(200);
    expect((await get('callcentre', `/v1/sessions/${suspended.id}/call-list`)).status).toBe(200);

    // The visit day: both check in, the first is called; p2's number on p1's appointment is refused.
    await setClock(core, `${TEST_FRIDAY}T07:45:00+08:00`);
    for (const [a, p] of [
      [a1, p1],
      [a2, p2],
    ] as const)
      expect(
        (
          await post('agent', '/v1/check-ins', {
            appointmentCode: a.code,
            document: { documentType: p.documentType, documentNo: p.documentNo },
          })
        ).status,
      ).toBe(200);
    await setClock(core, `${TEST_FRIDAY}T08:01:00+08:00`);
    expect(
      (await post('clinician', `/v1/queues/sessions/${session.id}/call-next`, {}, 'dr-wang')).status,
    ).toBe(200);
    const doc1 = { documentType: p1.documentType, documentNo: p1.documentNo };
    const transferred = await post(
      'registrar',
      '/v1/registrations',
      { appointmentCode: a1.code, ticketVisitNo: 2, document: doc1 },
      'desk-3',
    );
    expect(transferred.body.code).toBe('VISIT_NUMBER_MISMATCH');
    expect(
      (
        await post(
          'registrar',
          '/v1/registrations',
          { appointmentCode: a1.code, ticketVisitNo: 1, document: doc1 },
          'desk-3',
        )
      ).status,
    ).toBe(200);

    // A ban lifted with a reason; an old entry whose detail still holds a mobile in clear.
    const sql = core.app.get(SqlClient);
    await sql.query(
      `INSERT INTO blacklist_entry (patient_id, reason, starts_at, ends_at, created_at, created_by)
       SELECT patient_id, 'test', :from, :until, :from, 'test' FROM appointment WHERE id = :id`,
      { from: new Date('2026-11-30T00:00:00Z'), until: new Date('2027-05-30T00:00:00Z'), id: a2.id },
    );
    const [{ id: entry }] = await sql.query<{ id: number }>('SELECT max(id) AS id FROM blacklist_entry');
    expect(
      (await post('admin', `/v1/blacklist/${entry}/lift`, { reason: '短信故障导致爽约' }, 'it-admin')).status,
    ).toBe(200);
    await sql.query(
      `INSERT INTO audit_log (at, actor, operator, action, entity, entity_id, outcome, detail)
       VALUES (:at, 'legacy', NULL, 'CANCEL', 'appointment', '0', 'OK', :detail)`,
      { at: new Date('2026-11-01T00:00:00Z'), detail: JSON.stringify({ reason: `call ${p3.mobile}` }) },
    );

    // Refused registrations: who, when, what.
    const refused = await get('admin', '/v1/audit?action=REGISTER&outcome=REFUSED');
    expect(refused.status).toBe(200);
    expect(refused.body.entries).toEqual([
      expect.objectContaining({
        actor: 'test-registrar',
        operator: 'desk-3',
        entity: 'appointment',
        entityId: String(a1.id),
        outcome: 'REFUSED',
        at: '2026-12-04T08:01:00+08:00',
        detail: expect.objectContaining({ code: 'VISIT_NUMBER_MISMATCH', suspectedTransfer: true }),
      }),
    ]);
    const reads = await get('admin', '/v1/audit?action=READ_MOBILE');
    expect(reads.body.entries).toHaveLength(1);
    expect(reads.body.entries[0]).toMatchObject({ actor: 'test-callcentre', entity: 'patient' });
    const lifts = await get('admin', '/v1/audit?action=LIFT_BLACKLIST&actor=it-admin');
    expect(lifts.body.entries).toEqual([
      expect.objectContaining({
        operator: 'it-admin',
        detail: expect.objectContaining({ reason: '短信故障导致爽约' }),
      }),
    ]);
    const one = await get('admin', `/v1/audit?entity=appointment&entityId=${a1.id}`);
    expect(one.body.entries.map((e: any) => `${e.action}:${e.outcome}`)).toEqual([
      'REGISTER:OK',
      'REGISTER:REFUSED',
      'CHECK_IN:OK',
      'BOOK:OK',
    ]);
    const legacy = await get('admin', '/v1/audit?actor=legacy');
    expect(legacy.body.entries[0].detail.reason).toBe(
      `call ${p3.mobile.slice(0, 3)}****${p3.mobile.slice(-4)}`,
    );
    const window = await get(
      'admin',
      `/v1/audit?from=${encodeURIComponent('2026-12-04T00:00:00+08:00')}&to=${encodeURIComponent('2026-12-05T00:00:00+08:00')}`,
    );
    expect(window.body.entries.length).toBeGreaterThanOrEqual(5);
    expect(window.body.entries.every((e: any) => e.at.startsWith(TEST_FRIDAY))).toBe(true);

    // Paged: the pages together are the whole list, in order, without repeats.
    const all = (await get('admin', '/v1/audit?limit=500')).body.entries.map((e: any) => e.id);
    const paged: string[] = [];
    let next: string | null = null;
    do {
      const page: any = await get('admin', `/v1/audit?limit=4${next ? `&before=${next}` : ''}`);
      paged.push(...page.body.entries.map((e: any) => e.id));
      next = page.body.next;
    } while (next);
    expect(paged).toEqual(all);
    expect(all.length).toBeGreaterThan(8);

    // The session's calls, with the caller, and its visits, masked.
    const calls = await get('admin', `/v1/sessions/${session.id}/calls`);
    expect(calls.body).toEqual([
      expect.objectContaining({
        appointmentId: a1.id,
        visitNo: 1,
        kind: 'CALL',
        calledBy: 'dr-wang',
        at: '2026-12-04T08:01:00+08:00',
      }),
    ]);
    const visits = await get('admin', `/v1/sessions/${session.id}/visits`);
    expect(visits.body).toEqual([
      expect.objectContaining({ appointmentId: a1.id, visitNo: 1, registeredBy: 'desk-3', channel: 'PHONE' }),
    ]);
    expect(visits.body[0].patientName).toMatch(/\*/);
    expect(
      JSON.stringify([refused.body, reads.body, lifts.body, one.body, legacy.body, calls.body, visits.body]),
    ).not.toMatch(new RegExp([p1, p2, p3].flatMap((p) => [p.mobile, p.documentNo, p.name]).join('|')));

    // ADMIN only, with bad filters refused and unknown sessions 404.
    expect((await get('agent', '/v1/audit')).status).toBe(403);
    expect((await get('registrar', `/v1/sessions/${session.id}/visits`)).status).toBe(403);
    expect((await get('admin', '/v1/audit?outcome=MAYBE')).body.code).toBe('VALIDATION_FAILED');
    expect((await get('admin', '/v1/audit?limit=0')).body.code).toBe('VALIDATION_FAILED');
    expect((await get('admin', '/v1/audit?from=yesterday')).body.code).toBe('VALIDATION_FAILED');
    expect((await get('admin', '/v1/sessions/999999/calls')).body.code).toBe('SESSION_NOT_FOUND');
  });
});
