import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { installGracefulShutdown } from '@app/common';
import { createGatewayApp } from './app';

async function main(): Promise<void> {
  const { app, config, drain } = await createGatewayApp();
  installGracefulShutdown(app, drain, { graceMs: config.SHUTDOWN_GRACE_MS, logger: new Logger('Shutdown') });
  await app.listen({ port: config.GATEWAY_PORT, host: config.GATEWAY_HOST, backlog: config.GATEWAY_BACKLOG });
  new Logger('Main').log(
    `gateway listening on http://${config.GATEWAY_HOST}:${config.GATEWAY_PORT} (docs at /docs)`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `gateway failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
