/**
 * Stable error codes. Stored procedures raise them as the exception message; booking-core maps
 * them to HTTP once (problem+json); the gateway passes them through to partners unchanged.
 * A code, once published, never changes meaning.
 */
export const ERROR_HTTP_STATUS = {
  // 400 — the request itself is wrong
  VALIDATION_FAILED: 400,
  INVALID_DOCUMENT: 400,
  INVALID_MOBILE: 400,
  INVALID_NAME: 400,
  INVALID_SETTING: 400,
  IDEMPOTENCY_KEY_MISSING: 400,
  /** R18: a symptom code that is unknown, or does not apply to this patient (sex, age). */
  TRIAGE_UNKNOWN_SYMPTOM: 400,
  /** R18: an assessment must answer every red-flag question of its symptoms (`missing`). */
  TRIAGE_RED_FLAGS_UNANSWERED: 400,
  /** R18: a knowledge base that fails validation (`problems`). */
  TRIAGE_KB_INVALID: 400,
  /** R17: a report's period (from, to) is missing, malformed, reversed or too long. */
  REPORT_BAD_PERIOD: 400,
  /** R17: groupBy names a grouping the report does not have. */
  REPORT_BAD_GROUP_BY: 400,
  /** R17: a filter (department, doctor, channel, format) is malformed. */
  REPORT_BAD_FILTER: 400,
  // 401 / 403 — who is calling
  UNAUTHENTICATED: 401,
  UNKNOWN_PARTNER: 401,
  SIGNATURE_INVALID: 401,
  TIMESTAMP_SKEW: 401,
  NONCE_REPLAYED: 401,
  FORBIDDEN: 403,
  CHANNEL_NOT_ALLOWED: 403,
  IP_NOT_ALLOWED: 403,
  PATIENT_BLACKLISTED: 403,
  // 404 — not found, or not yours
  NOT_FOUND: 404,
  DEPARTMENT_NOT_FOUND: 404,
  DOCTOR_NOT_FOUND: 404,
  ROOM_NOT_FOUND: 404,
  TEMPLATE_NOT_FOUND: 404,
  SESSION_NOT_FOUND: 404,
  SLOT_NOT_FOUND: 404,
  APPOINTMENT_NOT_FOUND: 404,
  SETTING_NOT_FOUND: 404,
  BLACKLIST_ENTRY_NOT_FOUND: 404,
  NOTIFICATION_NOT_FOUND: 404,
  TRIAGE_BODY_PART_NOT_FOUND: 404,
  TRIAGE_ASSESSMENT_NOT_FOUND: 404,
  /** R5: no such hold (a partner sees only the holds it made). */
  HOLD_NOT_FOUND: 404,
  /** R17: no report of that name. */
  REPORT_NOT_FOUND: 404,
  /** R5: no such waitlist entry (a partner sees only the entries it made). */
  WAITLIST_ENTRY_NOT_FOUND: 404,
  /** R19: no such order for this patient (a partner cannot invent one, nor learn whose one is). */
  EXAM_ORDER_NOT_FOUND: 404,
  /** R19: no such exam type, or not active. */
  EXAM_TYPE_NOT_FOUND: 404,
  /** R19: no such examination resource, or not active. */
  EXAM_RESOURCE_NOT_FOUND: 404,
  // 409 — conflicts with the current state, and limits
  CONFLICT: 409,
  IDENTITY_MISMATCH: 409,
  SLOT_UNAVAILABLE: 409,
  SESSION_FULL: 409,
  SESSION_NOT_OPEN: 409,
  SESSION_SUSPENDED: 409,
  DUPLICATE_BOOKING: 409,
  BOOKING_LIMIT_EXCEEDED: 409,
  CANCEL_NOT_ALLOWED: 409,
  TEMPLATE_OVERLAP: 409,
  TEMPLATE_KEY_CHANGED: 409,
  ROOM_CONFLICT: 409,
  APPOINTMENT_NOT_ACTIVE: 409,
  CHECKIN_NOT_TODAY: 409,
  CHECKIN_TOO_EARLY: 409,
  QUEUE_EMPTY: 409,
  CHECKIN_TOO_LATE: 409,
  CHECKIN_IDENTITY_MISMATCH: 409,
  NOT_CHECKED_IN: 409,
  NOT_CALLED: 409,
  VISIT_NUMBER_MISMATCH: 409,
  SUBSTITUTE_LEVEL_MISMATCH: 409,
  SUBSTITUTE_UNAVAILABLE: 409,
  IDEMPOTENCY_IN_PROGRESS: 409,
  /** R18: that knowledge-base version was published with other content. */
  TRIAGE_KB_VERSION_EXISTS: 409,
  /** R5: the hold's time has passed (by booking-core's clock); its number is back in the pool. */
  HOLD_EXPIRED: 409,
  /** R5: the hold was released (it cannot be confirmed) or confirmed (it cannot be released). */
  HOLD_NOT_ACTIVE: 409,
  /** R5: the session still has a number free for this channel: book it instead of waiting. */
  WAITLIST_NOT_FULL: 409,
  /** R5: the patient already waits for (or holds an offer of) this session. */
  WAITLIST_DUPLICATE: 409,
  /** R5: the entry has ended (booked, declined, expired, closed): it can no longer be left. */
  WAITLIST_ENTRY_NOT_ACTIVE: 409,
  /** R5: the entry holds no live offer to accept or decline (still waiting, or the offer ended). */
  WAITLIST_NO_OFFER: 409,
  /** R19: an examination's numbers are booked only against an order (POST /v1/examinations). */
  EXAM_ORDER_REQUIRED: 409,
  /** R19: that order number exists for another patient or exam type. */
  EXAM_ORDER_EXISTS: 409,
  /** R19: the order is completed or cancelled. */
  EXAM_ORDER_NOT_OPEN: 409,
  /** R19: the order already has a live booking (one per order). */
  EXAM_ORDER_ALREADY_BOOKED: 409,
  /** R19: the number's resource does not perform the order's exam type. */
  EXAM_TYPE_NOT_PERFORMED: 409,
  /** R19: the time breaks a rule between this patient's examinations (detail: the rule's code). */
  EXAM_RULE_CONFLICT: 409,
  // 408 / 413 / 414 / 415 / 422 / 429 / 431
  REQUEST_TIMEOUT: 408,
  PAYLOAD_TOO_LARGE: 413,
  URI_TOO_LONG: 414,
  UNSUPPORTED_MEDIA_TYPE: 415,
  HEADERS_TOO_LARGE: 431,
  IDEMPOTENCY_KEY_REUSED: 422,
  RATE_LIMITED: 429,
  // 5xx — something on our side
  INTERNAL_ERROR: 500,
  CORE_UNAVAILABLE: 503,
  /** The database refused, dropped or lost the connection; a call in flight may or may not have committed. */
  DATABASE_UNAVAILABLE: 503,
  /** The work could not finish within the caller's deadline and was rolled back: nothing changed. */
  DEADLINE_EXCEEDED: 503,
  /** The process is stopping (SIGTERM): the request was not started; another instance will take it. */
  SHUTTING_DOWN: 503,
  /** R12: a worker already streams to as many waiting-room screens as it may (decision 030). */
  DISPLAY_STREAMS_FULL: 503,
  /** R18: no triage knowledge base has been published yet. */
  TRIAGE_UNAVAILABLE: 503,
  /** The gateway's shared store (Redis) for nonces, idempotency and rates is unreachable. */
  STORE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_HTTP_STATUS;

export const ERROR_CODES = Object.keys(ERROR_HTTP_STATUS) as ErrorCode[];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_HTTP_STATUS, value);
}

