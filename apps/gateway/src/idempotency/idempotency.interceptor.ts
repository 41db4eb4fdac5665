import {
  type CallHandler,
  type ExecutionContext,
  HttpStatus,
  Injectable,
  Logger,
  type NestInterceptor,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { catchError, from, mergeMap, type Observable, throwError } from 'rxjs';
import { toProblem } from '@app/common';
import { PROBLEM_CONTENT_TYPE } from '@app/contracts';
import { IDEMPOTENCY_HEADER } from '@app/partner-client';
import type { GatewayRequest } from '../auth/gateway-request';
import { type IdempotencyClaim, IdempotencyService } from './idempotency.service';
import { ReplayedResponse } from './replayed-response';

/**
 * Every partner POST is idempotent (DESIGN §5). What is kept for the key decides what a retry
 * gets: a success or a business refusal (SESSION_FULL, DUPLICATE_BOOKING…) is the answer and
 * is replayed for 24 h; when nothing was decided — the core was down or slow (5xx), a rate
 * was exceeded (429), the request was malformed — the key is released, so the partner can
 * retry the same request under the same key.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Idempotency');

  constructor(
    private readonly idempotency: IdempotencyService,
    private readonly reflector: Reflector,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<GatewayRequest>();
    const url = request.raw.url ?? request.url;
    // The FHIR façade (decision 024) sends its key (or Appointment.identifier) to booking-core as
    // the booking's request key instead, and answers in FHIR, not with a stored partner response.
    if (request.method !== 'POST' || !request.partner || url.startsWith('/fhir/')) return next.handle();
    const key = request.headers[IDEMPOTENCY_HEADER];
    const start = await this.idempotency.begin(
      request.partner.appId,
      typeof key === 'string' ? key : undefined,
      IdempotencyService.fingerprint(request.method, url, request.rawBody),
    );
    if (start.kind === 'replay') throw new ReplayedResponse(start.response);
    const { claim } = start;
    const status =
      this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ?? HttpStatus.CREATED;
    return next.handle().pipe(
      mergeMap(async (body: unknown) => {
        await this.keep(claim, { status, contentType: 'application/json', body });
        return body;
      }),
      catchError((error: unknown) =>
        from(this.settleFailure(claim, error, String(request.id))).pipe(
          mergeMap(() => throwError(() => error)),
        ),
      ),
    );
  }

  private async settleFailure(claim: IdempotencyClaim, error: unknown, requestId: string): Promise<void> {
    const { problem } = toProblem(error, requestId);
    const undecided = problem.status >= 500 || problem.status === 429 || problem.code === 'VALIDATION_FAILED';
    try {
      if (undecided)
        await this.idempotency.release(claim, problem.status >= 500 && problem.outcome !== 'NOT_APPLIED');
      else
        await this.idempotency.complete(claim, {
          status: problem.status,
          contentType: PROBLEM_CONTENT_TYPE,
          body: problem,
        });
    } catch (storeError) {
      this.logger.error(`could not settle an idempotency key: ${String(storeError)}`);
    }
  }

  /** The work is done whatever happens here; failing to remember it must not turn it into an error. */
  private async keep(
    claim: IdempotencyClaim,
    response: Parameters<IdempotencyService['complete']>[1],
  ): Promise<void> {
    try {
      await this.idempotency.complete(claim, response);
    } catch (error) {
      this.logger.error(`could not store an idempotent response: ${String(error)}`);
    }
  }
}
