import {
  antlr,
  type CommonTokenStream,
  type ParserRuleContext,
  type ParseTree,
  type TerminalNode,
  type Token,
} from './antlr';
import {
  Alter_tableContext,
  type AsteriskContext,
  type Column_def_table_constraintsContext,
  type Column_definitionContext,
  type Column_name_listContext,
  type Column_name_list_with_orderContext,
  Create_indexContext,
  Create_or_alter_functionContext,
  Create_or_alter_procedureContext,
  Create_or_alter_triggerContext,
  Create_tableContext,
  Create_viewContext,
  Declare_localContext,
  Declare_statementContext,
  Delete_statementContext,
  type Derived_tableContext,
  Execute_bodyContext,
  Execute_statement_arg_namedContext,
  type Execute_statement_argContext,
  type Execute_parameterContext,
  ExpressionContext,
  Foreign_key_optionsContext,
  Full_column_nameContext,
  type Full_table_nameContext,
  type Func_proc_name_server_database_schemaContext,
  Func_body_returns_scalarContext,
  If_statementContext,
  Insert_statementContext,
  Merge_not_matchedContext,
  Merge_statementContext,
  type Id_Context,
  type Output_clauseContext,
  Procedure_paramContext,
  type Query_expressionContext,
  type Query_specificationContext,
  SCALAR_FUNCTIONContext,
  Select_list_elemContext,
  type Select_statementContext,
  Select_statement_standaloneContext,
  Set_statementContext,
  SubqueryContext,
  Table_constraintContext,
  type Table_nameContext,
  type Table_source_itemContext,
  type Table_sourceContext,
  type Table_sourcesContext,
  Throw_statementContext,
  Transaction_statementContext,
  TSqlParser,
  Update_elem_mergeContext,
  Update_statementContext,
  While_statementContext,
  type With_expressionContext,
} from './generated/TSqlParser';
import type { BatchFacts, ColRef, ExecArg, Issue, OutCol, Param, Pos, Routine, Scope, Source } from './facts';

/** An identifier as SQL Server compares it (default case-insensitive collation): no brackets or quotes, lower case. */
export function normaliseId(text: string): string {
  let t = text;
  if ((t.startsWith('[') && t.endsWith(']')) || (t.startsWith('"') && t.endsWith('"'))) t = t.slice(1, -1);
  return t.toLowerCase();
}

/** The value of a string literal token: N'…' or '…', doubled quotes undone. */
export function stringValue(token: string): string {
  const body = token.startsWith('N') || token.startsWith('n') ? token.slice(1) : token;
  return body.slice(1, -1).replace(/''/g, "'");
}

const pos = (t: Token | null | undefined): Pos => ({ line: t?.line ?? 0, col: (t?.column ?? 0) + 1 });
const at = (ctx: ParserRuleContext | TerminalNode): Pos =>
  ctx instanceof antlr.TerminalNode ? pos(ctx.symbol) : pos(ctx.start);
const emptyScope = (p: Pos): Scope => ({ sources: [], refs: [], subs: [], pos: p });

interface Cte {
  query: Scope;
  columns?: string[];
}

interface RoutineState {
  routine: Routine;
  /** THROW @v: the variable and where. */
  throwsOfVariables: { variable: string; pos: Pos }[];
}

/**
 * Walks the parse tree of one batch and keeps what the rules need (see facts.ts). Rules that
 * need nothing outside the batch run here: CREATE PROCEDURE/VIEW/FUNCTION first in the batch
 * (Msg 111), variables declared before use and once (Msg 137, 134), THROW numbers (Msg 35100) and
 * the `;` before THROW, ROLLBACK/COMMIT of a transaction named THROW, SELECT mixing assignment and
 * retrieval (Msg 141).
 */
export class Extractor {
  private readonly facts: BatchFacts = {
    syntax: [],
    issues: [],
    definitions: [],
    scopes: [],
    execs: [],
    functions: [],
  };
  private readonly ctes: Map<string, Cte>[] = [];
  private readonly tableVariables = new Map<string, string[]>();
  /** Leading string literal of every value assigned to each variable; null when one is not a literal. */
  private readonly assigned = new Map<string, (string | null)[]>();
  private routine: RoutineState | null = null;
  /** Queries that return no rows to the caller: SELECT @v = …, SELECT … INTO. */
  private readonly noRows = new WeakSet<Scope>();
  /** The scope of expressions outside any query (IF conditions, SET @v = …). */
  private root: Scope = emptyScope({ line: 1, col: 1 });

  constructor(private readonly tokens: CommonTokenStream) {}

  extract(tree: ParserRuleContext, syntax: Issue[]): BatchFacts {
    this.facts.syntax = syntax;
    this.variables(tree);
    const batches = tree.children.filter((c): c is ParserRuleContext => c instanceof antlr.ParserRuleContext);
    // The grammar starts a new batch at CREATE PROCEDURE even without GO: one GO batch that
    // parses as several batches, one of them a CREATE PROCEDURE / VIEW / FUNCTION, is Msg 111.
    batches.forEach((batch, i) => {
      const first = batch.children.find((c) => c instanceof antlr.ParserRuleContext);
      const isLevel =
        first instanceof antlr.ParserRuleContext && first.ruleIndex === TSqlParser.RULE_batch_level_statement;
      if (isLevel && (i > 0 || batches.length > 1))
        this.issue(
          at(first),
          'msg111',
          `'CREATE ${this.objectKind(first)}' must be the first statement in a query batch, and alone in it (Msg 111)`,
        );
    });
    this.walk(tree, this.root);
    this.pushScope(this.root, null);
    return this.facts;
  }