/** Short English titles for problem+json `title`; `detail` carries the specifics. */
export const ERROR_TITLES: Partial<Record<ErrorCode, string>> = {
  VALIDATION_FAILED: 'The request is not valid',
  INVALID_DOCUMENT: 'The identity document number is not valid',
  INVALID_MOBILE: 'The mobile number is not valid',
  IDENTITY_MISMATCH: 'The name does not match the record for this document',
  SLOT_UNAVAILABLE: 'This number cannot be booked',
  SESSION_FULL: 'No number is left in this session',
  SESSION_NOT_OPEN: 'This session is not open for booking',
  SESSION_SUSPENDED: 'This session is suspended',
  DUPLICATE_BOOKING: 'The patient already holds an appointment in this session',
  BOOKING_LIMIT_EXCEEDED: 'The patient has reached a booking limit',
  PATIENT_BLACKLISTED: 'The patient may not book until the ban ends',
  CANCEL_NOT_ALLOWED: 'This appointment can no longer be cancelled',
  UNAUTHENTICATED: 'Authentication is required',
  FORBIDDEN: 'This caller may not do that',
  CHANNEL_NOT_ALLOWED: 'This caller may not book for that channel',
  UNKNOWN_PARTNER: 'Unknown partner (X-App-Id)',
  SIGNATURE_INVALID: 'The request signature is missing or wrong',
  TIMESTAMP_SKEW: 'X-Timestamp is too far from the gateway clock',
  NONCE_REPLAYED: 'This nonce was already used',
  IP_NOT_ALLOWED: "The caller's address is not in the partner's allowlist",
  RATE_LIMITED: 'Too many requests',
  IDEMPOTENCY_KEY_MISSING: 'Idempotency-Key is required on POST',
  IDEMPOTENCY_KEY_REUSED: 'This Idempotency-Key was used for another request',
  IDEMPOTENCY_IN_PROGRESS: 'A request with this Idempotency-Key is still in progress',
  REQUEST_TIMEOUT: 'The request did not arrive in time',
  PAYLOAD_TOO_LARGE: 'The request body is too large',
  URI_TOO_LONG: 'The request URL is too long',
  UNSUPPORTED_MEDIA_TYPE: 'The body must be application/json',
  HEADERS_TOO_LARGE: 'The request headers are too large',
  CORE_UNAVAILABLE: 'The booking service is unavailable',
  STORE_UNAVAILABLE: "The gateway's shared store is unavailable",
  DATABASE_UNAVAILABLE: 'The database is unavailable',
  DEADLINE_EXCEEDED: 'The work did not fit in the deadline and was rolled back',
  SHUTTING_DOWN: 'This instance is shutting down',
  INTERNAL_ERROR: 'Internal error',
  TRIAGE_UNKNOWN_SYMPTOM: 'Unknown symptom, or one that does not apply to this patient',
  TRIAGE_RED_FLAGS_UNANSWERED: 'Every red-flag question must be answered',
  TRIAGE_KB_INVALID: 'The triage knowledge base is not valid',
  TRIAGE_BODY_PART_NOT_FOUND: 'No such body part for this patient',
  TRIAGE_ASSESSMENT_NOT_FOUND: 'No such triage assessment',
  TRIAGE_KB_VERSION_EXISTS: 'This knowledge-base version was already published with other content',
  REPORT_BAD_PERIOD: 'from and to must be dates YYYY-MM-DD, from ≤ to, at most 6 years apart',
  REPORT_BAD_GROUP_BY: 'This report cannot be grouped that way',
  REPORT_BAD_FILTER: 'A report filter is not valid',
  REPORT_NOT_FOUND: 'No such report',
  TRIAGE_UNAVAILABLE: 'Self-triage is not available yet (no knowledge base published)',
  HOLD_NOT_FOUND: 'No such hold',
  HOLD_EXPIRED: 'The hold has expired; its number is back in the pool',
  HOLD_NOT_ACTIVE: 'The hold has already been released or confirmed',
  WAITLIST_ENTRY_NOT_FOUND: 'No such waitlist entry',
  WAITLIST_NOT_FULL: 'This session still has a free number: book it',
  WAITLIST_DUPLICATE: 'The patient is already on the waitlist of this session',
  WAITLIST_ENTRY_NOT_ACTIVE: 'This waitlist entry has ended',
  WAITLIST_NO_OFFER: 'This waitlist entry holds no live offer',
};
