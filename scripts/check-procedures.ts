// `npm run check:procedures`: the two SQL dialects stay twins, and the code calls only what exists.
//  (a) the procedures booking-core calls: every `.call('name'` / `.call<...>('name'` in apps/**/*.ts
//      (spec files excluded) that use SqlClient — other `.call(`s (the gateway's HTTP client,
//      redis.call in Lua scripts, Function.prototype.call) are not procedure calls;
//  (b) the functions and procedures each dialect defines: CREATE [OR REPLACE] FUNCTION|PROCEDURE
//      in db/postgres, CREATE [OR ALTER] PROCEDURE|FUNCTION in db/mssql (schema, brackets and
//      quotes stripped, case-insensitive), and likewise the views;
//  (c) fails when a called procedure is missing from a dialect, when the dialects define different
//      sets, or when a .sql file exists in one dialect folder but not the other;
//  (d) beyond names (ADR 018): for every procedure, function and view, the parameters (names and
//      order), the result columns (names and order) and the error codes each can raise must be
//      the same in both twins — PostgreSQL's read from the catalog of an embedded database the
//      migrator has just migrated, T-SQL's from the parse tree (npm run check:tsql, whose cache
//      this shares). See scripts/twins/parity.ts for what may differ on purpose.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkTsql } from './tsql/run';
import { readPgCatalog } from './twins/pg-catalog';
import { compareTwins } from './twins/parity';

const root = path.resolve(__dirname, '..');
const problems: string[] = [];

function walk(dir: string, accept: (name: string) => boolean, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(p, accept, out);
    else if (accept(entry.name)) out.push(p);
  }
  return out;
}

const rel = (p: string) => path.relative(root, p).split(path.sep).join('/');

// ---- (a) procedures the TypeScript code calls ---------------------------------------------------

const isSpec = (name: string) => /\.(spec|e2e-spec|test)\.ts$/.test(name);

/** Skips a balanced `<...>` starting at text[i] === '<' (arrows `=>` inside are not closers). */
function skipTypeArguments(text: string, i: number): number {
  let depth = 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '<') depth++;
    else if (c === '>' && text[i - 1] !== '=') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

