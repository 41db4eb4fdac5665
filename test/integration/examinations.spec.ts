import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  createExamDepartment,
  createTestDatabase,
  http,
  setClock,
  startCore,
  testPatient,
  TEST_FRIDAY,
  TEST_NOW,
  type CoreHarness,
  type TestDatabase,
} from '@test/support';
import { openDatabase } from '../../apps/booking-core/src/database/data-source.factory';
import { parseDatabaseUrl } from '../../apps/booking-core/src/database/database-target';
import { findSqlRoot, migrate } from '../../apps/booking-core/src/database/migrator';
import { SqlClient } from '../../apps/booking-core/src/database/sql-client';
import { renderMessage } from '../../apps/gateway/src/dispatcher/message-templates';

// R19 医技预约 (decision 031). Runs on the embedded database, and on PostgreSQL when
// TEST_DATABASE_URL is set (the concurrency claims need it: PGlite has one connection).

/**
 * A database at the schema before migration 070 (every earlier migration, no procedures) holding
 * a clinic as it exists today — template, session, numbers, a booked patient — written row by
 * row as the procedures of that schema wrote them.
 */
async function databaseBefore070(): Promise<{ database: TestDatabase; ids: Record<string, number> }> {
  const server = await createTestDatabase();
  const url = server.kind === 'pglite' ? 'pglite://memory' : server.url;
  const opened = await openDatabase(parseDatabaseUrl(url), 2);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'before-070-'));
  const real = path.join(findSqlRoot(), 'postgres', 'migrations');
  fs.mkdirSync(path.join(root, 'postgres', 'migrations'), { recursive: true });
  fs.mkdirSync(path.join(root, 'postgres', 'procedures'), { recursive: true });
  const earlier = fs.readdirSync(real).filter((f) => f.endsWith('.sql') && f < '070');
  expect(earlier).toContain('001_schema.sql');
  for (const f of earlier) fs.copyFileSync(path.join(real, f), path.join(root, 'postgres', 'migrations', f));
  await migrate(opened.dataSource, 'postgres', root);

  const q = async (sql: string, params: unknown[] = []) =>
    opened.dataSource.query<{ id: number }[]>(sql, params);
  const at = '2026-11-30T10:00:00+08:00';
  const [dep] = await q(`INSERT INTO department (code, name) VALUES ('MIG070', '迁移科') RETURNING id`);
  const [doc] = await q(
    `INSERT INTO doctor (code, department_id, name, title) VALUES ('MIGDOC', $1, '迁移医生', 'CHIEF') RETURNING id`,
    [dep.id],
  );
  const [room] = await q(
    `INSERT INTO room (code, name, department_id) VALUES ('MIGROOM', '迁移诊室', $1) RETURNING id`,
    [dep.id],
  );
  const [tpl] = await q(
    `INSERT INTO schedule_template (doctor_id, weekday, period, room_id, first_start, minutes_per_number, number_count,
       reserve_count, fee_cents, effective_from, created_at, updated_at)
     VALUES ($1, 5, 'AM', $2, '08:00', 10, 3, 0, 5000, '2026-11-01', $3, $3) RETURNING id`,
    [doc.id, room.id, at],
  );
  const [session] = await q(
    `INSERT INTO clinic_session (template_id, template_revision, department_id, doctor_id, acting_doctor_id, room_id,
       session_date, period, starts_at, ends_at, release_at, fee_cents, created_at, updated_at)
     VALUES ($1, 1, $2, $3, $3, $4, $5, 'AM', $6, $7, '2026-11-24T08:00:00+08:00', 5000, $8, $8) RETURNING id`,
    [
      tpl.id,
      dep.id,
      doc.id,
      room.id,
      TEST_FRIDAY,
      `${TEST_FRIDAY}T08:00:00+08:00`,
      `${TEST_FRIDAY}T08:30:00+08:00`,
      at,
    ],
  );
  const slots: number[] = [];
  for (let n = 1; n <= 3; n++) {
    const [s] = await q(
      `INSERT INTO slot (session_id, seq_no, starts_at, ends_at) VALUES ($1, $2, $3, $4) RETURNING id`,
      [
        session.id,
        n,
        `${TEST_FRIDAY}T08:${String((n - 1) * 10).padStart(2, '0')}:00+08:00`,
        `${TEST_FRIDAY}T08:${String(n * 10).padStart(2, '0')}:00+08:00`,
      ],
    );
    slots.push(s.id);
  }
  const [patient] = await q(
    `INSERT INTO patient (name, created_at, updated_at) VALUES ('迁移患者', $1, $1) RETURNING id`,
    [at],
  );
  const [document] = await q(
    `INSERT INTO patient_document (patient_id, document_type, digest, masked, cipher, created_at)
     VALUES ($1, 'HOSPITAL_CARD', $2, 'MIG****01', 'x', $3) RETURNING id`,
    [patient.id, 'd'.repeat(64), at],
  );
  const [appointment] = await q(
    `INSERT INTO appointment (code, verification_code, patient_id, document_id, session_id, slot_id, visit_no, channel,
       status, booked_at, booked_by, updated_at)
     VALUES ('MIGRATE070', '123456', $1, $2, $3, $4, 1, 'PHONE', 'BOOKED', $5, 'before-070', $5) RETURNING id`,
    [patient.id, document.id, session.id, slots[0], at],
  );
  await q(`UPDATE slot SET appointment_id = $1 WHERE id = $2`, [appointment.id, slots[0]]);

  let database: TestDatabase = server;
  if (server.kind === 'pglite') {
    const file = path.join(root, 'before-070.tar.gz');
    fs.writeFileSync(file, await opened.dump!());
    database = {
      url: `pglite://memory?template=${encodeURIComponent(file)}`,
      kind: 'pglite',
      drop: server.drop,
    };
  }
  await opened.close();
  return {
    database,
    ids: {
      session: session.id,
      appointment: appointment.id,
      slot: slots[0],
      doctor: doc.id,
      template: tpl.id,
    },
  };
}

