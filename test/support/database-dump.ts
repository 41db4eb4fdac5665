import { SqlClient } from '../../apps/booking-core/src/database/sql-client';
import type { CoreHarness } from './core-harness';

/**
 * Every row of every table of the core's database as one JSON text, for privacy scans: whatever
 * a test looks for in it, it looks for everywhere.
 */
export async function dumpDatabase(core: CoreHarness): Promise<string> {
  const sql = core.app.get(SqlClient);
  const tables = await sql.query<{ name: string }>({
    postgres: `SELECT table_name AS name FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
    mssql: `SELECT TABLE_NAME AS name FROM INFORMATION_SCHEMA.TABLES
             WHERE TABLE_SCHEMA = 'dbo' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME`,
  });
  const parts: string[] = [];
  for (const { name } of tables) {
    if (!/^[a-z_][a-z0-9_]*$/i.test(name)) throw new Error(`unexpected table name ${name}`);
    parts.push(`${name}: ${JSON.stringify(await sql.query(`SELECT * FROM ${name}`))}`);
  }
  return parts.join('\n');
}
