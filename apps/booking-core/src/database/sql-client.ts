import { createHash } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { type DataSource, MssqlParameter } from 'typeorm';
import { isErrorCode, type RequestOutcome } from '@app/contracts';
import { DomainError, remainingMs } from '@app/common';
import type { Dialect } from './database-target';
import type { ProcedureName, ProcedureParams, ProcedureRows } from './sql-types.generated';

/** Named parameters, in the order the procedure declares them (`p_` prefix omitted). */
export type SqlParams = Record<string, unknown>;

/** A read query in both dialects, or one text written in the portable subset. */
export type PortableSql = string | { postgres: string; mssql: string };

/** Deadlock and serialization failure: retried (PostgreSQL 40P01 / 40001, SQL Server 1205). */
const RETRYABLE = new Set(['40001', '40P01']);
/** Work stopped by the deadline: statement timeout / cancel, lock timeout (SQL Server 1222). */
const DEADLINE_CODES = new Set(['57014', '55P03']);
/** Errors of the driver or the network rather than of a statement. */
const UNAVAILABLE =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EHOSTUNREACH|Connection terminated|Client has encountered a connection error|not queryable|timeout exceeded when trying to connect|ConnectionError|Failed to connect|Connection lost|ESOCKET/;
/**
 * A deadline is applied to a connection in steps of this many milliseconds, rounded down: a
 * connection keeps its setting while the budgets it is given stay in one step, so the usual call
 * costs no extra round trip.
 */
const DEADLINE_STEP_MS = 100;
/** Readiness touches the tables every booking needs (no rows are read: LIMIT / TOP 1 of nothing). */
const READY_PROBE: Record<Dialect, string> = {
  postgres:
    'SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM slot LIMIT 1) s) + (SELECT COUNT(*) FROM (SELECT 1 FROM appointment LIMIT 1) a) AS ok',
  mssql:
    'SELECT (SELECT COUNT(*) FROM (SELECT TOP 1 1 AS x FROM dbo.slot) s) + (SELECT COUNT(*) FROM (SELECT TOP 1 1 AS x FROM dbo.appointment) a) AS ok',
};
/** Below this, a call is not started at all: it could not finish in time. */
const MIN_BUDGET_MS = 50;

/**
 * TypeORM's PostgreSQL query runner. `releasePostgresConnection(error)` is how it hands a broken
 * connection back so that the pool drops it (TypeORM calls it itself when the connection emits an
 * error); its type declares it private, hence this view of it.
 */
interface PgQueryRunner {
  connect(): Promise<unknown>;
  release(): Promise<void>;
  releasePostgresConnection(error?: Error): Promise<void>;
}

