import { ERROR_HTTP_STATUS, type ErrorCode } from '@app/contracts';

/**
 * An expected failure with a stable code (STYLE 5). Thrown by services and by the procedure
 * caller; turned into problem+json by ProblemDetailsFilter. Codes survive process boundaries,
 * so callers compare `code`, never classes.
 */
export class DomainError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'DomainError';
    this.status = ERROR_HTTP_STATUS[code];
  }
}
