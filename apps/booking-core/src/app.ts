import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { createHttpApp, type HttpDrain, JsonLogger } from '@app/common';
import { TokenStore } from './auth/token-store';
import { CoreConfig } from './config/core-config';
import { CoreModule } from './core.module';

export interface CoreApp {
  app: NestFastifyApplication;
  document: OpenAPIObject;
  config: CoreConfig;
  drain: HttpDrain;
}

/** Builds booking-core (not yet listening). Used by main.ts and by the tests. */
export async function createCoreApp(
  env: Record<string, string | undefined> = process.env,
  options: { tokens?: TokenStore } = {},
): Promise<CoreApp> {
  const config = CoreConfig.load(env);
  const tokens = options.tokens ?? TokenStore.fromFile(config.CORE_TOKENS_FILE);
  const logger = new JsonLogger('booking-core', config.LOG_LEVEL);
  const { app, document, drain } = await createHttpApp(CoreModule.forRoot(config, tokens), {
    logger,
    bodyLimit: 64 * 1024,
    deadline: { defaultMs: config.CORE_REQUEST_DEADLINE_MS },
    openApi: {
      title: 'booking-core (intranet)',
      description:
        'The booking core of the outpatient appointment platform. Intranet clients (counters, phone centre, kiosks, ' +
        'clinic and ward stations, schedulers) and the gateway call it with bearer tokens; every state change is one ' +
        'stored procedure. Errors are application/problem+json with a stable `code`.',
      version: '1.0',
      configure: (b) => b.addBearerAuth(),
    },
  });
  return { app, document, config, drain };
}
