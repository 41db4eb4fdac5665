/**
 * What `npm run check:tsql` learns from one GO batch of db/mssql, in a form that can be cached by
 * the batch's text (plain JSON, positions relative to the batch). The parse tree itself is never
 * kept: everything the cross-batch rules need (definitions, column references with their scopes,
 * calls, raised codes, result sets) is extracted here once per batch.
 */

/** 1-based line and column, relative to the start of the batch. */
export interface Pos {
  line: number;
  col: number;
}

export interface Issue {
  pos: Pos;
  /** Short rule name, e.g. `msg207`, `throw-semicolon`. */
  rule: string;
  message: string;
}

/** A column reference, `q.name` or `name`. Names are lower case, brackets and quotes removed. */
export interface ColRef {
  q: string | null;
  name: string;
  pos: Pos;
  /** In ORDER BY: may also name a column of the select list. */
  orderBy?: boolean;
  /** A column of the DML target (INSERT list, UPDATE SET, OUTPUT INTO list): resolved there only. */
  target?: boolean;
}

/** An item of a FROM clause (or the target of a DML statement). */
export interface Source {
  /** The name the query uses for it: the alias, else the table's own name. Lower case. */
  alias: string | null;
  kind: 'table' | 'var' | 'derived' | 'pseudo' | 'opaque';
  /** kind table: the object name (last part) and its schema when given. */
  name?: string;
  schema?: string | null;
  /** kind derived (a subquery, a VALUES list or a CTE): the query. */
  query?: Scope;
  /** Columns when known here: a table variable's, a VALUES list's aliases, a CTE's column list. */
  columns?: string[];
  /** A derived table of CROSS/OUTER APPLY: its query also sees the sources before it. */
  lateral?: boolean;
  pos: Pos;
}

/** One output column of a select list. */
export interface OutCol {
  /** The column's name, or null for an expression without an alias. */
  name: string | null;
  /** A star: `*` (q null) or `q.*`. */
  star?: { q: string | null };
  pos: Pos;
}

/**
 * A scope where column names resolve: a query specification, or the body of an UPDATE, DELETE or
 * INSERT. Subqueries in its expressions are `subs` (they see this scope's sources); derived
 * tables are in `sources` (they do not).
 */
export interface Scope {
  sources: Source[];
  refs: ColRef[];
  subs: Scope[];
  /** A query: its select list (the first branch's when there are UNIONs). */
  out?: OutCol[];
  /** The other branches of a UNION / EXCEPT / INTERSECT. */
  unions?: Scope[];
  /** Index in `sources` of the DML target (UPDATE/DELETE/INSERT/OUTPUT INTO). */
  target?: number;
  /** INSERT (and OUTPUT ... INTO) arity: the column list against the VALUES rows or the SELECT. */
  insert?: {
    pos: Pos;
    /** Number of columns listed, or null when the statement lists none (then: the target's). */
    columns: number | null;
    rows?: number[];
    query?: Scope;
    /** OUTPUT inserted.* INTO: the number of items, when no star is involved. */
    items?: number;
  };
  pos: Pos;
}

export interface Param {
  /** With its @, lower case. */
  name: string;
  output: boolean;
  hasDefault: boolean;
  pos: Pos;
}

export interface ExecArg {
  /** The parameter named (`@p = value`), lower case; null when positional. */
  name: string | null;
  output: boolean;
  /** The variable passed, when the value is a variable (lower case). */
  variable: string | null;
  pos: Pos;
}

export interface ExecCall {
  schema: string | null;
  name: string;
  args: ExecArg[];
  pos: Pos;
}

export interface FunctionCall {
  schema: string | null;
  name: string;
  args: number;
  pos: Pos;
}

/** A code raised by THROW: the literal message, or the leading literal of what a variable holds. */
export interface Raised {
  code: string;
  text: string;
  pos: Pos;
}

export interface Routine {
  kind: 'procedure' | 'function';
  name: string;
  schema: string | null;
  params: Param[];
  /** Functions: scalar or table-valued. */
  returns?: 'scalar' | 'table';
  /** Statement-level SELECTs that return rows to the caller: indices into BatchFacts.scopes. */
  results: number[];
  raised: Raised[];
  /** THROW with a message this check cannot trace to a literal. */
  untraced: Pos[];
  pos: Pos;
}

/** Schema changes and definitions, in the order the batch makes them. */
export type Definition =
  | { kind: 'table'; name: string; columns: string[]; pos: Pos }
  | { kind: 'add-columns'; table: string; columns: string[]; pos: Pos }
  /** The view's query is resolved (and its columns fixed) when the view is created. */
  | { kind: 'view'; name: string; query: Scope; pos: Pos }
  | { kind: 'routine'; routine: Routine };

export interface BatchFacts {
  /** Syntax errors from the grammar. */
  syntax: Issue[];
  /** Findings that need nothing outside the batch (Msg 111, 134, 137, THROW rules, ...). */
  issues: Issue[];
  definitions: Definition[];
  /**
   * Scopes to resolve. Those of a procedure or function body resolve against the schema once
   * every batch ran (the body is compiled when it runs); the others against the schema as the
   * batch starts, plus the tables the batch itself creates (deferred name resolution).
   */
  scopes: { scope: Scope; inRoutine: string | null }[];
  execs: (ExecCall & { inRoutine: string | null })[];
  functions: (FunctionCall & { inRoutine: string | null })[];
}
