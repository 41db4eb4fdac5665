import { ApiHeader } from '@nestjs/swagger';
import { problemsDecorator } from '@app/common';

/** Documents the problem+json responses of a route; `codes` lists the route's own by status. */
export const ApiProblems = problemsDecorator({
  401: 'UNKNOWN_PARTNER, SIGNATURE_INVALID, TIMESTAMP_SKEW, NONCE_REPLAYED',
  403: 'IP_NOT_ALLOWED',
  429: 'RATE_LIMITED (see the Retry-After header)',
  500: 'INTERNAL_ERROR: a fault on our side; quote the requestId',
  503:
    'CORE_UNAVAILABLE, DATABASE_UNAVAILABLE, DEADLINE_EXCEEDED, SHUTTING_DOWN, STORE_UNAVAILABLE: retry later. ' +
    'On a POST, `outcome` says NOT_APPLIED (nothing was done) or UNKNOWN (it may have been applied): retrying ' +
    'with the same Idempotency-Key is safe either way and returns the result if it was applied',
});

/** DESIGN §5: every POST carries an Idempotency-Key. */
export function ApiIdempotencyKey(): MethodDecorator {
  return ApiHeader({
    name: 'Idempotency-Key',
    required: true,
    description:
      'Scope: this partner. Same key and same request within 24 h: the first answer again ' +
      '(header Idempotent-Replayed: true). Same key, other request: 422. While the first is running: 409.',
    schema: { type: 'string', maxLength: 255, example: '9b2f6c1e-3d4a-4f7b-8e5c-0a1b2c3d4e5f' },
  });
}