interface PgClient {
  query(config: { name?: string; text: string; values?: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * The only way booking-core reaches the database. `call` runs one stored procedure (one state
 * change, one round trip); `query` runs a read. In one place it:
 * - turns the codes procedures raise (`SESSION_FULL`, `SESSION_NOT_OPEN:detail`) into DomainErrors;
 * - bounds each statement by the caller's deadline (X-Deadline-Ms, DESIGN §8): PostgreSQL
 *   `statement_timeout` + `lock_timeout` on the connection, SQL Server `SET LOCK_TIMEOUT` in the
 *   batch — work that cannot finish in time rolls back and answers 503 DEADLINE_EXCEEDED;
 * - survives the database going away: a dropped, refused or terminated connection is 503
 *   DATABASE_UNAVAILABLE (never a crash, never 500), the broken connection leaves the pool, and
 *   the next call takes a fresh one (decision 012).
 */
export class SqlClient {
  private readonly logger = new Logger('SqlClient');
  private readonly statementNames = new Map<string, string>();
  /** The deadline step each PostgreSQL connection is set to (absent: the server default). */
  private readonly applied = new WeakMap<object, number>();

  constructor(
    private readonly dataSource: DataSource,
    readonly dialect: Dialect,
  ) {}

  /**
   * One stored procedure: its name, parameters and rows are typed from the SQL itself
   * (sql-types.generated.ts, `npm run generate:sql`; decision 025).
   */
  async call<P extends ProcedureName>(procedure: P, params: ProcedureParams[P]): Promise<ProcedureRows[P][]> {
    if (!/^[a-z_][a-z0-9_]*$/.test(procedure)) throw new Error(`Bad procedure name ${procedure}`);
    const given = params as SqlParams;
    const names = Object.keys(given);
    const values = names.map((n) => this.toDriver(given[n]));
    const sql =
      this.dialect === 'postgres'
        ? `SELECT * FROM ${procedure}(${names.map((n, i) => `p_${n} => $${i + 1}`).join(', ')})`
        : `EXEC dbo.${procedure} ${names.map((n, i) => `@p_${n} = @${i}`).join(', ')}`;
    return this.run<ProcedureRows[P]>(sql, values, 'write');
  }

  async query<T>(sql: PortableSql, params: SqlParams = {}): Promise<T[]> {
    const text = typeof sql === 'string' ? sql : sql[this.dialect];
    const order: string[] = [];
    // :name → $n / @n. Avoid "::" casts in portable SQL (use CAST).
    const compiled = text.replace(/(?<![:\w]):([a-zA-Z_][a-zA-Z0-9_]*)/g, (_m, name: string) => {
      if (!(name in params)) throw new Error(`Missing SQL parameter :${name}`);
      let index = order.indexOf(name);
      if (index < 0) index = order.push(name) - 1;
      return this.dialect === 'postgres' ? `$${index + 1}` : `@${index}`;
    });
    return this.run<T>(
      compiled,
      order.map((n) => this.toDriver(params[n])),
      'read',
    );
  }

  /**
   * Readiness: a read of the booking tables through the pool, answered within `timeoutMs` — false
   * when the database is down, when every connection is taken (calls queueing), or when a booking
   * table is locked against readers (an ALTER TABLE, LOCK TABLE or SQL Server Sch-M lock).
   */
  async ping(timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const probe = this.run(READY_PROBE[this.dialect], [], 'read', timeoutMs).then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([probe, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async run<T>(
    sql: string,
    values: unknown[],
    kind: 'read' | 'write',
    budgetMs = remainingMs(),
    attempt = 1,
  ): Promise<T[]> {
    if (budgetMs !== undefined && budgetMs < MIN_BUDGET_MS)
      throw new DomainError('DEADLINE_EXCEEDED', 'The deadline passed before the work could start', {
        outcome: 'NOT_APPLIED' satisfies RequestOutcome,
      });
    try {
      if (this.dialect === 'postgres') return await this.runPostgres<T>(sql, values, budgetMs);
      const bounded = budgetMs === undefined ? sql : `SET LOCK_TIMEOUT ${Math.floor(budgetMs)};\n${sql}`;
      const rows: unknown = await this.dataSource.query(bounded, values);
      return (Array.isArray(rows) ? rows : []) as T[];
    } catch (error) {
      if (error instanceof DomainError) throw error;
      const driver = driverError(error);
      if ((RETRYABLE.has(String(driver.code)) || driver.number === 1205) && attempt < 4)
        return this.run<T>(sql, values, kind, remainingMs(), attempt + 1);
      // A connection that broke before the statement was sent (stale in the pool): nothing was
      // done, so once more on a fresh connection. A read is safe to repeat in any case.
      if ((error as { notSent?: boolean }).notSent || (kind === 'read' && isUnavailable(driver)))
        if (attempt < 2) return this.run<T>(sql, values, kind, remainingMs(), attempt + 1);
      throw this.translate(error, driver, kind);
    }
  }

  /**
   * One statement on a pooled connection, borrowed through TypeORM's query runner (which listens
   * for the connection's errors: a connection that dies while borrowed cannot crash the process).
   * Unlike pool.query(), a refusal raised by a procedure (SESSION_FULL) returns the connection to
   * the pool; only a connection that itself failed is discarded. Statement texts are prepared
   * once per connection (named statements).
   */
  private async runPostgres<T>(sql: string, values: unknown[], budgetMs: number | undefined): Promise<T[]> {
    const runner = this.dataSource.createQueryRunner() as unknown as PgQueryRunner;
    // Not released here if borrowing fails: borrow() returns a connection that arrives too late.
    const client = (await this.borrow(runner, budgetMs)) as PgClient;
    let broken: Error | undefined;
    try {
      await this.applyDeadline(client, budgetMs);
      const name = this.statementName(sql);
      return (await client.query(name ? { name, text: sql, values } : { text: sql, values })).rows as T[];
    } catch (error) {
      if (brokenConnection(error)) broken = error as Error;
      throw error;
    } finally {
      await runner.releasePostgresConnection(broken);
    }
  }

  /** A connection from the pool, waiting no longer than the budget (then nothing was done). */
  private async borrow(runner: PgQueryRunner, budgetMs: number | undefined): Promise<unknown> {
    const connecting = runner.connect();
    if (budgetMs === undefined) return connecting;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new DomainError('DEADLINE_EXCEEDED', 'No database connection came free within the deadline', {
              outcome: 'NOT_APPLIED' satisfies RequestOutcome,
            }),
          ),
        budgetMs,
      );
    });
    try {
      return await Promise.race([connecting, late]);
    } catch (error) {
      // If the connection arrives after all, it goes straight back.
      connecting.then(
        () => runner.release(),
        () => undefined,
      );
      throw error instanceof DomainError ? error : markNotSent(error);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Sets the connection's statement and lock timeouts to the budget (rounded down to a step) when
   * they differ from what it has; without a budget (background jobs) back to the server default.
   */
  private async applyDeadline(client: PgClient, budgetMs: number | undefined): Promise<void> {
    const step =
      budgetMs === undefined
        ? 0
        : Math.max(DEADLINE_STEP_MS, Math.floor(budgetMs / DEADLINE_STEP_MS) * DEADLINE_STEP_MS);
    if ((this.applied.get(client) ?? 0) === step) return;
    try {
      await client.query({
        text:
          step === 0
            ? 'SET statement_timeout = DEFAULT; SET lock_timeout = DEFAULT'
            : `SET statement_timeout = ${step}; SET lock_timeout = ${step}`,
      });
    } catch (error) {
      throw markNotSent(error);
    }
    this.applied.set(client, step);
  }

  /** A stable name per statement text; texts beyond the first 500 (ad-hoc SQL) stay unprepared. */
  private statementName(sql: string): string | undefined {
    let name = this.statementNames.get(sql);
    if (!name) {
      if (this.statementNames.size >= 500) return undefined;
      name = `s${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`;
      this.statementNames.set(sql, name);
    }
    return name;
  }

  private translate(error: unknown, driver: DriverError, kind: 'read' | 'write'): Error {
    const message = String(driver.message ?? '');
    const raised = driver.code === 'P0001' || (typeof driver.number === 'number' && driver.number >= 50000);
    if (raised) {
      const sep = message.indexOf(':');
      const code = sep < 0 ? message : message.slice(0, sep);
      const detail = sep < 0 ? undefined : message.slice(sep + 1).trim();
      if (isErrorCode(code)) {
        if (code === 'PATIENT_BLACKLISTED' && detail)
          return new DomainError(code, `Blacklisted until ${detail}`, { until: detail });
        // A procedure that gave up waiting within the deadline rolled back with it.
        if (code === 'DEADLINE_EXCEEDED')
          return new DomainError(code, detail, { outcome: 'NOT_APPLIED' satisfies RequestOutcome });
        return new DomainError(code, detail);
      }
    }
    if (driver.code === '23505' || driver.number === 2627 || driver.number === 2601) {
      return new DomainError('CONFLICT', 'A concurrent change conflicted with this one; try again');
    }
    // PostgreSQL: check violation, bad text representation, bad datetime, out of range;
    // SQL Server: conversion of date/time (241, 242), constraint (547), arithmetic overflow (8115).
    if (
      ['23514', '22P02', '22007', '22008', '22003'].includes(String(driver.code)) ||
      [241, 242, 547, 8115].includes(Number(driver.number))
    ) {
      return new DomainError('VALIDATION_FAILED', 'A value is out of range');
    }
    // The statement was cancelled by its timeout or gave up waiting for a lock: rolled back.
    if (DEADLINE_CODES.has(String(driver.code)) || driver.number === 1222) {
      this.logger.warn({ msg: 'deadline exceeded in the database', code: driver.code ?? driver.number });
      return new DomainError(
        'DEADLINE_EXCEEDED',
        'The work did not finish within the deadline and was rolled back',
        {
          outcome: 'NOT_APPLIED' satisfies RequestOutcome,
        },
      );
    }
    if (isUnavailable(driver)) {
      this.logger.error({
        msg: 'database unavailable',
        code: driver.code ?? driver.number ?? null,
        error: message,
      });
      const notSent = (error as { notSent?: boolean }).notSent === true;
      return new DomainError('DATABASE_UNAVAILABLE', 'The database is unavailable; retry shortly', {
        // A read changes nothing; a procedure whose connection broke mid-call may have committed.
        outcome: (notSent || kind === 'read' ? 'NOT_APPLIED' : 'UNKNOWN') satisfies RequestOutcome,
      });
    }
    return error instanceof Error ? error : new Error(message);
  }

  private toDriver(value: unknown): unknown {
    if (this.dialect === 'mssql' && value instanceof Date) return new MssqlParameter(value, 'datetimeoffset');
    return value === undefined ? null : value;
  }
}

interface DriverError {
  code?: string;
  number?: number;
  message?: string;
}

function driverError(error: unknown): DriverError {
  const e = error as { driverError?: DriverError; originalError?: { info?: DriverError } } & DriverError;
  const inner = e?.driverError ?? e;
  const info = (inner as { originalError?: { info?: DriverError } })?.originalError?.info;
  return {
    code: typeof inner?.code === 'string' ? inner.code : undefined,
    number: inner?.number ?? info?.number,
    message: inner?.message ?? info?.message,
  };
}

/**
 * The database is not there: refused or dropped connections, the server shutting down or
 * starting up (57P01–57P03), too many connections (53300), SQL Server's connection errors.
 */
function isUnavailable(driver: DriverError): boolean {
  const code = String(driver.code ?? '');
  return (
    UNAVAILABLE.test(String(driver.message ?? '')) ||
    code.startsWith('08') ||
    /^57P0[1-4]$/.test(code) ||
    code === '53300' ||
    code === 'ESOCKET' ||
    code === 'ECONNCLOSED'
  );
}

/** A connection that must not go back to the pool: no SQLSTATE (the network) or a fatal class. */
function brokenConnection(error: unknown): boolean {
  const raw = (error as { code?: unknown }).code;
  const code = typeof raw === 'string' ? raw : '';
  return !/^[0-9A-Z]{5}$/.test(code) || code.startsWith('08') || code.startsWith('57P') || code === '53300';
}

/** Marks a failure that happened before the statement reached the database. */
function markNotSent(error: unknown): Error {
  const e = error instanceof Error ? error : new Error(String(error));
  (e as { notSent?: boolean }).notSent = true;
  return e;
}
