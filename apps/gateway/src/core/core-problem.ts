import type { Logger } from '@nestjs/common';
import { DomainError } from '@app/common';
import { ERROR_HTTP_STATUS, isErrorCode, type ErrorCode, type RequestOutcome } from '@app/contracts';
import { scrubPersonalData } from '@app/domain';

/** Fields of a problem the gateway sets itself. */
const OWN_FIELDS = new Set(['type', 'title', 'status', 'detail', 'code', 'requestId']);

const FALLBACK_BY_STATUS: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
};

/** The core's 503s that the partner sees as they are: each says what became of the request. */
const PASSED_UNAVAILABLE = new Set<ErrorCode>(['DATABASE_UNAVAILABLE', 'DEADLINE_EXCEEDED', 'SHUTTING_DOWN']);

/**
 * What a 503 tells the partner: on a POST, whether it may have been applied and that a retry with
 * the same Idempotency-Key is safe (the core recognises the key and returns what was done).
 */
export function unavailableDetail(method: string, outcome: RequestOutcome): string {
  if (method !== 'POST') return 'The booking service is unavailable; retry later';
  return outcome === 'NOT_APPLIED'
    ? 'The booking service is unavailable and nothing was done; retry with the same Idempotency-Key'
    : 'The booking service did not confirm the outcome: it may or may not have been applied. Retrying with the ' +
        'same Idempotency-Key is safe and returns the result if it was';
}

/**
 * A refusal from booking-core, for the partner: the same status, code, detail and extra fields
 * (`until`, `errors`…), under the gateway's own request id (the core logged it under the same
 * id). The core refusing our service token is the gateway's fault, not the partner's: 503. The
 * core's own 503s keep their code and outcome. A core that failed (500) is 500 INTERNAL_ERROR:
 * retrying will not help, so it must not look like an outage; any other 5xx (a proxy in front of
 * the core answering 502 or 504) is the core being unreachable: 503.
 */
export function problemFromCore(status: number, text: string, logger: Logger, method = 'GET'): DomainError {
  let problem: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null) problem = parsed as Record<string, unknown>;
  } catch {
    /* not a problem document */
  }
  const code = problem.code;
  if (status === 401 || status >= 500) {
    logger.error({
      msg: 'booking-core failed the request',
      status,
      code: typeof code === 'string' ? code : null,
    });
    if (status === 503 && isErrorCode(code) && PASSED_UNAVAILABLE.has(code)) {
      const outcome: RequestOutcome =
        method === 'GET' || problem.outcome === 'NOT_APPLIED' ? 'NOT_APPLIED' : 'UNKNOWN';
      return new DomainError(code, unavailableDetail(method, outcome), { outcome });
    }
    if (status === 500)
      return new DomainError(
        'INTERNAL_ERROR',
        'The booking service failed this request; quote the requestId',
      );
    const outcome: RequestOutcome = status === 401 || method === 'GET' ? 'NOT_APPLIED' : 'UNKNOWN';
    return new DomainError('CORE_UNAVAILABLE', unavailableDetail(method, outcome), { outcome });
  }
  // Defence in depth: a detail never carries an identifier out, whatever the core put in it.
  const detail = typeof problem.detail === 'string' ? scrubPersonalData(problem.detail) : undefined;
  const extra = Object.fromEntries(Object.entries(problem).filter(([k]) => !OWN_FIELDS.has(k)));
  if (isErrorCode(code) && ERROR_HTTP_STATUS[code] === status) return new DomainError(code, detail, extra);
  logger.warn({
    msg: 'booking-core answered with an unknown code',
    status,
    code: typeof code === 'string' ? code : null,
  });
  return new DomainError(FALLBACK_BY_STATUS[status] ?? 'CONFLICT', detail, extra);
}
