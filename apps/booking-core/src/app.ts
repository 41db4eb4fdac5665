import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { acceptJsonBodies, AppLogger, createHttpApp, type HttpDrain, type LogSink } from '@app/common';
import { TokenStore } from './auth/token-store';
import { CoreConfig } from './config/core-config';
import { CoreModule } from './core.module';
import { acceptDashboardForms } from './dashboard';
import { DisplayHub } from './display';
import { describeTarget, parseDatabaseUrl } from './database/database-target';
import { completeCoreDocument, configureCoreOpenApi, CORE_API_DESCRIPTION } from './openapi/core-openapi';

export interface CoreApp {
  app: NestFastifyApplication;
  document: OpenAPIObject;
  config: CoreConfig;
  drain: HttpDrain;
}

const BODY_LIMIT = 64 * 1024;

/** Builds booking-core (not yet listening). Used by main.ts and by the tests. */
export async function createCoreApp(
  env: Record<string, string | undefined> = process.env,
  options: { tokens?: TokenStore; logWrite?: LogSink } = {},
): Promise<CoreApp> {
  const config = CoreConfig.load(env);
  const tokens = options.tokens ?? TokenStore.fromFile(config.CORE_TOKENS_FILE);
  const logger = new AppLogger('booking-core', config.LOG_LEVEL, options.logWrite);
  const { app, document, drain } = await databaseNamed(config.DATABASE_URL, () =>
    createHttpApp(CoreModule.forRoot(config, tokens), {
      logger,
      bodyLimit: BODY_LIMIT,
      deadline: { defaultMs: config.CORE_REQUEST_DEADLINE_MS },
      // The dispatcher polls the outbox every second, probes poll health: debug detail.
      quietRoutes: [
        'POST /v1/notifications/claim',
        'GET /v1/health',
        'GET /v1/health/live',
        'GET /v1/health/ready',
      ],
      openApi: {
        title: 'booking-core (intranet)',
        description: CORE_API_DESCRIPTION,
        version: '1.0',
        configure: configureCoreOpenApi,
        complete: completeCoreDocument,
      },
    }),
  );
  acceptJsonBodies(app, BODY_LIMIT);
  acceptDashboardForms(app);
  // Decision 030: the screens' event streams end when a graceful stop begins (they would hold it).
  drain.onDraining(() => app.get(DisplayHub).closeAll());
  return { app, document, config, drain };
}

const UNREACHABLE =
  /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ESOCKET|ELOGIN|ECONNRESET|getaddrinfo|password authentication|does not exist|no pg_hba|Failed to connect|Login failed/i;

/** A database that cannot be reached at start-up is named by its variable, not by a driver's words alone. */
async function databaseNamed<T>(url: string | undefined, start: () => Promise<T>): Promise<T> {
  try {
    return await start();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const raw = (error as { code?: unknown }).code;
    const code = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : '';
    if (!UNREACHABLE.test(`${code} ${message}`)) throw error;
    throw new Error(
      `DATABASE_URL (${describeTarget(parseDatabaseUrl(url))}) cannot be reached: ${code ? `${code} ` : ''}${message}`,
    );
  }
}
