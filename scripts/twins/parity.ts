import type { TsqlCatalog } from '../tsql/analyse';
import type { PgCatalog } from './pg-catalog';

/**
 * What may differ between the twins' error codes, on purpose (ADR 002):
 *  - VALIDATION_FAILED raised by T-SQL itself where PostgreSQL reports a CHECK violation or a bad
 *    value with an SQLSTATE that booking-core maps to VALIDATION_FAILED;
 *  - CONFLICT "… lock not granted" when sp_getapplock refuses (a deadlock victim, a cancelled
 *    wait), where PostgreSQL's advisory lock waits and reports a deadlock as 40P01;
 *  - DEADLINE_EXCEEDED raised by T-SQL when an application lock's wait runs past the caller's
 *    deadline (@@LOCK_TIMEOUT), where PostgreSQL's lock_timeout / statement_timeout SQLSTATE
 *    (55P03, 57014) is mapped to DEADLINE_EXCEEDED by booking-core's SqlClient.
 */
function allowedTsqlOnly(code: string, text: string): boolean {
  if (code === 'VALIDATION_FAILED' || code === 'DEADLINE_EXCEEDED') return true;
  return code === 'CONFLICT' && / lock not granted$/.test(text);
}

/** The part of a message that both twins write literally: up to PostgreSQL's first `%`. */
const literal = (text: string) => text.replace(/%.*$/s, '');

const list = (names: readonly (string | null)[]) => `(${names.map((n) => n ?? '?').join(', ')})`;

function differ(a: readonly (string | null)[], b: readonly (string | null)[]): string | null {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++)
    if (a[i] !== b[i])
      return `position ${i + 1}: PostgreSQL ${a[i] === undefined ? 'has none' : `'${a[i]}'`}, T-SQL ${b[i] === undefined ? 'has none' : `'${b[i] ?? '?'}'`}`;
  return null;
}

/**
 * Compares, for every function/procedure and view both dialects define, the parameters (names
 * and order), the result columns (names and order) and the error codes (and their literal
 * texts) each can raise. A T-SQL helper reports through OUTPUT parameters what its PostgreSQL
 * twin returns (ADR 002): allowed only in procedures the application never calls, named p_<the
 * twin's column> in order (one for a scalar), and then with no result set.
 */
export function compareTwins(pg: PgCatalog, ms: TsqlCatalog, called: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const [name, p] of pg.routines) {
    const t = ms.routines.get(name);
    if (!t) continue;
    const at = `'${name}' (${t.where})`;
    const tIn = t.params.filter((x) => !x.output).map((x) => x.name);
    const tOut = t.params.filter((x) => x.output).map((x) => x.name);
    const paramDiff = differ(p.params, tIn);
    if (paramDiff)
      problems.push(
        `${at}: parameters differ at ${paramDiff} — PostgreSQL ${list(p.params)}, T-SQL ${list(tIn)}`,
      );

    const pgColumns = p.result.kind === 'columns' ? p.result.columns : null;
    if (tOut.length > 0) {
      if (called.has(name))
        problems.push(
          `${at}: booking-core calls it, so it must return a result set, not OUTPUT parameters ${list(tOut)}`,
        );
      const expected =
        pgColumns?.map((c) => `p_${c}`) ?? (p.result.kind === 'scalar' ? null : ([] as string[]));
      if (expected === null) {
        if (tOut.length !== 1)
          problems.push(
            `${at}: PostgreSQL returns one ${(p.result as { type: string }).type}, T-SQL has OUTPUT ${list(tOut)}`,
          );
      } else {
        const d = differ(expected, tOut);
        if (d)
          problems.push(`${at}: OUTPUT parameters do not match PostgreSQL's result ${list(expected)}: ${d}`);
      }
      if (t.result !== null)
        problems.push(`${at}: reports through OUTPUT parameters and also returns a result set`);
    } else if (pgColumns) {
      if (t.result === null)
        problems.push(`${at}: PostgreSQL returns ${list(pgColumns)}, T-SQL returns no result set`);
      else if (t.result === 'conflict')
        problems.push(`${at}: T-SQL returns different columns on different paths`);
      else {
        const d = differ(pgColumns, t.result);
        if (d)
          problems.push(
            `${at}: result columns differ at ${d} — PostgreSQL ${list(pgColumns)}, T-SQL ${list(t.result)}`,
          );
      }
    } else if (t.kind === 'function') {
      if (p.result.kind !== 'scalar' || t.returns !== 'scalar')
        problems.push(
          `${at}: PostgreSQL returns ${p.result.kind}, the T-SQL function ${t.returns ?? 'nothing'}`,
        );
    } else {
      if (t.result !== null)
        problems.push(
          `${at}: PostgreSQL returns ${p.result.kind === 'void' ? 'nothing' : 'a scalar'}, T-SQL a result set ${list(t.result === 'conflict' ? [] : t.result)}`,
        );
      if (p.result.kind === 'scalar')
        problems.push(
          `${at}: PostgreSQL returns a ${p.result.type} that the T-SQL procedure does not report`,
        );
    }

    if (t.untraced) problems.push(`${at}: T-SQL raises a message whose code cannot be read from the source`);
    for (const [code, texts] of p.raised) {
      const tTexts = t.raised.get(code);
      if (!tTexts) {
        problems.push(`${at}: PostgreSQL can raise ${code} (${texts.join(' | ')}), T-SQL cannot`);
        continue;
      }
      for (const text of texts)
        if (!tTexts.some((x) => literal(x) === literal(text)))
          problems.push(
            `${at}: PostgreSQL raises '${text}', T-SQL has no such ${code} (${tTexts.join(' | ')})`,
          );
    }
    for (const [code, texts] of t.raised) {
      const pTexts = p.raised.get(code) ?? [];
      for (const text of texts)
        if (!pTexts.some((x) => literal(x) === literal(text)) && !allowedTsqlOnly(code, text))
          problems.push(`${at}: T-SQL can raise '${text}', PostgreSQL cannot`);
    }
  }
  for (const [name, columns] of pg.views) {
    const t = ms.views.get(name);
    if (!t) continue;
    const d = differ(columns, t.columns);
    if (d)
      problems.push(
        `view '${name}' (${t.where}): columns differ at ${d} — PostgreSQL ${list(columns)}, T-SQL ${list(t.columns)}`,
      );
  }
  return problems;
}
