import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import type { GatewayRequest } from './gateway-request';

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
 * The signature covers the body's exact bytes (DESIGN §5), so the gateway keeps them: JSON is
 * the only accepted body type, parsed from the same buffer that is kept on `rawBody`. Any other
 * content type is 415 (problem+json VALIDATION_FAILED); a body over the limit is 413.
 */
export function keepRawJsonBodies(app: NestFastifyApplication, bodyLimit: number): void {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.removeContentTypeParser('text/plain');
  // Registered through Nest so that Nest does not add its own parsers at init.
  app.useBodyParser(
    'application/json',
    { bodyLimit },
    (request: FastifyRequest, body: Buffer, done: (error: Error | null, value?: unknown) => void) => {
      (request as GatewayRequest).rawBody = body;
      if (body.length === 0) return done(null, undefined);
      try {
        done(null, safeParse(body.toString('utf8')));
      } catch {
        done(badJson());
      }
    },
  );
}
