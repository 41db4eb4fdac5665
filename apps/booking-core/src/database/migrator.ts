import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DataSource, QueryRunner } from 'typeorm';
import type { Dialect } from './database-target';
import { splitTsqlBatches } from './sql-batches';

/** The folder holding db/postgres and db/mssql, found by walking up from this file. */
export function findSqlRoot(start = __dirname): string {
  let dir = start;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'db', 'postgres', 'migrations'))) return path.join(dir, 'db');
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`db/ not found above ${start}`);
    dir = parent;
  }
}

interface SqlFile {
  name: string;
  sql: string;
  checksum: string;
}

function readFolder(dir: string): SqlFile[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

/** T-SQL scripts are batches separated by GO lines; PostgreSQL scripts run whole. */
function batches(dialect: Dialect, sql: string): string[] {
  if (dialect === 'postgres') return [sql];
  return splitTsqlBatches(sql).map((b) => b.text);
}

export interface MigrationResult {
  applied: string[];
  proceduresApplied: boolean;
}

/**
 * Applies db/<dialect>/migrations/*.sql once each, in order, tracked in schema_migration; a
 * migration edited after it was applied stops the boot. Then db/<dialect>/procedures/*.sql,
 * which are re-created together whenever any of them changed. Running it twice changes
 * nothing. A lock keeps two processes from migrating at once.
 */
export async function migrate(
  dataSource: DataSource,
  dialect: Dialect,
  sqlRoot = findSqlRoot(),
): Promise<MigrationResult> {
  const base = path.join(sqlRoot, dialect);
  const migrations = readFolder(path.join(base, 'migrations'));
  const procedures = readFolder(path.join(base, 'procedures'));
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await lock(runner, dialect);
    try {
      await ensureTable(runner, dialect);
      const rows = (await runner.query('SELECT name, checksum FROM schema_migration')) as {
        name: string;
        checksum: string;
      }[];
      const applied = new Map(rows.map((r) => [r.name, r.checksum.trim()]));
      const result: MigrationResult = { applied: [], proceduresApplied: false };

      for (const file of migrations) {
        const key = `migrations/${file.name}`;
        const known = applied.get(key);
        if (known === file.checksum) continue;
        if (known)
          throw new Error(`Migration ${key} was changed after it was applied; add a new migration instead`);
        await inTransaction(runner, async () => {
          for (const batch of batches(dialect, file.sql)) await runner.query(batch);
          await record(runner, dialect, key, file.checksum);
        });
        result.applied.push(key);
      }

      const changed =
        procedures.some((f) => applied.get(`procedures/${f.name}`) !== f.checksum) ||
        [...applied.keys()].some(
          (k) => k.startsWith('procedures/') && !procedures.some((f) => `procedures/${f.name}` === k),
        );
      if (changed) {
        await inTransaction(runner, async () => {
          await runner.query(`DELETE FROM schema_migration WHERE name LIKE 'procedures/%'`);
          for (const file of procedures) {
            for (const batch of batches(dialect, file.sql)) await runner.query(batch);
            await record(runner, dialect, `procedures/${file.name}`, file.checksum);
          }
        });
        result.proceduresApplied = true;
      }
      return result;
    } finally {
      await unlock(runner, dialect);
    }
  } finally {
    await runner.release();
  }
}

const LOCK_KEY = 727_274_001;

async function lock(runner: QueryRunner, dialect: Dialect): Promise<void> {
  if (dialect === 'postgres') await runner.query(`SELECT pg_advisory_lock(${LOCK_KEY})`);
  else
    await runner.query(
      `DECLARE @r int; EXEC @r = sp_getapplock @Resource = 'schema_migration', @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = 60000; IF @r < 0 THROW 50000, 'migration lock timeout', 1;`,
    );
}

async function unlock(runner: QueryRunner, dialect: Dialect): Promise<void> {
  if (dialect === 'postgres') await runner.query(`SELECT pg_advisory_unlock(${LOCK_KEY})`);
  else await runner.query(`EXEC sp_releaseapplock @Resource = 'schema_migration', @LockOwner = 'Session'`);
}

async function ensureTable(runner: QueryRunner, dialect: Dialect): Promise<void> {
  if (dialect === 'postgres') {
    await runner.query(
      `CREATE TABLE IF NOT EXISTS schema_migration (name varchar(200) PRIMARY KEY, checksum char(64) NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
  } else {
    await runner.query(
      `IF OBJECT_ID(N'dbo.schema_migration', N'U') IS NULL CREATE TABLE dbo.schema_migration (name nvarchar(200) NOT NULL PRIMARY KEY, checksum char(64) NOT NULL, applied_at datetimeoffset NOT NULL DEFAULT SYSDATETIMEOFFSET())`,
    );
  }
}

async function record(runner: QueryRunner, dialect: Dialect, name: string, checksum: string): Promise<void> {
  const p = dialect === 'postgres' ? ['$1', '$2'] : ['@0', '@1'];
  await runner.query(`DELETE FROM schema_migration WHERE name = ${p[0]}`, [name]);
  await runner.query(`INSERT INTO schema_migration (name, checksum) VALUES (${p[0]}, ${p[1]})`, [
    name,
    checksum,
  ]);
}

async function inTransaction(runner: QueryRunner, work: () => Promise<void>): Promise<void> {
  await runner.startTransaction();
  try {
    await work();
    await runner.commitTransaction();
  } catch (e) {
    await runner.rollbackTransaction();
    throw e;
  }
}
