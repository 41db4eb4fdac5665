import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openDatabase } from '../apps/booking-core/src/database/data-source.factory';
import { findSqlRoot, migrate } from '../apps/booking-core/src/database/migrator';

/**
 * Starting an embedded PostgreSQL from scratch costs ~5 s (initdb). Every test file needs a
 * fresh one, so the run prepares one migrated snapshot and each file starts from a copy
 * (~0.6 s). The snapshot is keyed by the SQL it was built from.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_DATABASE_URL || process.env.TEST_MSSQL_URL) return;
  const root = findSqlRoot(path.join(__dirname, '..', 'apps'));
  const hash = createHash('sha256');
  for (const dir of ['migrations', 'procedures']) {
    const folder = path.join(root, 'postgres', dir);
    for (const f of fs.readdirSync(folder).sort())
      hash.update(f).update(fs.readFileSync(path.join(folder, f)));
  }
  const file = path.join(os.tmpdir(), `outpatient-pglite-${hash.digest('hex').slice(0, 16)}.tar.gz`);
  if (!fs.existsSync(file)) {
    const db = await openDatabase({ kind: 'pglite', dataDir: null });
    await migrate(db.dataSource, 'postgres', root);
    const tmp = `${file}.${process.pid}`;
    fs.writeFileSync(tmp, await db.dump!());
    fs.renameSync(tmp, file);
    await db.close();
  }
  process.env.PGLITE_TEMPLATE = file;
}
