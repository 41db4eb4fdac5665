import type { Logger } from '@nestjs/common';
import { DomainError } from '@app/common';
import { ERROR_HTTP_STATUS, isErrorCode, type ErrorCode } from '@app/contracts';
import { scrubPersonalData } from '@app/domain';

/** Fields of a problem the gateway sets itself. */
const OWN_FIELDS = new Set(['type', 'title', 'status', 'detail', 'code', 'requestId']);

const FALLBACK_BY_STATUS: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
};

/**
 * A refusal from booking-core, for the partner: the same status, code, detail and extra fields
 * (`until`, `errors`…), under the gateway's own request id (the core logged it under the same
 * id). A core that failed (500) is 500 INTERNAL_ERROR: retrying will not help, so it must not
 * look like an outage. What is the gateway's fault — the core refusing our service token — and
 * the core or its database being down are 503.
 */
export function problemFromCore(status: number, text: string, logger: Logger): DomainError {
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
    if (code === 'DB_UNAVAILABLE') return new DomainError('DB_UNAVAILABLE');
    if (status === 500)
      return new DomainError(
        'INTERNAL_ERROR',
        'The booking service failed this request; quote the requestId',
      );
    return new DomainError('CORE_UNAVAILABLE');
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
