import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** Per-request context for log lines: the request id, and who is calling. */
export interface RequestContext {
  requestId: string;
  caller?: string;
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
