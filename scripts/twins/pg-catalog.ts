import * as path from 'node:path';
import { openDatabase } from '../../apps/booking-core/src/database/data-source.factory';
import { findSqlRoot, migrate } from '../../apps/booking-core/src/database/migrator';

export type PgResult =
  { kind: 'void' } | { kind: 'scalar'; type: string } | { kind: 'columns'; columns: string[] };

export interface PgRoutine {
  /** IN parameters, in order. */
  params: string[];
  result: PgResult;
  /** Error texts by code, raised by the function itself or by the functions it calls. */
  raised: Map<string, string[]>;
}

export interface PgCatalog {
  routines: Map<string, PgRoutine>;
  views: Map<string, string[]>;
}

interface ProcRow {
  name: string;
  argnames: string | null;
  argmodes: string | null;
  nargs: number;
  rettype: string;
  typtype: string;
  relid: number;
  src: string;
}

/** PL/pgSQL source without comments and with string literals blanked (for finding calls). */
function code(src: string): { noComments: string; noStrings: string } {
  let noComments = '';
  let noStrings = '';
  for (let i = 0; i < src.length;) {
    const c = src[i];
    if (c === "'") {
      let j = i + 1;
      while (j < src.length && !(src[j] === "'" && src[j + 1] !== "'")) j += src[j] === "'" ? 2 : 1;
      noComments += src.slice(i, j + 1);
      noStrings += "''";
      i = j + 1;
    } else if (c === '-' && src[i + 1] === '-') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      i = end < 0 ? src.length : end + 2;
    } else {
      noComments += c;
      noStrings += c;
      i++;
    }
  }
  return { noComments, noStrings };
}

/**
 * PostgreSQL's side of the twins, from the catalog of an embedded database migrated by the
 * migrator exactly as booking-core migrates one: every function's IN parameters, its result
 * (RETURNS TABLE columns, the columns of the table or view of RETURNS SETOF, a scalar, or void),
 * the codes of its RAISE EXCEPTION statements and of the functions it calls; every view's columns.
 */
export async function readPgCatalog(
  sqlRoot = findSqlRoot(path.join(__dirname, '..', '..', 'apps')),
): Promise<PgCatalog> {
  const db = await openDatabase({ kind: 'pglite', dataDir: null });
  try {
    await migrate(db.dataSource, 'postgres', sqlRoot);
    const q = <T>(sql: string, params: unknown[] = []) => db.dataSource.query<T[]>(sql, params);
    const columnsOf = async (relid: number) =>
      (
        await q<{ attname: string }>(
          'SELECT attname FROM pg_attribute WHERE attrelid = $1 AND attnum > 0 AND NOT attisdropped ORDER BY attnum',
          [relid],
        )
      ).map((r) => r.attname);

    const procs = await q<ProcRow>(`
      SELECT p.proname AS name, array_to_string(p.proargnames, ',', '') AS argnames,
             array_to_string(p.proargmodes::text[], ',') AS argmodes, p.pronargs AS nargs,
             format_type(p.prorettype, NULL) AS rettype, t.typtype::text AS typtype, t.typrelid::int AS relid,
             p.prosrc AS src
        FROM pg_proc p
        JOIN pg_namespace n ON n.oid = p.pronamespace
        JOIN pg_type t ON t.oid = p.prorettype
       WHERE n.nspname = 'public' AND p.prokind IN ('f', 'p')
       ORDER BY p.proname`);

    const routines = new Map<string, PgRoutine>();
    const calls = new Map<string, string[]>();
    const names = procs.map((p) => p.name);
    for (const p of procs) {
      const argnames = p.argnames === null ? [] : p.argnames.split(',');
      const modes = p.argmodes === null ? argnames.map(() => 'i') : p.argmodes.split(',');
      const params = argnames.filter((_, i) => ['i', 'b', 'v'].includes(modes[i]));
      const outs = argnames.filter((_, i) => ['o', 'b', 't'].includes(modes[i]));
      let result: PgResult;
      if (outs.length > 0) result = { kind: 'columns', columns: outs };
      else if (p.typtype === 'c') result = { kind: 'columns', columns: await columnsOf(p.relid) };
      else if (p.rettype === 'void') result = { kind: 'void' };
      else result = { kind: 'scalar', type: p.rettype };

      const { noComments, noStrings } = code(p.src);
      const raised = new Map<string, string[]>();
      for (const m of noComments.matchAll(/\bRAISE\s+EXCEPTION\s+'((?:[^']|'')*)'/gi)) {
        const text = m[1].replace(/''/g, "'");
        const sep = text.indexOf(':');
        const c = (sep < 0 ? text : text.slice(0, sep)).replace(/%.*$/, '');
        const list = raised.get(c) ?? [];
        if (!list.includes(text)) list.push(text);
        raised.set(c, list);
      }
      calls.set(
        p.name,
        names.filter((n) => n !== p.name && new RegExp(`\\b${n}\\s*\\(`, 'i').test(noStrings)),
      );
      routines.set(p.name, { params, result, raised });
    }
    // What each function can raise includes what the functions it calls raise.
    const own = new Map(
      [...routines].map(([n, r]) => [n, new Map([...r.raised].map(([c, t]) => [c, [...t]]))]),
    );
    for (const [name, routine] of routines) {
      const seen = new Set<string>([name]);
      const stack = [...(calls.get(name) ?? [])];
      while (stack.length > 0) {
        const callee = stack.pop()!;
        if (seen.has(callee)) continue;
        seen.add(callee);
        for (const [c, texts] of own.get(callee) ?? []) {
          const list = routine.raised.get(c) ?? [];
          for (const t of texts) if (!list.includes(t)) list.push(t);
          routine.raised.set(c, list);
        }
        stack.push(...(calls.get(callee) ?? []));
      }
    }

    const views = new Map<string, string[]>();
    const rels = await q<{ name: string; oid: number }>(`
      SELECT c.relname AS name, c.oid::int AS oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('v', 'm') ORDER BY c.relname`);
    for (const r of rels) views.set(r.name, await columnsOf(r.oid));
    return { routines, views };
  } finally {
    await db.close();
  }
}
