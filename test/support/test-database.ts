import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export interface TestDatabase {
  /** DATABASE_URL for booking-core. */
  url: string;
  kind: 'pglite' | 'postgres' | 'mssql';
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one test file: a new database on SQL Server (TEST_MSSQL_URL) or
 * PostgreSQL (TEST_DATABASE_URL), dropped afterwards, or an in-memory PGlite. Refuses a
 * PostgreSQL server database whose name does not contain "test".
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (process.env.TEST_MSSQL_URL) return createMssqlDatabase(process.env.TEST_MSSQL_URL);
  const server = process.env.TEST_DATABASE_URL;
  if (!server) {
    // A copy of the migrated snapshot made by test/global-setup.ts, when there is one.
    const template = process.env.PGLITE_TEMPLATE;
    const url = template ? `pglite://memory?template=${encodeURIComponent(template)}` : 'pglite://memory';
    return { url, kind: 'pglite', drop: () => Promise.resolve() };
  }
  const base = new URL(server);
  if (!/test/i.test(base.pathname))
    throw new Error(`TEST_DATABASE_URL must name a database containing "test"`);
  const name = `test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: 'postgres',
    drop: async () => {
      const c = new Client({ connectionString: server });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** SQL Server: `mssql://user:password@host:1433/master?encrypt=false`. */
async function createMssqlDatabase(server: string): Promise<TestDatabase> {
  const mssql = await import('mssql');
  const base = new URL(server);
  const connect = () =>
    new mssql.ConnectionPool({
      server: base.hostname,
      port: Number(base.port || 1433),
      user: decodeURIComponent(base.username),
      password: decodeURIComponent(base.password),
      database: 'master',
      connectionTimeout: 5000,
      options: { encrypt: base.searchParams.get('encrypt') === 'true', trustServerCertificate: true },
    }).connect();
  const name = `test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = await connect();
  try {
    await admin.request().batch(`CREATE DATABASE ${name}`);
    // Readers see the last committed version instead of waiting, as in PostgreSQL.
    await admin.request().batch(`ALTER DATABASE ${name} SET READ_COMMITTED_SNAPSHOT ON`);
  } finally {
    await admin.close();
  }
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: 'mssql',
    drop: async () => {
      const c = await connect();
      try {
        await c
          .request()
          .batch(`ALTER DATABASE ${name} SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE ${name}`);
      } finally {
        await c.close();
      }
    },
  };
}

/** One SQL Server connection of its own, for tests that hold a transaction open or read sys.dm_* views. */
export interface MssqlSession {
  /** Runs a batch; `params` become @name inputs. Returns the last result set's rows. */
  query<T = Record<string, unknown>>(
    sql: string,
    params?: Record<string, string | number | null>,
  ): Promise<T[]>;
  close(): Promise<void>;
}

/** Opens one connection (a pool of one, so every query runs on it) to a database of TEST_MSSQL_URL's server. */
export async function openMssqlSession(url: string): Promise<MssqlSession> {
  const mssql = await import('mssql');
  const u = new URL(url);
  const pool = await new mssql.ConnectionPool({
    server: u.hostname,
    port: Number(u.port || 1433),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: u.pathname.replace(/^\//, '') || 'master',
    connectionTimeout: 5000,
    requestTimeout: 120000,
    pool: { min: 1, max: 1 },
    options: { encrypt: u.searchParams.get('encrypt') === 'true', trustServerCertificate: true },
  }).connect();
  return {
    async query<T>(sql: string, params: Record<string, string | number | null> = {}) {
      const request = pool.request();
      for (const [name, value] of Object.entries(params)) request.input(name, value);
      const result = await request.query<T>(sql);
      return result.recordset ?? [];
    },
    close: () => pool.close(),
  };
}

/** A client of its own on a PostgreSQL test database: to hold a lock as another session would. */
export interface SideConnection {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  end(): Promise<void>;
}

export async function sideConnection(url: string): Promise<SideConnection> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return {
    query: async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
    end: () => client.end(),
  };
}
