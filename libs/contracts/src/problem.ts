import type { ErrorCode } from './error-codes';

/** RFC 9457 problem details, with our stable `code` and the request id. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  requestId: string;
  /** VALIDATION_FAILED: the offending fields. */
  errors?: { field: string; messages: string[] }[];
  /** PATIENT_BLACKLISTED: when the ban ends (ISO 8601). */
  until?: string;
  /**
   * 503 only — what became of the request: NOT_APPLIED (nothing changed: refused before it started,
   * or rolled back) or UNKNOWN (it may have been applied; retrying with the same Idempotency-Key is
   * safe and returns the result if it was).
   */
  outcome?: RequestOutcome;
}

export type RequestOutcome = 'NOT_APPLIED' | 'UNKNOWN';

export const PROBLEM_TYPE_BASE = 'https://errors.outpatient.example/';
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
