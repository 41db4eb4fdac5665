import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import { PROBLEM_CONTENT_TYPE } from '@app/contracts';
import type { GatewayRequest } from '../auth/gateway-request';
import { FHIR_JSON, operationOutcome } from './operation-outcome';

/** Each of these types is accepted only where the façade uses it: elsewhere 415, as before. */
function unsupported(): Error {
  return Object.assign(new Error('Unsupported Media Type'), { statusCode: 415 });
}

/** The token endpoint (RFC 6749) and Appointment search by POST (FHIR: identity stays out of URLs). */
const FORM_ROUTES = ['/fhir/r4/auth/token', '/fhir/r4/Appointment/_search'];

const urlOf = (request: FastifyRequest): string => request.raw.url ?? request.url;

function badBody(what: string): Error {
  // Never the parser's own message: it may quote the body.
  return Object.assign(new Error(`The body is not valid ${what}`), { statusCode: 400 });
}

/**
 * Decision 024: the FHIR façade's two body types beside the partner API's JSON —
 * `application/fhir+json` (parsed as JSON, prototype keys refused, bytes kept like JSON's) and
 * `application/x-www-form-urlencoded` for the OAuth token endpoint (a parameter sent twice is
 * refused, RFC 6749 §3.2), each only on those routes. Any other type stays 415.
 */
export function acceptFhirBodies(app: NestFastifyApplication, bodyLimit: number): void {
  app.useBodyParser(
    'application/fhir+json',
    { bodyLimit },
    (request: FastifyRequest, body: Buffer, done: (error: Error | null, value?: unknown) => void) => {
      if (!urlOf(request).startsWith('/fhir/r4/')) return done(unsupported());
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
    (request: FastifyRequest, body: Buffer, done: (error: Error | null, value?: unknown) => void) => {
      if (!FORM_ROUTES.includes(urlOf(request).split('?')[0])) return done(unsupported());
      const form: Record<string, string> = Object.create(null) as Record<string, string>;
      for (const [name, value] of new URLSearchParams(body.toString('utf8'))) {
        if (name in form) return done(badBody(`form (${name.slice(0, 40)} twice)`));
        form[name] = value;
      }
      done(null, form);
    },
  );
}

/**
 * What Fastify or Nest refuse before a FHIR controller runs — bad JSON, 413, 415, an unknown
 * path under /fhir/r4 — is answered as problem+json by the app's own handlers; under /fhir/ it is
 * turned into the façade's form here: OAuth JSON at the token endpoint, OperationOutcome
 * elsewhere (decision 024). Status and code are unchanged.
 */
export function fhirErrorForms(app: NestFastifyApplication): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', (request, reply, payload, done) => {
      const url = request.raw.url ?? request.url;
      const type = reply.getHeader('content-type');
      if (!url.startsWith('/fhir/') || typeof type !== 'string' || !type.startsWith(PROBLEM_CONTENT_TYPE))
        return done(null, payload);
      let problem: { status?: unknown; code?: unknown; detail?: unknown; requestId?: unknown };
      try {
        problem = JSON.parse(typeof payload === 'string' ? payload : String(payload)) as typeof problem;
      } catch {
        return done(null, payload);
      }
      const status = typeof problem.status === 'number' ? problem.status : reply.statusCode;
      const code = typeof problem.code === 'string' ? problem.code : 'INTERNAL_ERROR';
      const detail = typeof problem.detail === 'string' ? problem.detail : code;
      if (url.startsWith('/fhir/r4/auth/')) {
        void reply.header('content-type', 'application/json');
        return done(
          null,
          JSON.stringify({
            error: status >= 500 ? 'server_error' : 'invalid_request',
            error_description: detail,
          }),
        );
      }
      void reply.header('content-type', FHIR_JSON);
      done(
        null,
        JSON.stringify(
          operationOutcome(
            status,
            code,
            detail,
            typeof problem.requestId === 'string' ? problem.requestId : undefined,
          ),
        ),
      );
    });
}
