import { randomUUID } from 'node:crypto';
import { maskName } from '@app/domain';
import type { ExamAppointment, PartnerClient } from '@app/partner-client';
import {
  createExamDepartment,
  http,
  setClock,
  startCore,
  startGateway,
  testPartners,
  testPatient,
  type CoreHarness,
  type GatewayHarness,
  TEST_FRIDAY,
  TEST_NOW,
} from '@test/support';

// R19 医技预约 through the partner API (decision 031): the patient picks a time for an order the
// hospital already issued; a partner can neither invent an order nor book an examination's
// number through the clinic booking route.
jest.setTimeout(120_000);
describe('partner API: booking an examination for an order (R19, R7, R20)', () => {
  let core: CoreHarness;
  let gateway: GatewayHarness;
  let wechat: PartnerClient;
  let web: PartnerClient;
  let patientNo = 0;
  const nextPatient = () => testPatient(++patientNo, 23);
  const identity = (p: ReturnType<typeof testPatient>) => ({
    name: p.name,
    documentType: p.documentType,
    documentNo: p.documentNo,
  });
  const placeOrder = async (examTypeId: number, p: ReturnType<typeof testPatient>) => {
    const orderNo = `GW${process.pid % 1000}${++patientNo}`;
    const r = await http(core.url, 'POST', '/v1/exam-orders', {
      auth: core.auth('clinician'),
      body: { orderNo, examTypeId, patient: p },
    });
    expect(r.status).toBe(201);
    return orderNo;
  };

  beforeAll(async () => {
    core = await startCore();
    await setClock(core, TEST_NOW);
    gateway = await startGateway(core, {
      partners: testPartners([
        { appId: 'wechat-e', channel: 'WECHAT' },
        { appId: 'web-e', channel: 'WEB' },
      ]),
    });
    wechat = gateway.client('wechat-e');
    web = gateway.client('web-e');
  });
  afterAll(async () => {
    await gateway?.close();
    await core?.close();
  });

  it('looks up the order, lists the device sessions and times, books (retried), reads and cancels', async () => {
    const d = await createExamDepartment(core);
    const p = nextPatient();
    const orderNo = await placeOrder(d.types.us.id, p);

    const types = await wechat.examTypes();
    expect(types.status).toBe(200);
    expect(types.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: d.types.us.id, preparation: expect.stringContaining('空腹') }),
      ]),
    );
    const order = await wechat.lookupExamOrder({ orderNo, patient: identity(p) }, randomUUID());
    expect(order.status).toBe(200);
    expect(order.body).toMatchObject({
      orderNo,
      status: 'OPEN',
      examType: { id: d.types.us.id },
      appointmentId: null,
    });

    const sessions = await wechat.examSessions({
      examTypeId: d.types.us.id,
      dateFrom: TEST_FRIDAY,
      dateTo: TEST_FRIDAY,
    });
    expect(sessions.status).toBe(200);
    const session = (sessions.body as { id: number; available: number }[]).find(
      (s) => s.id === d.us.session.id,
    );
    expect(session).toMatchObject({ available: 8 });
    const slots = await wechat.examSlots(d.us.session.id);
    expect(slots.status).toBe(200);
    const slot = (slots.body as { id: number; bookable: boolean }[])[4];
    expect(slot.bookable).toBe(true);

    const key = randomUUID();
    const booked = await wechat.bookExamination({ orderNo, slotId: slot.id, patient: p }, key);
    expect(booked.status).toBe(201);
    const b = booked.body as ExamAppointment;
    expect(b).toMatchObject({
      status: 'BOOKED',
      visitNo: 5,
      orderNo,
      channel: 'WECHAT',
      examType: { id: d.types.us.id, preparation: expect.stringContaining('空腹') },
      startsAt: `${TEST_FRIDAY}T09:00:00+08:00`,
    });
    expect(b.verificationCode).toMatch(/^\d{6}$/);
    expect(b.patient.name).toBe(maskName(p.name));
    expect(JSON.stringify(b)).not.toContain(p.documentNo);
    expect(JSON.stringify(b)).not.toContain(p.mobile);
    const retried = await wechat.bookExamination({ orderNo, slotId: slot.id, patient: p }, key);
    expect(retried.status).toBe(201);
    expect((retried.body as ExamAppointment).id).toBe(b.id);

    // One live booking per order, whichever partner asks.
    const second = await web.bookExamination(
      { orderNo, slotId: (slots.body as { id: number }[])[6].id, patient: p },
      randomUUID(),
    );
    expect(second.status).toBe(409);
    expect((second.body as { code: string }).code).toBe('EXAM_ORDER_ALREADY_BOOKED');

    const read = await wechat.examination(b.id);
    expect(read.status).toBe(200);
    expect((read.body as ExamAppointment).verificationCode).toBeUndefined();
    const otherPartner = await web.examination(b.id);
    expect(otherPartner.status).toBe(404);

    const cancelled = await wechat.cancelExamination(b.id, '时间冲突', randomUUID());
    expect(cancelled.status).toBe(200);
    expect((cancelled.body as ExamAppointment).status).toBe('CANCELLED');
    const afterCancel = await wechat.lookupExamOrder({ orderNo, patient: identity(p) }, randomUUID());
    expect(afterCancel.body).toMatchObject({ status: 'OPEN', appointmentId: null });
  });

  it('a partner cannot book without an order: an invented or another patient’s order, or the clinic route', async () => {
    const d = await createExamDepartment(core);
    const p = nextPatient();
    const slotId = d.us.slots[2].id;

    const invented = await wechat.bookExamination(
      { orderNo: 'MADEUP0001', slotId, patient: p },
      randomUUID(),
    );
    expect(invented.status).toBe(404);
    expect((invented.body as { code: string }).code).toBe('EXAM_ORDER_NOT_FOUND');

    const someoneElse = nextPatient();
    const theirs = await placeOrder(d.types.us.id, someoneElse);
    const stolen = await wechat.bookExamination({ orderNo: theirs, slotId, patient: p }, randomUUID());
    expect(stolen.status).toBe(404);
    expect((stolen.body as { code: string }).code).toBe('EXAM_ORDER_NOT_FOUND');
    const peek = await wechat.lookupExamOrder({ orderNo: theirs, patient: identity(p) }, randomUUID());
    expect(peek.status).toBe(404);
    expect((peek.body as { code: string }).code).toBe('EXAM_ORDER_NOT_FOUND');

    const noOrderField = await wechat.bookExamination({ slotId, patient: p } as never, randomUUID());
    expect(noOrderField.status).toBe(400);
    expect((noOrderField.body as { code: string }).code).toBe('VALIDATION_FAILED');

    const clinicRoute = await wechat.book({ slotId, patient: p }, randomUUID());
    expect(clinicRoute.status).toBe(409);
    expect((clinicRoute.body as { code: string }).code).toBe('EXAM_ORDER_REQUIRED');

    // The number is still free for the order's own patient.
    const own = await wechat.bookExamination({ orderNo: theirs, slotId, patient: someoneElse }, randomUUID());
    expect(own.status).toBe(201);
  });
});
