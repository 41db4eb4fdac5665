import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { CoreConfig } from '../config/core-config';
import { openDatabase, type OpenDatabase } from './data-source.factory';
import { describeTarget, dialectOf, parseDatabaseUrl } from './database-target';
import { migrate } from './migrator';
import { SqlClient } from './sql-client';

const OPEN_DATABASE = Symbol('OPEN_DATABASE');

@Global()
@Module({
  providers: [
    {
      provide: OPEN_DATABASE,
      inject: [CoreConfig],
      useFactory: async (config: CoreConfig): Promise<OpenDatabase> => {
        const logger = new Logger('Database');
        const target = parseDatabaseUrl(config.DATABASE_URL);
        const db = await openDatabase(target);
        const result = await migrate(db.dataSource, dialectOf(target));
        logger.log(
          `${describeTarget(target)}: ${result.applied.length} migration(s) applied` +
            (result.proceduresApplied ? ', procedures re-created' : ', procedures up to date'),
        );
        return db;
      },
    },
    {
      provide: SqlClient,
      inject: [OPEN_DATABASE, CoreConfig],
      useFactory: (db: OpenDatabase, config: CoreConfig) =>
        new SqlClient(db.dataSource, dialectOf(parseDatabaseUrl(config.DATABASE_URL))),
    },
  ],
  exports: [SqlClient],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(OPEN_DATABASE) private readonly db: OpenDatabase) {}

  async onApplicationShutdown(): Promise<void> {
    await this.db.close();
  }
}
