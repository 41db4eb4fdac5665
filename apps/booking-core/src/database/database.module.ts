import { type DynamicModule, Global, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CoreConfig } from '../config/core-config';
import { openDatabase } from './data-source.factory';
import { describeTarget, dialectOf, parseDatabaseUrl } from './database-target';
import { migrate } from './migrator';
import { SqlClient } from './sql-client';
import { SqlEvents } from './sql-events';

/** A failure to reach the server (worth retrying at boot), as opposed to a broken migration. */
const UNREACHABLE =
  /ECONNREFUSED|ETIMEDOUT|ENOTFOUND|EHOSTUNREACH|ECONNRESET|starting up|shutting down|timeout|Failed to connect|ConnectionError/i;

/**
 * SQL Server must run with READ_COMMITTED_SNAPSHOT ON: reads see the last committed version
 * instead of waiting, as in PostgreSQL, and the procedures' locking was written for it (decision
 * 002). A database without it is refused at boot, with the statement that fixes it.
 */
async function requireReadCommittedSnapshot(dataSource: DataSource): Promise<void> {
  const rows: { on: boolean | number; name: string }[] = await dataSource.query(
    'SELECT is_read_committed_snapshot_on AS [on], name FROM sys.databases WHERE name = DB_NAME()',
  );
  if (!rows[0] || !rows[0].on)
    throw new Error(
      `the SQL Server database of DATABASE_URL has READ_COMMITTED_SNAPSHOT OFF; booking-core needs it ON: ` +
        `ALTER DATABASE [${rows[0]?.name ?? '<database>'}] SET READ_COMMITTED_SNAPSHOT ON WITH ROLLBACK IMMEDIATE`,
    );
}

/**
 * The database: @nestjs/typeorm owns the data source (opened, migrated, and destroyed on
 * shutdown after the HTTP server has drained); SqlClient is the one way features reach it.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(config: CoreConfig): DynamicModule {
    const target = parseDatabaseUrl(config.DATABASE_URL);
    const server = target.kind !== 'pglite';
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          // A server that is still starting (a deploy racing the database) is waited for a little.
          useFactory: () => ({
            type: target.kind === 'mssql' ? 'mssql' : 'postgres',
            retryAttempts: server ? 3 : 0,
            retryDelay: 1000,
            toRetry: (error: unknown) => UNREACHABLE.test(String((error as Error)?.message ?? error)),
          }),
          dataSourceFactory: async () => {
            const logger = new Logger('Database');
            // Unreachable: app.ts names DATABASE_URL in the message (databaseNamed).
            const db = await openDatabase(target);
            try {
              if (target.kind === 'mssql') await requireReadCommittedSnapshot(db.dataSource);
              const result = await migrate(db.dataSource, dialectOf(target));
              logger.log(
                `${describeTarget(target)}: ${result.applied.length} migration(s) applied` +
                  (result.proceduresApplied ? ', procedures re-created' : ', procedures up to date'),
              );
              await db.warm?.();
            } catch (error) {
              await db.close().catch(() => undefined);
              throw error;
            }
            return db.dataSource;
          },
        }),
      ],
      providers: [
        {
          provide: SqlClient,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => new SqlClient(dataSource, dialectOf(target)),
        },
        {
          // Decision 030: signals between workers (LISTEN/NOTIFY on PostgreSQL, in-process otherwise).
          provide: SqlEvents,
          inject: [SqlClient],
          useFactory: (sql: SqlClient) =>
            new SqlEvents(target, (channel, payload) =>
              sql.query('SELECT pg_notify(:channel, :payload) AS sent', { channel, payload }),
            ),
        },
      ],
      exports: [SqlClient, SqlEvents],
    };
  }
}
