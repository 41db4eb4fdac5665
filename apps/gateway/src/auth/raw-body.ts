import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { acceptJsonBodies } from '@app/common';
import type { GatewayRequest } from './gateway-request';

/**
 * The signature covers the body's exact bytes (DESIGN §5), so the gateway keeps them: JSON is
 * the only accepted body type, parsed from the same buffer that is kept on `rawBody`. Any other
 * content type is 415 (problem+json UNSUPPORTED_MEDIA_TYPE); a body over the limit is 413.
 */
export function keepRawJsonBodies(app: NestFastifyApplication, bodyLimit: number): void {
  acceptJsonBodies(app, bodyLimit, (request, body) => {
    (request as GatewayRequest).rawBody = body;
  });
}
