import type { FastifyRequest } from 'fastify';
import type { Partner } from '../partners/partner';

/** A request as the gateway sees it: the exact body bytes (for the signature) and, once
 * verified, the partner it comes from. */
export type GatewayRequest = FastifyRequest & {
  rawBody?: Buffer;
  partner?: Partner;
};

export function partnerOf(request: GatewayRequest): Partner {
  if (!request.partner) throw new Error('No verified partner on this request (a route without the guard?)');
  return request.partner;
}