  private objectKind(ctx: ParserRuleContext): string {
    const inner = ctx.getChild(0);
    if (inner instanceof Create_or_alter_procedureContext) return 'PROCEDURE';
    if (inner instanceof Create_or_alter_functionContext) return 'FUNCTION';
    if (inner instanceof Create_viewContext) return 'VIEW';
    if (inner instanceof Create_or_alter_triggerContext) return 'TRIGGER';
    return 'object';
  }

  private issue(p: Pos, rule: string, message: string): void {
    this.facts.issues.push({ pos: p, rule, message });
  }

  /** Keeps a scope to resolve; one with nothing to resolve only when `always` (a result set). */
  private pushScope(scope: Scope, inRoutine: string | null, always = false): number {
    if (!always && scope.refs.length === 0 && scope.subs.length === 0 && scope.sources.length === 0)
      return -1;
    this.facts.scopes.push({ scope, inRoutine });
    return this.facts.scopes.length - 1;
  }

  // ---- variables (Msg 137, 134) ------------------------------------------------------------------

  private variables(tree: ParserRuleContext): void {
    const declared = new Set<string>();
    const visit = (node: ParseTree) => {
      if (node instanceof antlr.TerminalNode) {
        if (node.symbol.type !== TSqlParser.LOCAL_ID) return;
        const name = node.symbol.text!.toLowerCase();
        if (name.startsWith('@@')) return;
        const parent = node.parent;
        if (parent instanceof Execute_statement_arg_namedContext && parent._name === node.symbol) return;
        const isDeclaration =
          parent instanceof Declare_localContext ||
          parent instanceof Procedure_paramContext ||
          (parent instanceof Declare_statementContext && parent.getChild(1) === node);
        if (isDeclaration) {
          if (declared.has(name))
            this.issue(
              pos(node.symbol),
              'msg134',
              `The variable name '${node.symbol.text}' has already been declared (Msg 134)`,
            );
          declared.add(name);
        } else if (!declared.has(name)) {
          this.issue(
            pos(node.symbol),
            'msg137',
            `Must declare the scalar variable "${node.symbol.text}" (Msg 137)`,
          );
        }
        return;
      }
      for (const c of (node as ParserRuleContext).children ?? []) visit(c);
    };
    visit(tree);
  }

  // ---- the walk ------------------------------------------------------------------------------------

  private walk(node: ParseTree, scope: Scope): void {
    if (node instanceof antlr.TerminalNode) return;
    const ctx = node as ParserRuleContext;
    if (ctx instanceof Create_or_alter_procedureContext) return this.procedure(ctx);
    if (ctx instanceof Create_or_alter_functionContext) return this.func(ctx);
    if (ctx instanceof Create_viewContext) return this.view(ctx);
    if (ctx instanceof Create_tableContext) return this.createTable(ctx);
    if (ctx instanceof Alter_tableContext) return this.alterTable(ctx);
    if (ctx instanceof Create_indexContext) return this.createIndex(ctx);
    if (ctx instanceof Declare_statementContext) return this.declare(ctx, scope);
    if (ctx instanceof Select_statement_standaloneContext) return this.statementSelect(ctx);
    if (ctx instanceof Insert_statementContext) return this.insert(ctx);
    if (ctx instanceof Update_statementContext) return this.update(ctx);
    if (ctx instanceof Delete_statementContext) return this.delete(ctx);
    if (ctx instanceof Merge_statementContext) return this.merge(ctx);
    if (ctx instanceof SubqueryContext) {
      scope.subs.push(this.selectStatement(ctx.select_statement()));
      return;
    }
    if (ctx instanceof Full_column_nameContext) {
      scope.refs.push(this.columnRef(ctx));
      return;
    }
    if (ctx instanceof SCALAR_FUNCTIONContext) this.functionCall(ctx);
    if (ctx instanceof Execute_bodyContext) this.exec(ctx);
    if (ctx instanceof Throw_statementContext) this.throwStatement(ctx);
    if (ctx instanceof Transaction_statementContext) this.transaction(ctx);
    if (ctx instanceof Set_statementContext) this.setStatement(ctx);
    if (ctx instanceof Select_list_elemContext && ctx.LOCAL_ID() && ctx.expression())
      this.assign(ctx.LOCAL_ID()!.symbol.text!, ctx.expression()!);
    for (const c of ctx.children) this.walk(c, scope);
  }

  // ---- names -------------------------------------------------------------------------------------

  private tableName(ctx: Table_nameContext | Full_table_nameContext): {
    schema: string | null;
    name: string;
  } {
    const ids = ctx.id_();
    const name = normaliseId(ids[ids.length - 1].getText());
    const schema = ctx._schema ? normaliseId(ctx._schema.getText()) : null;
    return { schema, name };
  }

  private procName(ctx: Func_proc_name_server_database_schemaContext): {
    schema: string | null;
    name: string;
  } {
    const inner = ctx.func_proc_name_database_schema();
    const target = inner?.func_proc_name_schema() ?? inner ?? ctx;
    const procedure = (target as { _procedure?: Id_Context })._procedure;
    const schema = (target as { _schema?: Id_Context })._schema;
    const ids = (target as { id_(): Id_Context[] }).id_();
    return {
      name: normaliseId((procedure ?? ids[ids.length - 1]).getText()),
      schema: schema ? normaliseId(schema.getText()) : null,
    };
  }

