import { type CanActivate, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import { DomainError } from '@app/common';
import { IDEMPOTENCY_HEADER } from '@app/partner-client';
import { partnerOf, type GatewayRequest } from '../auth/gateway-request';
import { IDEMPOTENCY_KEY_PATTERN, IdempotencyService } from '../idempotency/idempotency.service';
import { SoldOutMemo } from './sold-out-memo';

const REFUSED_WHEN_SOLD_OUT = 'refusedWhenSoldOut';

/** A booking route whose refusal for a session booking-core just called full is answered early. */
export const RefusedWhenSoldOut = () => SetMetadata(REFUSED_WHEN_SOLD_OUT, true);

/** The answer of the memo, wherever it is given (here and in AppointmentsService). */
export function soldOutRefusal(): DomainError {
  return new DomainError('SESSION_FULL', 'No number is left in this session');
}

/**
 * Decision 036: at an expert's release nearly every request asks for a session booking-core has
 * just called full (decision 026). Those are answered here — after the signature and the partner's
 * rate, which every request pays — before the idempotency claim, the validation of the body and
 * the handler, work that only a booking needs.
 *
 * Falls through to the full path (which answers exactly as before) whenever the short answer could
 * differ from it: a booking of a given number (`slotId`), a `sessionId` that is not a positive
 * integer, a missing or malformed Idempotency-Key, and a key the gateway already knows — its stored
 * answer is replayed, a retry in doubt reaches booking-core, another request under it is refused.
 * A refusal given here is not kept under its key: booking-core did not answer this request, so a
 * retry under the same key asks again.
 *
 * Decision 038: a booking for a session not (yet) known to be full first takes its place among the
 * SESSION_BOOKINGS_IN_FLIGHT of that session on their way to booking-core, waiting for one to be
 * answered if they are all taken; when that answer was SESSION_FULL, the memo answers the waiting.
 */
@Injectable()
export class SoldOutGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly memo: SoldOutMemo,
    private readonly idempotency: IdempotencyService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (!this.reflector.get<boolean | undefined>(REFUSED_WHEN_SOLD_OUT, context.getHandler())) return true;
    const http = context.switchToHttp();
    const request = http.getRequest<GatewayRequest>();
    const body = request.body as { sessionId?: unknown; slotId?: unknown } | null | undefined;
    const sessionId = body?.sessionId;
    if (
      typeof sessionId !== 'number' ||
      !Number.isSafeInteger(sessionId) ||
      sessionId <= 0 ||
      body?.slotId !== undefined
    )
      return true;
    const key = request.headers[IDEMPOTENCY_HEADER];
    if (typeof key !== 'string' || !IDEMPOTENCY_KEY_PATTERN.test(key)) return true;
    if (!this.memo.isSoldOut(sessionId)) {
      // Decision 038: behind the bookings of this session already on their way, if there are many.
      const place = await this.memo.turn(sessionId);
      if (place && !this.memo.isSoldOut(sessionId)) {
        // Given back once this request is answered, however it ends.
        http.getResponse<FastifyReply>().raw.once('close', place);
        return true;
      }
      place?.();
    }
    if (await this.idempotency.known(partnerOf(request).appId, key)) return true;
    throw soldOutRefusal();
  }
}
