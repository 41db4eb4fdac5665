import type { CoreEndpoint } from './core-harness';
import { http } from './http';

/**
 * The calendar the specs share (decision 008). booking-core's test clock is set to TEST_NOW, a
 * Tuesday morning in the hospital's zone, and the clinics are on TEST_FRIDAY, three days later;
 * templates take effect from TEMPLATES_FROM. The real date never matters: every time rule reads
 * booking-core's clock, never the machine's.
 */
export const TEST_NOW = '2026-12-01T09:00:00+08:00';
export const TEST_FRIDAY = '2026-12-04';
export const TEMPLATES_FROM = '2026-11-01';

type Token = Parameters<CoreEndpoint['auth']>[0];

/** booking-core's intranet API as one of its clients (a token name of the test harness). */
export function coreAs(core: CoreEndpoint) {
  return {
    get: (token: Token, path: string) => http(core.url, 'GET', path, { auth: core.auth(token) }),
    post: (token: Token, path: string, body: object = {}, operator?: string) =>
      http(core.url, 'POST', path, {
        auth: core.auth(token),
        body,
        headers: operator ? { 'x-operator-id': operator } : {},
      }),
    put: (token: Token, path: string, body: object = {}) =>
      http(core.url, 'PUT', path, { auth: core.auth(token), body }),
  };
}