  private columnRef(ctx: Full_column_nameContext): ColRef {
    let q: string | null = null;
    if (ctx.INSERTED()) q = 'inserted';
    else if (ctx.DELETED()) q = 'deleted';
    else if (ctx.full_table_name()) q = this.tableName(ctx.full_table_name()!).name;
    const name = ctx._column_name ? normaliseId(ctx._column_name.getText()) : ctx.getText().toLowerCase();
    return { q, name, pos: at(ctx._column_name ?? ctx) };
  }

  private aliasOf(ctx: { getText(): string } | null | undefined): string | null {
    if (!ctx) return null;
    const text = ctx.getText();
    return /^N?'/i.test(text) ? stringValue(text).toLowerCase() : normaliseId(text);
  }

  private columnList(ctx: Column_name_listContext | Column_name_list_with_orderContext | null): ColRef[] {
    if (!ctx) return [];
    return ctx.id_().map((id) => ({ q: null, name: normaliseId(id.getText()), pos: at(id) }));
  }

  // ---- queries -----------------------------------------------------------------------------------

  private withCtes<T>(ctx: With_expressionContext | null, body: () => T): T {
    if (!ctx) return body();
    const map = new Map<string, Cte>();
    this.ctes.push(map);
    try {
      for (const cte of ctx.common_table_expression()) {
        const columns = cte
          .column_name_list()
          ?.id_()
          .map((id) => normaliseId(id.getText()));
        map.set(normaliseId(cte.id_().getText()), {
          query: this.selectStatement(cte.select_statement()),
          columns,
        });
      }
      return body();
    } finally {
      this.ctes.pop();
    }
  }

  private cte(name: string): Cte | undefined {
    for (let i = this.ctes.length - 1; i >= 0; i--) {
      const found = this.ctes[i].get(name);
      if (found) return found;
    }
    return undefined;
  }

  /** A SELECT as a statement: a result set, unless it assigns variables or fills a table (INTO). */
  private statementSelect(ctx: Select_statement_standaloneContext): void {
    const query = this.withCtes(ctx.with_expression(), () => this.selectStatement(ctx.select_statement()));
    const rows = !this.noRows.has(query);
    const index = this.pushScope(query, this.routine?.routine.name ?? null, rows);
    if (rows && this.routine) this.routine.routine.results.push(index);
  }

  private selectStatement(ctx: Select_statementContext): Scope {
    const query = this.queryExpression(ctx.query_expression());
    const order = ctx.select_order_by_clause();
    if (order) this.orderBy(order, query);
    return query;
  }

  private orderBy(ctx: ParserRuleContext, query: Scope): void {
    const before = query.refs.length;
    for (const c of ctx.children) this.walk(c, query);
    for (let i = before; i < query.refs.length; i++) query.refs[i].orderBy = true;
  }

  private queryExpression(ctx: Query_expressionContext): Scope {
    const spec = ctx.query_specification();
    let query: Scope;
    if (spec) {
      query = this.querySpec(spec);
      const order = ctx.select_order_by_clause();
      if (order) this.orderBy(order, query);
      for (const u of ctx.sql_union()) {
        const branch = u.query_specification()
          ? this.querySpec(u.query_specification()!)
          : this.queryExpression(u.query_expression()!);
        (query.unions ??= []).push(branch);
      }
    } else {
      const [first, ...rest] = ctx.query_expression();
      query = this.queryExpression(first);
      for (const r of rest) (query.unions ??= []).push(this.queryExpression(r));
    }
    return query;
  }

  private querySpec(ctx: Query_specificationContext): Scope {
    const scope: Scope = { ...emptyScope(at(ctx)), out: [] };
    if (ctx.table_sources()) this.tableSources(ctx.table_sources()!, scope);
    let assigns = 0;
    let retrieves = 0;
    for (const elem of ctx.select_list().select_list_elem()) {
      const star = elem.asterisk();
      if (star) {
        retrieves++;
        scope.out!.push({ name: null, star: { q: this.starQualifier(star) }, pos: at(star) });
        continue;
      }
      if (elem.LOCAL_ID()) {
        assigns++;
        this.walk(elem, scope);
        continue;
      }
      retrieves++;
      const e = elem.expression_elem();
      if (e) {
        const alias = this.aliasOf(e._leftAlias ?? e.as_column_alias()?.column_alias());
        const expr = e._leftAssignment ?? e.expression();
        scope.out!.push({ name: alias ?? this.implicitName(expr), pos: at(e) });
        this.walk(expr, scope);
      } else {
        const udt = elem.udt_elem()!;
        scope.out!.push({ name: this.aliasOf(udt.as_column_alias()?.column_alias()), pos: at(udt) });
        // `dbo.f(@v, 'x')` in a select list parses as a method call on a column of a user type
        // (udt_elem); there are no user types here, so it is a call of a schema's function.
        if (udt._udt_column_name && udt._non_static_attr)
          this.facts.functions.push({
            schema: normaliseId(udt._udt_column_name.getText()),
            name: normaliseId(udt._non_static_attr.getText()),
            args: udt.udt_method_arguments()?._argument.length ?? 0,
            pos: at(udt),
            inRoutine: this.routine?.routine.name ?? null,
          });
        this.walk(udt, scope);
      }
    }
    if (assigns > 0 && retrieves > 0)
      this.issue(
        at(ctx),
        'msg141',
        'A SELECT statement that assigns a value to a variable must not be combined with data-retrieval operations (Msg 141)',
      );
    if (assigns > 0 || ctx.INTO()) this.noRows.add(scope);
    if (ctx.top_clause()) this.walk(ctx.top_clause()!, scope);
    for (const cond of ctx.search_condition()) this.walk(cond, scope);
    for (const g of ctx.group_by_item()) this.walk(g, scope);
    return scope;
  }

