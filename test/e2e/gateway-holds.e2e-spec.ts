import { randomUUID } from 'node:crypto';
import { maskName } from '@app/domain';
import type { Appointment, Hold, PartnerClient } from '@app/partner-client';
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

// R5 holds through the partner API (decision 023): hold, confirm and release, each idempotent
// (Idempotency-Key); the hold's time is booking-core's test clock.
jest.setTimeout(120_000);
describe('partner API: holding a number, then confirming or releasing it (R5, R7, R20)', () => {
  let core: CoreHarness;
  let gateway: GatewayHarness;
  let web: PartnerClient;
  let wechat: PartnerClient;
  let patientNo = 0;
  const nextPatient = () => testPatient(++patientNo, 11);

  const freshSession = async (numbers = 4) => {
    const clinic = await createClinic(core, {
      weekday: 5,
      numberCount: numbers,
      reserveCount: 0,
      effectiveFrom: TEMPLATES_FROM,
    });
    await generate(core);
    const session = await sessionOf(core, clinic.doctorId, TEST_FRIDAY);
    const slots = await web.slots(session.id);
    return { session, slots: slots.ok ? slots.body : [] };
  };

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

  it('holds, retries the hold, and confirms (retried) into a booking with the check-in code', async () => {
    const { session, slots } = await freshSession();
    const p = nextPatient();
    const holdKey = randomUUID();
    const held = await web.hold({ slotId: slots[1].id, patient: p }, holdKey);
    expect(held.status).toBe(201);
    const h = held.body as Hold;
    expect(h).toMatchObject({
      status: 'HELD',
      visitNo: 2,
      sessionId: session.id,
      slotId: slots[1].id,
      channel: 'WEB',
      expiresAt: '2026-12-01T09:05:00+08:00',
      appointmentId: null,
    });
    expect(h.patient.name).toBe(maskName(p.name));
    expect(JSON.stringify(h)).not.toContain(p.documentNo);
    expect(JSON.stringify(h)).not.toContain(p.mobile);

    const retried = await web.hold({ slotId: slots[1].id, patient: p }, holdKey);
    expect(retried.status).toBe(201);
    expect((retried.body as Hold).id).toBe(h.id);

    // Nobody else can book or hold it meanwhile.
    const other = await wechat.book({ slotId: slots[1].id, patient: nextPatient() });
    expect(other.status).toBe(409);
    expect(other.body).toMatchObject({ code: 'SLOT_UNAVAILABLE' });
    const listed = await web.slots(session.id);
    expect(listed.ok && listed.body.find((s) => s.id === slots[1].id)?.bookable).toBe(false);

    // Another partner does not see it.
    expect((await wechat.getHold(h.id)).body).toMatchObject({ code: 'HOLD_NOT_FOUND' });
    expect((await wechat.confirmHold(h.id)).body).toMatchObject({ code: 'HOLD_NOT_FOUND' });
    expect((await wechat.releaseHold(h.id)).body).toMatchObject({ code: 'HOLD_NOT_FOUND' });

    const confirmKey = randomUUID();
    const confirmed = await web.confirmHold(h.id, confirmKey);
    expect(confirmed.status).toBe(200);
    const a = confirmed.body as Appointment;
    expect(a).toMatchObject({ status: 'BOOKED', visitNo: 2, slotId: slots[1].id, channel: 'WEB' });
    expect(a.verificationCode).toMatch(/^\d{6}$/);
    const again = await web.confirmHold(h.id, confirmKey);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(a);
    // A new key for the same confirm returns the same appointment (the core's own retry rule).
    const fresh = await web.confirmHold(h.id);
    expect(fresh.status).toBe(200);
    expect((fresh.body as Appointment).id).toBe(a.id);

    expect((await web.getHold(h.id)).body).toMatchObject({ status: 'CONFIRMED', appointmentId: a.id });
    expect((await web.appointment(a.id)).body).toMatchObject({ id: a.id, status: 'BOOKED' });
  });

  it('releases (retried): the number is bookable again after its random re-release delay; a confirm of the released hold is HOLD_NOT_ACTIVE', async () => {
    const { slots } = await freshSession();
    const held = await web.hold({ slotId: slots[0].id, patient: nextPatient() });
    expect(held.status).toBe(201);
    const h = held.body as Hold;

    const key = randomUUID();
    const released = await web.releaseHold(h.id, key);
    expect(released.status).toBe(200);
    expect(released.body).toMatchObject({ id: h.id, status: 'RELEASED' });
    const again = await web.releaseHold(h.id, key);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(released.body);

    // Decision 029: nobody waits, so the number returns to the pool after a random 1–10 minutes.
    expect((await wechat.book({ slotId: slots[0].id, patient: nextPatient() })).body).toMatchObject({
      code: 'SLOT_UNAVAILABLE',
    });
    await setClock(core, new Date(new Date(TEST_NOW).getTime() + 10 * 60_000).toISOString());
    const other = await wechat.book({ slotId: slots[0].id, patient: nextPatient() });
    expect(other.status).toBe(201);
    const refused = await web.confirmHold(h.id);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'HOLD_NOT_ACTIVE' });
  });

  it("refuses a confirm after the hold's time with HOLD_EXPIRED, and its number is free again", async () => {
    const { slots } = await freshSession();
    const held = await web.hold({ slotId: slots[2].id, patient: nextPatient() });
    expect(held.status).toBe(201);
    await setClock(core, new Date(new Date(TEST_NOW).getTime() + 5 * 60_000).toISOString());
    const late = await web.confirmHold((held.body as Hold).id);
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: 'HOLD_EXPIRED' });
    expect((await web.getHold((held.body as Hold).id)).body).toMatchObject({ status: 'EXPIRED' });
    const other = await wechat.book({ slotId: slots[2].id, patient: nextPatient() });
    expect(other.status).toBe(201);
  });

  it('a key reused for another hold is IDEMPOTENCY_KEY_REUSED', async () => {
    const { slots } = await freshSession();
    const p = nextPatient();
    const key = randomUUID();
    expect((await web.hold({ slotId: slots[0].id, patient: p }, key)).status).toBe(201);
    const reused = await web.hold({ slotId: slots[1].id, patient: p }, key);
    expect(reused.status).toBe(422);
    expect(reused.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
  });
});
