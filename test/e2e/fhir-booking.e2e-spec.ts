import { randomUUID } from 'node:crypto';
import type { Appointment, PartnerClient } from '@app/partner-client';
import {
  createClinic,
  fhir,
  fhirSchemaErrors,
  fhirSearchByPost,
  generate,
  sessionOf,
  setClock,
  smartKey,
  smartToken,
  startCore,
  startGateway,
  testPartners,
  testPatient,
  type CoreHarness,
  type GatewayHarness,
  type SmartKey,
  TEST_FRIDAY,
  TEST_NOW,
  TEMPLATES_FROM,
} from '@test/support';

const PRC_ID = 'urn:oid:2.16.156.10011.1.5';

/** The Appointment a SMART client sends: one Slot and a contained Patient with the PRC resident ID. */
function appointmentFor(slotId: string, p: ReturnType<typeof testPatient>, identifier?: string) {
  return {
    resourceType: 'Appointment',
    status: 'booked',
    ...(identifier ? { identifier: [{ system: 'urn:example:partner-booking', value: identifier }] } : {}),
    slot: [{ reference: `Slot/${slotId}` }],
    contained: [
      {
        resourceType: 'Patient',
        id: 'p',
        identifier: [{ system: PRC_ID, value: p.documentNo }],
        name: [{ text: p.name }],
        telecom: [{ system: 'phone', value: p.mobile }],
      },
    ],
    participant: [{ actor: { reference: '#p' }, status: 'accepted' }],
  };
}

