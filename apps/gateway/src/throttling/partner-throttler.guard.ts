import { type ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail, type ThrottlerOptions } from '@nestjs/throttler';
import { DomainError } from '@app/common';
import { partnerOf, type GatewayRequest } from '../auth/gateway-request';

const requestOf = (context: ExecutionContext): GatewayRequest =>
  context.switchToHttp().getRequest<GatewayRequest>();

/**
 * DESIGN §5: each partner gets its own rate (ratePerMinute in the partners file), counted over
 * every endpoint together and over every gateway instance when the store is Redis. Runs after
 * PartnerAuthGuard, so the tracker is a verified app id, never something a caller claims.
 */
export const PARTNER_THROTTLER: ThrottlerOptions = {
  name: 'default', // the unnamed throttler gets plain Retry-After / X-RateLimit-* headers
  ttl: 60_000,
  limit: (context) => partnerOf(requestOf(context)).ratePerMinute,
  skipIf: (context) => !requestOf(context).partner,
  getTracker: (request) => partnerOf(request as GatewayRequest).appId,
  generateKey: (_context, tracker) => `partner:${tracker}`,
};

@Injectable()
export class PartnerThrottlerGuard extends ThrottlerGuard {
  protected override throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    throw new DomainError('RATE_LIMITED', `More than ${detail.limit} requests a minute for this partner`, {
      retryAfter: detail.timeToBlockExpire,
    });
  }
}