  private starQualifier(ctx: AsteriskContext): string | null {
    if (ctx.INSERTED()) return 'inserted';
    if (ctx.DELETED()) return 'deleted';
    const t = ctx.table_name();
    return t ? this.tableName(t).name : null;
  }

  /** An expression's column name when it has no alias: a plain column reference keeps its name. */
  private implicitName(expr: ExpressionContext): string | null {
    const only = expr.children.length === 1 ? expr.getChild(0) : null;
    if (only instanceof Full_column_nameContext && only._column_name)
      return normaliseId(only._column_name.getText());
    return null;
  }

  private tableSources(ctx: Table_sourcesContext, scope: Scope): void {
    for (const ts of ctx.table_source()) this.tableSource(ts, scope);
    if (ctx.non_ansi_join()) this.walk(ctx.non_ansi_join()!, scope);
  }

  private tableSource(ctx: Table_sourceContext, scope: Scope): void {
    this.tableSourceItem(ctx.table_source_item(), scope, false);
    for (const join of ctx.join_part()) {
      const on = join.join_on();
      if (on) {
        this.tableSource(on.table_source(), scope);
        this.walk(on.search_condition(), scope);
      } else if (join.cross_join()) {
        this.tableSourceItem(join.cross_join()!.table_source_item(), scope, false);
      } else if (join.apply_()) {
        this.tableSourceItem(join.apply_()!.table_source_item(), scope, true);
      } else {
        this.walk(join, scope);
      }
    }
  }

  private tableSourceItem(ctx: Table_source_itemContext, scope: Scope, lateral: boolean): void {
    const alias = this.aliasOf(ctx.as_table_alias()?.table_alias());
    const p = at(ctx);
    const full = ctx.full_table_name();
    if (full) {
      const { schema, name } = this.tableName(full);
      scope.sources.push(this.namedSource(schema, name, alias, p));
      return;
    }
    const derived = ctx.derived_table();
    if (derived) {
      const columns = ctx.column_alias_list()?._alias.map((a) => this.aliasOf(a)!);
      scope.sources.push({ ...this.derived(derived, p), alias, columns, ...(lateral ? { lateral } : {}) });
      return;
    }
    if (ctx.LOCAL_ID() && !ctx.function_call()) {
      const name = ctx.LOCAL_ID()!.symbol.text!.toLowerCase();
      scope.sources.push({
        alias: alias ?? name,
        kind: 'var',
        name,
        columns: this.tableVariables.get(name),
        pos: p,
      });
      return;
    }
    if (ctx.table_source()) {
      this.tableSource(ctx.table_source()!, scope);
      return;
    }
    const json = ctx.open_json();
    if (json) {
      // OPENJSON(...) WITH (col type 'path', ...) AS m: the WITH list names its columns; without
      // one, the default schema (key, value, type).
      for (const e of json.expression()) this.walk(e, scope);
      const declared = json
        .json_declaration()
        ?._json_col.map((c) => normaliseId(c.column_declaration().id_().getText()));
      scope.sources.push({
        alias: this.aliasOf(json.as_table_alias()?.table_alias()),
        kind: 'derived',
        columns: declared ?? ['key', 'value', 'type'],
        pos: p,
        ...(lateral ? { lateral } : {}),
      });
      return;
    }
    scope.sources.push({ alias, kind: 'opaque', pos: p });
    for (const c of ctx.children) this.walk(c, scope);
  }

  private namedSource(schema: string | null, name: string, alias: string | null, p: Pos): Source {
    const cte = schema === null ? this.cte(name) : undefined;
    if (cte) return { alias: alias ?? name, kind: 'derived', query: cte.query, columns: cte.columns, pos: p };
    return { alias: alias ?? name, kind: 'table', name, schema, pos: p };
  }

  private derived(ctx: Derived_tableContext, p: Pos): Source {
    const subs = ctx.subquery();
    if (subs.length > 0) {
      const query = this.selectStatement(subs[0].select_statement());
      for (const more of subs.slice(1))
        (query.unions ??= []).push(this.selectStatement(more.select_statement()));
      return { alias: null, kind: 'derived', query, pos: p };
    }
    const values = ctx.table_value_constructor();
    if (values) {
      const rows = values._exps;
      const scope = emptyScope(p);
      for (const row of rows) this.walk(row, scope);
      this.pushScope(scope, this.routine?.routine.name ?? null);
      const width = rows.length > 0 ? rows[0].expression().length : 0;
      return { alias: null, kind: 'derived', columns: Array.from({ length: width }, () => ''), pos: p };
    }
    return { alias: null, kind: 'opaque', pos: p };
  }

  // ---- DML -----------------------------------------------------------------------------------------

  /** The target of INSERT/UPDATE/DELETE: an alias of the FROM clause, a table, a CTE or a table variable. */
  private target(scope: Scope, ctx: ParserRuleContext | null, variable: TerminalNode | null, p: Pos): void {
    if (variable) {
      const name = variable.symbol.text!.toLowerCase();
      const existing = scope.sources.findIndex((s) => s.alias === name);
      if (existing >= 0) scope.target = existing;
      else {
        scope.sources.push({
          alias: name,
          kind: 'var',
          name,
          columns: this.tableVariables.get(name),
          pos: p,
        });
        scope.target = scope.sources.length - 1;
      }
      return;
    }
    const full = (ctx as { full_table_name?(): Full_table_nameContext | null } | null)?.full_table_name?.();
    if (!full) {
      scope.sources.push({ alias: null, kind: 'opaque', pos: p });
      scope.target = scope.sources.length - 1;
      return;
    }
    const { schema, name } = this.tableName(full);
    const byAlias = schema === null ? scope.sources.findIndex((s) => s.alias === name) : -1;
    if (byAlias >= 0) {
      scope.target = byAlias;
      return;
    }
    scope.sources.push(this.namedSource(schema, name, null, p));
    scope.target = scope.sources.length - 1;
  }

