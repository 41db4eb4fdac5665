import { randomUUID } from 'node:crypto';
import type { Appointment, PartnerClient, WaitlistEntry } from '@app/partner-client';
import {
  createClinic,
  generate,
  sessionOf,
  setClock,
  startCore,
  startGateway,
  testPartners,
  testPatient,
  type CoreHarness,
  type GatewayHarness,
  TEST_NOW,
  TEST_FRIDAY,
  TEMPLATES_FROM,
} from '@test/support';
import { SqlClient } from '../../apps/booking-core/src/database/sql-client';

// R5 waitlist through the partner API (decision 029): join a full session's line, get the offer of
// a number freed by a cancellation (with the partner channel's message), accept it; each POST
// idempotent (Idempotency-Key); a partner sees only its own entries.
jest.setTimeout(120_000);
describe('partner API: the waitlist of a full session (R5, R7, R20; decision 029)', () => {
  let core: CoreHarness;
  let gateway: GatewayHarness;
  let web: PartnerClient;
  let wechat: PartnerClient;
  let patientNo = 0;
  const nextPatient = () => testPatient(++patientNo, 34);

  beforeAll(async () => {
    core = await startCore();
    await setClock(core, TEST_NOW);
    gateway = await startGateway(core, {
      partners: testPartners([
        { appId: 'web-a', channel: 'WEB' },
        { appId: 'wechat-b', channel: 'WECHAT' },
      ]),
    });
    web = gateway.client('web-a');
    wechat = gateway.client('wechat-b');
  });
  afterEach(async () => setClock(core, TEST_NOW));
  afterAll(async () => {
    await gateway?.close();
    await core?.close();
  });

  it('joins a full session, is offered the number a cancellation frees, and accepts it', async () => {
    const clinic = await createClinic(core, { weekday: 5, numberCount: 2, effectiveFrom: TEMPLATES_FROM });
    await generate(core);
    const session = await sessionOf(core, clinic.doctorId, TEST_FRIDAY);

    const early = await wechat.joinWaitlist({ sessionId: session.id, patient: nextPatient() });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'WAITLIST_NOT_FULL' });

    const booked: Appointment[] = [];
    for (let i = 0; i < 2; i++) {
      const b = await web.book({ sessionId: session.id, patient: nextPatient() });
      expect(b.status).toBe(201);
      booked.push(b.body as Appointment);
    }

    const patient = nextPatient();
    const joinKey = randomUUID();
    const joined = await wechat.joinWaitlist(
      { sessionId: session.id, patient, notifyTo: 'oWaitlistUser01' },
      joinKey,
    );
    expect(joined.status).toBe(201);
    const mine = joined.body as WaitlistEntry;
    expect(mine).toMatchObject({
      status: 'WAITING',
      position: 1,
      waiting: 1,
      channel: 'WECHAT',
      offer: null,
    });
    expect(JSON.stringify(mine)).not.toContain(patient.documentNo);
    expect(JSON.stringify(mine)).not.toContain(patient.mobile);
    // A retry under the same key is the same entry; a second join is refused.
    expect(
      (await wechat.joinWaitlist({ sessionId: session.id, patient, notifyTo: 'oWaitlistUser01' }, joinKey))
        .body,
    ).toEqual(mine);
    expect((await wechat.joinWaitlist({ sessionId: session.id, patient })).body).toMatchObject({
      code: 'WAITLIST_DUPLICATE',
    });

    const other = await web.joinWaitlist({ sessionId: session.id, patient: nextPatient() });
    expect(other.body).toMatchObject({ status: 'WAITING', position: 2, waiting: 2 });
    // Another partner's entry is not found.
    expect((await wechat.waitlistEntry((other.body as WaitlistEntry).id)).body).toMatchObject({
      code: 'WAITLIST_ENTRY_NOT_FOUND',
    });

    expect((await web.cancel(booked[1].id, 'plans changed')).status).toBe(200);
    const offered = (await wechat.waitlistEntry(mine.id)).body as WaitlistEntry;
    expect(offered).toMatchObject({
      status: 'OFFERED',
      position: null,
      offer: { status: 'HELD', visitNo: booked[1].visitNo, expiresAt: '2026-12-01T09:15:00+08:00' },
    });
    expect(((await web.waitlistEntry((other.body as WaitlistEntry).id)).body as WaitlistEntry).position).toBe(
      1,
    );

    // The offer went out by SMS and as the WeChat message to the user the partner named.
    const sent = await core.app.get(SqlClient).query<{ channel: string; notify_to: string | null }>(
      `SELECT n.channel, n.notify_to FROM notification n JOIN waitlist_entry w ON w.patient_id = n.patient_id
          WHERE n.kind = 'WAITLIST_OFFER' AND w.id = :id ORDER BY n.channel`,
      { id: mine.id },
    );
    expect(sent).toEqual([
      { channel: 'SMS', notify_to: null },
      { channel: 'WECHAT', notify_to: 'oWaitlistUser01' },
    ]);

    expect((await web.acceptOffer(mine.id)).body).toMatchObject({ code: 'WAITLIST_ENTRY_NOT_FOUND' });
    const acceptKey = randomUUID();
    const accepted = await wechat.acceptOffer(mine.id, acceptKey);
    expect(accepted.status).toBe(200);
    const a = accepted.body as Appointment;
    expect(a).toMatchObject({
      status: 'BOOKED',
      visitNo: booked[1].visitNo,
      sessionId: session.id,
      channel: 'WECHAT',
    });
    expect(a.verificationCode).toMatch(/^\d{6}$/);
    expect((await wechat.acceptOffer(mine.id, acceptKey)).body).toEqual(a);
    expect((await wechat.waitlistEntry(mine.id)).body).toMatchObject({
      status: 'BOOKED',
      appointmentId: a.id,
    });
    expect((await wechat.appointment(a.id)).body).toMatchObject({ id: a.id, status: 'BOOKED' });

    // The other patient still waits, first in line, and may leave.
    const left = await web.leaveWaitlist((other.body as WaitlistEntry).id);
    expect(left.status).toBe(200);
    expect(left.body).toMatchObject({ status: 'LEFT', position: null });
  });
});
