import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** Per-request context: the request id and who is calling (for log lines), and its deadline. */
export interface RequestContext {
  requestId: string;
  caller?: string;
  /**
   * When the caller stops waiting, on this process's monotonic clock (`performance.now()`). Set
   * from a duration the caller sent (X-Deadline-Ms), never from an instant of another clock.
   */
  deadlineAt?: number;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();

export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,100}$/;

/** Accept a caller's X-Request-Id when it is sane; otherwise make one. */
export function requestIdFrom(header: unknown): string {
  return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
}

/** The header a caller uses to say how long it will wait, in milliseconds (a duration). */
export const DEADLINE_HEADER = 'x-deadline-ms';
export const MAX_DEADLINE_MS = 120_000;

/** Milliseconds left before the current request's caller gives up; undefined outside a request. */
export function remainingMs(): number | undefined {
  const at = requestContext.getStore()?.deadlineAt;
  return at === undefined ? undefined : at - performance.now();
}

/** X-Deadline-Ms → a duration, or null when absent; throws on a malformed value. */
export function parseDeadlineHeader(header: unknown): number | null {
  if (header === undefined) return null;
  if (
    typeof header !== 'string' ||
    !/^\d{1,6}$/.test(header) ||
    Number(header) < 1 ||
    Number(header) > MAX_DEADLINE_MS
  )
    throw new RangeError(`X-Deadline-Ms must be a whole number of milliseconds from 1 to ${MAX_DEADLINE_MS}`);
  return Number(header);
}