  private ddlTarget(ctx: { ddl_object(): ParserRuleContext | null }): {
    obj: ParserRuleContext | null;
    variable: TerminalNode | null;
  } {
    const obj = ctx.ddl_object();
    const variable = (obj as { LOCAL_ID?(): TerminalNode | null } | null)?.LOCAL_ID?.() ?? null;
    return { obj, variable };
  }

  private outputClause(ctx: Output_clauseContext, scope: Scope): void {
    scope.sources.push({ alias: 'inserted', kind: 'pseudo', pos: at(ctx) });
    scope.sources.push({ alias: 'deleted', kind: 'pseudo', pos: at(ctx) });
    const items: OutCol[] = [];
    for (const elem of ctx.output_dml_list_elem()) {
      const star = elem.asterisk();
      if (star) items.push({ name: null, star: { q: this.starQualifier(star) }, pos: at(star) });
      else {
        items.push({ name: this.aliasOf(elem.as_column_alias()?.column_alias()), pos: at(elem) });
        this.walk(elem.expression()!, scope);
      }
    }
    if (!ctx.INTO()) return;
    const into = emptyScope(at(ctx));
    const variable = ctx.LOCAL_ID();
    if (variable) {
      const name = variable.symbol.text!.toLowerCase();
      into.sources.push({
        alias: name,
        kind: 'var',
        name,
        columns: this.tableVariables.get(name),
        pos: at(variable),
      });
    } else {
      const t = this.tableName(ctx.table_name()!);
      into.sources.push(this.namedSource(t.schema, t.name, null, at(ctx.table_name()!)));
    }
    into.target = 0;
    const list = this.columnList(ctx.column_name_list());
    for (const r of list) into.refs.push({ ...r, target: true });
    into.insert = { pos: at(ctx), columns: list.length > 0 ? list.length : null, items: items.length };
    into.out = items;
    scope.subs.push(into);
  }

  private insert(ctx: Insert_statementContext): void {
    this.withCtes(ctx.with_expression(), () => {
      const scope = emptyScope(at(ctx));
      const { obj, variable } = this.ddlTarget(ctx);
      this.target(scope, obj, variable, at(obj ?? ctx));
      const list = ctx.insert_column_name_list()?._col ?? [];
      for (const c of list) {
        const ids = c.id_();
        scope.refs.push({
          q: null,
          name: normaliseId(ids[ids.length - 1].getText()),
          pos: at(c),
          target: true,
        });
      }
      if (ctx.output_clause()) this.outputClause(ctx.output_clause()!, scope);
      const value = ctx.insert_statement_value();
      const insert: NonNullable<Scope['insert']> = {
        pos: at(ctx),
        columns: list.length > 0 ? list.length : null,
      };
      const tvc = value.table_value_constructor();
      const derived = value.derived_table();
      if (tvc) {
        insert.rows = tvc._exps.map((row) => row.expression().length);
        const values = emptyScope(at(tvc));
        for (const row of tvc._exps) this.walk(row, values);
        scope.subs.push(values);
      } else if (derived) {
        const subs = derived.subquery();
        const inner = derived.table_value_constructor();
        if (subs.length > 0) {
          insert.query = this.selectStatement(subs[0].select_statement());
          for (const more of subs.slice(1))
            (insert.query.unions ??= []).push(this.selectStatement(more.select_statement()));
        } else if (inner) {
          insert.rows = inner._exps.map((row) => row.expression().length);
          const values = emptyScope(at(inner));
          for (const row of inner._exps) this.walk(row, values);
          scope.subs.push(values);
        }
      } else {
        for (const c of value.children) this.walk(c, this.root);
      }
      scope.insert = insert;
      this.pushScope(scope, this.routine?.routine.name ?? null);
    });
  }

  private update(ctx: Update_statementContext): void {
    this.withCtes(ctx.with_expression(), () => {
      const scope = emptyScope(at(ctx));
      if (ctx.table_sources()) this.tableSources(ctx.table_sources()!, scope);
      const { obj, variable } = this.ddlTarget(ctx);
      this.target(scope, obj, variable, at(obj ?? ctx));
      for (const elem of ctx.update_elem()) {
        const col = elem.full_column_name();
        if (col) scope.refs.push({ ...this.columnRef(col), target: true });
        const local = elem.LOCAL_ID();
        if (local && elem.expression()) this.assign(local.symbol.text!, elem.expression()!);
        if (elem.expression()) this.walk(elem.expression()!, scope);
        if (elem.expression_list_()) this.walk(elem.expression_list_()!, scope);
      }
      if (ctx.output_clause()) this.outputClause(ctx.output_clause()!, scope);
      if (ctx.search_condition()) this.walk(ctx.search_condition()!, scope);
      if (ctx.expression()) this.walk(ctx.expression()!, scope);
      this.pushScope(scope, this.routine?.routine.name ?? null);
    });
  }

