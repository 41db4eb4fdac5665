import { applyDecorators } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiProperty,
  ApiPropertyOptional,
  ApiResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import { ERROR_CODES, PROBLEM_CONTENT_TYPE, type ErrorCode } from '@app/contracts';

export class FieldErrorResponse {
  @ApiProperty({ example: 'patient.documentNo' }) field!: string;
  @ApiProperty({ example: ['documentNo must be a string'], type: [String] }) messages!: string[];
}

/** RFC 9457 problem details with a stable code (application/problem+json). */
export class ProblemResponse {
  @ApiProperty({ example: 'https://errors.outpatient.example/session-full' }) type!: string;
  @ApiProperty({ example: 'No number is left in this session' }) title!: string;
  @ApiProperty({ example: 409 }) status!: number;
  @ApiProperty({ example: 'No number is left in this session' }) detail!: string;
  @ApiProperty({
    enum: ERROR_CODES,
    example: 'SESSION_FULL',
    description: 'Stable; compare this, not the text',
  })
  code!: ErrorCode;
  @ApiProperty({
    example: 'b7e3f0a2-5c1d-4e8f-9a6b-2d4c8e1f3a5b',
    description: 'Also in the X-Request-Id header',
  })
  requestId!: string;
  @ApiPropertyOptional({ type: [FieldErrorResponse], description: 'VALIDATION_FAILED: the offending fields' })
  errors?: FieldErrorResponse[];
  @ApiPropertyOptional({
    example: '2027-05-01T08:00:00+08:00',
    description: "PATIENT_BLACKLISTED: when the ban ends (the hospital's offset)",
  })
  until?: string;
  @ApiPropertyOptional({
    enum: ['NOT_APPLIED', 'UNKNOWN'],
    example: 'UNKNOWN',
    description:
      '503 only: NOT_APPLIED — nothing was done; UNKNOWN — it may have been applied. Retrying with the same ' +
      'Idempotency-Key is safe in both cases and returns the result if it was applied',
  })
  outcome?: 'NOT_APPLIED' | 'UNKNOWN';
}

/**
 * A decorator that documents a route's problem+json answers, status by status: `common` are
 * what every route of the app can answer; a route adds its own codes per status.
 */
export function problemsDecorator(
  common: Record<number, string>,
): (codes?: Record<number, string>) => MethodDecorator {
  return (codes = {}) => {
    const merged: Record<number, string> = { ...common };
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
  };
}
