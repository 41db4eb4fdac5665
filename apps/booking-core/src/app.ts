import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { createHttpApp, AppLogger, type LogSink } from '@app/common';
import { TokenStore } from './auth/token-store';
import { CoreConfig } from './config/core-config';
import { CoreModule } from './core.module';
import { completeCoreDocument, configureCoreOpenApi, CORE_API_DESCRIPTION } from './openapi/core-openapi';

export interface CoreApp {
  app: NestFastifyApplication;
  document: OpenAPIObject;
  config: CoreConfig;
}

/** Builds booking-core (not yet listening). Used by main.ts and by the tests. */
export async function createCoreApp(
  env: Record<string, string | undefined> = process.env,
  options: { tokens?: TokenStore; logWrite?: LogSink } = {},
): Promise<CoreApp> {
  const config = CoreConfig.load(env);
  const tokens = options.tokens ?? TokenStore.fromFile(config.CORE_TOKENS_FILE);
  const logger = new AppLogger('booking-core', config.LOG_LEVEL, options.logWrite);
  const { app, document } = await createHttpApp(CoreModule.forRoot(config, tokens), {
    logger,
    bodyLimit: 64 * 1024,
    // The dispatcher polls the outbox every second, probes poll health: debug detail.
    quietRoutes: ['POST /v1/notifications/claim', 'GET /v1/health'],
    openApi: {
      title: 'booking-core (intranet)',
      description: CORE_API_DESCRIPTION,
      version: '1.0',
      configure: configureCoreOpenApi,
      complete: completeCoreDocument,
    },
  });
  return { app, document, config };
}
