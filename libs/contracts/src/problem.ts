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
}

export const PROBLEM_TYPE_BASE = 'https://errors.outpatient.example/';
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