  private delete(ctx: Delete_statementContext): void {
    this.withCtes(ctx.with_expression(), () => {
      const scope = emptyScope(at(ctx));
      if (ctx.table_sources()) this.tableSources(ctx.table_sources()!, scope);
      const from = ctx.delete_statement_from();
      const { obj, variable } = this.ddlTarget(from);
      this.target(scope, obj, from._table_var ? (from.getChild(0) as TerminalNode) : variable, at(from));
      if (ctx.output_clause()) this.outputClause(ctx.output_clause()!, scope);
      if (ctx.search_condition()) this.walk(ctx.search_condition()!, scope);
      if (ctx.expression()) this.walk(ctx.expression()!, scope);
      this.pushScope(scope, this.routine?.routine.name ?? null);
    });
  }

  /** MERGE: the target (with its alias) and the USING sources form one scope; the columns SET and
   * INSERTed are the target's. */
  private merge(ctx: Merge_statementContext): void {
    this.withCtes(ctx.with_expression(), () => {
      const scope = emptyScope(at(ctx));
      const { obj, variable } = this.ddlTarget(ctx);
      this.target(scope, obj, variable, at(ctx.ddl_object()));
      const alias = this.aliasOf(ctx.as_table_alias()?.table_alias());
      if (alias) scope.sources[scope.target!].alias = alias;
      this.tableSources(ctx.table_sources(), scope);
      this.walk(ctx.search_condition(), scope);
      const visit = (node: ParseTree) => {
        if (node instanceof Update_elem_mergeContext) {
          const col = node.full_column_name();
          if (col) scope.refs.push({ ...this.columnRef(col), target: true });
          for (const c of node.children) if (!(c instanceof Full_column_nameContext)) this.walk(c, scope);
          return;
        }
        if (node instanceof Merge_not_matchedContext) {
          const cols = this.columnList(node.column_name_list());
          for (const c of cols) scope.refs.push({ ...c, target: true });
          const tvc = node.table_value_constructor();
          if (tvc) {
            scope.insert = {
              pos: at(node),
              columns: cols.length > 0 ? cols.length : null,
              rows: tvc._exps.map((row) => row.expression().length),
            };
            for (const row of tvc._exps) this.walk(row, scope);
          }
          return;
        }
        if (!(node instanceof antlr.ParserRuleContext)) return;
        if (node.ruleIndex === TSqlParser.RULE_search_condition) return this.walk(node, scope);
        for (const c of node.children) visit(c);
      };
      for (const when of ctx.when_matches()) visit(when);
      if (ctx.output_clause()) this.outputClause(ctx.output_clause()!, scope);
      this.pushScope(scope, this.routine?.routine.name ?? null);
    });
  }

  // ---- declarations and definitions ----------------------------------------------------------------

  private declare(ctx: Declare_statementContext, scope: Scope): void {
    const table = ctx.table_type_definition();
    if (table) {
      const name = (ctx.getChild(1) as TerminalNode).symbol.text!.toLowerCase();
      const { columns, scope: constraints } = this.columnsOf(
        table.column_def_table_constraints(),
        name,
        true,
      );
      this.tableVariables.set(name, columns);
      if (constraints.refs.length > 0) this.pushScope(constraints, this.routine?.routine.name ?? null);
      return;
    }
    for (const local of ctx.declare_local()) {
      const e = local.expression();
      if (e) {
        this.assign(local.LOCAL_ID().symbol.text!, e);
        this.walk(e, scope);
      }
    }
  }

  /** Columns of a CREATE TABLE / ALTER TABLE ADD / table variable, and a scope for its constraints. */
  private columnsOf(
    ctx: Column_def_table_constraintsContext,
    table: string,
    creating: boolean,
  ): { columns: string[]; scope: Scope } {
    const columns: string[] = [];
    const scope = emptyScope(at(ctx));
    const self: Source = { alias: table, kind: 'table', name: table, schema: null, pos: at(ctx) };
    scope.sources.push(self);
    for (const item of ctx.column_def_table_constraint()) {
      const def = item.column_definition() ?? item.materialized_column_definition();
      if (def) {
        const id = (def as Column_definitionContext).id_();
        columns.push(normaliseId(id.getText()));
        this.constraintRefs(def, scope, true);
      }
      const constraint = item.table_constraint();
      if (constraint) this.constraintRefs(constraint, scope, false);
    }
    // A table being created (or a table variable) has exactly these columns; ALTER TABLE ADD
    // constraints resolve against the table as it is.
    if (creating) self.columns = columns;
    return { columns, scope };
  }

  /** Column references of constraints: CHECK, key and FOREIGN KEY lists, and REFERENCES t (cols). */
  private constraintRefs(ctx: ParserRuleContext, scope: Scope, inColumn: boolean): void {
    const visit = (node: ParseTree) => {
      if (node instanceof antlr.TerminalNode) return;
      if (node instanceof Foreign_key_optionsContext) {
        const t = this.tableName(node.table_name());
        const other = emptyScope(at(node));
        other.sources.push({ alias: t.name, kind: 'table', name: t.name, schema: t.schema, pos: at(node) });
        other.refs.push(...this.columnList(node.column_name_list()));
        this.pushScope(other, this.routine?.routine.name ?? null);
        return;
      }
      if (node instanceof Table_constraintContext) {
        scope.refs.push(...this.columnList(node.column_name_list_with_order()));
        if (node._fk) scope.refs.push(...this.columnList(node._fk));
        if (node._column)
          scope.refs.push({ q: null, name: normaliseId(node._column.getText()), pos: at(node._column) });
      }
      if (node instanceof ExpressionContext || node instanceof Full_column_nameContext) {
        this.walk(node, scope);
        return;
      }
      const ctx2 = node as ParserRuleContext;
      if (ctx2.ruleIndex === TSqlParser.RULE_search_condition) {
        this.walk(ctx2, scope);
        return;
      }
      for (const c of ctx2.children) visit(c);
    };
    if (inColumn) for (const c of ctx.children) if (!(c instanceof antlr.TerminalNode)) visit(c);
    if (!inColumn) visit(ctx);
  }

