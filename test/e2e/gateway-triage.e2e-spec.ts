import type { TriageAssessmentView, TriageQuestionsView } from '@app/contracts';
import type { PartnerClient } from '@app/partner-client';
import {
  generate,
  startCore,
  startGateway,
  testPartners,
  testPatient,
  type CoreHarness,
  type GatewayHarness,
} from '@test/support';
import { SqlClient } from '../../apps/booking-core/src/database/sql-client';

/**
 * R18 end to end: a WeChat partner runs self-triage through the gateway (signed requests) on the
 * demo hospital, and books one of the suggested sessions with one more call.
 */
describe('partner API: self-triage to a booking (R18)', () => {
  let core: CoreHarness;
  let gateway: GatewayHarness;
  let wechat: PartnerClient;
  let web: PartnerClient;

  beforeAll(async () => {
    core = await startCore({ SEED_DEMO: 'true' });
    await generate(core);
    gateway = await startGateway(core, {
      partners: testPartners([
        { appId: 'wechat-triage', channel: 'WECHAT' },
        { appId: 'web-other', channel: 'WEB' },
      ]),
    });
    wechat = gateway.client('wechat-triage');
    web = gateway.client('web-other');
  });
  afterAll(async () => {
    await gateway?.close();
    await core?.close();
  });

  const patient = 'sex=F&ageYears=52';

  it('body part → symptom → red-flag checklist → departments with doctors → a booked session', async () => {
    const map = await wechat.request('GET', `/v1/triage/body-parts?${patient}`);
    expect(map.status).toBe(200);
    expect(map.body).toMatchObject({ kbVersion: '1', view: 'ADULT_FEMALE' });
    const chest = (map.body as { bodyParts: { code: string }[] }).bodyParts.find((p) => p.code === 'CHEST');
    expect(chest).toBeDefined();

    const symptoms = await wechat.request('GET', `/v1/triage/symptoms?${patient}&bodyPart=CHEST`);
    expect(symptoms.status).toBe(200);
    const palpitations = (symptoms.body as { symptoms: { code: string; name: string }[] }).symptoms.find(
      (s) => s.name === '心悸',
    );
    expect(palpitations).toBeDefined();
    // Most people start with the search box: pinyin initials find it too.
    const search = await wechat.request('GET', `/v1/triage/symptoms?${patient}&q=xj`);
    expect((search.body as { symptoms: { code: string }[] }).symptoms[0].code).toBe(palpitations!.code);

    const q = await wechat.request('GET', `/v1/triage/questions?${patient}&symptoms=${palpitations!.code}`);
    expect(q.status).toBe(200);
    const questions = q.body as TriageQuestionsView;
    expect(questions.redFlags.map((f) => f.code)).toContain('PALPITATIONS_WITH_DANGER');

    const assessed = await wechat.request('POST', '/v1/triage/assessments', {
      body: {
        sex: 'F',
        ageYears: 52,
        symptoms: [palpitations!.code],
        ...(questions.asksDuration ? { duration: 'W1_4' } : {}),
        redFlags: questions.redFlags.map((f) => ({ code: f.code, present: false })),
      },
    });
    expect(assessed.status).toBe(201);
    const outcome = assessed.body as TriageAssessmentView;
    expect(outcome).toMatchObject({ level: 'ROUTINE', action: 'BOOK' });
    const first = outcome.suggestions[0];
    expect(first.department).toMatchObject({ code: 'CARD' });
    expect(first.doctors[0].matchedSpecialties).toEqual(['心律失常']);
    const session = first.doctors.flatMap((d) => d.sessions)[0];
    expect(session).toBeDefined();

    const booked = await wechat.book({
      sessionId: session.sessionId,
      patient: testPatient(4242, 12),
      triageAssessmentId: outcome.id,
    });
    expect(booked.status).toBe(201);
    expect(booked.ok && booked.body).toMatchObject({
      status: 'BOOKED',
      channel: 'WECHAT',
      sessionId: session.sessionId,
      department: { id: first.department!.id },
    });

    // Recorded without identity, with the partner's channel, and linked to the booking (R17).
    const sql = core.app.get(SqlClient);
    const [row] = await sql.query<Record<string, unknown>>(
      'SELECT channel, partner_id, inputs FROM triage_assessment WHERE id = :id',
      { id: outcome.id },
    );
    expect(row).toMatchObject({ channel: 'WECHAT', partner_id: 'wechat-triage' });
    expect(String(row.inputs)).not.toContain(testPatient(4242, 12).documentNo);
    const [view] = await sql.query<{ booked_within_24h: boolean | number }>(
      'SELECT booked_within_24h FROM triage_assessment_view WHERE id = :id',
      { id: outcome.id },
    );
    expect([true, 1]).toContain(view.booked_within_24h);
  });

  it('an emergency through the gateway: what to do now, nothing to book', async () => {
    const q = await wechat.request(
      'GET',
      '/v1/triage/questions?sex=M&ageYears=66&symptoms=SPEECH_DIFFICULTY',
    );
    const questions = q.body as TriageQuestionsView;
    const res = await wechat.request('POST', '/v1/triage/assessments', {
      body: {
        sex: 'M',
        ageYears: 66,
        symptoms: ['SPEECH_DIFFICULTY'],
        redFlags: questions.redFlags.map((f) => ({ code: f.code, present: f.code === 'STROKE_SIGNS' })),
      },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ level: 'EMERGENCY', action: 'CALL_120', suggestions: [] });
  });

  it('passes the core refusals through: unanswered red flags, a symptom for the other sex, a body part', async () => {
    const unanswered = await wechat.request('POST', '/v1/triage/assessments', {
      body: { sex: 'M', ageYears: 40, symptoms: ['CHEST_PAIN'], duration: 'D1_3', redFlags: [] },
    });
    expect(unanswered.status).toBe(400);
    expect(unanswered.body).toMatchObject({
      code: 'TRIAGE_RED_FLAGS_UNANSWERED',
      missing: expect.arrayContaining(['HEART_ATTACK']),
    });
    const wrongSex = await wechat.request('POST', '/v1/triage/assessments', {
      body: { sex: 'M', ageYears: 40, symptoms: ['PERIOD_PAIN'], redFlags: [] },
    });
    expect(wrongSex.body).toMatchObject({ code: 'TRIAGE_UNKNOWN_SYMPTOM' });
    const bodyPart = await wechat.request(
      'GET',
      '/v1/triage/symptoms?sex=M&ageYears=40&bodyPart=FEMALE_GENITAL',
    );
    expect(bodyPart.status).toBe(404);
    // The channel is the partner's: a partner cannot claim another.
    const claimed = await wechat.request('POST', '/v1/triage/assessments', {
      body: { channel: 'KIOSK', sex: 'M', ageYears: 40, symptoms: ['UNSURE'], redFlags: [] },
    });
    expect(claimed.status).toBe(400);
  });

  it("another partner cannot book on this partner's assessment", async () => {
    const assessed = await wechat.request('POST', '/v1/triage/assessments', {
      body: { sex: 'M', ageYears: 30, symptoms: ['ACNE'], redFlags: [] },
    });
    const outcome = assessed.body as TriageAssessmentView;
    const session = outcome.suggestions[0].doctors.flatMap((d) => d.sessions)[0];
    const foreign = await web.book({
      sessionId: session.sessionId,
      patient: testPatient(4243, 12),
      triageAssessmentId: outcome.id,
    });
    expect(foreign.status).toBe(404);
    expect(foreign.body).toMatchObject({ code: 'TRIAGE_ASSESSMENT_NOT_FOUND' });
  });
});
