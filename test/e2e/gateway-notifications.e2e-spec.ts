import { sha256Hex, signRequest, type PartnerClient } from '@app/partner-client';
import {
  createClinic,
  generate,
  http,
  sessionOf,
  startCore,
  startGateway,
  testPartners,
  testPatient,
  type CoreHarness,
  type GatewayHarness,
  TEST_FRIDAY,
  TEMPLATES_FROM,
} from '@test/support';
import { ProviderSimulator } from '../../apps/provider-simulator/src/provider-simulator';

/** Polls until `check` holds (or fails with what it last saw). */
async function eventually<T>(read: () => Promise<T>, check: (v: T) => boolean, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  let last = await read();
  while (!check(last)) {
    if (Date.now() > until) throw new Error(`condition not met in ${ms} ms; last: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 50));
    last = await read();
  }
  return last;
}

describe('notifications delivered through the gateway (R8, R14) and the visit day on the partner API (R10, R15)', () => {
  let core: CoreHarness;
  let sim: ProviderSimulator;
  let gateway: GatewayHarness;
  let app: PartnerClient;
  let portal: PartnerClient;
  let simUrl: string;
  let n = 0;
  const nextPatient = () => testPatient(++n, 14);
  const dispatcherEnv = (simUrl: string): Record<string, string> => ({
    DISPATCHER: 'true',
    DISPATCH_INTERVAL_MS: '50',
    DISPATCH_BACKOFF_BASE_MS: '40',
    DISPATCH_BACKOFF_MAX_MS: '200',
    SMS_URL: `${simUrl}/sms/send`,
    SMS_API_KEY: sim.credentials.smsApiKey,
    WECHAT_URL: `${simUrl}/wechat/cgi-bin/message/template/send`,
    WECHAT_ACCESS_TOKEN: sim.credentials.wechatAccessToken,
    PUSH_URL: `${simUrl}/push/v1/messages`,
    PUSH_API_KEY: sim.credentials.pushApiKey,
  });
  const core_ = (token: Parameters<CoreHarness['auth']>[0], method: string, path: string, body?: object) =>
    http(core.url, method, path, { auth: core.auth(token), body });
  const outbox = async (appointmentId: number) =>
    (await core_('admin', 'GET', `/v1/notifications?appointmentId=${appointmentId}`)).body as any[];
  const settled = (rows: any[]) =>
    rows.length > 0 && rows.every((r) => ['SENT', 'DEAD', 'WITHDRAWN'].includes(r.status));
  const friday = async (numbers = 10, title: 'CHIEF' | 'ATTENDING' = 'CHIEF', departmentId?: number) => {
    const c = await createClinic(core, {
      weekday: 5,
      numberCount: numbers,
      title,
      effectiveFrom: TEMPLATES_FROM,
      departmentId,
    });
    await generate(core);
    return { clinic: c, session: await sessionOf(core, c.doctorId, TEST_FRIDAY) };
  };

  beforeAll(async () => {
    core = await startCore();
    // A running clock: leases and retry times must pass by themselves.
    await core_('admin', 'PUT', '/v1/test/clock', { now: '2026-12-01T09:00:00+08:00', frozen: false });
    sim = new ProviderSimulator();
    simUrl = await sim.listen();
    gateway = await startGateway(core, {
      partners: testPartners([
        { appId: 'app-1', channel: 'APP', callbackUrl: null },
        { appId: 'portal-1', channel: 'WEB', callbackUrl: `${simUrl}/callbacks/portal-1` },
      ]),
      env: dispatcherEnv(simUrl),
    });
    app = gateway.client('app-1');
    portal = gateway.client('portal-1');
  });
  afterAll(async () => {
    await gateway?.close();
    await sim?.close();
    await core?.close();
  });

  it('delivers exactly one confirmation per channel for a booking, and none for a refused one', async () => {
    const { session } = await friday();
    const patient = nextPatient();
    const booked = await app.book({ sessionId: session.id, patient, notifyTo: 'app-user-42' });
    expect(booked.status).toBe(201);
    const id = (booked.body as any).id as number;
    const rows = await eventually(() => outbox(id), settled);
    expect(rows.map((r) => `${r.kind}:${r.channel}:${r.status}`).sort()).toEqual([
      'BOOKING_CONFIRMED:APP_PUSH:SENT',
      'BOOKING_CONFIRMED:SMS:SENT',
    ]);
    const sms = sim.of('sms').filter((m) => m.outId === rows.find((r) => r.channel === 'SMS').id);
    expect(sms).toHaveLength(1);
    expect(sms[0].to).toBe(patient.mobile);
    expect(String((sms[0].body as any).content)).toMatch(
      /^【示范医院】.*您已预约.*就诊序号1号.*取号验证码\d{6}/,
    );
    const push = sim.of('push').filter((m) => m.outId === rows.find((r) => r.channel === 'APP_PUSH').id);
    expect(push.map((m) => m.to)).toEqual(['app-user-42']);

    const before = sim.messages.length;
    const refused = await app.book({ sessionId: session.id, patient, notifyTo: 'app-user-42' });
    expect(refused.body).toMatchObject({ code: 'DUPLICATE_BOOKING' });
    await new Promise((r) => setTimeout(r, 300));
    expect(sim.messages.length).toBe(before);

    // The partner sees the delivery state in a single read.
    const read = await app.appointment(id);
    expect((read.body as any).notifications.map((x: any) => x.status)).toEqual(['SENT', 'SENT']);
  });

  it('delivers everything once the SMS gateway recovers, nothing twice', async () => {
    const { session } = await friday();
    sim.fail('sms');
    const ids: number[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await core_('agent', 'POST', '/v1/appointments', {
        channel: 'PHONE',
        sessionId: session.id,
        patient: nextPatient(),
      });
      ids.push(r.body.id);
    }
    await eventually(
      async () => Promise.all(ids.map(outbox)),
      (all) => all.every((rows) => rows[0]?.attempts >= 2),
    );
    sim.heal();
    const all = await eventually(
      async () => Promise.all(ids.map(outbox)),
      (x) => x.every(settled),
    );
    for (const rows of all) {
      expect(rows.map((r) => r.status)).toEqual(['SENT']);
      expect(sim.of('sms').filter((m) => m.outId === rows[0].id)).toHaveLength(1);
    }
  });

  it('gives up after the maximum attempts (DEAD), and a replay delivers once', async () => {
    expect(
      (await core_('admin', 'PUT', '/v1/settings/notification_max_attempts', { value: '3' })).status,
    ).toBe(200);
    const { session } = await friday();
    sim.fail('sms');
    const booked = await core_('agent', 'POST', '/v1/appointments', {
      channel: 'PHONE',
      sessionId: session.id,
      patient: nextPatient(),
    });
    const [dead] = await eventually(
      () => outbox(booked.body.id),
      (rows) => rows[0]?.status === 'DEAD',
    );
    expect(dead.attempts).toBe(3);
    expect(dead.lastError).toContain('503');
    expect(sim.of('sms').filter((m) => m.outId === dead.id)).toHaveLength(0);
    sim.heal();
    expect((await core_('admin', 'POST', `/v1/notifications/${dead.id}/replay`)).body.status).toBe('PENDING');
    await eventually(
      () => outbox(booked.body.id),
      (rows) => rows[0]?.status === 'SENT',
    );
    expect(sim.of('sms').filter((m) => m.outId === dead.id)).toHaveLength(1);
    await core_('admin', 'PUT', '/v1/settings/notification_max_attempts', { value: '8' });
  });

  it('never sends a notification twice with two dispatchers running', async () => {
    const second = await startGateway(core, { partners: gateway.partners, env: dispatcherEnv(simUrl) });
    try {
      const { session } = await friday(40);
      const ids: number[] = [];
      await Promise.all(
        Array.from({ length: 30 }, async () => {
          const r = await core_('agent', 'POST', '/v1/appointments', {
            channel: 'PHONE',
            sessionId: session.id,
            patient: nextPatient(),
          });
          ids.push(r.body.id);
        }),
      );
      const all = await eventually(
        async () => Promise.all(ids.map(outbox)),
        (x) => x.every(settled),
      );
      const outIds = all.map((rows) => rows[0].id as string);
      for (const id of outIds) expect(sim.of('sms').filter((m) => m.outId === id)).toHaveLength(1);
    } finally {
      await second.close();
    }
  });

  it('calls the partner back, signed with its secret', async () => {
    const { session } = await friday();
    const booked = await portal.book({ sessionId: session.id, patient: nextPatient() });
    expect(booked.status).toBe(201);
    const rows = await eventually(() => outbox((booked.body as any).id), settled);
    const callback = rows.find((r) => r.channel === 'PARTNER_CALLBACK');
    const [received] = sim.of('callback').filter((m) => m.outId === callback.id);
    expect(received.to).toBe('portal-1');
    expect(received.headers['x-app-id']).toBe('portal-1');
    const body = JSON.stringify(received.body);
    const expected = signRequest(
      gateway.partners[1].secret,
      'POST',
      '/callbacks/portal-1',
      String(received.headers['x-timestamp']),
      String(received.headers['x-nonce']),
      body,
    );
    expect(received.headers['x-signature']).toBe(expected);
    expect(sha256Hex(body)).toHaveLength(64);
    expect(received.body).toMatchObject({
      event: 'BOOKING_CONFIRMED',
      appointmentId: (booked.body as any).id,
    });
  });

  it('tells each patient once of a substitute, and once of a suspension; the suspended session cannot be booked', async () => {
    const a = await friday(10, 'ATTENDING');
    const sub = await createClinic(core, {
      weekday: 5,
      period: 'PM',
      firstStart: '14:00',
      title: 'ATTENDING',
      effectiveFrom: TEMPLATES_FROM,
      departmentId: a.clinic.departmentId,
    });
    await generate(core);
    const ids: number[] = [];
    for (let i = 0; i < 3; i++)
      ids.push((await app.book({ sessionId: a.session.id, patient: nextPatient() })).body.id as number);
    const s1 = await core_('scheduler', 'POST', `/v1/sessions/${a.session.id}/substitute`, {
      doctorId: sub.doctorId,
      reason: '王医生急诊手术',
    });
    expect(s1.body.notified).toBe(3);
    const b = await friday(10);
    const bIds: number[] = [];
    for (let i = 0; i < 3; i++)
      bIds.push((await app.book({ sessionId: b.session.id, patient: nextPatient() })).body.id as number);
    expect(
      (await core_('scheduler', 'POST', `/v1/sessions/${b.session.id}/suspend`, { reason: '医生因病停诊' }))
        .body.cancelled,
    ).toBe(3);
    const refused = await app.book({ sessionId: b.session.id, patient: nextPatient() });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'SESSION_SUSPENDED' });

    const kinds = async (id: number) => (await eventually(() => outbox(id), settled)).map((r) => r.kind);
    for (const id of ids) expect((await kinds(id)).filter((k) => k === 'SUBSTITUTED')).toHaveLength(1);
    for (const id of bIds) expect((await kinds(id)).filter((k) => k === 'SUSPENDED')).toHaveLength(1);
    const substituted = sim.of('sms').filter((m) => String((m.body as any).content).includes('改由同级别'));
    expect(substituted.length).toBeGreaterThanOrEqual(3);
    expect(String((substituted[0].body as any).content)).toContain('王医生急诊手术');
    const read = await app.appointment(bIds[0]);
    expect(read.body).toMatchObject({ status: 'CANCELLED_BY_HOSPITAL' });
  });

  it('reminds once per appointment even when the job runs twice; a cancelled one gets none', async () => {
    const { session } = await friday();
    const keep = (await app.book({ sessionId: session.id, patient: nextPatient() })).body as any;
    const drop = (await app.book({ sessionId: session.id, patient: nextPatient() })).body as any;
    expect((await app.cancel(drop.id)).status).toBe(200);
    await core_('admin', 'PUT', '/v1/test/clock', { now: '2026-12-03T18:00:00+08:00', frozen: false });
    expect((await core_('admin', 'POST', '/v1/jobs/reminders', {})).body.date).toBe(TEST_FRIDAY);
    expect((await core_('admin', 'POST', '/v1/jobs/reminders', {})).body.created).toBe(0);
    const rows = await eventually(
      () => outbox(keep.id),
      (r) => settled(r) && r.some((x: any) => x.kind === 'REMINDER'),
    );
    expect(rows.filter((r) => r.kind === 'REMINDER')).toHaveLength(1);
    const reminder = rows.find((r) => r.kind === 'REMINDER');
    expect(sim.of('sms').filter((m) => m.outId === reminder.id)).toHaveLength(1);
    expect((await eventually(() => outbox(drop.id), settled)).map((r) => r.kind)).not.toContain('REMINDER');
    await core_('admin', 'PUT', '/v1/test/clock', { now: '2026-12-01T09:00:00+08:00', frozen: false });
  });

  it("shows the partner the patient's place in the queue on the visit day (R10)", async () => {
    const { session } = await friday();
    const patients = [nextPatient(), nextPatient()];
    const booked = [];
    for (const p of patients)
      booked.push((await app.book({ sessionId: session.id, patient: p })).body as any);
    await core_('admin', 'PUT', '/v1/test/clock', { now: '2026-12-04T07:30:00+08:00', frozen: true });
    for (const [i, p] of patients.entries())
      expect(
        (
          await core_('nurse', 'POST', '/v1/check-ins', {
            appointmentCode: booked[i].code,
            document: { documentType: p.documentType, documentNo: p.documentNo },
          })
        ).status,
      ).toBe(200);
    expect((await app.appointment(booked[1].id)).body).toMatchObject({
      status: 'CHECKED_IN',
      queuePosition: 2,
    });
    await core_('clinician', 'POST', `/v1/queues/sessions/${session.id}/call-next`);
    expect((await app.appointment(booked[1].id)).body).toMatchObject({ queuePosition: 1 });
    expect((await app.appointment(booked[0].id)).body).toMatchObject({
      status: 'CALLED',
      queuePosition: null,
    });
    await core_('admin', 'PUT', '/v1/test/clock', { now: '2026-12-01T09:00:00+08:00', frozen: false });
  });

  it('refuses a blacklisted patient on the partner API with 403 and the end of the ban (R15)', async () => {
    const { session } = await friday();
    const p = nextPatient();
    const first = (await app.book({ sessionId: session.id, patient: p })).body as any;
    const later = await createClinic(core, { weekday: 1, numberCount: 3, effectiveFrom: TEMPLATES_FROM });
    await generate(core);
    const monday = await sessionOf(core, later.doctorId, '2026-12-07');
    expect((await app.book({ sessionId: monday.id, patient: p })).status).toBe(201);
    // Two no-shows: Friday's, then Monday's.
    await core_('admin', 'PUT', '/v1/test/clock', { now: '2026-12-07T23:00:00+08:00', frozen: true });
    const run = await core_('admin', 'POST', '/v1/jobs/no-shows');
    expect(run.body.blacklisted).toBeGreaterThanOrEqual(1);
    expect((await app.appointment(first.id)).body).toMatchObject({ status: 'NO_SHOW' });
    await generate(core);
    const nextWeek = await sessionOf(core, later.doctorId, '2026-12-14');
    const refused = await app.book({ sessionId: nextWeek.id, patient: p });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'PATIENT_BLACKLISTED', until: '2027-06-05T23:00:00+08:00' });
    await core_('admin', 'PUT', '/v1/test/clock', { now: '2026-12-01T09:00:00+08:00', frozen: false });
  });
});