function calledProcedures() {
  const called = new Map<string, string>(); // name -> first place
  const dynamic: string[] = [];
  const badNames: string[] = [];
  for (const file of walk(path.join(root, 'apps'), (n) => n.endsWith('.ts') && !isSpec(n))) {
    const text = fs.readFileSync(file, 'utf8');
    // A procedure is called through SqlClient, so a file that calls one names the type.
    if (!/\bSqlClient\b/.test(text)) continue;
    const re = /\.call\b/g;
    let m;
    while ((m = re.exec(text))) {
      let i = m.index + m[0].length;
      while (/\s/.test(text[i] ?? '')) i++;
      const generic = text[i] === '<';
      if (generic) {
        i = skipTypeArguments(text, i);
        if (i < 0) continue;
        while (/\s/.test(text[i] ?? '')) i++;
      }
      if (text[i] !== '(') continue;
      i++;
      while (/\s/.test(text[i] ?? '')) i++;
      const literal = /^(['"`])([A-Za-z_][A-Za-z0-9_.]*)\1/.exec(text.slice(i, i + 200));
      const line = text.slice(0, m.index).split('\n').length;
      if (literal) {
        // SqlClient.call accepts /^[a-z_][a-z0-9_]*$/ only (and throws on anything else).
        if (!/^[a-z_][a-z0-9_]*$/.test(literal[2])) {
          badNames.push(
            `${rel(file)}:${line}: '${literal[2]}' is not a valid procedure name for SqlClient.call`,
          );
          continue;
        }
        const name = literal[2];
        if (!called.has(name)) called.set(name, `${rel(file)}:${line}`);
      } else if (generic) {
        // `.call<T>(` is SqlClient.call; a name that is not a literal cannot be checked.
        dynamic.push(`${rel(file)}:${line}`);
      }
      // `.call(` without a type argument and without a literal is Function.prototype.call.
    }
  }
  return { called, dynamic, badNames };
}

// ---- (b) what each dialect defines --------------------------------------------------------------

/** SQL without comments; string literals kept (so `'--'` inside a string is not a comment). */
function stripComments(sql: string): string {
  let out = '';
  for (let i = 0; i < sql.length;) {
    const c = sql[i];
    if (c === "'") {
      let j = i + 1;
      while (j < sql.length) {
        if (sql[j] === "'" && sql[j + 1] === "'") j += 2;
        else if (sql[j] === "'") break;
        else j++;
      }
      out += sql.slice(i, j + 1);
      i = j + 1;
    } else if (c === '-' && sql[i + 1] === '-') {
      while (i < sql.length && sql[i] !== '\n') i++;
    } else if (c === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? sql.length : end + 2;
      out += ' ';
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

const NAME = String.raw`((?:(?:\[[^\]]+\]|"[^"]+"|[A-Za-z_][\w$]*)\s*\.\s*)?(?:\[[^\]]+\]|"[^"]+"|[A-Za-z_][\w$]*))`;
const DIALECTS = {
  postgres: {
    routine: new RegExp(String.raw`\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:FUNCTION|PROCEDURE)\s+${NAME}`, 'gi'),
    view: new RegExp(String.raw`\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:TEMP(?:ORARY)?\s+)?VIEW\s+${NAME}`, 'gi'),
  },
  mssql: {
    routine: new RegExp(String.raw`\bCREATE\s+(?:OR\s+ALTER\s+)?(?:PROCEDURE|PROC|FUNCTION)\s+${NAME}`, 'gi'),
    view: new RegExp(String.raw`\bCREATE\s+(?:OR\s+ALTER\s+)?VIEW\s+${NAME}`, 'gi'),
  },
};

function normaliseName(raw: string): string {
  const parts = raw.split('.').map((p) =>
    p
      .trim()
      .replace(/^\[|\]$/g, '')
      .replace(/^"|"$/g, ''),
  );
  return parts[parts.length - 1].toLowerCase();
}

function definitions(dialect: 'postgres' | 'mssql') {
  const dir = path.join(root, 'db', dialect);
  const files = walk(dir, (n) => n.endsWith('.sql'));
  const routines = new Map<string, string>();
  const views = new Map<string, string>();
  for (const file of files) {
    const sql = stripComments(fs.readFileSync(file, 'utf8'));
    for (const [kind, target] of [
      ['routine', routines],
      ['view', views],
    ] as const) {
      const re = new RegExp(DIALECTS[dialect][kind].source, 'gi');
      let m;
      while ((m = re.exec(sql))) {
        const name = normaliseName(m[1]);
        if (!target.has(name)) target.set(name, rel(file));
      }
    }
  }
  return {
    dir,
    files: files.map((f) => path.relative(dir, f).split(path.sep).join('/')).sort(),
    routines,
    views,
  };
}

// ---- (c) compare ---------------------------------------------------------------------------------

const { called, dynamic, badNames } = calledProcedures();
const pg = definitions('postgres');
const ms = definitions('mssql');

if (pg.files.length === 0) problems.push('db/postgres has no .sql files');
if (ms.files.length === 0) problems.push('db/mssql has no .sql files');

for (const [name, where] of called) {
  for (const [label, d] of [
    ['db/postgres', pg],
    ['db/mssql', ms],
  ] as const) {
    if (!d.routines.has(name)) problems.push(`${where} calls '${name}', which ${label} does not define`);
  }
}
problems.push(...badNames);
for (const where of dynamic)
  problems.push(`${where}: .call<...>() with a procedure name that is not a string literal`);

function compareSets(
  what: string,
  a: { label: string; map: Map<string, string> },
  b: { label: string; map: Map<string, string> },
): void {
  for (const [name, file] of a.map)
    if (!b.map.has(name)) problems.push(`${what} '${name}' is defined in ${file} but not in ${b.label}`);
  for (const [name, file] of b.map)
    if (!a.map.has(name)) problems.push(`${what} '${name}' is defined in ${file} but not in ${a.label}`);
}
compareSets(
  'function/procedure',
  { label: 'db/postgres', map: pg.routines },
  { label: 'db/mssql', map: ms.routines },
);
compareSets('view', { label: 'db/postgres', map: pg.views }, { label: 'db/mssql', map: ms.views });

for (const f of pg.files)
  if (!ms.files.includes(f)) problems.push(`db/postgres/${f} has no twin db/mssql/${f}`);
for (const f of ms.files)
  if (!pg.files.includes(f)) problems.push(`db/mssql/${f} has no twin db/postgres/${f}`);

// ---- (d) parity beyond names ---------------------------------------------------------------------

async function main(): Promise<void> {
  const [pgCatalog, tsql] = await Promise.all([readPgCatalog(), checkTsql()]);
  problems.push(...compareTwins(pgCatalog, tsql.catalog, new Set(called.keys())));

  if (problems.length > 0) {
    process.stderr.write(
      `check:procedures failed (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n`,
    );
    for (const p of problems) process.stderr.write(`  - ${p}\n`);
    process.exitCode = 1;
    return;
  }
  const both = [...pg.routines.keys()].filter((n) => ms.routines.has(n)).length;
  process.stdout.write(
    `procedures: ${called.size} called, ${both} defined in both dialects, ${pg.views.size} views in both, files match; ` +
      `parameters, result columns and error codes match (T-SQL: ${tsql.stats.parsed} batches parsed, ${tsql.stats.cached} from cache)\n`,
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`check:procedures: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 2;
});
