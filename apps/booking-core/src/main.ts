import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createCoreApp } from './app';
import { describeTarget, parseDatabaseUrl } from './database/database-target';

async function main(): Promise<void> {
  const { app, config } = await createCoreApp();
  await app.listen({ port: config.CORE_PORT, host: config.CORE_HOST });
  new Logger('Main').log(
    `booking-core listening on http://${config.CORE_HOST}:${config.CORE_PORT} (docs at /docs), database ${describeTarget(parseDatabaseUrl(config.DATABASE_URL))}`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `booking-core failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
