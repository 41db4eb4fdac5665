import 'reflect-metadata';
import cluster from 'node:cluster';
import { Logger } from '@nestjs/common';
import { installGracefulShutdown } from '@app/common';
import { createCoreApp } from './app';
import { CoreConfig } from './config/core-config';
import { describeTarget, parseDatabaseUrl } from './database/database-target';

async function serve(): Promise<void> {
  // Only the first worker runs the background jobs; they are idempotent anyway.
  const worker = Number(process.env.CORE_WORKER_INDEX ?? 0);
  const env = worker > 0 ? { ...process.env, CORE_JOBS: 'false', SEED_DEMO: 'false' } : process.env;
  const { app, config, drain } = await createCoreApp(env);
  installGracefulShutdown(app, drain, { graceMs: config.SHUTDOWN_GRACE_MS, logger: new Logger('Shutdown') });
  await app.listen({ port: config.CORE_PORT, host: config.CORE_HOST });
  new Logger('Main').log(
    `booking-core${config.CORE_WORKERS > 1 ? ` worker ${worker}` : ''} listening on http://${config.CORE_HOST}:${config.CORE_PORT} (docs at /docs), database ${describeTarget(parseDatabaseUrl(config.DATABASE_URL))}`,
  );
}

/** CORE_WORKERS > 1: a primary forks the workers (they share the port) and replaces any that dies. */
function supervise(workers: number): void {
  const logger = new Logger('Main');
  const fork = (index: number) =>
    cluster.fork({ CORE_WORKER_INDEX: String(index) }).on('exit', (code, signal) => {
      if (stopping) return;
      logger.error(`worker ${index} exited (${signal ?? code}); starting another`);
      setTimeout(() => fork(index), 1000);
    });
  let stopping = false;
  // Each worker drains its own requests; the primary ends when the last worker has.
  const stop = () => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
    if (workers.length === 0) process.exit(0);
    let left = workers.length;
    for (const w of workers) {
      w.once('exit', () => --left === 0 && process.exit(0));
      w.process.kill('SIGTERM');
    }
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  for (let i = 0; i < workers; i++) fork(i);
}

function main(): void {
  const config = CoreConfig.load();
  if (config.CORE_WORKERS > 1 && cluster.isPrimary) return supervise(config.CORE_WORKERS);
  serve().catch((error: unknown) => {
    process.stderr.write(
      `booking-core failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  });
}

try {
  main();
} catch (error) {
  process.stderr.write(
    `booking-core failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
}
