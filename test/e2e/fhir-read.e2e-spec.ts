import {
  createClinic,
  fhir,
  fhirSchemaErrors,
  generate,
  sessionOf,
  setClock,
  smartKey,
  smartToken,
  startCore,
  startGateway,
  testPartners,
  type CoreHarness,
  type FixtureSession,
  type GatewayHarness,
  TEST_FRIDAY,
  TEST_NOW,
  TEMPLATES_FROM,
} from '@test/support';

// Decision 024: the read side of the FHIR façade — Practitioner (doctor), HealthcareService
// (department), Location (room), Schedule (session), Slot (number) — read by id and searched,
// every resource valid against the FHIR R4 JSON schema, times with +08:00 (R4, R7, R20).
jest.setTimeout(120_000);
describe('FHIR façade: reading the catalog, schedules and slots (R4, R7; decision 024)', () => {
  let core: CoreHarness;
  let gateway: GatewayHarness;
  let token: string;
  let clinic: FixtureSession;
  let sessionId: number;
  const get = (path: string) => fhir(gateway.url, token, 'GET', path);
  const valid = (body: any) => {
    expect(fhirSchemaErrors(body)).toEqual([]);
    for (const entry of body.entry ?? []) expect(fhirSchemaErrors(entry.resource)).toEqual([]);
    return body;
  };

  beforeAll(async () => {
    const key = await smartKey('ES384');
    core = await startCore();
    await setClock(core, TEST_NOW);
    gateway = await startGateway(core, {
      partners: testPartners([{ appId: 'smart-app', channel: 'APP', fhirJwk: key.publicJwk }]),
    });
    clinic = await createClinic(core, {
      weekday: 5,
      numberCount: 4,
      reserveCount: 1,
      effectiveFrom: TEMPLATES_FROM,
    });
    await generate(core);
    sessionId = (await sessionOf(core, clinic.doctorId, TEST_FRIDAY)).id;
    token = await smartToken(gateway.url, key, 'smart-app', 'system/*.read');
  });
  afterAll(async () => {
    await gateway?.close();
    await core?.close();
  });

  it('reads and searches Practitioner, HealthcareService and Location', async () => {
    for (const [type, id] of [
      ['Practitioner', clinic.doctorId],
      ['HealthcareService', clinic.departmentId],
      ['Location', clinic.roomId],
    ] as const) {
      const one = await get(`/${type}/${id}`);
      expect(one.status).toBe(200);
      expect(one.headers.get('content-type')).toContain('application/fhir+json');
      expect(valid(one.body)).toMatchObject({ resourceType: type, id: String(id) });
      const all = await get(`/${type}`);
      expect(all.status).toBe(200);
      expect(valid(all.body)).toMatchObject({ resourceType: 'Bundle', type: 'searchset' });
      expect(all.body.entry.map((e: any) => e.resource)).toContainEqual(one.body);
    }
    const missing: [string, string][] = [
      ['Practitioner/99999999', 'DOCTOR_NOT_FOUND'],
      ['HealthcareService/x', 'DEPARTMENT_NOT_FOUND'],
      ['Location/99999999', 'ROOM_NOT_FOUND'],
      ['Schedule/99999999', 'SESSION_NOT_FOUND'],
      ['Slot/1', 'SLOT_NOT_FOUND'],
    ];
    for (const [path, code] of missing) {
      const res = await get(`/${path}`);
      expect(res.status).toBe(404);
      expect(valid(res.body).issue[0]).toMatchObject({ code: 'not-found', details: { coding: [{ code }] } });
    }
  });

  it('a session is a Schedule: read, and searched by doctor, department and day', async () => {
    const one = await get(`/Schedule/${sessionId}`);
    expect(one.status).toBe(200);
    expect(valid(one.body)).toMatchObject({
      resourceType: 'Schedule',
      id: String(sessionId),
      active: true,
      actor: [
        { reference: `Practitioner/${clinic.doctorId}` },
        { reference: `HealthcareService/${clinic.departmentId}` },
        { reference: `Location/${clinic.roomId}` },
      ],
      planningHorizon: { start: `${TEST_FRIDAY}T08:00:00+08:00` },
    });
    for (const query of [
      `actor=Practitioner/${clinic.doctorId}&date=${TEST_FRIDAY}`,
      `actor=HealthcareService/${clinic.departmentId}&date=ge${TEST_FRIDAY}&date=le${TEST_FRIDAY}`,
    ]) {
      const found = await get(`/Schedule?${query}`);
      expect(found.status).toBe(200);
      expect(valid(found.body).entry.map((e: any) => e.resource)).toEqual([one.body]);
    }
    const bad = await get('/Schedule?date=friday');
    expect(bad.status).toBe(400);
    expect(valid(bad.body).issue[0].details.coding[0].code).toBe('VALIDATION_FAILED');
  });

  it('Slots of a Schedule: free for this channel, by start range; the on-site reserve reads busy (R4)', async () => {
    const all = await get(`/Slot?schedule=Schedule/${sessionId}`);
    expect(all.status).toBe(200);
    const slots = valid(all.body).entry.map((e: any) => e.resource);
    expect(slots).toHaveLength(4);
    expect(slots.map((s: any) => s.status)).toEqual(['free', 'free', 'free', 'busy']);
    expect(slots[0]).toMatchObject({
      schedule: { reference: `Schedule/${sessionId}` },
      start: `${TEST_FRIDAY}T08:00:00+08:00`,
      end: `${TEST_FRIDAY}T08:10:00+08:00`,
    });
    const free = await get(`/Slot?schedule=${sessionId}&status=free`);
    expect(valid(free.body).total).toBe(3);
    const window = await get(
      `/Slot?schedule=Schedule/${sessionId}&start=ge${TEST_FRIDAY}T08:10:00%2B08:00&start=lt${TEST_FRIDAY}T08:30:00%2B08:00`,
    );
    expect(valid(window.body).entry.map((e: any) => e.resource.start)).toEqual([
      `${TEST_FRIDAY}T08:10:00+08:00`,
      `${TEST_FRIDAY}T08:20:00+08:00`,
    ]);
    const read = await get(`/Slot/${slots[1].id}`);
    expect(valid(read.body)).toEqual(slots[1]);
  });

  it('the CapabilityStatement lists exactly the resources and interactions served', async () => {
    const res = await get('/metadata');
    const resources = valid(res.body).rest[0].resource;
    expect(resources.map((r: any) => r.type)).toEqual([
      'Practitioner',
      'HealthcareService',
      'Location',
      'Schedule',
      'Slot',
      'Appointment',
    ]);
    expect(resources[5].interaction).toEqual([
      { code: 'read' },
      { code: 'create' },
      { code: 'update' },
      { code: 'search-type' },
    ]);
    expect(resources[5].operation.map((o: any) => o.name)).toEqual(['find', 'hold', 'book']);
    for (const r of resources.slice(0, 5)) {
      const search = await get(`/${r.type}?_unsupported=1`);
      expect(search.status).toBe(400); // the route exists and checks its parameters
    }
  });
});
