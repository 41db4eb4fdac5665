import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'prettier';
import { openDatabase } from '../../apps/booking-core/src/database/data-source.factory';
import { migrate } from '../../apps/booking-core/src/database/migrator';
import { generateSqlTypes } from './generate';

export const SQL_TYPES_FILE = path.resolve(
  __dirname,
  '../../apps/booking-core/src/database/sql-types.generated.ts',
);

/** The generated file's text, formatted as the repository formats TypeScript. */
export async function renderSqlTypes(dataSource: Parameters<typeof generateSqlTypes>[0]): Promise<string> {
  const options = (await import('prettier')).resolveConfig(SQL_TYPES_FILE);
  return format(await generateSqlTypes(dataSource), { ...(await options), filepath: SQL_TYPES_FILE });
}

/** npm run generate:sql — migrates an embedded database and writes the row types. */
async function main(): Promise<void> {
  const db = await openDatabase({ kind: 'pglite', dataDir: null });
  try {
    await migrate(db.dataSource, 'postgres');
    fs.writeFileSync(SQL_TYPES_FILE, await renderSqlTypes(db.dataSource));
    process.stdout.write(`wrote ${path.relative(process.cwd(), SQL_TYPES_FILE)}\n`);
  } finally {
    await db.close();
  }
}

if (require.main === module) void main();
