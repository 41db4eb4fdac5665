import { createHash } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { MssqlParameter } from 'typeorm';
import { isErrorCode } from '@app/contracts';
import { DomainError } from '@app/common';
import type { Dialect } from './database-target';

/** Named parameters, in the order the procedure declares them (`p_` prefix omitted). */
export type SqlParams = Record<string, unknown>;

/** A read query in both dialects, or one text written in the portable subset. */
export type PortableSql = string | { postgres: string; mssql: string };

const RETRYABLE = new Set(['40001', '40P01']); // serialization failure, deadlock
const UNAVAILABLE =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|Connection terminated|timeout exceeded when trying to connect|ConnectionError|Failed to connect/;

/**
 * The only way booking-core reaches the database. `call` runs one stored procedure (one
 * state change, one round trip); `query` runs a read. Errors raised by procedures carry a
 * stable code as their message (`SESSION_FULL`, or `SESSION_NOT_OPEN:detail`) and become
 * DomainErrors here, in one place.
 */
export class SqlClient {
  private readonly logger = new Logger('SqlClient');
  /** PostgreSQL: TypeORM's node-postgres pool, used with named (prepared) statements. */
  private readonly pgPool?: PgPool;
  private readonly statementNames = new Map<string, string>();

  constructor(
    private readonly dataSource: DataSource,
    readonly dialect: Dialect,
  ) {
    // The hot path runs a handful of statement texts millions of times: preparing each once per
    // connection saves PostgreSQL the parse and the client the bytes. TypeORM still owns the pool.
    if (dialect === 'postgres') this.pgPool = (dataSource.driver as unknown as { master?: PgPool }).master;
  }

  async call<T>(procedure: string, params: SqlParams): Promise<T[]> {
    if (!/^[a-z_][a-z0-9_]*$/.test(procedure)) throw new Error(`Bad procedure name ${procedure}`);
    const names = Object.keys(params);
    const values = names.map((n) => this.toDriver(params[n]));
    const sql =
      this.dialect === 'postgres'
        ? `SELECT * FROM ${procedure}(${names.map((n, i) => `p_${n} => $${i + 1}`).join(', ')})`
        : `EXEC dbo.${procedure} ${names.map((n, i) => `@p_${n} = @${i}`).join(', ')}`;
    return this.run<T>(sql, values);
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
    );
  }

  private async run<T>(sql: string, values: unknown[], attempt = 1): Promise<T[]> {
    try {
      if (this.pgPool) return await this.runOnPool<T>(this.pgPool, sql, values);
      const rows: unknown = await this.dataSource.query(sql, values);
      return (Array.isArray(rows) ? rows : []) as T[];
    } catch (error) {
      const driver = driverError(error);
      if (RETRYABLE.has(String(driver.code)) || driver.number === 1205) {
        if (attempt < 4) return this.run<T>(sql, values, attempt + 1);
      }
      throw this.translate(error, driver);
    }
  }

  /**
   * One statement on a pooled connection. Unlike pool.query(), a refusal raised by a procedure
   * (an ordinary answer: SESSION_FULL) returns the connection to the pool instead of closing it —
   * under a sell-out burst that is the difference between thousands of reconnections and none.
   * Only a connection that itself failed is discarded.
   */
  private async runOnPool<T>(pool: PgPool, sql: string, values: unknown[]): Promise<T[]> {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      const name = this.statementName(sql);
      return (await client.query(name ? { name, text: sql, values } : { text: sql, values })).rows as T[];
    } catch (error) {
      const raw = (error as { code?: unknown }).code;
      const code = typeof raw === 'string' ? raw : '';
      if (!/^[0-9A-Z]{5}$/.test(code) || code.startsWith('08') || code.startsWith('57'))
        broken = error as Error;
      throw error;
    } finally {
      client.release(broken);
    }
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

  private translate(error: unknown, driver: DriverError): Error {
    const message = String(driver.message ?? '');
    const raised = driver.code === 'P0001' || (typeof driver.number === 'number' && driver.number >= 50000);
    if (raised) {
      const sep = message.indexOf(':');
      const code = sep < 0 ? message : message.slice(0, sep);
      const detail = sep < 0 ? undefined : message.slice(sep + 1).trim();
      if (isErrorCode(code)) {
        if (code === 'PATIENT_BLACKLISTED' && detail)
          return new DomainError(code, `Blacklisted until ${detail}`, { until: detail });
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
    if (UNAVAILABLE.test(message) || String(driver.code ?? '').startsWith('08') || driver.code === '57P01') {
      this.logger.error(`database unavailable: ${message}`);
      return new DomainError('DB_UNAVAILABLE');
    }
    return error instanceof Error ? error : new Error(message);
  }

  private toDriver(value: unknown): unknown {
    if (this.dialect === 'mssql' && value instanceof Date) return new MssqlParameter(value, 'datetimeoffset');
    return value === undefined ? null : value;
  }
}

interface PgPoolClient {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
  release(error?: Error): void;
}

interface PgPool {
  connect(): Promise<PgPoolClient>;
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
    code: inner?.code,
    number: inner?.number ?? info?.number,
    message: inner?.message ?? info?.message,
  };
}
