import helmet from 'helmet';
import { type DynamicModule, Logger, type Type } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from './domain-error';
import { HttpDrain } from './graceful-shutdown';
import type { AppLogger } from './logger';
import { ProblemDetailsFilter, sendProblem, toProblem } from './problem-details.filter';
import { DEADLINE_HEADER, parseDeadlineHeader, requestContext, requestIdFrom } from './request-context';
import { createValidationPipe } from './validation';

/**
 * Server timeouts (decision 015): a connection that sends no complete request head within
 * HEADERS_TIMEOUT_MS — idle from the start, or dripping headers (slowloris) — gets 408 and is
 * closed; a request body must arrive within REQUEST_TIMEOUT_MS; a keep-alive connection idle
 * for KEEP_ALIVE_TIMEOUT_MS after a response is closed. Node checks every CHECK_INTERVAL_MS, so
 * every such connection is gone within about 11 s (well inside 30 s).
 */
export const SERVER_TIMEOUTS = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 20_000,
  checkIntervalMs: 1_000,
} as const;

export interface HttpAppOptions {
  logger: AppLogger;
  bodyLimit?: number;
  trustProxy?: boolean | string | string[];
  /**
   * Honour the caller's X-Deadline-Ms (a duration) and give requests without one `defaultMs`:
   * work done for the request is bounded by it (booking-core). Unset: requests carry no deadline.
   */
  deadline?: { defaultMs: number };
  /** Routes whose access-log line is debug detail (pollers, health checks): `METHOD /route`. */
  quietRoutes?: string[];
  openApi: {
    title: string;
    description: string;
    version: string;
    configure?: (b: DocumentBuilder) => DocumentBuilder;
    /** Finishing touches on the generated document (what decorators cannot say). */
    complete?: (document: OpenAPIObject) => OpenAPIObject;
  };
}

/**
 * The HTTP conventions both apps share: Fastify, helmet headers, a request id on every
 * response and log line, problem+json for every error (including Fastify's own and Node's
 * malformed, oversized or too slow requests), the strict validation pipe, server timeouts, an
 * access log without personal data, and OpenAPI at /docs.
 */
export async function createHttpApp(
  module: Type<unknown> | DynamicModule,
  options: HttpAppOptions,
): Promise<{ app: NestFastifyApplication; document: OpenAPIObject; drain: HttpDrain }> {
  const problems = new Logger('Problem');
  const adapter = new FastifyAdapter({
    bodyLimit: options.bodyLimit ?? 64 * 1024,
    trustProxy: options.trustProxy ?? false,
    genReqId: (req: IncomingMessage) => requestIdFrom(req.headers['x-request-id']),
    logger: false,
    // While draining, requests are answered 503 SHUTTING_DOWN as problem+json by our own hook.
    return503OnClosing: false,
    requestTimeout: SERVER_TIMEOUTS.requestTimeoutMs,
    keepAliveTimeout: SERVER_TIMEOUTS.keepAliveTimeoutMs,
    http: {
      headersTimeout: SERVER_TIMEOUTS.headersTimeoutMs,
      connectionsCheckingInterval: SERVER_TIMEOUTS.checkIntervalMs,
    },
    // Fastify's routing errors (a malformed URL, 400; a path segment over 100 characters, 414).
    frameworkErrors: (error: Error, request: FastifyRequest, reply: FastifyReply) =>
      sendProblem(error, request, reply, problems),
    // Node's own refusals, before there is a request: headers over 16 KB (431), a head not
    // complete within the headers timeout (408), bytes that are not HTTP (400).
    clientErrorHandler: (error: Error & { code?: string }, socket: Duplex) => {
      if (error.code === 'ECONNRESET' || socket.destroyed) return;
      if (socket.writable) socket.write(rawProblemResponse(error));
      socket.destroy();
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(module, adapter, {
    logger: options.logger,
    bufferLogs: false,
    // A module that cannot start (an unreachable database) rejects, so main.ts can say which
    // variable to fix, instead of Nest ending the process on its own.
    abortOnError: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  const quiet = new Set(options.quietRoutes ?? []);
  const drain = new HttpDrain();
  drain.track(app.getHttpServer());

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
    const path = request.routeOptions?.url ?? request.url.split('?')[0];
    options.logger.event(quiet.has(`${request.method} ${path}`) ? 'debug' : 'log', 'request', {
      requestId: String(request.id),
      method: request.method,
      path,
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
    });
    done();
  });
  // Nest routes Fastify's own errors (bad JSON, body too large) through the global filter too.

  // helmet's middleware is built once here: @fastify/helmet builds it again for every request,
  // which was 5 % of the gateway's CPU in an expert-release burst (decision 036).
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        // Both apps listen on plain HTTP (TLS ends in front of them). helmet's default would make
        // a browser fetch /docs' scripts over https:// and show a blank page.
        upgradeInsecureRequests: null,
      },
    },
  });
  fastify.addHook('onRequest', (request, reply, done) =>
    securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined)),
  );
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.useGlobalPipes(createValidationPipe());
  // No enableShutdownHooks(): main.ts installs installGracefulShutdown, which drains HTTP first.

  const builder = new DocumentBuilder()
    .setTitle(options.openApi.title)
    .setDescription(options.openApi.description)
    .setVersion(options.openApi.version);
  const config = (options.openApi.configure ? options.openApi.configure(builder) : builder).build();
  const generated = SwaggerModule.createDocument(app, config);
  const document = options.openApi.complete ? options.openApi.complete(generated) : generated;
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
  return { app, document, drain };
}

/** A complete HTTP/1.1 response with a problem+json body, for a socket without a request. */
function rawProblemResponse(error: Error & { code?: string }): string {
  const status =
    error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const requestId = requestIdFrom(undefined);
  const { problem } = toProblem(
    Object.assign(new Error(clientErrorDetail(status)), { statusCode: status }),
    requestId,
  );
  const body = JSON.stringify(problem);
  return (
    `HTTP/1.1 ${problem.status} ${STATUS_TEXT[problem.status] ?? 'Bad Request'}\r\n` +
    `Content-Type: application/problem+json; charset=utf-8\r\n` +
    `Content-Length: ${Buffer.byteLength(body)}\r\n` +
    `X-Request-Id: ${requestId}\r\n` +
    'Connection: close\r\n\r\n' +
    body
  );
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  431: 'Request Header Fields Too Large',
};

function clientErrorDetail(status: number): string {
  if (status === 431) return 'The request headers are larger than 16 KB';
  if (status === 408) return 'The request was not received in time';
  return 'The request is not valid HTTP';
}
