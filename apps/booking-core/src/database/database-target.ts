import * as path from 'node:path';

export type DatabaseTarget =
  /** dataDir null: in memory; template: a dump (tar.gz) to start from instead of an empty cluster. */
  | { kind: 'pglite'; dataDir: string | null; template?: string }
  | { kind: 'postgres'; url: string }
  | { kind: 'mssql'; url: string };

export type Dialect = 'postgres' | 'mssql';

export const DEFAULT_PGLITE_DIR = './.data/pglite';

/** DATABASE_URL → where the data lives. Unset means the embedded database in ./.data/. */
export function parseDatabaseUrl(url: string | undefined, cwd = process.cwd()): DatabaseTarget {
  if (!url) return { kind: 'pglite', dataDir: path.resolve(cwd, DEFAULT_PGLITE_DIR) };
  const scheme = url.slice(0, url.indexOf('://'));
  if (scheme === 'pglite') {
    const [rest, query] = url.slice('pglite://'.length).split('?');
    if (rest === 'memory' || rest === '') {
      const template = new URLSearchParams(query ?? '').get('template');
      return template ? { kind: 'pglite', dataDir: null, template } : { kind: 'pglite', dataDir: null };
    }
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
