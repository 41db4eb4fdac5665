import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiHeader, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '@app/contracts';
import { FieldErrorResponse, ProblemResponse } from './problem.dto';

/** What any signed route can answer, whatever it does. */
const COMMON: Record<number, string> = {
  401: 'UNKNOWN_PARTNER, SIGNATURE_INVALID, TIMESTAMP_SKEW, NONCE_REPLAYED',
  403: 'IP_NOT_ALLOWED',
  429: 'RATE_LIMITED (see the Retry-After header)',
  503:
    'CORE_UNAVAILABLE, DATABASE_UNAVAILABLE, DEADLINE_EXCEEDED, SHUTTING_DOWN, STORE_UNAVAILABLE: retry later. ' +
    'On a POST, `outcome` says NOT_APPLIED (nothing was done) or UNKNOWN (it may have been applied): retrying ' +
    'with the same Idempotency-Key is safe either way and returns the result if it was applied',
};

/** Documents the problem+json responses of a route; `codes` lists the route's own by status. */
export function ApiProblems(codes: Record<number, string> = {}): MethodDecorator {
  const merged: Record<number, string> = { ...COMMON };
  for (const [status, text] of Object.entries(codes))
    merged[Number(status)] = merged[Number(status)] ? `${text}, ${merged[Number(status)]}` : text;
  return applyDecorators(
    ApiExtraModels(ProblemResponse, FieldErrorResponse),
    ...Object.entries(merged).map(([status, text]) =>
      ApiResponse({
        status: Number(status),
        description: `Codes: ${text}`,
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemResponse) } } },
        ...(status === '429'
          ? {
              headers: {
                'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer', example: 30 } },
              },
            }
          : {}),
      }),
    ),
  );
}

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
