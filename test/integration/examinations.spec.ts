import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
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
    (await opened.dataSource.query(sql, params)) as { id: number }[];
  const at = '2026-11-30T10:00:00+08:00';
  const [dep] = await q(`INSERT INTO department (code, name) VALUES ('MIG070', '迁移科') RETURNING id`);
  const [doc] = await q(
    `INSERT INTO doctor (code, department_id, name, title) VALUES ('MIGDOC', $1, '迁移医生', 'CHIEF') RETURNING id`,
    [dep.id],
  );
  const [room] = await q(`INSERT INTO room (code, name, department_id) VALUES ('MIGROOM', '迁移诊室', $1) RETURNING id`, [
    dep.id,
  ]);
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
    [tpl.id, dep.id, doc.id, room.id, TEST_FRIDAY, `${TEST_FRIDAY}T08:00:00+08:00`, `${TEST_FRIDAY}T08:30:00+08:00`, at],
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
  const [patient] = await q(`INSERT INTO patient (name, created_at, updated_at) VALUES ('迁移患者', $1, $1) RETURNING id`, [
    at,
  ]);
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
    database = { url: `pglite://memory?template=${encodeURIComponent(file)}`, kind: 'pglite', drop: server.drop };
  }
  await opened.close();
  return {
    database,
    ids: { session: session.id, appointment: appointment.id, slot: slots[0], doctor: doc.id, template: tpl.id },
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
    const read = await http(core.url, 'GET', `/v1/appointments/${ids.appointment}`, { auth: core.auth('agent') });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ status: 'BOOKED', visitNo: 1, doctor: { id: ids.doctor, name: '迁移医生' } });

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
    const slot = await sql.query<{ appointment_id: number | null }>('SELECT appointment_id FROM slot WHERE id = :id', {
      id: ids.slot,
    });
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
