import * as fs from 'node:fs';
import * as path from 'node:path';
import { findSqlRoot } from './migrator';
import { splitTsqlBatches } from './sql-batches';

describe('splitTsqlBatches', () => {
  it('splits on lines holding only GO, trims, drops blank batches and keeps each offset', () => {
    const sql = 'SET X ON;\n  go  \n\nGO\nCREATE VIEW v AS SELECT 1 AS go_on;\nGO\n-- tail\n';
    const batches = splitTsqlBatches(sql);
    expect(batches.map((b) => b.text)).toEqual([
      'SET X ON;',
      'CREATE VIEW v AS SELECT 1 AS go_on;',
      '-- tail',
    ]);
    for (const b of batches) expect(sql.slice(b.offset, b.offset + b.text.length)).toBe(b.text);
  });

  it('does not split on GO inside a line', () => {
    expect(splitTsqlBatches("SELECT 'GO'\nGOTO x\n").map((b) => b.text)).toEqual(["SELECT 'GO'\nGOTO x"]);
  });

  it('gives the same batches as String.split on every db/mssql script', () => {
    const root = path.join(findSqlRoot(__dirname), 'mssql');
    for (const dir of ['migrations', 'procedures']) {
      for (const name of fs.readdirSync(path.join(root, dir))) {
        const sql = fs.readFileSync(path.join(root, dir, name), 'utf8');
        const expected = sql
          .split(/^\s*GO\s*$/im)
          .map((b) => b.trim())
          .filter((b) => b.length > 0);
        expect(splitTsqlBatches(sql).map((b) => b.text)).toEqual(expected);
      }
    }
  });
});
