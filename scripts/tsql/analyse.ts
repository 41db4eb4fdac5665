import { isErrorCode } from '../../libs/contracts/src/error-codes';
import type {
  BatchFacts,
  ColRef,
  ExecCall,
  FunctionCall,
  OutCol,
  Pos,
  Routine,
  Scope,
  Source,
} from './facts';

/** One batch of one file, with where it starts in the file (1-based line and column). */
export interface AnalysedBatch {
  file: string;
  line: number;
  col: number;
  facts: BatchFacts;
}

export interface Finding {
  file: string;
  line: number;
  col: number;
  rule: string;
  message: string;
}

/** What the T-SQL twin defines, for `npm run check:procedures` to compare with PostgreSQL's. */
export interface TsqlCatalog {
  routines: Map<string, CatalogRoutine>;
  views: Map<string, { columns: (string | null)[]; where: string }>;
}

export interface CatalogRoutine {
  kind: 'procedure' | 'function';
  where: string;
  /** Parameter names without the @, in order. */
  params: { name: string; output: boolean }[];
  returns?: 'scalar' | 'table';
  /** The columns of its result set; null when it returns none; 'conflict' when its SELECTs disagree. */
  result: (string | null)[] | null | 'conflict';
  /** Error texts it can raise, its own and those of the procedures it runs (transitively). */
  raised: Map<string, string[]>;
  /** It raises a message this check cannot trace to a literal. */
  untraced: boolean;
}

/**
 * Built-in functions this check knows that the grammar parses as ordinary calls (the grammar has
 * rules of its own for DATEADD, CAST, CONCAT and the like, which therefore never reach here), with
 * their argument counts. An unqualified name outside this list is Msg 195.
 */
const BUILT_INS: Record<string, [number, number]> = {
  abs: [1, 1],
  ceiling: [1, 1],
  floor: [1, 1],
  round: [2, 3],
  power: [2, 2],
  sqrt: [1, 1],
  square: [1, 1],
  sign: [1, 1],
  exp: [1, 1],
  log: [1, 2],
  log10: [1, 1],
  pi: [0, 0],
  rand: [0, 1],
  choose: [2, 254],
  isdate: [1, 1],
  eomonth: [1, 2],
  datefromparts: [3, 3],
  datetime2fromparts: [8, 8],
  datetimefromparts: [7, 7],
  datetimeoffsetfromparts: [10, 10],
  smalldatetimefromparts: [5, 5],
  timefromparts: [5, 5],
  todatetimeoffset: [2, 2],
  sysdatetime: [0, 0],
  sysdatetimeoffset: [0, 0],
  sysutcdatetime: [0, 0],
  getdate: [0, 0],
  getutcdate: [0, 0],
  year: [1, 1],
  month: [1, 1],
  day: [1, 1],
  greatest: [1, 254],
  least: [1, 254],
  json_value: [2, 2],
  json_query: [1, 2],
  json_modify: [3, 3],
  isjson: [1, 2],
  string_split: [2, 3],
  openjson: [1, 2],
  left: [2, 2],
  right: [2, 2],
  checksum: [1, 254],
  binary_checksum: [1, 254],
};

/** System procedures the files call, with their parameters (those that must be given first). */
const SYSTEM_PROCEDURES: Record<string, { params: string[]; required: string[] }> = {
  sp_getapplock: {
    params: ['@resource', '@lockmode', '@lockowner', '@locktimeout', '@dbprincipal'],
    required: ['@resource', '@lockmode'],
  },
  sp_releaseapplock: { params: ['@resource', '@lockowner', '@dbprincipal'], required: ['@resource'] },
};

const SYSTEM_SCHEMAS = new Set(['sys', 'information_schema']);

interface Env {
  tables: Map<string, string[]>;
  views: Map<string, (string | null)[]>;
}

interface RoutineEntry {
  routine: Routine;
  batch: AnalysedBatch;
}

