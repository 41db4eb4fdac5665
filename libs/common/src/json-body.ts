import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';

/** JSON.parse, refusing keys that could reach an object's prototype. */
function safeParse(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => {
    if (key === '__proto__' || key === 'constructor') throw new SyntaxError(`forbidden key "${key}"`);
    return value;
  });
}

function badJson(): Error {
  // Not the parser's own message: it quotes the body, which may hold a document number.
  return Object.assign(new Error('The body is not valid JSON'), { statusCode: 400 });
}

/**
 * JSON is the only body either app accepts: any other content type is 415 problem+json. An empty
 * body with the JSON content type is no body (a POST that needs none, sent by a client that sets
 * the header anyway). `keep` sees the exact bytes (the gateway signs over them).
 */
export function acceptJsonBodies(
  app: NestFastifyApplication,
  bodyLimit: number,
  keep?: (request: FastifyRequest, body: Buffer) => void,
): void {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.removeContentTypeParser('text/plain');
  // Registered through Nest so that Nest does not add its own parsers at init.
  app.useBodyParser(
    'application/json',
    { bodyLimit },
    (request: FastifyRequest, body: Buffer, done: (error: Error | null, value?: unknown) => void) => {
      keep?.(request, body);
      if (body.length === 0) return done(null, undefined);
      try {
        done(null, safeParse(body.toString('utf8')));
      } catch {
        done(badJson());
      }
    },
  );
}
