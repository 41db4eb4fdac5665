import * as fs from 'node:fs';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { DatabaseTarget } from './database-target';
import { installTimestamptzParser } from './timestamptz';

export interface OpenDatabase {
  dataSource: DataSource;
  close(): Promise<void>;
  /** Embedded only: the whole cluster as a tar.gz (used to snapshot a migrated database). */
  dump?: () => Promise<Buffer>;
  /** PostgreSQL server: opens and uses every connection of the pool once (decision 027). */
  warm?: () => Promise<void>;
}

/** The embedded database's data source: destroying it also closes the PGlite instance. */
class EmbeddedDataSource extends DataSource {
  constructor(
    options: DataSourceOptions,
    private readonly pglite: { close(): Promise<void> },
  ) {
    super(options);
  }

  override async destroy(): Promise<void> {
    if (this.isInitialized) await super.destroy();
    await this.pglite.close();
  }
}

/**
 * Opens TypeORM on the target. PGlite runs in-process through its node-postgres adapter with a
 * pool of one connection (one session: transactions never interleave); PostgreSQL and SQL
 * Server are ordinary pools.
 */
export async function openDatabase(target: DatabaseTarget, poolSize = 20): Promise<OpenDatabase> {
  installTimestamptzParser();
  if (target.kind === 'pglite') {
    const { PGlite } = await import('@electric-sql/pglite');
    const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
    if (target.dataDir) fs.mkdirSync(target.dataDir, { recursive: true });
    const pglite = target.dataDir
      ? new PGlite(target.dataDir)
      : target.template
        ? new PGlite({ loadDataDir: new Blob([fs.readFileSync(target.template)]) })
        : new PGlite();
    await pglite.waitReady;
    const options: DataSourceOptions = {
      type: 'postgres',
      poolSize: 1,
      extra: { ...createPgConfig(pglite), idleTimeoutMillis: 0 },
    };
    const dataSource = new EmbeddedDataSource(options, pglite);
    await dataSource.initialize();
    return {
      dataSource,
      close: () => dataSource.destroy(),
      dump: async () => Buffer.from(await (await pglite.dumpDataDir('gzip')).arrayBuffer()),
    };
  }
  if (target.kind === 'postgres') {
    const dataSource = new DataSource({
      type: 'postgres',
      url: target.url,
      poolSize,
      // TCP keep-alive: a connection to a server that vanished is noticed and leaves the pool.
      // Idle connections stay open (decision 027): a pool warmed at 07:55 is still warm at 08:00.
      // JIT off (decision 038): PostgreSQL compiles any plan estimated above jit_above_cost, and a
      // department's session list passes it — 60 ms of compiling for 10 ms of work, every time.
      extra: { connectionTimeoutMillis: 5000, idleTimeoutMillis: 0, keepAlive: true, options: '-c jit=off' },
    });
    await dataSource.initialize();
    return { dataSource, close: () => dataSource.destroy(), warm: () => warmPool(dataSource, poolSize) };
  }
  const u = new URL(target.url);
  const dataSource = new DataSource({
    type: 'mssql',
    host: u.hostname,
    port: Number(u.port || 1433),
    username: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: u.pathname.replace(/^\//, '') || 'master',
    connectionTimeout: 5000,
    requestTimeout: 30000,
    pool: { max: poolSize, min: 0 },
    options: {
      encrypt: u.searchParams.get('encrypt') === 'true',
      trustServerCertificate: u.searchParams.get('trustServerCertificate') !== 'false',
    },
  });
  await dataSource.initialize();
  return { dataSource, close: () => dataSource.destroy() };
}

/** What each new connection reads once so that its catalog caches hold the booking path's relations. */
const WARM_UP_SQL =
  'SELECT (SELECT count(*) FROM appointment_view WHERE id = 0) + (SELECT count(*) FROM session_view WHERE id = 0) AS n';

/**
 * Decision 027: every connection of the pool opened and used once before booking-core listens, so
 * the first requests after a deploy do not each wait for a connection to be made.
 */
async function warmPool(dataSource: DataSource, connections: number): Promise<void> {
  await Promise.all(Array.from({ length: connections }, () => dataSource.query(WARM_UP_SQL)));
}
