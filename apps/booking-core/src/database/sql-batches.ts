/** One batch of a T-SQL script: its text, trimmed, and the offset in the script where it starts. */
export interface SqlBatch {
  text: string;
  offset: number;
}

/** A line holding only GO (any case, surrounding blanks) ends a batch. */
const GO_LINE = /^\s*GO\s*$/gim;

/**
 * T-SQL scripts are batches separated by GO lines (a client-side separator, never sent to the
 * server); blank batches are dropped. The one splitter of db/mssql scripts: the migrator runs
 * these batches and `npm run check:tsql` parses exactly these, reporting positions in the file
 * through `offset` (ADR 018).
 */
export function splitTsqlBatches(sql: string): SqlBatch[] {
  const batches: SqlBatch[] = [];
  const add = (start: number, end: number) => {
    const raw = sql.slice(start, end);
    const text = raw.trim();
    if (text.length > 0) batches.push({ text, offset: start + (raw.length - raw.trimStart().length) });
  };
  const separator = new RegExp(GO_LINE.source, GO_LINE.flags);
  let start = 0;
  for (let m = separator.exec(sql); m; m = separator.exec(sql)) {
    add(start, m.index);
    start = m.index + m[0].length;
  }
  add(start, sql.length);
  return batches;
}
