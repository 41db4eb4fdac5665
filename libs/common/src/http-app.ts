import helmet from '@fastify/helmet';
import { type DynamicModule, type Type } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { Logger } from '@nestjs/common';
import { DomainError } from './domain-error';
import { HttpDrain } from './graceful-shutdown';
import type { JsonLogger } from './json-logger';
import { ProblemDetailsFilter, sendProblem } from './problem-details.filter';
import { DEADLINE_HEADER, parseDeadlineHeader, requestContext, requestIdFrom } from './request-context';
import { createValidationPipe } from './validation';

export interface HttpAppOptions {
  logger: JsonLogger;
  bodyLimit?: number;
  trustProxy?: boolean | string | string[];
  /**
   * Honour the caller's X-Deadline-Ms (a duration) and give requests without one `defaultMs`:
   * work done for the request is bounded by it (booking-core). Unset: requests carry no deadline.
   */
  deadline?: { defaultMs: number };
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
): Promise<{ app: NestFastifyApplication; document: OpenAPIObject; drain: HttpDrain }> {
  const adapter = new FastifyAdapter({
    bodyLimit: options.bodyLimit ?? 64 * 1024,
    trustProxy: options.trustProxy ?? false,
    genReqId: (req: IncomingMessage) => requestIdFrom(req.headers['x-request-id']),
    logger: false,
    // While draining, requests are answered 503 SHUTTING_DOWN as problem+json by our own hook.
    return503OnClosing: false,
  });
  const app = await NestFactory.create<NestFastifyApplication>(module, adapter, {
    logger: options.logger,
    bufferLogs: false,
    abortOnError: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  const drain = new HttpDrain();
  drain.track(app.getHttpServer());
  const problems = new Logger('Problem');

  // Counted once each: onRequestAbort and onResponse may both fire for an aborted request.
  const counted = new WeakSet<object>();
  const finished = (request: object) => {
    if (counted.delete(request)) drain.finished();
  };
  fastify.addHook('onRequest', (request, reply, done) => {
    counted.add(request);
    drain.started();
    let deadlineMs: number | null = null;
    let refusal: DomainError | undefined;
    if (options.deadline) {
      try {
        deadlineMs = parseDeadlineHeader(request.headers[DEADLINE_HEADER]) ?? options.deadline.defaultMs;
      } catch (error) {
        refusal = new DomainError('VALIDATION_FAILED', (error as Error).message);
      }
    }
    requestContext.enterWith({
      requestId: String(request.id),
      ...(deadlineMs !== null ? { deadlineAt: performance.now() + deadlineMs } : {}),
    });
    void reply.header('x-request-id', String(request.id));
    if (drain.draining) {
      void reply.header('connection', 'close');
      refusal = new DomainError(
        'SHUTTING_DOWN',
        'This instance is stopping; retry (another instance will answer)',
        {
          outcome: 'NOT_APPLIED',
        },
      );
    }
    if (refusal) return sendProblem(refusal, request, reply, problems);
    done();
  });
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    // A response finished while draining closes its connection: the client reconnects elsewhere.
    if (drain.draining) void reply.header('connection', 'close');
    done(null, payload);
  });
  fastify.addHook('onRequestAbort', (request, done) => {
    finished(request);
    done();
  });
  // A route may accept a larger body than the default: @RouteConfig({ bodyLimit: bytes }).
  fastify.addHook('onRoute', (route) => {
    const config: { bodyLimit?: unknown } | undefined = route.config;
    if (typeof config?.bodyLimit === 'number') route.bodyLimit = config.bodyLimit;
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    finished(request);
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
  // No enableShutdownHooks(): main.ts installs installGracefulShutdown, which drains HTTP first.

  const builder = new DocumentBuilder()
    .setTitle(options.openApi.title)
    .setDescription(options.openApi.description)
    .setVersion(options.openApi.version);
  const config = (options.openApi.configure ? options.openApi.configure(builder) : builder).build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
  return { app, document, drain };
}
