import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';

/**
 * The dashboard's sign-in and sign-out are plain HTML forms (they work with JavaScript off), so
 * /dashboard/ (and the waiting-room screens' sign-in under /display/, decision 030) accepts
 * application/x-www-form-urlencoded bodies; every other route still takes JSON
 * only (415 otherwise). Decision 022.
 */
export function acceptDashboardForms(app: NestFastifyApplication): void {
  app.useBodyParser(
    'application/x-www-form-urlencoded',
    { bodyLimit: 4096 },
    (request: FastifyRequest, body: Buffer, done: (error: Error | null, value?: unknown) => void) => {
      if (!request.url.startsWith('/dashboard/') && !request.url.startsWith('/display/'))
        return done(Object.assign(new Error('The body must be application/json'), { statusCode: 415 }));
      done(null, Object.fromEntries(new URLSearchParams(body.toString('utf8'))));
    },
  );
}
