import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { createHttpApp, JsonLogger } from '@app/common';
import { GatewayConfig } from './config/gateway-config';
import { GatewayModule } from './gateway.module';

export interface GatewayApp {
  app: NestFastifyApplication;
  document: OpenAPIObject;
  config: GatewayConfig;
}

/** Builds the gateway (not yet listening). Used by main.ts and by the tests. */
export async function createGatewayApp(
  env: Record<string, string | undefined> = process.env,
): Promise<GatewayApp> {
  const config = GatewayConfig.load(env);
  const logger = new JsonLogger('gateway', config.LOG_LEVEL);
  const { app, document } = await createHttpApp(GatewayModule.forRoot(config), {
    logger,
    bodyLimit: 64 * 1024,
    trustProxy: config.TRUST_PROXY,
    openApi: {
      title: 'Outpatient booking — partner API',
      description: 'One signed, throttled, idempotent booking API for every outside channel.',
      version: '1.0',
    },
  });
  return { app, document, config };
}
