import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * docs/requirements.md maps R1–R20 to their code and tests. This keeps the map true: every
 * requirement has a row, every path in it exists, every procedure it names is defined in both
 * dialects, and a built requirement names at least one test.
 */
const ROOT = path.resolve(__dirname, '..');
const doc = fs.readFileSync(path.join(ROOT, 'docs/requirements.md'), 'utf8');
const section = doc.slice(doc.indexOf('## Where each requirement lives'));
const rows = section
  .split('\n')
  .filter((line) => /^\| R\d+\s*\|/.test(line))
  .map((line) => {
    const [, id, code, tests] = line.split('|').map((cell) => cell.trim());
    const paths = (cell: string) =>
      [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]).filter((p) => p.includes('/'));
    // The procedures named in brackets after a procedures file.
    const names = [...code.matchAll(/\.sql` \(([^)]*)\)/g)].flatMap((m) =>
      [...m[1].matchAll(/`(\w+)`/g)].map((n) => n[1]),
    );
    return { id, code, codePaths: paths(code), testPaths: paths(tests), names };
  });

describe('docs/requirements.md: where each requirement lives', () => {
  it('has one row for each of R1–R20, in order', () => {
    expect(rows.map((r) => r.id)).toEqual(Array.from({ length: 20 }, (_, i) => `R${i + 1}`));
  });

  it.each(rows.map((r) => [r.id, r] as const))('%s: its paths exist', (_id, row) => {
    const missing = [...row.codePaths, ...row.testPaths].filter((p) => !fs.existsSync(path.join(ROOT, p)));
    expect(missing).toEqual([]);
  });

  it.each(rows.map((r) => [r.id, r] as const))('%s: built means code and a test', (_id, row) => {
    if (row.code.includes('_not built_')) expect(row.codePaths).toEqual([]);
    else expect([row.codePaths.length > 0, row.testPaths.length > 0]).toEqual([true, true]);
  });

  it('the procedures and helpers it names are defined in both dialects', () => {
    const sql = (dialect: string) =>
      fs
        .readdirSync(path.join(ROOT, 'db', dialect, 'procedures'))
        .map((f) => fs.readFileSync(path.join(ROOT, 'db', dialect, 'procedures', f), 'utf8'))
        .join('\n');
    const pg = sql('postgres');
    const ms = sql('mssql');
    const names = rows.flatMap((r) => r.names);
    const undefinedIn = (text: string, pattern: (n: string) => RegExp) =>
      names.filter((n) => !pattern(n).test(text));
    expect({
      postgres: undefinedIn(pg, (n) => new RegExp(`CREATE (FUNCTION|VIEW) ${n}\\b`)),
      mssql: undefinedIn(ms, (n) => new RegExp(`CREATE OR ALTER (FUNCTION|PROCEDURE|VIEW) dbo\\.${n}\\b`)),
    }).toEqual({ postgres: [], mssql: [] });
  });
});