  private createTable(ctx: Create_tableContext): void {
    const { name } = this.tableName(ctx.table_name());
    const { columns, scope } = this.columnsOf(ctx.column_def_table_constraints(), name, true);
    this.facts.definitions.push({ kind: 'table', name, columns, pos: at(ctx) });
    for (const c of ctx.table_indices()) this.constraintRefs(c, scope, false);
    this.pushScope(scope, null);
  }

  private alterTable(ctx: Alter_tableContext): void {
    const { name } = this.tableName(ctx.table_name(0)!);
    const defs = ctx.column_def_table_constraints();
    if (defs) {
      const { columns, scope } = this.columnsOf(defs, name, false);
      if (columns.length > 0)
        this.facts.definitions.push({ kind: 'add-columns', table: name, columns, pos: at(ctx) });
      if (scope.refs.length > 0 || scope.subs.length > 0) this.pushScope(scope, null);
      return;
    }
    const scope = emptyScope(at(ctx));
    scope.sources.push({ alias: name, kind: 'table', name, schema: null, pos: at(ctx) });
    for (const c of ctx.children)
      if (c instanceof antlr.ParserRuleContext) this.constraintRefs(c, scope, false);
    this.pushScope(scope, null);
  }

  private createIndex(ctx: Create_indexContext): void {
    const { name, schema } = this.tableName(ctx.table_name());
    const scope = emptyScope(at(ctx));
    scope.sources.push({ alias: name, kind: 'table', name, schema, pos: at(ctx.table_name()) });
    scope.refs.push(...this.columnList(ctx.column_name_list_with_order()));
    scope.refs.push(...this.columnList(ctx.column_name_list()));
    if (ctx.search_condition()) this.walk(ctx.search_condition()!, scope);
    this.pushScope(scope, null);
  }

  private params(list: Procedure_paramContext[]): Param[] {
    return list.map((p) => ({
      name: p.LOCAL_ID().symbol.text!.toLowerCase(),
      output: Boolean(p.OUT() || p.OUTPUT()),
      hasDefault: Boolean(p.procedure_param_default_value()),
      pos: at(p),
    }));
  }

  private inRoutine(routine: Routine, body: () => void): void {
    this.routine = { routine, throwsOfVariables: [] };
    const outerRoot = this.root;
    this.root = emptyScope(routine.pos);
    try {
      body();
      this.pushScope(this.root, routine.name);
      for (const t of this.routine.throwsOfVariables) {
        const values = this.assigned.get(t.variable);
        if (!values || values.length === 0 || values.some((v) => v === null)) routine.untraced.push(t.pos);
        else for (const v of values) routine.raised.push({ ...this.raised(v!), pos: t.pos });
      }
      this.facts.definitions.push({ kind: 'routine', routine });
    } finally {
      this.routine = null;
      this.root = outerRoot;
    }
  }

  private procedure(ctx: Create_or_alter_procedureContext): void {
    const n = ctx.func_proc_name_schema();
    const routine: Routine = {
      kind: 'procedure',
      name: normaliseId(n._procedure!.getText()),
      schema: n._schema ? normaliseId(n._schema.getText()) : null,
      params: this.params(ctx.procedure_param()),
      results: [],
      raised: [],
      untraced: [],
      pos: at(ctx),
    };
    this.inRoutine(routine, () => {
      for (const c of ctx.sql_clauses()) this.walk(c, this.root);
    });
  }

  private func(ctx: Create_or_alter_functionContext): void {
    const n = ctx.func_proc_name_schema();
    const scalar = ctx.func_body_returns_scalar();
    const routine: Routine = {
      kind: 'function',
      name: normaliseId(n._procedure!.getText()),
      schema: n._schema ? normaliseId(n._schema.getText()) : null,
      params: this.params(ctx.procedure_param()),
      returns: scalar ? 'scalar' : 'table',
      results: [],
      raised: [],
      untraced: [],
      pos: at(ctx),
    };
    this.inRoutine(routine, () => {
      const body = scalar ?? ctx.func_body_returns_table() ?? ctx.func_body_returns_select();
      if (body instanceof Func_body_returns_scalarContext) {
        for (const c of body.sql_clauses()) this.walk(c, this.root);
        if (body._ret) this.walk(body._ret, this.root);
      } else if (body) {
        for (const c of body.children) this.walk(c, this.root);
      }
    });
  }

  private view(ctx: Create_viewContext): void {
    const n = ctx.simple_name();
    const standalone = ctx.select_statement_standalone();
    const query = this.withCtes(standalone.with_expression(), () =>
      this.selectStatement(standalone.select_statement()),
    );
    const names = ctx.column_name_list();
    if (names) {
      const list = names.id_();
      query.out = list.map((id) => ({ name: normaliseId(id.getText()), pos: at(id) }));
    }
    this.facts.definitions.push({ kind: 'view', name: normaliseId(n._name!.getText()), query, pos: at(ctx) });
  }

  // ---- calls, THROW, transactions ----------------------------------------------------------------

