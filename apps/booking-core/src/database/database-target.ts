import * as path from 'node:path';

export type DatabaseTarget =
  | { kind: 'pglite'; dataDir: string | null /* null: in memory */ }
  | { kind: 'postgres'; url: string }
  | { kind: 'mssql'; url: string };

export type Dialect = 'postgres' | 'mssql';

export const DEFAULT_PGLITE_DIR = './.data/pglite';

/** DATABASE_URL → where the data lives. Unset means the embedded database in ./.data/. */
export function parseDatabaseUrl(url: string | undefined, cwd = process.cwd()): DatabaseTarget {
  if (!url) return { kind: 'pglite', dataDir: path.resolve(cwd, DEFAULT_PGLITE_DIR) };
  const scheme = url.slice(0, url.indexOf('://'));
  if (scheme === 'pglite') {
    const rest = url.slice('pglite://'.length);
    if (rest === 'memory' || rest === '') return { kind: 'pglite', dataDir: null };
    return { kind: 'pglite', dataDir: path.resolve(cwd, rest) };
  }
  if (scheme === 'postgres' || scheme === 'postgresql') return { kind: 'postgres', url };
  if (scheme === 'mssql' || scheme === 'sqlserver') return { kind: 'mssql', url };
  throw new Error(`Unsupported DATABASE_URL scheme: ${scheme}`);
}

export function dialectOf(target: DatabaseTarget): Dialect {
  return target.kind === 'mssql' ? 'mssql' : 'postgres';
}

/** A URL for logs: no password. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === 'pglite') return `pglite (${target.dataDir ?? 'in memory'})`;
  try {
    const u = new URL(target.url);
    return `${target.kind} ${u.hostname}:${u.port || (target.kind === 'mssql' ? 1433 : 5432)}${u.pathname}`;
  } catch {
    return target.kind;
  }
}
