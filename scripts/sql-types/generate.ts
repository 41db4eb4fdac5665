import type { DataSource } from 'typeorm';
import { CHANNELS } from '@app/contracts';

/**
 * Row types and procedure parameter maps of booking-core, read from the catalog of a migrated
 * PostgreSQL database (decision 025): the SQL is the one definition, TypeScript follows it.
 *
 * - every view's columns, and every table a procedure returns (SETOF table);
 * - every procedure booking-core can call (a function returning rows), its parameters (`p_`
 *   dropped) and its row type;
 * - rules the database defines that TypeScript must also know (the in-person channels).
 *
 * Nullability: a table column is nullable unless NOT NULL. A view column that is a table column
 * (PostgreSQL records its origin) is nullable when that column is, or when its table sits on the
 * nullable side of an outer join; a computed view column is nullable unless the view says
 * otherwise (`COMMENT ON COLUMN view.col IS 'not null'`). Columns of `RETURNS TABLE (...)` are
 * not null unless the function's comment lists them (`COMMENT ON FUNCTION f IS 'nullable: a, b'`).
 */
export async function generateSqlTypes(dataSource: DataSource): Promise<string> {
  const q = <T>(sql: string, params: unknown[] = []): Promise<T[]> => dataSource.query<T[]>(sql, params);

  const relations = await q<{ oid: number; name: string; kind: string }>(
    `SELECT c.oid::int AS oid, c.relname AS name, c.relkind AS kind
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v')`,
  );
  const columns = await q<{
    rel: number;
    name: string;
    num: number;
    type: string;
    notnull: boolean;
    comment: string | null;
  }>(
    `SELECT a.attrelid::int AS rel, a.attname AS name, a.attnum AS num, t.typname AS type, a.attnotnull AS notnull,
            col_description(a.attrelid, a.attnum) AS comment
       FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
      WHERE a.attrelid IN (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v'))
        AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY a.attrelid, a.attnum`,
  );
  const rules = await q<{ rel: number; action: string }>(
    `SELECT ev_class::int AS rel, ev_action::text AS action FROM pg_rewrite WHERE rulename = '_RETURN'`,
  );
  const functions = await q<{
    name: string;
    argnames: string[] | null;
    argmodes: string[] | null;
    argtypes: string[];
    defaults: number;
    retset: boolean;
    rettype: string;
    retrel: number;
    comment: string | null;
  }>(
    `SELECT p.proname AS name, p.proargnames AS argnames, p.proargmodes::text[] AS argmodes,
            ARRAY(SELECT t.typname FROM unnest(COALESCE(p.proallargtypes, p.proargtypes::oid[])) WITH ORDINALITY u(o, i)
                    JOIN pg_type t ON t.oid = u.o ORDER BY u.i)::text[] AS argtypes,
            p.pronargdefaults AS defaults, p.proretset AS retset, rt.typname AS rettype, rt.typrelid::int AS retrel,
            obj_description(p.oid, 'pg_proc') AS comment
       FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_type rt ON rt.oid = p.prorettype
      WHERE n.nspname = 'public' AND p.prokind = 'f'
      ORDER BY p.proname`,
  );

  // Enumerations the database itself enforces: CHECK (col IN ('A', 'B', …)) on one column.
  const checks = await q<{ rel: number; num: number; def: string }>(
    `SELECT c.conrelid::int AS rel, c.conkey[1] AS num, pg_get_constraintdef(c.oid) AS def
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE n.nspname = 'public' AND c.contype = 'c' AND array_length(c.conkey, 1) = 1`,
  );
  const enumOf = new Map<string, string>();
  for (const c of checks) {
    const m = /= ANY \(+ARRAY\[(.*)\]/.exec(c.def) ?? /\bIN \((.*)\)/.exec(c.def);
    if (!m || /\bOR\b|\bAND\b/.test(c.def)) continue;
    const values = [...m[1].matchAll(/'((?:[^']|'')*)'/g)].map((x) => x[1]);
    if (values.length)
      enumOf.set(
        `${c.rel}:${c.num}`,
        [...new Set(values)]
          .sort()
          .map((v) => `'${v}'`)
          .join(' | '),
      );
  }
  // Channels are checked by is_known_channel() (not a CHECK list): a column named `channel`
  // takes the channels the database knows, asked of it.
  const known = (
    await q<{ c: string }>(
      `SELECT c FROM unnest(CAST($1 AS varchar[])) AS u(c) WHERE is_known_channel(c) ORDER BY c`,
      [CHANNELS],
    )
  ).map((r) => `'${r.c}'`);
  const channelType = known.join(' | ');
  const relById = new Map(relations.map((r) => [r.oid, r]));
  const colsOf = (rel: number) => columns.filter((c) => c.rel === rel);
  const notNullOf = new Map(columns.map((c) => [`${c.rel}:${c.num}`, c.notnull]));

  const memo = new Map<number, Column[]>();
  /** Whether a column of a table or a view may be null (a view's own answer, computed once). */
  const mayBeNull = (rel: number, num: number): boolean => {
    if (relById.get(rel)?.kind === 'v') return viewColumns(rel)[num - 1]?.nullable ?? true;
    return !notNullOf.get(`${rel}:${num}`);
  };
  /** A view's columns with their nullability, from its query tree. */
  const viewColumns = (rel: number): Column[] => {
    const known = memo.get(rel);
    if (known) return known;
    const action = rules.find((r) => r.rel === rel)?.action ?? '';
    const tree = parseNode(action);
    const query = Array.isArray(tree) ? (tree[0] as Node) : (tree as Node);
    const nullableRtes = outerJoinNullable(query.fields.jointree as Node | undefined);
    const targets = ((query.fields.targetList as unknown[]) ?? []) as Node[];
    const result = colsOf(rel).map((c) => {
      const target = targets.find((t) => Number(t.fields.resno) === c.num);
      let nullable = true;
      let type = tsType(c.type);
      if (target) {
        const origTbl = Number(target.fields.resorigtbl);
        const origCol = Number(target.fields.resorigcol);
        const expr = target.fields.expr as Node | undefined;
        const direct = expr?.type === 'VAR';
        if (direct && origTbl > 0) {
          nullable = mayBeNull(origTbl, origCol) || nullableRtes.has(Number(expr.fields.varno));
          type = typeOfOrigin(origTbl, origCol) ?? type;
        }
      }
      if (/^not null\b/i.test(c.comment ?? '')) nullable = false;
      return { name: c.name, type, nullable };
    });
    memo.set(rel, result);
    return result;
  };
  const tableColumns = (rel: number): Column[] =>
    colsOf(rel).map((c) => ({
      name: c.name,
      type: enumOf.get(`${rel}:${c.num}`) ?? (c.name === 'channel' ? channelType : tsType(c.type)),
      nullable: !c.notnull,
    }));
  /** The TypeScript type of a column: its enumeration when a CHECK gives one (through views too). */
  const typeOfOrigin = (rel: number, num: number): string | undefined => {
    if (relById.get(rel)?.kind === 'v') return viewColumns(rel)[num - 1]?.type;
    if (columns.find((c) => c.rel === rel && c.num === num)?.name === 'channel') return channelType;
    return enumOf.get(`${rel}:${num}`);
  };

  const rowTypes = new Map<string, Column[]>();
  for (const r of relations.filter((x) => x.kind === 'v').sort((a, b) => a.name.localeCompare(b.name)))
    rowTypes.set(r.name, viewColumns(r.oid));

  const procedures: { name: string; params: Param[]; row: string }[] = [];
  const tableRows: Map<string, Column[]> = new Map();
  for (const f of functions) {
    if (!f.retset) continue; // helpers returning a value or nothing are called by procedures only
    const modes = f.argmodes ?? f.argtypes.map(() => 'i');
    const names = f.argnames ?? [];
    const inputs = modes.map((m, i) => ({ m, i })).filter((x) => x.m === 'i' || x.m === 'b');
    const params: Param[] = inputs.map(({ i }, k) => ({
      name: names[i].replace(/^p_/, ''),
      // A date goes in as its ISO text (YYYY-MM-DD): no instant, no time zone.
      type: f.argtypes[i] === 'date' ? 'string' : tsType(f.argtypes[i]),
      optional: k >= inputs.length - f.defaults,
    }));
    let row: string;
    if (f.retrel > 0) {
      const rel = relById.get(f.retrel)!;
      if (rel.kind === 'r' && !tableRows.has(rel.name)) tableRows.set(rel.name, tableColumns(rel.oid));
      row = `${typeName(rel.name)}Row`;
    } else {
      const nullable = new Set(
        (/nullable:\s*([a-z0-9_,\s]+)/i.exec(f.comment ?? '')?.[1] ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      );
      const outs = modes.map((m, i) => ({ m, i })).filter((x) => x.m === 't' || x.m === 'o');
      // A TABLE column named like table columns that all share one enumeration takes it.
      const byName = (name: string): string | undefined => {
        if (name === 'channel') return channelType;
        const types = new Set(
          columns
            .filter((c) => c.name === name && relById.get(c.rel)?.kind === 'r')
            .map((c) => enumOf.get(`${c.rel}:${c.num}`) ?? '?'),
        );
        const [only] = [...types];
        return types.size === 1 && only !== '?' ? only : undefined;
      };
      row = `${typeName(f.name)}Result`;
      rowTypes.set(`${f.name}_result`, [
        ...outs.map(({ i }) => ({
          name: names[i],
          type: byName(names[i]) ?? tsType(f.argtypes[i]),
          nullable: nullable.has(names[i]),
        })),
      ]);
    }
    procedures.push({ name: f.name, params, row });
  }
  for (const [name, cols] of [...tableRows].sort(([a], [b]) => a.localeCompare(b))) rowTypes.set(name, cols);

  const inPerson = (
    await q<{ c: string }>(
      `SELECT c FROM unnest(CAST($1 AS varchar[])) AS u(c) WHERE is_in_person_channel(c) ORDER BY c`,
      [CHANNELS],
    )
  ).map((r) => r.c);

  const out: string[] = [
    '// Generated by `npm run generate:sql` from the migrated PostgreSQL schema (decision 025). Do not edit:',
    '// change the SQL and run it again; a test fails when this file and the SQL disagree.',
    '',
  ];
  for (const [name, cols] of rowTypes) {
    const type = name.endsWith('_result') ? `${typeName(name.slice(0, -7))}Result` : `${typeName(name)}Row`;
    out.push(`/** A row of ${name.endsWith('_result') ? `${name.slice(0, -7)}()` : name}. */`);
    out.push(`export interface ${type} {`);
    for (const c of cols) out.push(`  ${c.name}: ${c.type}${c.nullable ? ' | null' : ''};`);
    out.push('}', '');
  }
  out.push('/** Every procedure booking-core calls: its parameters (without `p_`), in declaration order. */');
  out.push('export interface ProcedureParams {');
  for (const p of procedures) {
    out.push(`  ${p.name}: {`);
    for (const x of p.params) out.push(`    ${x.name}${x.optional ? '?' : ''}: ${x.type} | null;`);
    out.push('  };');
  }
  out.push('}', '');
  out.push('/** The rows each procedure returns. */');
  out.push('export interface ProcedureRows {');
  for (const p of procedures) out.push(`  ${p.name}: ${p.row};`);
  out.push('}', '');
  out.push('export type ProcedureName = keyof ProcedureParams;', '');
  out.push('/** R4, R7: the channels booking in person (is_in_person_channel in the database). */');
  out.push(`export const IN_PERSON_CHANNELS: readonly string[] = ${JSON.stringify(inPerson)};`, '');
  return out.join('\n');
}

interface Column {
  name: string;
  type: string;
  nullable: boolean;
}

interface Param {
  name: string;
  type: string;
  optional: boolean;
}

/** How node-postgres hands each PostgreSQL type to TypeScript (bigint and numeric as text). */
function tsType(pg: string): string {
  if (/^_/.test(pg)) return `${tsType(pg.slice(1))}[]`;
  switch (pg) {
    case 'int2':
    case 'int4':
    case 'float4':
    case 'float8':
      return 'number';
    case 'int8':
    case 'numeric':
      return 'string';
    case 'bool':
      return 'boolean';
    case 'timestamptz':
    case 'timestamp':
    case 'date':
      return 'Date';
    case 'json':
    case 'jsonb':
      return 'unknown';
    default:
      return 'string';
  }
}

/** appointment_view → AppointmentView (then …Row for a relation, …Result for a function's TABLE). */
function typeName(sqlName: string): string {
  return sqlName
    .split('_')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

// ---- PostgreSQL's node strings (pg_rewrite.ev_action) ------------------------------------------

interface Node {
  type: string;
  fields: Record<string, unknown>;
}

/** Parses the text form of a parse tree: `{TYPE :field value …}`, `(…)` lists, atoms. */
function parseNode(text: string): unknown {
  let i = 0;
  const skip = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const atom = (): string => {
    const start = i;
    if (text[i] === '"') {
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      i++;
      return text.slice(start + 1, i - 1);
    }
    while (i < text.length && !/[\s{}()]/.test(text[i])) i += text[i] === '\\' ? 2 : 1;
    return text.slice(start, i);
  };
  const value = (): unknown => {
    skip();
    if (text[i] === '{') {
      i++;
      skip();
      const type = atom();
      const fields: Record<string, unknown> = {};
      skip();
      while (i < text.length && text[i] !== '}') {
        const key = atom();
        skip();
        fields[key.replace(/^:/, '')] = text[i] === ':' || text[i] === '}' ? null : value();
        skip();
      }
      i++;
      return { type, fields } satisfies Node;
    }
    if (text[i] === '(') {
      i++;
      const items: unknown[] = [];
      skip();
      while (i < text.length && text[i] !== ')') {
        items.push(value());
        skip();
      }
      i++;
      return items;
    }
    if (text[i] === '<' && text[i + 1] === '>') {
      i += 2;
      return null;
    }
    return atom();
  };
  return value();
}

/** Range-table indexes on the nullable side of an outer join in a FROMEXPR / JOINEXPR tree. */
function outerJoinNullable(tree: Node | undefined): Set<number> {
  const out = new Set<number>();
  const all = (n: unknown): number[] => {
    if (!n || typeof n !== 'object') return [];
    if (Array.isArray(n)) return n.flatMap(all);
    const node = n as Node;
    if (node.type === 'RANGETBLREF') return [Number(node.fields.rtindex)];
    if (node.type === 'JOINEXPR') return [...all(node.fields.larg), ...all(node.fields.rarg)];
    if (node.type === 'FROMEXPR') return all(node.fields.fromlist);
    return [];
  };
  const walk = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(walk);
    const node = n as Node;
    if (node.type === 'JOINEXPR') {
      const kind = Number(node.fields.jointype); // 0 inner, 1 left, 2 full, 3 right
      if (kind === 1 || kind === 2) all(node.fields.rarg).forEach((x) => out.add(x));
      if (kind === 3 || kind === 2) all(node.fields.larg).forEach((x) => out.add(x));
      walk(node.fields.larg);
      walk(node.fields.rarg);
    } else if (node.type === 'FROMEXPR') walk(node.fields.fromlist);
  };
  walk(tree);
  return out;
}