  private functionCall(ctx: SCALAR_FUNCTIONContext): void {
    const nameCtx = ctx.scalar_function_name();
    const inner = nameCtx.func_proc_name_server_database_schema();
    const { schema, name } = inner
      ? this.procName(inner)
      : { schema: null, name: nameCtx.getText().toLowerCase() };
    const args = ctx.expression_list_()?._exp.length ?? 0;
    this.facts.functions.push({
      schema,
      name,
      args,
      pos: at(ctx),
      inRoutine: this.routine?.routine.name ?? null,
    });
  }

  private exec(ctx: Execute_bodyContext): void {
    const nameCtx = ctx.func_proc_name_server_database_schema();
    if (!nameCtx) return;
    const { schema, name } = this.procName(nameCtx);
    const args: ExecArg[] = [];
    const visit = (arg: Execute_statement_argContext | null) => {
      if (!arg) return;
      const unnamed = arg.execute_statement_arg_unnamed();
      if (unnamed) args.push(this.execArg(null, unnamed._value!, at(unnamed)));
      for (const named of arg.execute_statement_arg_named())
        args.push(this.execArg(named._name!.text!.toLowerCase(), named._value!, at(named)));
      for (const more of arg.execute_statement_arg()) visit(more);
    };
    visit(ctx.execute_statement_arg());
    this.facts.execs.push({
      schema,
      name,
      args,
      pos: at(ctx),
      inRoutine: this.routine?.routine.name ?? null,
    });
  }

  private execArg(name: string | null, value: Execute_parameterContext, p: Pos): ExecArg {
    const local = value.LOCAL_ID();
    return {
      name,
      output: Boolean(value.OUTPUT() || value.OUT()),
      variable: local ? local.symbol.text!.toLowerCase() : null,
      pos: p,
    };
  }

  private raised(text: string): { code: string; text: string } {
    const sep = text.indexOf(':');
    return { code: sep < 0 ? text : text.slice(0, sep), text };
  }

  /** Remembers the leading literal of what is assigned to a variable (for THROW @v). */
  private assign(variable: string, expr: ExpressionContext): void {
    const name = variable.toLowerCase();
    const list = this.assigned.get(name) ?? [];
    list.push(this.leadingLiteral(expr));
    this.assigned.set(name, list);
  }

  private leadingLiteral(expr: ParserRuleContext): string | null {
    // 'text', N'text', or CONCAT('text', ...): the first token after any CONCAT( is the literal.
    const first = expr.start;
    if (!first) return null;
    const tokens = this.tokens;
    let i = first.tokenIndex;
    const next = () => {
      do i++;
      while (i < tokens.size && tokens.get(i).channel !== 0);
      return tokens.get(i);
    };
    let t = tokens.get(i);
    if (t.type === TSqlParser.CONCAT) {
      if (next().type !== TSqlParser.LR_BRACKET) return null;
      t = next();
    }
    return t.type === TSqlParser.STRING ? stringValue(t.text!) : null;
  }

  private setStatement(ctx: Set_statementContext): void {
    const local = ctx.LOCAL_ID();
    const e = ctx.expression();
    if (local && e && ctx.EQUAL()) this.assign(local.symbol.text!, e);
  }

  private throwStatement(ctx: Throw_statementContext): void {
    const p = at(ctx);
    const num = ctx.throw_error_number();
    if (num?.DECIMAL()) {
      const n = Number(num.getText());
      if (!(n >= 50000 && n <= 2147483647))
        this.issue(
          at(num),
          'throw-number',
          `THROW error number ${num.getText()} is outside 50000..2147483647 (Msg 35100)`,
        );
    }
    const msg = ctx.throw_message();
    if (msg && this.routine) {
      if (msg.STRING())
        this.routine.routine.raised.push({ ...this.raised(stringValue(msg.getText())), pos: p });
      else if (msg.LOCAL_ID())
        this.routine.throwsOfVariables.push({ variable: msg.getText().toLowerCase(), pos: p });
    }
    // The statement before THROW must end with `;` unless THROW opens a block or is the body of
    // IF / ELSE / WHILE: otherwise THROW can be read as an alias or a savepoint name.
    const owner = ctx.parent?.parent?.parent;
    if (owner instanceof If_statementContext || owner instanceof While_statementContext) return;
    const before = this.previousToken(ctx.start!);
    if (!before) return;
    const ok = [
      TSqlParser.SEMI,
      TSqlParser.BEGIN,
      TSqlParser.TRY,
      TSqlParser.CATCH,
      TSqlParser.AS,
      TSqlParser.ELSE,
    ];
    if (!ok.includes(before.type))
      this.issue(
        p,
        'throw-semicolon',
        `The statement before THROW must end with ';' (found '${before.text}'): without it THROW is read as an alias or a savepoint name`,
      );
  }

  private previousToken(t: Token): Token | null {
    for (let i = t.tokenIndex - 1; i >= 0; i--) {
      const prev = this.tokens.get(i);
      if (prev.channel === 0) return prev;
    }
    return null;
  }

  private transaction(ctx: Transaction_statementContext): void {
    const id = (ctx as unknown as { id_?(): Id_Context | null }).id_?.();
    if (id && id.getText().toLowerCase() === 'throw')
      this.issue(
        at(id),
        'rollback-throw',
        `'${ctx.getChild(0)!.getText()} … THROW' names a transaction or savepoint THROW and never re-throws: end the statement with ';' before THROW`,
      );
  }
}

export function extractFacts(
  tree: ParserRuleContext,
  tokens: CommonTokenStream,
  syntax: Issue[],
): BatchFacts {
  return new Extractor(tokens).extract(tree, syntax);
}
