import { generate, http, startCore, testPatient, type CoreHarness } from '@test/support';
import { SqlClient } from '../../apps/booking-core/src/database/sql-client';
import { loadBundledKnowledgeBase } from '../../apps/booking-core/src/triage/kb/knowledge-base';

/**
 * R18 self-triage through booking-core's intranet API, on the demo hospital (seeded at boot, which
 * also publishes the bundled knowledge base): kiosk and nurse flows, assessments recorded without
 * identity, ADMIN publication (validated, audited, versioned) and the R17 link to bookings.
 */
describe('booking-core: self-triage (R18)', () => {
  let core: CoreHarness;
  let sql: SqlClient;
  const kiosk = (body: Record<string, unknown>) =>
    http(core.url, 'POST', '/v1/triage/assessments', {
      auth: core.auth('agent'),
      body: { channel: 'KIOSK', redFlags: [], ...body },
    });
  /** Asks the questions, answers every red flag (yes to `present`), and assesses. */
  const assess = async (patient: Record<string, unknown>, symptoms: string[], present: string[] = []) => {
    const query = new URLSearchParams({
      sex: String(patient.sex),
      ageYears: String(patient.ageYears),
      symptoms: symptoms.join(','),
    });
    const questions = await http(core.url, 'GET', `/v1/triage/questions?${query.toString()}`, {
      auth: core.auth('agent'),
    });
    expect(questions.status).toBe(200);
    return kiosk({
      ...patient,
      symptoms,
      redFlags: questions.body.redFlags.map((f: { code: string }) => ({
        code: f.code,
        present: present.includes(f.code),
      })),
    });
  };

  beforeAll(async () => {
    core = await startCore({ SEED_DEMO: 'true' });
    sql = core.app.get(SqlClient);
    await generate(core);
  });
  afterAll(async () => core?.close());

  it('publishes the bundled knowledge base at boot, audited, as the current version', async () => {
    const versions = await http(core.url, 'GET', '/v1/triage/knowledge-base', { auth: core.auth('admin') });
    expect(versions.status).toBe(200);
    expect(versions.body).toEqual([
      expect.objectContaining({ version: '1', current: true, publishedBy: 'system:boot', symptoms: 187 }),
    ]);
    const audit = await sql.query<{ action: string; entity_id: string }>(
      `SELECT action, entity_id FROM audit_log WHERE entity = 'triage_kb'`,
    );
    expect(audit).toEqual([{ action: 'PUBLISH_TRIAGE_KB', entity_id: '1' }]);
    const forbidden = await http(core.url, 'GET', '/v1/triage/knowledge-base', { auth: core.auth('agent') });
    expect(forbidden.status).toBe(403);
  });

  it('shows the body map for a sex and age, symptoms per body part and by search', async () => {
    const child = await http(core.url, 'GET', '/v1/triage/body-parts?sex=M&ageYears=5', {
      auth: core.auth('nurse'),
    });
    expect(child.body.view).toBe('CHILD');
    const woman = await http(core.url, 'GET', '/v1/triage/body-parts?sex=F&ageYears=30', {
      auth: core.auth('nurse'),
    });
    expect(woman.body.view).toBe('ADULT_FEMALE');
    const pelvis = woman.body.bodyParts.find((p: { code: string }) => p.code === 'PELVIS');
    expect(pelvis.children.map((c: { code: string }) => c.code)).toContain('FEMALE_GENITAL');

    const chest = await http(core.url, 'GET', '/v1/triage/symptoms?sex=M&ageYears=50&bodyPart=CHEST', {
      auth: core.auth('nurse'),
    });
    expect(chest.body.symptoms.map((s: { code: string }) => s.code)).toEqual(
      expect.arrayContaining(['CHEST_PAIN', 'PALPITATIONS', 'BREAST_LUMP', 'UNSURE']),
    );
    const pinyin = await http(core.url, 'GET', '/v1/triage/symptoms?sex=M&ageYears=50&q=xj', {
      auth: core.auth('nurse'),
    });
    expect(pinyin.body.symptoms[0]).toMatchObject({ code: 'PALPITATIONS', matchedBy: 'PINYIN' });
    const hidden = await http(
      core.url,
      'GET',
      '/v1/triage/symptoms?sex=M&ageYears=50&bodyPart=FEMALE_GENITAL',
      {
        auth: core.auth('nurse'),
      },
    );
    expect(hidden.status).toBe(404);
    expect(hidden.body.code).toBe('TRIAGE_BODY_PART_NOT_FOUND');
    const both = await http(core.url, 'GET', '/v1/triage/symptoms?sex=M&ageYears=50&bodyPart=CHEST&q=x', {
      auth: core.auth('nurse'),
    });
    expect(both.status).toBe(400);
    const noAge = await http(core.url, 'GET', '/v1/triage/body-parts?sex=M', { auth: core.auth('nurse') });
    expect(noAge.status).toBe(400);
  });

  it('routes a kiosk assessment to a department with matching doctors and their next open sessions', async () => {
    const res = await assess({ sex: 'M', ageYears: 58, duration: 'W1_4' }, ['CHEST_TIGHTNESS']);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kbVersion: '1', level: 'ROUTINE', action: 'BOOK' });
    const first = res.body.suggestions[0];
    expect(first).toMatchObject({
      rank: 1,
      target: 'DEPARTMENT',
      department: { code: 'CARD', name: '心血管内科' },
    });
    expect(first.reasons[0].source.title).toBeTruthy();
    // 冠心病介入 matches the complaint: that doctor comes first.
    expect(first.doctors[0]).toMatchObject({ name: '王建国', matchedSpecialties: ['冠心病介入'] });
    const sessions = first.doctors.flatMap((d: { sessions: unknown[] }) => d.sessions);
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions[0]).toMatchObject({ sessionId: expect.any(Number), available: expect.any(Number) });
    expect(res.body.disclaimer).toContain('不是诊断');
  });

  it('an emergency offers nothing to book, and is recorded without identity', async () => {
    const res = await assess({ sex: 'M', ageYears: 62, duration: 'LT_1D' }, ['CHEST_PAIN'], ['HEART_ATTACK']);
    expect(res.body).toMatchObject({ level: 'EMERGENCY', action: 'CALL_120', suggestions: [] });
    expect(res.body.redFlags[0]).toMatchObject({ code: 'HEART_ATTACK', action: 'CALL_120' });
    const [row] = await sql.query<Record<string, unknown>>('SELECT * FROM triage_assessment WHERE id = :id', {
      id: res.body.id,
    });
    expect(row).toMatchObject({
      channel: 'KIOSK',
      level: 'EMERGENCY',
      kb_version: '1',
      symptoms: 'CHEST_PAIN',
    });
    expect(Object.keys(row).sort()).toEqual(
      [
        'action',
        'age_months',
        'age_years',
        'channel',
        'created_at',
        'department_ids',
        'duration',
        'id',
        'inputs',
        'kb_version',
        'level',
        'outcome',
        'partner_id',
        'pregnant',
        'red_flags',
        'sex',
        'symptoms',
      ].sort(),
    );
  });

  it('refuses an assessment that skips red-flag questions, an unknown symptom, or a channel not its own', async () => {
    const skipped = await kiosk({ sex: 'M', ageYears: 40, symptoms: ['CHEST_PAIN'], duration: 'D1_3' });
    expect(skipped.status).toBe(400);
    expect(skipped.body.code).toBe('TRIAGE_RED_FLAGS_UNANSWERED');
    expect(skipped.body.missing).toEqual(expect.arrayContaining(['HEART_ATTACK']));
    const unknown = await kiosk({ sex: 'M', ageYears: 40, symptoms: ['PERIOD_PAIN'] });
    expect(unknown.body.code).toBe('TRIAGE_UNKNOWN_SYMPTOM');
    const web = await http(core.url, 'POST', '/v1/triage/assessments', {
      auth: core.auth('agent'),
      body: { channel: 'WEB', sex: 'M', ageYears: 40, symptoms: ['UNSURE'], redFlags: [] },
    });
    expect(web.status).toBe(403);
    expect(web.body.code).toBe('CHANNEL_NOT_ALLOWED');
  });

  it('gates paediatrics by the age setting', async () => {
    const asAdult = await assess({ sex: 'F', ageYears: 16, duration: 'W1_4' }, ['COUGH']);
    expect(asAdult.body.suggestions[0].department.code).toBe('RESP');
    const set = await http(core.url, 'PUT', '/v1/settings/triage_paediatric_age', {
      auth: core.auth('admin'),
      body: { value: '18' },
    });
    expect(set.status).toBe(200);
    try {
      const asChild = await assess({ sex: 'F', ageYears: 16, duration: 'W1_4' }, ['COUGH']);
      expect(
        asChild.body.suggestions.map((s: { department: { code: string } }) => s.department.code),
      ).toEqual(['PAED']);
    } finally {
      await http(core.url, 'PUT', '/v1/settings/triage_paediatric_age', {
        auth: core.auth('admin'),
        body: { value: '14' },
      });
    }
  });

  it('links a booking to its assessment, for R17: assessments that led to a booking within 24 h', async () => {
    const res = await assess({ sex: 'F', ageYears: 35, duration: 'D4_7' }, ['RASH']);
    // Two bookings follow, so a session with two numbers free: the demo runs on the real clock, and
    // late in a morning today's session may have one number left (its SESSION_FULL comes first).
    type Suggested = { sessionId: number; available: number };
    const session = res.body.suggestions
      .flatMap((s: { doctors: { sessions: Suggested[] }[] }) => s.doctors.flatMap((d) => d.sessions))
      .find((x: Suggested) => x.available >= 2) as Suggested;
    const booked = await http(core.url, 'POST', '/v1/appointments', {
      auth: core.auth('agent'),
      body: {
        channel: 'KIOSK',
        sessionId: session.sessionId,
        patient: testPatient(9001, 3),
        triageAssessmentId: res.body.id,
      },
    });
    expect(booked.status).toBe(201);
    const [link] = await sql.query<{ triage_assessment_id: number }>(
      'SELECT triage_assessment_id FROM appointment WHERE id = :id',
      { id: booked.body.id },
    );
    expect(Number(link.triage_assessment_id)).toBe(res.body.id);
    const missing = await http(core.url, 'POST', '/v1/appointments', {
      auth: core.auth('agent'),
      body: {
        channel: 'KIOSK',
        sessionId: session.sessionId,
        patient: testPatient(9002, 3),
        triageAssessmentId: 99999,
      },
    });
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('TRIAGE_ASSESSMENT_NOT_FOUND');

    const today = res.body.assessedAt.slice(0, 10);
    const usage = await http(core.url, 'GET', `/v1/triage/usage?dateFrom=${today}&dateTo=${today}`, {
      auth: core.auth('admin'),
    });
    expect(usage.status).toBe(200);
    const kioskRow = usage.body.find((r: { channel: string }) => r.channel === 'KIOSK');
    expect(kioskRow.assessments).toBeGreaterThanOrEqual(4);
    expect(kioskRow).toMatchObject({ bookedWithin24h: 1, emergency: 1 });
  });

  it('lets ADMIN publish a new version (validated, audited, current), and roll back to an older one', async () => {
    const v2 = loadBundledKnowledgeBase();
    v2.version = '2';
    v2.label = '第2版：鼻出血改由急诊先处理的试验版';
    v2.rules.find((r) => r.id === 'NOSE-ENT')!.priority = 84;
    const published = await http(core.url, 'POST', '/v1/triage/knowledge-base', {
      auth: core.auth('admin'),
      headers: { 'x-operator-id': 'kb.editor' },
      body: v2,
    });
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({ version: '2', current: true, publishedBy: 'kb.editor' });
    const after = await assess({ sex: 'M', ageYears: 30 }, ['TOOTHACHE']);
    expect(after.body.kbVersion).toBe('2');

    // The same version with other content is refused; the old version again is a rollback.
    v2.label = 'changed';
    const clash = await http(core.url, 'POST', '/v1/triage/knowledge-base', {
      auth: core.auth('admin'),
      body: v2,
    });
    expect(clash.status).toBe(409);
    expect(clash.body.code).toBe('TRIAGE_KB_VERSION_EXISTS');
    const back = await http(core.url, 'POST', '/v1/triage/knowledge-base', {
      auth: core.auth('admin'),
      body: loadBundledKnowledgeBase(),
    });
    expect(back.status).toBe(201);
    expect(back.body).toMatchObject({ version: '1', current: true });
    const audit = await sql.query<{ entity_id: string; operator: string | null }>(
      `SELECT entity_id, operator FROM audit_log WHERE action = 'PUBLISH_TRIAGE_KB' ORDER BY id`,
    );
    expect(audit.map((a) => a.entity_id)).toEqual(['1', '2', '1']);
    expect(audit[1].operator).toBe('kb.editor');
  });

  it('refuses an invalid knowledge base with its problems, and a non-ADMIN', async () => {
    const bad = loadBundledKnowledgeBase();
    bad.version = '3';
    bad.hospital.departments.push({ code: 'URO', population: 'ADULT' });
    bad.hospital.map.find((m) => m.specialty === 'UROLOGY')!.departments = ['URO'];
    const refused = await http(core.url, 'POST', '/v1/triage/knowledge-base', {
      auth: core.auth('admin'),
      body: bad,
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      code: 'TRIAGE_KB_INVALID',
      problems: ['hospital.departments: URO is not an active department of the hospital'],
    });
    const nurse = await http(core.url, 'POST', '/v1/triage/knowledge-base', {
      auth: core.auth('nurse'),
      body: bad,
    });
    expect(nurse.status).toBe(403);
    // The procedure checks the departments itself, in the transaction that stores the version.
    await expect(
      sql.call('publish_triage_kb', {
        version: '4',
        label: 'x',
        checksum: 'f'.repeat(64),
        content: '{}',
        department_map: JSON.stringify([{ specialty: 'UROLOGY', department: 'URO', preference: 1 }]),
        symptom_count: 0,
        red_flag_count: 0,
        rule_count: 0,
        actor: 'test',
        operator: null,
        now: new Date(),
      }),
    ).rejects.toMatchObject({ code: 'TRIAGE_KB_INVALID' });
    const versions = await http(core.url, 'GET', '/v1/triage/knowledge-base', { auth: core.auth('admin') });
    expect(versions.body.map((v: { version: string }) => v.version).sort()).toEqual(['1', '2']);
  });
});
