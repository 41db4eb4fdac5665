import * as fs from 'node:fs';
import { openDatabase } from '../../apps/booking-core/src/database/data-source.factory';
import { migrate } from '../../apps/booking-core/src/database/migrator';
import { renderSqlTypes, SQL_TYPES_FILE } from '../../scripts/sql-types/write';

/**
 * Decision 025: booking-core's row types and procedure parameter maps are generated from the SQL.
 * This fails when they drift (someone changed a procedure or a view and did not run
 * `npm run generate:sql`), as immich checks its generated query files.
 */
describe('generated SQL types (npm run generate:sql)', () => {
  it('match the migrated schema', async () => {
    const template = process.env.PGLITE_TEMPLATE; // the migrated snapshot of test/global-setup.ts
    const db = await openDatabase({ kind: 'pglite', dataDir: null, ...(template ? { template } : {}) });
    try {
      await migrate(db.dataSource, 'postgres');
      const expected = await renderSqlTypes(db.dataSource);
      expect(fs.readFileSync(SQL_TYPES_FILE, 'utf8')).toBe(expected);
    } finally {
      await db.close();
    }
  });
});
