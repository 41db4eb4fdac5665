import helmet from '@fastify/helmet';
import { type DynamicModule, type Type } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { JsonLogger } from './json-logger';
import { ProblemDetailsFilter } from './problem-details.filter';
import { requestContext, requestIdFrom } from './request-context';
import { createValidationPipe } from './validation';

export interface HttpAppOptions {
  logger: JsonLogger;
  bodyLimit?: number;
  trustProxy?: boolean | string | string[];
  openApi: {
    title: string;
    description: string;
    version: string;
    configure?: (b: DocumentBuilder) => DocumentBuilder;
  };
}

/**
 * The HTTP conventions both apps share: Fastify, helmet headers, a request id on every
 * response and log line, problem+json for every error (including Fastify's own), the strict
 * validation pipe, an access log without personal data, and OpenAPI at /docs.
 */
export async function createHttpApp(
  module: Type<unknown> | DynamicModule,
  options: HttpAppOptions,
): Promise<{ app: NestFastifyApplication; document: OpenAPIObject }> {
  const adapter = new FastifyAdapter({
    bodyLimit: options.bodyLimit ?? 64 * 1024,
    trustProxy: options.trustProxy ?? false,
    genReqId: (req: IncomingMessage) => requestIdFrom(req.headers['x-request-id']),
    logger: false,
  });
  const app = await NestFactory.create<NestFastifyApplication>(module, adapter, {
    logger: options.logger,
    bufferLogs: false,
  });
  const fastify = app.getHttpAdapter().getInstance();

  fastify.addHook('onRequest', (request, reply, done) => {
    requestContext.enterWith({ requestId: String(request.id) });
    void reply.header('x-request-id', String(request.id));
    done();
  });
  // A route may accept a larger body than the default: @RouteConfig({ bodyLimit: bytes }).
  fastify.addHook('onRoute', (route) => {
    const config: { bodyLimit?: unknown } | undefined = route.config;
    if (typeof config?.bodyLimit === 'number') route.bodyLimit = config.bodyLimit;
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    options.logger.event('log', 'request', {
      requestId: String(request.id),
      method: request.method,
      path: request.routeOptions?.url ?? request.url.split('?')[0],
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
    });
    done();
  });
  // Nest routes Fastify's own errors (bad JSON, body too large) through the global filter too.

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
      },
    },
  });
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();

  const builder = new DocumentBuilder()
    .setTitle(options.openApi.title)
    .setDescription(options.openApi.description)
    .setVersion(options.openApi.version);
  const config = (options.openApi.configure ? options.openApi.configure(builder) : builder).build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
  return { app, document };
}