const CLINIC_ROWS = {
  session: `SELECT id, template_id, department_id, doctor_id, acting_doctor_id, room_id, session_date, period,
                   starts_at, ends_at, release_at, fee_cents, status FROM clinic_session ORDER BY id`,
  slots: `SELECT id, session_id, seq_no, starts_at, ends_at, reserve, withdrawn, appointment_id FROM slot ORDER BY id`,
  appointments: `SELECT id, code, patient_id, session_id, slot_id, visit_no, channel, status FROM appointment ORDER BY id`,
  templates: `SELECT id, doctor_id, weekday, period, room_id, number_count FROM schedule_template ORDER BY id`,
};

describe('migration 070 keeps every clinic session and appointment valid (R19)', () => {
  let core: CoreHarness | undefined;
  afterAll(async () => {
    await core?.close();
  });

  it('applies 070 over a database with booked clinic appointments: rows intact, booking and cancelling still work', async () => {
    const { database, ids } = await databaseBefore070();
    // Read the rows as they were, through a connection of its own.
    const before = await openDatabase(parseDatabaseUrl(database.url), 1);
    const rowsBefore: Record<string, unknown> = {};
    for (const [k, sql] of Object.entries(CLINIC_ROWS)) rowsBefore[k] = await before.dataSource.query(sql);
    await before.close();
    expect((rowsBefore.appointments as unknown[]).length).toBe(1);

    core = await startCore({}, database);
    const sql = core.app.get(SqlClient);
    const applied = await sql.query<{ name: string }>(
      `SELECT name FROM schema_migration WHERE name = 'migrations/070_examinations.sql'`,
    );
    expect(applied).toHaveLength(1);
    for (const [k, text] of Object.entries(CLINIC_ROWS)) expect(await sql.query(text)).toEqual(rowsBefore[k]);
    const resources = await sql.query<{ n: number }>(
      `SELECT CAST(count(*) AS integer) AS n FROM clinic_session WHERE exam_resource_id IS NOT NULL OR doctor_id IS NULL`,
    );
    expect(resources[0].n).toBe(0);

    await setClock(core, TEST_NOW);
    const read = await http(core.url, 'GET', `/v1/appointments/${ids.appointment}`, {
      auth: core.auth('agent'),
    });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      status: 'BOOKED',
      visitNo: 1,
      doctor: { id: ids.doctor, name: '迁移医生' },
    });

    // The session still books (the next number) and the old appointment still cancels.
    const booked = await http(core.url, 'POST', '/v1/appointments', {
      auth: core.auth('agent'),
      body: { channel: 'PHONE', sessionId: ids.session, patient: testPatient(1, 70) },
    });
    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({ visitNo: 2, sessionId: ids.session, doctor: { id: ids.doctor } });
    const cancelled = await http(core.url, 'POST', `/v1/appointments/${ids.appointment}/cancel`, {
      auth: core.auth('agent'),
      body: { reason: 'after migration 070' },
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('CANCELLED');
    const slot = await sql.query<{ appointment_id: number | null }>(
      'SELECT appointment_id FROM slot WHERE id = :id',
      {
        id: ids.slot,
      },
    );
    expect(slot[0].appointment_id).toBeNull();

    // Generation after 070 leaves the clinic's existing session alone (no duplicate, no change).
    const gen = await http(core.url, 'POST', '/v1/sessions/generate', {
      auth: core.auth('scheduler'),
      body: { from: TEST_FRIDAY, to: TEST_FRIDAY },
    });
    expect(gen.status).toBeLessThan(300);
    expect(gen.body.createdSessions).toBe(0);
    const sessions = await sql.query<{ n: number }>(
      `SELECT CAST(count(*) AS integer) AS n FROM clinic_session WHERE doctor_id = :d`,
      { d: ids.doctor },
    );
    expect(sessions[0].n).toBe(1);
  });
});