// Decision 024: booking through the FHIR façade on the partner API's own services (R5, R7, R9,
// R20): create, $book, $hold, read, cancel; the same appointments seen through both APIs.
jest.setTimeout(180_000);
describe('FHIR façade: booking, holding and cancelling Appointments (R5, R7, R9, R20; decision 024)', () => {
  let core: CoreHarness;
  let gateway: GatewayHarness;
  let key: SmartKey;
  let token: string;
  let partnerApi: PartnerClient;
  let patientNo = 0;
  const nextPatient = () => testPatient(++patientNo, 24);
  const call = (method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
    fhir(gateway.url, token, method, path, { body, headers });
  const valid = (body: any) => {
    expect(fhirSchemaErrors(body)).toEqual([]);
    return body;
  };
  const noIdentity = (text: string, p: ReturnType<typeof testPatient>) => {
    expect(text).not.toContain(p.documentNo);
    expect(text).not.toContain(p.mobile);
  };

  /** A fresh session's FHIR Slot ids. */
  const freshSlots = async (numbers = 4): Promise<string[]> => {
    const clinic = await createClinic(core, {
      weekday: 5,
      numberCount: numbers,
      reserveCount: 0,
      effectiveFrom: TEMPLATES_FROM,
    });
    await generate(core);
    const session = await sessionOf(core, clinic.doctorId, TEST_FRIDAY);
    const res = await call('GET', `/Slot?schedule=Schedule/${session.id}`);
    return res.body.entry.map((e: any) => e.resource.id as string);
  };

  beforeAll(async () => {
    key = await smartKey('RS384');
    core = await startCore();
    await setClock(core, TEST_NOW);
    gateway = await startGateway(core, {
      partners: testPartners([{ appId: 'smart-web', channel: 'WEB', fhirJwk: key.publicJwk }]),
    });
    token = await smartToken(gateway.url, key, 'smart-web', 'system/*.read system/Appointment.write');
    partnerApi = gateway.client('smart-web');
  });
  afterAll(async () => {
    await gateway?.close();
    await core?.close();
  });

  it('a SMART client books a Slot (201, Location), reads and cancels it; the partner API sees the same appointment', async () => {
    const [slot] = await freshSlots();
    const p = nextPatient();
    const created = await call('POST', '/Appointment', appointmentFor(slot, p));
    expect(created.status).toBe(201);
    const a = valid(created.body);
    expect(created.headers.get('location')).toBe(`/fhir/r4/Appointment/${a.id}`);
    expect(a).toMatchObject({
      resourceType: 'Appointment',
      status: 'booked',
      slot: [{ reference: `Slot/${slot}` }],
      start: `${TEST_FRIDAY}T08:00:00+08:00`,
    });
    expect(a.identifier).toContainEqual(
      expect.objectContaining({ system: 'urn:outpatient-booking:check-in-code' }),
    );
    noIdentity(JSON.stringify(a), p);

    const viaPartner = await partnerApi.appointment(Number(a.id));
    expect(viaPartner.status).toBe(200);
    expect((viaPartner.body as Appointment).channel).toBe('WEB'); // R7: the partner's channel

    const slotNow = await call('GET', `/Slot/${slot}`);
    expect(slotNow.body.status).toBe('busy');

    const read = await call('GET', `/Appointment/${a.id}`);
    expect(valid(read.body)).toMatchObject({ id: a.id, status: 'booked' });

    const search = (form: Record<string, string>) =>
      fhirSearchByPost(gateway.url, token, 'Appointment', {
        'patient.identifier': `${PRC_ID}|${p.documentNo}`,
        'patient.name': p.name,
        ...form,
      });
    const found = await search({ date: TEST_FRIDAY, status: 'booked' });
    expect(found.status).toBe(200);
    expect(valid(found.body)).toMatchObject({ resourceType: 'Bundle', type: 'searchset', total: 1 });
    expect(found.body.entry[0].resource.id).toBe(a.id);
    noIdentity(JSON.stringify(found.body), p);
    expect((await search({ status: 'cancelled' })).body.total).toBe(0);
    expect((await search({ color: 'red' })).status).toBe(400);

    const cancelled = await call('PUT', `/Appointment/${a.id}`, {
      ...read.body,
      status: 'cancelled',
      cancelationReason: { text: 'patient cannot come' },
    });
    expect(cancelled.status).toBe(200);
    expect(valid(cancelled.body)).toMatchObject({
      status: 'cancelled',
      cancelationReason: { text: 'patient cannot come' },
    });
    expect(((await partnerApi.appointment(Number(a.id))).body as Appointment).status).toBe('CANCELLED');
    // R9, decision 029: back in the pool after its random re-release delay (1–10 minutes), not at once.
    expect((await call('GET', `/Slot/${slot}`)).body.status).toBe('busy');
    await setClock(core, new Date(new Date(TEST_NOW).getTime() + 10 * 60_000).toISOString());
    const freed = (await call('GET', `/Slot/${slot}`)).body.status;
    await setClock(core, TEST_NOW);
    expect(freed).toBe('free');
    expect(valid((await search({ status: 'cancelled' })).body).total).toBe(1);
  });

  it('an appointment booked on the partner API reads through FHIR, and is cancelled there', async () => {
    const [slot] = await freshSlots();
    const p = nextPatient();
    const booked = await partnerApi.book({ slotId: Number(slot.split('-')[1]), patient: p }, randomUUID());
    expect(booked.status).toBe(201);
    const id = (booked.body as Appointment).id;
    const read = await call('GET', `/Appointment/${id}`);
    expect(read.status).toBe(200);
    expect(valid(read.body)).toMatchObject({ status: 'booked', slot: [{ reference: `Slot/${slot}` }] });
    noIdentity(JSON.stringify(read.body), p);
    const cancelled = await call('PUT', `/Appointment/${id}`, {
      resourceType: 'Appointment',
      id: String(id),
      status: 'cancelled',
    });
    expect(cancelled.status).toBe(200);
    expect(((await partnerApi.appointment(id)).body as Appointment).status).toBe('CANCELLED');
  });

  it('is idempotent by Idempotency-Key and by Appointment.identifier; a taken slot is 409 OperationOutcome', async () => {
    const [slot, other] = await freshSlots();
    const p = nextPatient();
    const headerKey = randomUUID();
    const first = await call(
      'POST',
      '/Appointment/$book',
      { resourceType: 'Parameters', parameter: [{ name: 'appointment', resource: appointmentFor(slot, p) }] },
      { 'idempotency-key': headerKey },
    );
    const again = await call(
      'POST',
      '/Appointment/$book',
      { resourceType: 'Parameters', parameter: [{ name: 'appointment', resource: appointmentFor(slot, p) }] },
      { 'idempotency-key': headerKey },
    );
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(valid(again.body).id).toBe(first.body.id);

    const q = nextPatient();
    const byIdentifier = appointmentFor(other, q, `order-${randomUUID()}`);
    const one = await call('POST', '/Appointment', byIdentifier);
    const two = await call('POST', '/Appointment', byIdentifier);
    expect(one.status).toBe(201);
    expect(two.body.id).toBe(one.body.id);

    const taken = await call('POST', '/Appointment', appointmentFor(slot, nextPatient()));
    expect(taken.status).toBe(409);
    expect(valid(taken.body).issue[0]).toMatchObject({
      code: 'conflict',
      details: { coding: [{ code: 'SLOT_UNAVAILABLE' }] },
    });
  });

  it('$hold holds a number (pending, hold-<id>); $book confirms it; PUT cancelled releases another', async () => {
    const [a, b] = await freshSlots();
    const p = nextPatient();
    const held = await call('POST', '/Appointment/$hold', {
      resourceType: 'Parameters',
      parameter: [{ name: 'appointment', resource: appointmentFor(a, p) }],
    });
    expect(held.status).toBe(200);
    expect(valid(held.body)).toMatchObject({
      status: 'pending',
      id: expect.stringMatching(/^hold-\d+$/),
      slot: [{ reference: `Slot/${a}` }],
    });
    noIdentity(JSON.stringify(held.body), p);
    expect((await call('GET', `/Slot/${a}`)).body.status).toBe('busy');
    const booked = await call('POST', '/Appointment/$book', {
      resourceType: 'Parameters',
      parameter: [{ name: 'appointment', resource: { resourceType: 'Appointment', id: held.body.id } }],
    });
    expect(booked.status).toBe(200);
    expect(valid(booked.body)).toMatchObject({ status: 'booked', slot: [{ reference: `Slot/${a}` }] });
    expect((await call('GET', `/Appointment/${held.body.id}`)).body.status).toBe('booked');

    const second = await call('POST', '/Appointment/$hold', appointmentFor(b, nextPatient()));
    const released = await call('PUT', `/Appointment/${second.body.id}`, {
      resourceType: 'Appointment',
      id: second.body.id,
      status: 'cancelled',
    });
    expect(released.status).toBe(200);
    expect(valid(released.body).status).toBe('cancelled');
    // Decision 029: the released number returns after its random re-release delay.
    expect((await call('GET', `/Slot/${b}`)).body.status).toBe('busy');
    await setClock(core, new Date(new Date(TEST_NOW).getTime() + 10 * 60_000).toISOString());
    const freed = (await call('GET', `/Slot/${b}`)).body.status;
    await setClock(core, TEST_NOW);
    expect(freed).toBe('free');
  });

  it('bad bookings are 400 OperationOutcome that never quote the ID; writing needs Appointment.write', async () => {
    const [slot] = await freshSlots(1);
    const p = nextPatient();
    const noPatient = { ...appointmentFor(slot, p), contained: [] };
    const otherSystem = appointmentFor(slot, p);
    otherSystem.contained[0].identifier = [{ system: 'urn:example:passport', value: p.documentNo }];
    const badId = appointmentFor(slot, { ...p, documentNo: '110105194912310021' });
    const twoSlots = {
      ...appointmentFor(slot, p),
      slot: [{ reference: `Slot/${slot}` }, { reference: `Slot/${slot}` }],
    };
    for (const body of [noPatient, otherSystem, badId, twoSlots, { resourceType: 'Patient' }]) {
      const res = await call('POST', '/Appointment', body);
      expect(res.status).toBe(400);
      valid(res.body);
      noIdentity(JSON.stringify(res.body), p);
    }
    const notCancel = await call('PUT', '/Appointment/1', {
      resourceType: 'Appointment',
      id: '1',
      status: 'booked',
    });
    expect(notCancel.status).toBe(400);

    const readOnly = await smartToken(gateway.url, key, 'smart-web', 'system/*.read');
    const refused = await fhir(gateway.url, readOnly, 'POST', '/Appointment', {
      body: appointmentFor(slot, p),
    });
    expect(refused.status).toBe(403);
    expect(valid(refused.body).issue[0].details.coding[0].code).toBe('FORBIDDEN');
    expect((await call('GET', `/Slot/${slot}`)).body.status).toBe('free');
  });

  it("$find offers a doctor's free numbers as proposed Appointments; $book books one of them", async () => {
    const clinic = await createClinic(core, {
      weekday: 5,
      numberCount: 3,
      reserveCount: 0,
      effectiveFrom: TEMPLATES_FROM,
    });
    await generate(core);
    const find = () =>
      call(
        'GET',
        `/Appointment/$find?practitioner=Practitioner/${clinic.doctorId}&start=${TEST_FRIDAY}&end=${TEST_FRIDAY}`,
      );
    const offered = await find();
    expect(offered.status).toBe(200);
    const proposals = valid(offered.body).entry.map((e: any) => valid(e.resource));
    expect(proposals).toHaveLength(3);
    expect(proposals[0]).toMatchObject({ status: 'proposed', start: `${TEST_FRIDAY}T08:00:00+08:00` });
    const p = nextPatient();
    const chosen = {
      ...proposals[1],
      status: 'booked',
      contained: appointmentFor('0-0', p).contained,
      participant: [...proposals[1].participant, { actor: { reference: '#p' }, status: 'accepted' }],
    };
    const booked = await call('POST', '/Appointment/$book', {
      resourceType: 'Parameters',
      parameter: [{ name: 'appointment', resource: chosen }],
    });
    expect(booked.status).toBe(200);
    expect(valid(booked.body)).toMatchObject({ status: 'booked', slot: proposals[1].slot });
    expect(valid((await find()).body).total).toBe(2);
    for (const query of [
      '',
      `?practitioner=${clinic.doctorId}`,
      `?practitioner=Practitioner/${clinic.doctorId}&start=${TEST_FRIDAY}&end=2020-01-01`,
      `?practitioner=Practitioner/${clinic.doctorId}&patient=x`,
    ]) {
      const res = await call('GET', `/Appointment/$find${query}`);
      expect(res.status).toBe(400);
      expect(valid(res.body).issue[0].details.coding[0].code).toBe('VALIDATION_FAILED');
    }
  });

  it('50 parallel $book of one slot: 1 Appointment, 49 × 409 OperationOutcome', async () => {
    const [slot] = await freshSlots(1);
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        call('POST', '/Appointment/$book', {
          resourceType: 'Parameters',
          parameter: [{ name: 'appointment', resource: appointmentFor(slot, nextPatient()) }],
        }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    for (const r of results) valid(r.body);
    for (const r of results.filter((x) => x.status === 409))
      expect(['SLOT_UNAVAILABLE', 'SESSION_FULL']).toContain(r.body.issue[0].details.coding[0].code);
  });
});
