import { problemsDecorator } from '@app/common';
import { ERROR_HTTP_STATUS, ERROR_CODES } from '@app/contracts';

/** The database being down: the 503 codes that are booking-core's own. */
export const DATABASE_DOWN = ERROR_CODES.filter(
  (c) =>
    ERROR_HTTP_STATUS[c] === 503 &&
    c !== 'CORE_UNAVAILABLE' &&
    c !== 'STORE_UNAVAILABLE' &&
    // Only the waiting-room screens' event streams (not in the API document) answer it.
    c !== 'DISPLAY_STREAMS_FULL',
).join(', ');

/**
 * Documents a route's problem+json answers by status. Authentication (401), roles (403) and the
 * database (503) are added to every operation when the document is completed (core-openapi.ts).
 */
export const ApiProblems = problemsDecorator({});