// ---- the examination flow ------------------------------------------------------------------------

describe('examinations booked from orders (R19)', () => {
  let core: CoreHarness;
  let patientNo = 0;
  const nextPatient = () => testPatient(++patientNo, 19);
  const order = async (
    examTypeId: number,
    patient: object,
    orderNo = `EX${process.pid % 1000}${++patientNo}${Date.now() % 100000}`,
  ) => {
    const r = await http(core.url, 'POST', '/v1/exam-orders', {
      auth: core.auth('clinician'),
      body: { orderNo, examTypeId, patient },
    });
    expect(r.status).toBe(201);
    return r.body as { orderNo: string; id: number; status: string };
  };
  const book = (body: object, token: 'agent' | 'clinician' = 'agent') =>
    http(core.url, 'POST', '/v1/examinations', {
      auth: core.auth(token),
      body: { channel: 'PHONE', ...body },
    });

  beforeAll(async () => {
    core = await startCore();
    await setClock(core, TEST_NOW);
  });
  afterAll(async () => core?.close());
  afterEach(async () => setClock(core, TEST_NOW));

  it('generates resource sessions like clinics and books a time for an order: the appointment names the order and the preparation', async () => {
    const d = await createExamDepartment(core);
    expect(d.us.session).toMatchObject({
      date: TEST_FRIDAY,
      period: 'AM',
      available: 8,
      resource: { device: 'GE LOGIQ E10' },
    });
    expect(d.us.slots.map((s) => s.startsAt.slice(11, 16))).toEqual([
      '08:00',
      '08:15',
      '08:30',
      '08:45',
      '09:00',
      '09:15',
      '09:30',
      '09:45',
    ]);
    const p = nextPatient();
    const o = await order(d.types.us.id, p);
    expect(o.status).toBe('OPEN');

    const booked = await book({ orderNo: o.orderNo, slotId: d.us.slots[2].id, patient: p });
    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({
      status: 'BOOKED',
      visitNo: 3,
      sessionId: d.us.session.id,
      order: { orderNo: o.orderNo, status: 'OPEN' },
      examType: { id: d.types.us.id, name: '腹部彩超', preparation: expect.stringContaining('空腹') },
      resource: { id: d.resources.us.id },
      startsAt: `${TEST_FRIDAY}T08:30:00+08:00`,
    });
    expect(booked.body.verificationCode).toMatch(/^\d{6}$/);
    expect(JSON.stringify(booked.body)).not.toContain(p.documentNo);

    // The confirmation in the outbox carries the preparation (R8).
    const sql = core.app.get(SqlClient);
    const outbox = await sql.query<{ kind: string; payload: string }>(
      'SELECT kind, payload FROM notification WHERE appointment_id = :id',
      { id: booked.body.id },
    );
    expect(outbox.map((n) => n.kind)).toContain('BOOKING_CONFIRMED');
    expect(JSON.parse(outbox[0].payload)).toMatchObject({
      exam: '腹部彩超',
      preparation: expect.stringContaining('空腹'),
    });

    // One live booking per order; the order is the patient's; the clinic path refuses exam numbers.
    const again = await book({ orderNo: o.orderNo, slotId: d.us.slots[4].id, patient: p });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('EXAM_ORDER_ALREADY_BOOKED');
    const stranger = await book({ orderNo: o.orderNo, slotId: d.us.slots[4].id, patient: nextPatient() });
    expect(stranger.status).toBe(404);
    expect(stranger.body.code).toBe('EXAM_ORDER_NOT_FOUND');
    const invented = await book({ orderNo: 'NOSUCHORDER1', slotId: d.us.slots[4].id, patient: p });
    expect(invented.status).toBe(404);
    expect(invented.body.code).toBe('EXAM_ORDER_NOT_FOUND');
    const clinicPath = await http(core.url, 'POST', '/v1/appointments', {
      auth: core.auth('agent'),
      body: { channel: 'PHONE', slotId: d.us.slots[5].id, patient: nextPatient() },
    });
    expect(clinicPath.status).toBe(409);
    expect(clinicPath.body.code).toBe('EXAM_ORDER_REQUIRED');
    const clinicHold = await http(core.url, 'POST', '/v1/holds', {
      auth: core.auth('agent'),
      body: { channel: 'PHONE', slotId: d.us.slots[5].id, patient: nextPatient() },
    });
    expect(clinicHold.status).toBe(409);
    expect(clinicHold.body.code).toBe('EXAM_ORDER_REQUIRED');
    // A number of a resource that does not perform the exam type.
    const chestOrder = await order(d.types.chest.id, p);
    const wrong = await book({ orderNo: chestOrder.orderNo, slotId: d.us.slots[6].id, patient: p });
    expect(wrong.status).toBe(409);
    expect(wrong.body.code).toBe('EXAM_TYPE_NOT_PERFORMED');

    // Cancelling frees the number and the order, which books again.
    const cancelled = await http(core.url, 'POST', `/v1/examinations/${booked.body.id}/cancel`, {
      auth: core.auth('agent'),
      body: { reason: '改期' },
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('CANCELLED');
    const rebooked = await book({ orderNo: o.orderNo, slotId: d.us.slots[2].id, patient: p });
    expect(rebooked.status).toBe(201);
    expect(rebooked.body.visitNo).toBe(3);
  });

  it('the database keeps one live booking per order even when the procedure is bypassed', async () => {
    const d = await createExamDepartment(core);
    const p = nextPatient();
    const first = await book({
      orderNo: (await order(d.types.us.id, p)).orderNo,
      slotId: d.us.slots[0].id,
      patient: p,
    });
    const secondOrder = await order(d.types.chest.id, p);
    const second = await book({ orderNo: secondOrder.orderNo, slotId: d.xr.slots[7].id, patient: p });
    expect([first.status, second.status]).toEqual([201, 201]);
    const sql = core.app.get(SqlClient);
    await expect(
      sql.query('UPDATE appointment SET exam_order_id = :order WHERE id = :id', {
        order: first.body.order.id,
        id: second.body.id,
      }),
    ).rejects.toThrow();
  });

  it('books one order from many requests at once: exactly one booking (PostgreSQL: parallel transactions)', async () => {
    const d = await createExamDepartment(core);
    const p = nextPatient();
    const o = await order(d.types.us.id, p);
    const results = await Promise.all(
      d.us.slots.map((s) => book({ orderNo: o.orderNo, slotId: s.id, patient: p })),
    );
    const tally: Record<string, number> = {};
    for (const r of results) {
      const k = r.status < 300 ? String(r.status) : `${r.status} ${r.body.code}`;
      tally[k] = (tally[k] ?? 0) + 1;
    }
    expect(tally).toEqual({ '201': 1, '409 EXAM_ORDER_ALREADY_BOOKED': d.us.slots.length - 1 });
    const sql = core.app.get(SqlClient);
    const live = await sql.query<{ n: number }>(
      `SELECT CAST(count(*) AS integer) AS n FROM appointment
        WHERE exam_order_id = :order AND status IN ('BOOKED', 'CHECKED_IN', 'CALLED', 'REGISTERED')`,
      { order: o.id },
    );
    expect(live[0].n).toBe(1);
  });

  it("refuses a time that breaks a rule between the patient's examinations, with its code", async () => {
    const d = await createExamDepartment(core);
    const p = nextPatient();
    const ba = await order(d.types.barium.id, p);
    const us = await order(d.types.us.id, p);
    const barium = await book({ orderNo: ba.orderNo, slotId: d.xr.slots[0].id, patient: p }); // 08:00
    expect(barium.status).toBe(201);

    const after = await book({ orderNo: us.orderNo, slotId: d.us.slots[2].id, patient: p }); // 08:30, after the barium
    expect(after.status).toBe(409);
    expect(after.body.code).toBe('EXAM_RULE_CONFLICT');
    expect(after.body.detail).toContain(`RULE${d.tag}`);
    const overlapping = await book({ orderNo: us.orderNo, slotId: d.us.slots[0].id, patient: p }); // 08:00 too
    expect(overlapping.status).toBe(409);
    expect(overlapping.body.code).toBe('EXAM_RULE_CONFLICT');
    expect(overlapping.body.detail).toContain('OVERLAP');

    // The other way round is allowed: the fasting ultrasound first, the barium meal after it.
    expect(
      (
        await http(core.url, 'POST', `/v1/examinations/${barium.body.id}/cancel`, {
          auth: core.auth('agent'),
          body: {},
        })
      ).status,
    ).toBe(200);
    const usFirst = await book({ orderNo: us.orderNo, slotId: d.us.slots[0].id, patient: p });
    expect(usFirst.status).toBe(201);
    const baAfter = await book({ orderNo: ba.orderNo, slotId: d.xr.slots[2].id, patient: p });
    expect(baAfter.status).toBe(201);
  });

  it('the day-before reminder carries the preparation, in the text the patient reads', async () => {
    const d = await createExamDepartment(core);
    const p = nextPatient();
    const o = await order(d.types.us.id, p);
    const booked = await book({ orderNo: o.orderNo, slotId: d.us.slots[1].id, patient: p });
    expect(booked.status).toBe(201);
    await setClock(core, '2026-12-03T18:00:00+08:00');
    const job = await http(core.url, 'POST', '/v1/jobs/reminders', {
      auth: core.auth('admin'),
      body: { date: TEST_FRIDAY },
    });
    expect(job.status).toBe(200);
    const claimed = await http(core.url, 'POST', '/v1/notifications/claim', {
      auth: core.auth('gateway'),
      body: { owner: 'exam-test', limit: 500 },
    });
    expect(claimed.status).toBe(200);
    const reminder = (claimed.body as any[]).find(
      (n) => n.kind === 'REMINDER' && n.channel === 'SMS' && n.data.examCode === booked.body.code,
    );
    expect(reminder).toBeDefined();
    const text = renderMessage(reminder, '测试医院').text;
    expect(text).toContain('腹部彩超');
    expect(text).toContain('检查前准备：检查前禁食8小时（空腹）');
    expect(text).toContain(`${TEST_FRIDAY} 08:15`);
    const confirmation = (claimed.body as any[]).find(
      (n) => n.kind === 'BOOKING_CONFIRMED' && n.channel === 'SMS' && n.data.examCode === booked.body.code,
    );
    expect(renderMessage(confirmation, '测试医院').text).toContain('空腹');

    // A partner's WeChat booking: the WeChat message goes to the user the partner named.
    const w = nextPatient();
    const wOrder = await order(d.types.us.id, w);
    const viaWechat = await http(core.url, 'POST', '/v1/examinations', {
      auth: core.auth('gateway'),
      body: {
        channel: 'WECHAT',
        partnerId: 'wechat-test',
        orderNo: wOrder.orderNo,
        slotId: d.us.slots[3].id,
        patient: w,
        notifyTo: 'openid-exam-1',
      },
    });
    expect(viaWechat.status).toBe(201);
    const wechatJobs = await http(core.url, 'POST', '/v1/notifications/claim', {
      auth: core.auth('gateway'),
      body: { owner: 'exam-test', limit: 500 },
    });
    const wechatConfirmation = (wechatJobs.body as any[]).find(
      (n) =>
        n.kind === 'BOOKING_CONFIRMED' && n.channel === 'WECHAT' && n.data.examCode === viaWechat.body.code,
    );
    expect(wechatConfirmation).toMatchObject({ recipient: 'openid-exam-1', partnerId: 'wechat-test' });
    expect(renderMessage(wechatConfirmation, '测试医院').text).toContain('检查前准备');
  });

  it('visit day: check-in with identity, the resource queue and call, completion; lateness and no-shows as for clinics', async () => {
    const d = await createExamDepartment(core);
    const p = nextPatient();
    const late = nextPatient();
    const absent = nextPatient();
    const booked = await book({
      orderNo: (await order(d.types.us.id, p)).orderNo,
      slotId: d.us.slots[1].id,
      patient: p,
    });
    const lateBooked = await book({
      orderNo: (await order(d.types.us.id, late)).orderNo,
      slotId: d.us.slots[0].id,
      patient: late,
    });
    const absentOrder = await order(d.types.us.id, absent);
    const absentBooked = await book({
      orderNo: absentOrder.orderNo,
      slotId: d.us.slots[3].id,
      patient: absent,
    });
    expect([booked.status, lateBooked.status, absentBooked.status]).toEqual([201, 201, 201]);

    const nurse = (path: string, body: object) =>
      http(core.url, 'POST', path, { auth: core.auth('nurse'), body });
    // The day before: not today, and the answer says which day the examination is.
    await setClock(core, '2026-12-03T08:12:00+08:00');
    const dayBefore = await nurse('/v1/examinations/check-ins', {
      appointmentCode: booked.body.code,
      document: { documentType: p.documentType, documentNo: p.documentNo },
    });
    expect(dayBefore.status).toBe(409);
    expect(dayBefore.body).toMatchObject({
      code: 'CHECKIN_NOT_TODAY',
      detail: expect.stringContaining(`the examination is on ${TEST_FRIDAY}`),
    });
    await setClock(core, `${TEST_FRIDAY}T08:12:00+08:00`);
    const wrongPerson = await nurse('/v1/examinations/check-ins', {
      appointmentCode: booked.body.code,
      document: { documentType: late.documentType, documentNo: late.documentNo },
    });
    expect(wrongPerson.status).toBe(409);
    expect(wrongPerson.body.code).toBe('CHECKIN_IDENTITY_MISMATCH');
    const checkedIn = await nurse('/v1/examinations/check-ins', {
      appointmentCode: booked.body.code,
      document: { documentType: p.documentType, documentNo: p.documentNo },
    });
    expect(checkedIn.status).toBe(200);
    expect(checkedIn.body).toMatchObject({ status: 'CHECKED_IN', queuePosition: 1 });

    // A walk-in cannot take an examination's number without an order.
    const walkIn = await http(core.url, 'POST', '/v1/walk-ins', {
      auth: core.auth('registrar'),
      body: { sessionId: d.us.session.id, patient: nextPatient() },
    });
    expect(walkIn.status).toBe(409);
    expect(walkIn.body.code).toBe('EXAM_ORDER_REQUIRED');

    // R11: 08:00 + 10 minutes has passed for the first number.
    const tooLate = await nurse('/v1/examinations/check-ins', {
      appointmentCode: lateBooked.body.code,
      document: { documentType: late.documentType, documentNo: late.documentNo },
    });
    expect(tooLate.status).toBe(409);
    expect(tooLate.body.code).toBe('CHECKIN_TOO_LATE');

    const notYet = await http(core.url, 'POST', '/v1/examinations/completions', {
      auth: core.auth('clinician'),
      body: {
        appointmentCode: booked.body.code,
        document: { documentType: p.documentType, documentNo: p.documentNo },
      },
    });
    expect(notYet.status).toBe(409);
    expect(notYet.body.code).toBe('NOT_CALLED');
    const called = await nurse(`/v1/exam-sessions/${d.us.session.id}/call-next`, {});
    expect(called.status).toBe(200);
    expect(called.body).toMatchObject({ id: booked.body.id, status: 'CALLED' });
    const done = await http(core.url, 'POST', '/v1/examinations/completions', {
      auth: core.auth('clinician'),
      body: {
        appointmentCode: booked.body.code,
        document: { documentType: p.documentType, documentNo: p.documentNo },
      },
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'REGISTERED', order: { status: 'COMPLETED' } });
    expect(done.body.completedAt).toBe(`${TEST_FRIDAY}T08:12:00+08:00`);
    const completedOrderAgain = await book({
      orderNo: done.body.order.orderNo,
      slotId: d.us.slots[7].id,
      patient: p,
    });
    expect(completedOrderAgain.status).toBe(409);
    expect(completedOrderAgain.body.code).toBe('EXAM_ORDER_NOT_OPEN');

    // R15: after the session, the absent patient's examination is a no-show; the order may be booked again.
    await setClock(core, `${TEST_FRIDAY}T12:00:00+08:00`);
    const sweep = await http(core.url, 'POST', '/v1/jobs/no-shows', { auth: core.auth('admin'), body: {} });
    expect(sweep.status).toBeLessThan(300);
    const absentNow = await http(core.url, 'GET', `/v1/examinations/${absentBooked.body.id}`, {
      auth: core.auth('agent'),
    });
    expect(absentNow.body.status).toBe('NO_SHOW');
    const lateNow = await http(core.url, 'GET', `/v1/examinations/${lateBooked.body.id}`, {
      auth: core.auth('agent'),
    });
    expect(lateNow.body.status).toBe('VOIDED_LATE');

    // R17: the resource's report counts them (8 numbers, 3 bookings: one done, one missed, one late).
    const report = await http(core.url, 'GET', `/v1/exam-statistics?from=${TEST_FRIDAY}&to=${TEST_FRIDAY}`, {
      auth: core.auth('statistics'),
    });
    expect(report.status).toBe(200);
    const row = (report.body as any[]).find((r) => r.resourceId === d.resources.us.id);
    expect(row).toMatchObject({
      numbers: 8,
      bookings: 3,
      completed: 1,
      cancelled: 0,
      noShows: 1,
      voidedLate: 1,
      utilisation: 1 / 8,
      noShowRate: 2 / 3,
      byExamType: [{ examTypeId: d.types.us.id, bookings: 3, completed: 1, noShows: 2 }],
    });
  });
});
