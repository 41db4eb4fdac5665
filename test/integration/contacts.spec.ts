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
  coreAs,
} from '@test/support';
import { SqlClient } from '../../apps/booking-core/src/database/sql-client';

/**
 * R8: a patient's messages go where the patient said. Knowing a patient's name and ID number (all
 * a booking asks for) must not let anyone redirect the messages of that patient's other
 * appointments; the stored contact changes only at an authenticated intranet desk, audited.
 */
describe("a booking cannot hijack a patient's contact (R6, R8)", () => {
  let core: CoreHarness;
  const post: ReturnType<typeof coreAs>['post'] = (...args) => coreAs(core).post(...args);
  const newSession = async () => {
    const clinic = await createClinic(core, { weekday: 5, numberCount: 10, effectiveFrom: TEMPLATES_FROM });
    await generate(core);
    return sessionOf(core, clinic.doctorId, TEST_FRIDAY);
  };
  /** Claims every due message and returns, per appointment, where its SMS would be sent. */
  const smsRecipients = async (): Promise<Map<number, string[]>> => {
    const jobs = (await post('gateway', '/v1/notifications/claim', { owner: 'test', limit: 500 })).body as {
      channel: string;
      recipient: string | null;
      appointment: { id: number } | null;
    }[];
    const byAppointment = new Map<number, string[]>();
    for (const j of jobs)
      if (j.channel === 'SMS' && j.appointment)
        byAppointment.set(j.appointment.id, [
          ...(byAppointment.get(j.appointment.id) ?? []),
          j.recipient ?? '',
        ]);
    return byAppointment;
  };

  beforeAll(async () => {
    core = await startCore();
    await setClock(core, TEST_NOW);
  });
  afterAll(async () => core?.close());

  it("keeps each booking's mobile to that booking, and the patient's to an audited desk update", async () => {
    const patient = testPatient(1, 31);
    const attackerMobile = '13900009999';
    const [first, second, third, fourth] = [
      await newSession(),
      await newSession(),
      await newSession(),
      await newSession(),
    ];

    // The patient books by phone with their own mobile.
    const own = await post('agent', '/v1/appointments', { channel: 'PHONE', sessionId: first.id, patient });
    expect(own.status).toBe(201);
    // Someone who knows the name and ID number books through a partner with another mobile.
    const other = await post('gateway', '/v1/appointments', {
      channel: 'WEB',
      partnerId: 'web-x',
      sessionId: second.id,
      patient: { ...patient, mobile: attackerMobile },
    });
    expect(other.status).toBe(201);
    expect(other.body.patient.mobileMasked).toBe('139****9999');

    // Each confirmation went to its booking's mobile.
    let sent = await smsRecipients();
    expect(sent.get(own.body.id)).toEqual([patient.mobile]);
    expect(sent.get(other.body.id)).toEqual([attackerMobile]);

    // Later messages about the patient's own appointment still go to the patient (here: the
    // doctor is suspended) — and so does the phone centre's call.
    expect(
      (await post('scheduler', `/v1/sessions/${first.id}/suspend`, { reason: '医生因病停诊' })).status,
    ).toBe(200);
    sent = await smsRecipients();
    expect(sent.get(own.body.id)).toEqual([patient.mobile]);
    const calls = await http(core.url, 'GET', `/v1/sessions/${first.id}/call-list`, {
      auth: core.auth('callcentre'),
    });
    expect(calls.body.map((c: { mobile: string }) => c.mobile)).toEqual([patient.mobile]);
    const read = await http(core.url, 'GET', `/v1/appointments/${own.body.id}`, { auth: core.auth('agent') });
    expect(read.body.patient.mobileMasked).toBe(
      `${patient.mobile.slice(0, 3)}****${patient.mobile.slice(-4)}`,
    );

    // The stored contact changes at the counter only — the gateway may not — and is audited.
    const newMobile = '13700001234';
    const contact = {
      name: patient.name,
      documentType: patient.documentType,
      documentNo: patient.documentNo,
    };
    const byGateway = await http(core.url, 'PUT', '/v1/patients/contact', {
      auth: core.auth('gateway'),
      body: { ...contact, mobile: newMobile },
    });
    expect(byGateway.status).toBe(403);
    const wrongName = await http(core.url, 'PUT', '/v1/patients/contact', {
      auth: core.auth('agent'),
      body: { ...contact, name: '冒名', mobile: newMobile },
    });
    expect(wrongName.body.code).toBe('IDENTITY_MISMATCH');
    const updated = await http(core.url, 'PUT', '/v1/patients/contact', {
      auth: core.auth('agent'),
      body: { ...contact, mobile: newMobile },
      headers: { 'x-operator-id': 'counter-7' },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ mobileMasked: '137****1234', documentType: 'NATIONAL_ID' });
    const audit = await core.app
      .get(SqlClient)
      .query<{ actor: string; operator: string; detail: string }>(
        `SELECT actor, operator, detail FROM audit_log WHERE action = 'UPDATE_CONTACT' AND entity_id = :id`,
        { id: String(updated.body.patientId) },
      );
    expect(audit).toEqual([
      { actor: 'test-agent', operator: 'counter-7', detail: expect.stringContaining('137****1234') },
    ]);
    expect(audit[0].detail).not.toContain(newMobile);

    // A booking made without a mobile uses the stored one; a booking made with one keeps its own.
    const { mobile: _none, ...withoutMobile } = patient;
    const plain = await post('agent', '/v1/appointments', {
      channel: 'PHONE',
      sessionId: third.id,
      patient: withoutMobile,
    });
    expect(plain.status).toBe(201);
    sent = await smsRecipients();
    expect(sent.get(plain.body.id)).toEqual([newMobile]);
    expect((await post('agent', `/v1/appointments/${other.body.id}/cancel`)).status).toBe(200);
    expect((await smsRecipients()).get(other.body.id)).toEqual([attackerMobile]);

    // And a walk-in's mobile is the walk-in's too: it does not replace the stored one.
    await setClock(core, `${TEST_FRIDAY}T07:30:00+08:00`);
    const walkIn = await post('registrar', '/v1/walk-ins', {
      sessionId: fourth.id,
      patient: { ...patient, mobile: '13600001111' },
    });
    expect(walkIn.status).toBe(201);
    const again = await http(core.url, 'PUT', '/v1/patients/contact', {
      auth: core.auth('admin'),
      body: { ...contact, mobile: newMobile },
    });
    expect(again.body.mobileMasked).toBe('137****1234');
    const stored = await core.app
      .get(SqlClient)
      .query<{ detail: string }>(
        `SELECT detail FROM audit_log WHERE action = 'UPDATE_CONTACT' ORDER BY id DESC`,
      );
    expect(JSON.parse(stored[0].detail)).toEqual({ from: '137****1234', to: '137****1234' });
  });
});
