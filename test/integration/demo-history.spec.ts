import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createTestDatabase, type TestDatabase } from '@test/support';
import { parseDatabaseUrl } from '../../apps/booking-core/src/database/database-target';
import { openDatabase } from '../../apps/booking-core/src/database/data-source.factory';
import { generateHistory, migrateDatabase, refusalAt } from '../../scripts/demo/history-lib';

/**
 * R17: `npm run demo:history` writes clearly marked demo history only into a database without real
 * data. On a database holding one real booking it refuses before writing anything — migrations,
 * settings, demo departments included. PostgreSQL (TEST_DATABASE_URL) or a PGlite directory.
 */
describe('demo:history (R17) refuses a database holding real data, and writes nothing', () => {
  let target: TestDatabase;
  let dir: string | null = null;
  let url: string;

  beforeAll(async () => {
    target = await createTestDatabase();
    if (target.kind === 'pglite') {
      // An in-memory PGlite is gone when closed: the script's target is a PGlite directory.
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-history-'));
      url = `pglite://${dir}`;
    } else url = target.url;
  });
  afterAll(async () => {
    await target?.drop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Runs fn against the database, closed again afterwards. */
  async function withDb<T>(fn: (q: (text: string) => Promise<Record<string, unknown>[]>) => Promise<T>) {
    const db = await openDatabase(parseDatabaseUrl(url), 1);
    try {
      return await fn((text) => db.dataSource.query(text));
    } finally {
      await db.close();
    }
  }

  /** Every table's row count, and the migrations applied. */
  const snapshot = () =>
    withDb(async (q) => {
      const tables = await q(
        `SELECT table_name FROM information_schema.tables
          WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
      );
      const counts: Record<string, number> = {};
      for (const t of tables) {
        const name = String(t.table_name);
        const [row] = await q(`SELECT count(*) AS n FROM "${name}"`);
        counts[name] = Number(row.n);
      }
      const migrations = (await q('SELECT name FROM schema_migration ORDER BY name')).map((r) => r.name);
      return { counts, migrations };
    });

  it('an empty migrated database may take demo history; one real booking makes it refuse, writing nothing', async () => {
    await migrateDatabase(url);
    expect(await refusalAt(url)).toBeNull();

    // One real booking, as booking-core leaves it: a patient with a document, a session, its number.
    await withDb(async (q) => {
      const at = '2026-01-05T08:00:00+08:00';
      await q(`INSERT INTO department (id, code, name) VALUES (800001, 'REALD', '内科')`);
      await q(
        `INSERT INTO doctor (id, code, department_id, name, title) VALUES (800011, 'REALDOC', 800001, '王医生', 'CHIEF')`,
      );
      await q(`INSERT INTO room (id, code, name) VALUES (800021, 'REALROOM', '一诊室')`);
      await q(
        `INSERT INTO patient (id, name, created_at, updated_at) VALUES (800100, '张三', '${at}', '${at}')`,
      );
      await q(
        `INSERT INTO patient_document (id, patient_id, document_type, digest, masked, cipher, created_at)
         VALUES (800100, 800100, 'HOSPITAL_CARD', '${'1'.repeat(64)}', '****', 'x', '${at}')`,
      );
      await q(
        `INSERT INTO clinic_session (id, department_id, doctor_id, acting_doctor_id, room_id, session_date, period,
                                     starts_at, ends_at, release_at, fee_cents, status, created_at, updated_at)
         VALUES (800200, 800001, 800011, 800011, 800021, '2026-01-05', 'AM', '${at}', '${at}', '${at}', 0, 'OPEN',
                 '${at}', '${at}')`,
      );
      await q(
        `INSERT INTO slot (id, session_id, seq_no, starts_at, ends_at) VALUES (800300, 800200, 1, '${at}', '${at}')`,
      );
      await q(
        `INSERT INTO appointment (id, code, verification_code, patient_id, document_id, session_id, slot_id, visit_no,
                                  channel, status, booked_at, booked_by, updated_at)
         VALUES (800400, 'REAL1', '123456', 800100, 800100, 800200, 800300, 1, 'PHONE', 'BOOKED', '${at}', 'agent',
                 '${at}')`,
      );
      await q(`UPDATE slot SET appointment_id = 800400 WHERE id = 800300`);
    });
    const before = await snapshot();
    expect(before.counts.appointment).toBe(1);
    expect(before.counts.patient).toBe(1);

    expect(await refusalAt(url)).toMatch(/real \(non-demo\) data: 2 appointments or patients/);
    await expect(generateHistory({ url, months: 1, doctors: 1, numbers: 1 })).rejects.toThrow(
      /^demo:history refuses: the database holds real \(non-demo\) data/,
    );
    // Nothing written: every table as it was (no demo_history setting, no DEMO- departments, no
    // policy events), no migration applied.
    expect(await snapshot()).toEqual(before);
  });
});
