import { APPOINTMENT_FIELDS, type AppointmentFieldSpec } from '@app/contracts';
import type { PartnerClient } from '@app/partner-client';
import {
  coreAs,
  createClinic,
  generate,
  sessionOf,
  setClock,
  startCore,
  startGateway,
  testPartners,
  testPatient,
  TEMPLATES_FROM,
  TEST_FRIDAY,
  TEST_NOW,
  type CoreHarness,
  type GatewayHarness,
} from '@test/support';

const FIELDS: [string, AppointmentFieldSpec][] = Object.entries(APPOINTMENT_FIELDS);

/**
 * Decision 028: each simple appointment field, declared once in `APPOINTMENT_FIELDS`, goes from
 * the booking request through `book_appointment` into the database and back in every view of
 * the appointment, on the intranet API and through the gateway's partner API — for each of its
 * values, and as null when a booking does not give it. A value outside its list, or a field given
 * with a hold (which does not carry them), is refused at the edge with VALIDATION_FAILED. Written
 * over the list, so a field added to it is tested here without another test.
 */
describe('simple appointment fields, end to end (decision 028)', () => {
  let core: CoreHarness;
  let gateway: GatewayHarness;
  let partner: PartnerClient;
  let sessionId: number;
  let person = 0;
  const as = () => coreAs(core);

  beforeAll(async () => {
    core = await startCore();
    await setClock(core, TEST_NOW);
    const clinic = await createClinic(core, { weekday: 5, numberCount: 40, effectiveFrom: TEMPLATES_FROM });
    await generate(core);
    sessionId = (await sessionOf(core, clinic.doctorId, TEST_FRIDAY)).id;
    gateway = await startGateway(core, { partners: testPartners([{ appId: 'web-f', channel: 'WEB' }]) });
    partner = gateway.client('web-f');
  });
  afterAll(async () => {
    await gateway?.close();
    await core?.close();
  });

  const book = (extra: Record<string, unknown>) =>
    as().post('agent', '/v1/appointments', {
      channel: 'PHONE',
      sessionId,
      patient: testPatient(7, ++person),
      ...extra,
    });
  const partnerPost = (path: string, extra: Record<string, unknown>) =>
    partner.request<Record<string, unknown>>('POST', path, {
      body: { sessionId, patient: testPatient(7, ++person), ...extra },
    });
  const partnerGet = (id: unknown) =>
    partner.request<Record<string, unknown>>('GET', `/v1/appointments/${id as number}`);

  it('declares each field with its column, its values and an example among them', () => {
    for (const [name, spec] of FIELDS) {
      expect(name).toMatch(/^[a-z][A-Za-z]*$/);
      expect(spec.column).toMatch(/^[a-z][a-z_]*$/);
      expect(spec.values.length).toBeGreaterThan(0);
      expect(spec.values).toContain(spec.example);
    }
  });

  for (const [name, spec] of FIELDS) {
    it(`${name}: each value is stored and read back; none given reads null (intranet API)`, async () => {
      for (const value of spec.values) {
        const booked = await book({ [name]: value });
        expect(booked.status).toBe(201);
        expect(booked.body[name]).toBe(value);
        const read = await as().get('agent', `/v1/appointments/${booked.body.id as number}`);
        expect(read.status).toBe(200);
        expect(read.body[name]).toBe(value);
      }
      const without = await book({});
      expect(without.status).toBe(201);
      expect(without.body[name]).toBeNull();
    });

    it(`${name}: each value is stored and read back; none given reads null (partner API)`, async () => {
      for (const value of spec.values) {
        const booked = await partnerPost('/v1/appointments', { [name]: value });
        expect(booked.status).toBe(201);
        expect(booked.body[name]).toBe(value);
        const read = await partnerGet(booked.body.id);
        expect(read.status).toBe(200);
        expect(read.body[name]).toBe(value);
      }
      const without = await partnerPost('/v1/appointments', {});
      expect(without.status).toBe(201);
      expect(without.body[name]).toBeNull();
    });

    it(`${name}: a value outside its list is refused at the edge, on both APIs`, async () => {
      const refused = await book({ [name]: 'NOT_A_VALUE' });
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('VALIDATION_FAILED');
      expect(JSON.stringify(refused.body.errors)).toContain(name);
      const viaPartner = await partnerPost('/v1/appointments', { [name]: 'NOT_A_VALUE' });
      expect(viaPartner.status).toBe(400);
      expect(viaPartner.body.code).toBe('VALIDATION_FAILED');
    });

    it(`${name}: a hold refuses it rather than lose it at confirmation`, async () => {
      const held = await partnerPost('/v1/holds', { [name]: spec.example });
      expect(held.status).toBe(400);
      expect(held.body.code).toBe('VALIDATION_FAILED');
    });
  }
});