/**
 * The rules that need more than one batch: objects and columns against the tables and views the
 * files create (Msg 208, 207, 4104, 209), INSERT and OUTPUT INTO arity (Msg 109, 110, 120, 121,
 * 213), EXEC against the procedures defined (Msg 2812, 8145, 201, 8144, 8143, 8162, and an OUTPUT
 * parameter passed without OUTPUT), function calls (Msg 195, 4121, 313/8144, 174), error codes
 * against libs/contracts. Batches are taken in the migrator's order; the schema grows as they run.
 */
export function analyse(batches: AnalysedBatch[]): { findings: Finding[]; catalog: TsqlCatalog } {
  const findings: Finding[] = [];
  const tables = new Map<string, string[]>();
  const views = new Map<string, (string | null)[]>();
  const routines = new Map<string, RoutineEntry>();
  const deferred: { scope: Scope; batch: AnalysedBatch }[] = [];
  const resultColumns = new Map<
    string,
    { cols: (string | null)[] | null; batch: AnalysedBatch; pos: Pos }[]
  >();
  const catalogViews: TsqlCatalog['views'] = new Map();

  const report = (batch: AnalysedBatch, p: Pos, rule: string, message: string) =>
    findings.push({
      file: batch.file,
      line: batch.line + p.line - 1,
      col: p.line === 1 ? batch.col + p.col - 1 : p.col,
      rule,
      message,
    });

  for (const batch of batches) {
    for (const i of [...batch.facts.syntax, ...batch.facts.issues]) report(batch, i.pos, i.rule, i.message);
    // Compiled as a whole: existing tables as they were when the batch started; tables the batch
    // creates are resolved when their statements run (deferred name resolution).
    const atStart = new Map([...tables].map(([k, v]) => [k, [...v]]));
    const created = new Set<string>();
    const batchEnv = (): Env => ({
      tables: new Map([...tables].map(([k, v]) => [k, created.has(k) ? v : (atStart.get(k) ?? v)])),
      views,
    });
    for (const def of batch.facts.definitions) {
      if (def.kind === 'table') {
        if (tables.has(def.name) || views.has(def.name)) {
          report(
            batch,
            def.pos,
            'msg2714',
            `There is already an object named '${def.name}' in the database (Msg 2714)`,
          );
          continue;
        }
        const dup = def.columns.find((c, i) => def.columns.indexOf(c) !== i);
        if (dup)
          report(batch, def.pos, 'msg2705', `Column name '${dup}' is specified more than once (Msg 2705)`);
        tables.set(def.name, [...def.columns]);
        created.add(def.name);
      } else if (def.kind === 'add-columns') {
        const cols = tables.get(def.table);
        if (!cols) {
          report(batch, def.pos, 'msg4902', `Cannot find the object "${def.table}" (Msg 4902)`);
          continue;
        }
        for (const c of def.columns) {
          if (cols.includes(c))
            report(batch, def.pos, 'msg2705', `Column names in each table must be unique: '${c}' (Msg 2705)`);
          else cols.push(c);
        }
      } else if (def.kind === 'view') {
        const resolver = new Resolver(batchEnv(), (p, rule, m) => report(batch, p, rule, m));
        const cols = resolver.output(def.query, []);
        if (cols) {
          cols.forEach((c, i) => {
            if (c === null)
              report(
                batch,
                def.pos,
                'msg4511',
                `Create View failed because no column name was specified for column ${i + 1} of '${def.name}' (Msg 4511)`,
              );
            else if (cols.indexOf(c) !== i)
              report(
                batch,
                def.pos,
                'msg4506',
                `Column names in each view must be unique: '${c}' in '${def.name}' (Msg 4506)`,
              );
          });
        }
        views.set(def.name, cols ?? []);
        catalogViews.set(def.name, {
          columns: cols ?? [],
          where: `${batch.file}:${batch.line + def.pos.line - 1}`,
        });
      } else {
        routines.set(def.routine.name, { routine: def.routine, batch });
      }
    }
    for (const { scope, inRoutine } of batch.facts.scopes) {
      if (inRoutine) deferred.push({ scope, batch });
      else new Resolver(batchEnv(), (p, rule, m) => report(batch, p, rule, m)).scope(scope, []);
    }
  }

  // Procedure and function bodies: compiled when they run, against the final schema.
  const finalEnv: Env = { tables, views };
  for (const { scope, batch } of deferred)
    new Resolver(finalEnv, (p, rule, m) => report(batch, p, rule, m)).scope(scope, []);

  for (const { routine, batch } of routines.values()) {
    const list: { cols: (string | null)[] | null; batch: AnalysedBatch; pos: Pos }[] = [];
    for (const index of routine.results) {
      const scope = batch.facts.scopes[index].scope;
      const resolver = new Resolver(finalEnv, () => {});
      list.push({ cols: resolver.output(scope, []), batch, pos: scope.pos });
    }
    resultColumns.set(routine.name, list);
    for (const r of routine.raised)
      if (!isErrorCode(r.code))
        report(
          batch,
          r.pos,
          'error-code',
          `'${r.code}' is not an error code of libs/contracts/src/error-codes.ts`,
        );
    for (const p of routine.untraced)
      report(
        batch,
        p,
        'throw-untraced',
        'THROW with a message variable whose values are not all literals: the error codes it raises cannot be checked',
      );
  }

  for (const batch of batches) {
    for (const call of batch.facts.execs)
      checkExec(call, routines, (p, rule, m) => report(batch, p, rule, m));
    for (const call of batch.facts.functions)
      checkFunction(call, routines, (p, rule, m) => report(batch, p, rule, m));
  }

  const catalog: TsqlCatalog = { routines: new Map(), views: catalogViews };
  for (const { routine, batch } of routines.values()) {
    const results = resultColumns.get(routine.name) ?? [];
    let result: CatalogRoutine['result'] = null;
    for (const r of results) {
      if (!r.cols) continue;
      if (result === null) result = r.cols;
      else if (result !== 'conflict' && result.join(',') !== r.cols.join(',')) {
        result = 'conflict';
        report(
          r.batch,
          r.pos,
          'result-sets',
          `'${routine.name}' returns different columns on different paths (${r.cols.join(', ')})`,
        );
      }
    }
    catalog.routines.set(routine.name, {
      kind: routine.kind,
      where: `${batch.file}:${batch.line + routine.pos.line - 1}`,
      params: routine.params.map((p) => ({ name: p.name.slice(1), output: p.output })),
      returns: routine.returns,
      result,
      raised: new Map(),
      untraced: routine.untraced.length > 0,
    });
  }
  // Codes raised, through the procedures each one runs.
  const callsOf = new Map<string, Set<string>>();
  for (const batch of batches)
    for (const call of batch.facts.execs)
      if (call.inRoutine) {
        const set = callsOf.get(call.inRoutine) ?? new Set<string>();
        set.add(call.name);
        callsOf.set(call.inRoutine, set);
      }
  for (const [name, entry] of catalog.routines) {
    const seen = new Set<string>();
    const stack = [name];
    while (stack.length > 0) {
      const current = stack.pop()!;
      if (seen.has(current)) continue;
      seen.add(current);
      const r = routines.get(current);
      if (!r) continue;
      if (r.routine.untraced.length > 0) entry.untraced = true;
      for (const raised of r.routine.raised) {
        const texts = entry.raised.get(raised.code) ?? [];
        if (!texts.includes(raised.text)) texts.push(raised.text);
        entry.raised.set(raised.code, texts);
      }
      for (const callee of callsOf.get(current) ?? []) stack.push(callee);
    }
  }

  const seen = new Set<string>();
  const unique = findings.filter((f) => {
    const key = `${f.file}:${f.line}:${f.col}:${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  unique.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
  return { findings: unique, catalog };
}

type Report = (p: Pos, rule: string, message: string) => void;

/** Resolves the names of one scope tree against an environment of tables and views. */
class Resolver {
  private readonly outputs = new Map<Scope, (string | null)[] | null>();

  constructor(
    private readonly env: Env,
    private readonly report: Report,
  ) {}

  /** The columns a query returns (stars expanded); null when a source is unknown. */
  output(scope: Scope, chain: Scope[]): (string | null)[] | null {
    if (this.outputs.has(scope)) return this.outputs.get(scope)!;
    const sourceColumns = this.scope(scope, chain);
    const out = this.expand(scope, scope.out ?? [], sourceColumns);
    this.outputs.set(scope, out);
    return out;
  }

  private expand(
    scope: Scope,
    items: OutCol[],
    sourceColumns: (string[] | null)[],
  ): (string | null)[] | null {
    const out: (string | null)[] = [];
    for (const item of items) {
      if (!item.star) {
        out.push(item.name);
        continue;
      }
      const q = item.star.q;
      const picked =
        q === null ? scope.sources.map((_, i) => i) : [scope.sources.findIndex((s) => s.alias === q)];
      if (picked.includes(-1)) {
        this.report(item.pos, 'msg4104', `The multi-part identifier "${q}.*" could not be bound (Msg 4104)`);
        return null;
      }
      for (const i of picked) {
        const cols = sourceColumns[i];
        if (!cols) return null;
        out.push(...cols);
      }
    }
    return out;
  }

  /** Checks a scope's references and returns the columns of each of its sources. */
  scope(scope: Scope, chain: Scope[]): (string[] | null)[] {
    const columns: (string[] | null)[] = [];
    for (const source of scope.sources) columns.push(this.sourceColumns(source, scope, chain));
    // Pseudo tables (OUTPUT inserted/deleted) are the target's rows.
    scope.sources.forEach((source, i) => {
      if (source.kind === 'pseudo') columns[i] = scope.target !== undefined ? columns[scope.target] : null;
    });
    for (const ref of scope.refs) this.ref(ref, scope, columns, chain);
    for (const sub of scope.subs) this.scope(sub, [scope, ...chain]);
    for (const branch of scope.unions ?? []) this.output(branch, chain);
    if (scope.insert) this.insertArity(scope, columns, chain);
    return columns;
  }

  private sourceColumns(source: Source, scope: Scope, chain: Scope[]): string[] | null {
    switch (source.kind) {
      case 'var':
        return source.columns ?? null;
      case 'pseudo':
      case 'opaque':
        return null;
      case 'derived': {
        if (!source.query) return source.columns ?? null;
        const out = this.output(source.query, source.lateral ? [scope, ...chain] : chain);
        if (source.columns && source.columns.length > 0) {
          if (out && out.length !== source.columns.length)
            this.report(
              source.pos,
              'msg8158',
              `'${source.alias}' has more or fewer columns than were specified in its column list (Msg 8158)`,
            );
          return source.columns;
        }
        if (out?.some((c) => c === null)) {
          const i = out.indexOf(null);
          this.report(
            source.pos,
            'msg8155',
            `No column name was specified for column ${i + 1} of '${source.alias}' (Msg 8155)`,
          );
        }
        return out ? out.map((c) => c ?? '') : null;
      }
      case 'table': {
        if (source.columns) return source.columns;
        if (source.schema && SYSTEM_SCHEMAS.has(source.schema)) return null;
        const cols = this.env.tables.get(source.name!) ?? this.env.views.get(source.name!);
        if (!cols) {
          this.report(source.pos, 'msg208', `Invalid object name '${source.name}' (Msg 208)`);
          return null;
        }
        return cols.map((c) => c ?? '');
      }
    }
  }

  private ref(ref: ColRef, scope: Scope, columns: (string[] | null)[], chain: Scope[]): void {
    if (ref.target) {
      if (scope.target === undefined) return;
      const cols = columns[scope.target];
      if (cols && !cols.includes(ref.name))
        this.report(ref.pos, 'msg207', `Invalid column name '${ref.name}' (Msg 207)`);
      return;
    }
    if (ref.orderBy && ref.q === null && (scope.out ?? []).some((o) => o.name === ref.name)) return;
    // Innermost scope first, then the enclosing queries (a correlated reference).
    const levels: { scope: Scope; columns: (string[] | null)[] }[] = [{ scope, columns }];
    for (const outer of chain) levels.push({ scope: outer, columns: this.columnsOf(outer) });
    for (const level of levels) {
      if (ref.q !== null) {
        const i = level.scope.sources.findIndex((s) => s.alias === ref.q);
        if (i < 0) continue;
        const cols = level.columns[i];
        if (cols && !cols.includes(ref.name))
          this.report(ref.pos, 'msg207', `Invalid column name '${ref.name}' in '${ref.q}' (Msg 207)`);
        return;
      }
      // Unqualified names never resolve to OUTPUT's inserted / deleted.
      const plain = level.columns.filter((_, i) => level.scope.sources[i].kind !== 'pseudo');
      const unknown = plain.some((c) => c === null);
      const matches = plain.filter((c) => c?.includes(ref.name)).length;
      if (matches > 1) {
        this.report(ref.pos, 'msg209', `Ambiguous column name '${ref.name}' (Msg 209)`);
        return;
      }
      if (matches === 1 || unknown) return;
    }
    if (ref.q !== null)
      this.report(
        ref.pos,
        'msg4104',
        `The multi-part identifier "${ref.q}.${ref.name}" could not be bound (Msg 4104)`,
      );
    else this.report(ref.pos, 'msg207', `Invalid column name '${ref.name}' (Msg 207)`);
  }

  /**
   * Source columns of an enclosing scope, without reporting again. Its lateral sources (APPLY) stay
   * unknown: a reference from inside one of them would otherwise resolve that same source again,
   * without end; and a lateral source sees only the sources before it anyway.
   */
  private columnsOf(scope: Scope): (string[] | null)[] {
    const quiet = new Resolver(this.env, () => {});
    const cols: (string[] | null)[] = [];
    for (const s of scope.sources)
      cols.push(s.kind === 'derived' && s.lateral ? null : quiet.sourceColumns(s, scope, []));
    scope.sources.forEach((s, i) => {
      if (s.kind === 'pseudo') cols[i] = scope.target !== undefined ? cols[scope.target] : null;
    });
    return cols;
  }

  private insertArity(scope: Scope, columns: (string[] | null)[], chain: Scope[]): void {
    const insert = scope.insert!;
    const target = scope.target !== undefined ? columns[scope.target] : null;
    let expected = insert.columns;
    if (expected === null) {
      // No column list: every column but the identity; this check cannot tell which one that is,
      // so it compares only the OUTPUT INTO form, where the table variable has no identity.
      if (insert.items === undefined || !target) return;
      expected = target.length;
    }
    if (insert.rows) {
      insert.rows.forEach((n) => {
        if (n < expected)
          this.report(
            insert.pos,
            'msg109',
            `There are more columns in the INSERT statement than values specified in the VALUES clause (${expected} columns, ${n} values) (Msg 109)`,
          );
        else if (n > expected)
          this.report(
            insert.pos,
            'msg110',
            `There are fewer columns in the INSERT statement than values specified in the VALUES clause (${expected} columns, ${n} values) (Msg 110)`,
          );
      });
    }
    if (insert.query) {
      const out = this.output(insert.query, []);
      if (out && out.length < expected)
        this.report(
          insert.pos,
          'msg120',
          `The select list for the INSERT statement contains fewer items than the insert list (${out.length} < ${expected}) (Msg 120)`,
        );
      else if (out && out.length > expected)
        this.report(
          insert.pos,
          'msg121',
          `The select list for the INSERT statement contains more items than the insert list (${out.length} > ${expected}) (Msg 121)`,
        );
    }
    if (insert.items !== undefined && chain.length > 0) {
      const parent = chain[0];
      const parentColumns = this.columnsOf(parent);
      const out = this.expand(parent, scope.out ?? [], parentColumns);
      if (out && out.length !== expected)
        this.report(
          insert.pos,
          'msg213',
          `OUTPUT INTO: ${out.length} values for ${expected} columns of the target (Msg 213 / 109 / 110)`,
        );
    }
  }
}

function checkExec(call: ExecCall, routines: Map<string, RoutineEntry>, report: Report): void {
  const system = SYSTEM_PROCEDURES[call.name];
  if (system || (call.schema && SYSTEM_SCHEMAS.has(call.schema)) || call.name.startsWith('sp_')) {
    if (!system) return;
    const given = new Set<string>();
    for (const a of call.args) {
      if (a.name === null) continue;
      if (!system.params.includes(a.name))
        report(a.pos, 'msg8145', `${a.name} is not a parameter for procedure ${call.name} (Msg 8145)`);
      given.add(a.name);
    }
    for (const r of system.required)
      if (!given.has(r) && call.args.every((a) => a.name !== null))
        report(
          call.pos,
          'msg201',
          `Procedure '${call.name}' expects parameter '${r}', which was not supplied (Msg 201)`,
        );
    return;
  }
  const entry = routines.get(call.name);
  if (!entry || entry.routine.kind !== 'procedure') {
    report(
      call.pos,
      'msg2812',
      `Could not find stored procedure '${call.schema ? `${call.schema}.` : ''}${call.name}' (Msg 2812)`,
    );
    return;
  }
  const params = entry.routine.params;
  const supplied = new Map<string, { output: boolean; variable: string | null; pos: Pos }>();
  // (A positional argument after named ones, Msg 119, is already a syntax error in the grammar.)
  let positional = 0;
  for (const a of call.args) {
    if (a.name === null) {
      const p = params[positional++];
      if (!p) {
        report(
          a.pos,
          'msg8144',
          `Procedure or function ${call.name} has too many arguments specified (Msg 8144)`,
        );
        continue;
      }
      supplied.set(p.name, a);
      continue;
    }
    const p = params.find((x) => x.name === a.name);
    if (!p) {
      report(a.pos, 'msg8145', `${a.name} is not a parameter for procedure ${call.name} (Msg 8145)`);
      continue;
    }
    if (supplied.has(p.name))
      report(a.pos, 'msg8143', `Parameter ${a.name} was supplied multiple times (Msg 8143)`);
    supplied.set(p.name, a);
  }
  for (const p of params) {
    const a = supplied.get(p.name);
    if (!a) {
      if (!p.hasDefault)
        report(
          call.pos,
          'msg201',
          `Procedure or function '${call.name}' expects parameter '${p.name}', which was not supplied (Msg 201)`,
        );
      continue;
    }
    if (a.output && !p.output)
      report(
        a.pos,
        'msg8162',
        `The formal parameter "${p.name}" of ${call.name} was not declared as an OUTPUT parameter, but the actual parameter passed in requested output (Msg 8162)`,
      );
    if (!a.output && p.output && a.variable)
      report(
        a.pos,
        'output-missing',
        `${p.name} of ${call.name} is an OUTPUT parameter but ${a.variable} is passed without OUTPUT: its value never comes back`,
      );
  }
}

function checkFunction(call: FunctionCall, routines: Map<string, RoutineEntry>, report: Report): void {
  if (call.schema !== null) {
    if (SYSTEM_SCHEMAS.has(call.schema)) return;
    const entry = routines.get(call.name);
    if (!entry || entry.routine.kind !== 'function') {
      report(
        call.pos,
        'msg4121',
        `Cannot find either column "${call.schema}" or the user-defined function or aggregate "${call.schema}.${call.name}" (Msg 4121)`,
      );
      return;
    }
    const n = entry.routine.params.length;
    if (call.args < n)
      report(
        call.pos,
        'msg313',
        `An insufficient number of arguments were supplied for "${call.schema}.${call.name}": ${call.args} of ${n} (Msg 313)`,
      );
    else if (call.args > n)
      report(
        call.pos,
        'msg8144',
        `"${call.schema}.${call.name}" has too many arguments specified: ${call.args} of ${n} (Msg 8144)`,
      );
    return;
  }
  const arity = BUILT_INS[call.name];
  if (!arity) {
    const own = routines.get(call.name);
    report(
      call.pos,
      'msg195',
      `'${call.name}' is not a recognized built-in function name (Msg 195)${own?.routine.kind === 'function' ? `: call it as dbo.${call.name}` : ''}`,
    );
    return;
  }
  if (call.args < arity[0] || call.args > arity[1])
    report(
      call.pos,
      'msg174',
      `The ${call.name} function requires ${arity[0] === arity[1] ? arity[0] : `${arity[0]} to ${arity[1]}`} argument(s), not ${call.args} (Msg 174)`,
    );
}
