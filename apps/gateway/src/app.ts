import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { AppLogger, createHttpApp, type HttpDrain, type LogSink } from '@app/common';
import { keepRawJsonBodies } from './auth/raw-body';
import { GatewayConfig } from './config/gateway-config';
import { acceptFhirBodies, fhirErrorForms } from './fhir/fhir-body';
import { GatewayModule } from './gateway.module';
import { ReplayedResponseFilter } from './idempotency/replayed-response';
import {
  completeGatewayDocument,
  configureGatewayOpenApi,
  GATEWAY_API_DESCRIPTION,
} from './openapi/gateway-openapi';
import { chineseDocument } from './openapi/summaries-zh';
import { checkSandboxPartners, PartnerRegistry } from './partners/partner-registry';

/** R20: bodies over 64 KB are refused with 413 before anything else reads them. */
const BODY_LIMIT = 64 * 1024;

export interface GatewayApp {
  app: NestFastifyApplication;
  document: OpenAPIObject;
  config: GatewayConfig;
  drain: HttpDrain;
}

export interface GatewayAppOptions {
  /** Instead of reading GATEWAY_PARTNERS_FILE. */
  partners?: PartnerRegistry;
  /** Where log lines go (default stdout); AppLogger sinks see them either way. */
  logWrite?: LogSink;
}

/** Builds the gateway (not yet listening). Used by main.ts, the OpenAPI script and the tests. */
export async function createGatewayApp(
  env: Record<string, string | undefined> = process.env,
  options: GatewayAppOptions = {},
): Promise<GatewayApp> {
  const config = GatewayConfig.load(env);
  const partners = options.partners ?? PartnerRegistry.fromFile(config.GATEWAY_PARTNERS_FILE);
  checkSandboxPartners(config.SANDBOX, partners);
  const logger = new AppLogger('gateway', config.LOG_LEVEL, options.logWrite);
  const { app, document, drain } = await createHttpApp(GatewayModule.forRoot(config, partners), {
    logger,
    bodyLimit: BODY_LIMIT,
    trustProxy: config.TRUST_PROXY,
    // Load balancers and probes poll it: debug detail.
    quietRoutes: ['GET /v1/health', 'GET /v1/health/live', 'GET /v1/health/ready'],
    openApi: {
      title: 'Outpatient booking — partner API',
      description: GATEWAY_API_DESCRIPTION,
      version: '1.0',
      configure: configureGatewayOpenApi,
      complete: completeGatewayDocument,
    },
  });
  // Decision 032: the same document with its Chinese summaries in front, for Chinese integrators.
  SwaggerModule.setup('docs/zh', app, chineseDocument(document), { jsonDocumentUrl: 'docs/zh/openapi.json' });
  keepRawJsonBodies(app, BODY_LIMIT);
  acceptFhirBodies(app, BODY_LIMIT);
  fhirErrorForms(app);
  // Checked before the catch-all problem+json filter: a replay is sent as it was stored.
  app.useGlobalFilters(new ReplayedResponseFilter());
  return { app, document, config, drain };
}
