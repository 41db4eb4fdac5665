import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import type { GatewayRequest } from '../auth/gateway-request';

function badBody(what: string): Error {
  // Never the parser's own message: it may quote the body.
  return Object.assign(new Error(`The body is not valid ${what}`), { statusCode: 400 });
}

/**
 * Decision 024: the FHIR façade's two body types beside the partner API's JSON —
 * `application/fhir+json` (parsed as JSON, prototype keys refused, bytes kept like JSON's) and
 * `application/x-www-form-urlencoded` for the OAuth token endpoint (a parameter sent twice is
 * refused, RFC 6749 §3.2). Any other type stays 415.
 */
export function acceptFhirBodies(app: NestFastifyApplication, bodyLimit: number): void {
  app.useBodyParser(
    'application/fhir+json',
    { bodyLimit },
    (request: FastifyRequest, body: Buffer, done: (error: Error | null, value?: unknown) => void) => {
      (request as GatewayRequest).rawBody = body;
      if (body.length === 0) return done(null, undefined);
      try {
        done(
          null,
          JSON.parse(body.toString('utf8'), (key, value: unknown) => {
            if (key === '__proto__' || key === 'constructor') throw new SyntaxError('forbidden key');
            return value;
          }),
        );
      } catch {
        done(badBody('JSON'));
      }
    },
  );
  app.useBodyParser(
    'application/x-www-form-urlencoded',
    { bodyLimit },
    (_request: FastifyRequest, body: Buffer, done: (error: Error | null, value?: unknown) => void) => {
      const form: Record<string, string> = Object.create(null) as Record<string, string>;
      for (const [name, value] of new URLSearchParams(body.toString('utf8'))) {
        if (name in form) return done(badBody(`form (${name.slice(0, 40)} twice)`));
        form[name] = value;
      }
      done(null, form);
    },
  );
}
