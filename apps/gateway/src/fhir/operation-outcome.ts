import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toProblem } from '@app/common';

export const FHIR_JSON = 'application/fhir+json; charset=utf-8';
/** Decision 024: the project's stable error codes (libs/contracts error-codes.ts) as a FHIR code system. */
export const ERROR_CODE_SYSTEM = 'urn:outpatient-booking:error-code';

export interface OperationOutcome {
  resourceType: 'OperationOutcome';
  issue: {
    severity: 'error';
    code: string;
    details: { coding: { system: string; code: string }[]; text: string };
    diagnostics?: string;
  }[];
}

/** FHIR's IssueType for an HTTP status. */
function issueType(status: number): string {
  if (status === 401) return 'login';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 413) return 'too-long';
  if (status === 415) return 'not-supported';
  if (status === 429) return 'throttled';
  if (status === 503) return 'transient';
  if (status >= 500) return 'exception';
  return 'invalid';
}

export function operationOutcome(
  status: number,
  code: string,
  text: string,
  requestId?: string,
): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: [
      {
        severity: 'error',
        code: issueType(status),
        details: { coding: [{ system: ERROR_CODE_SYSTEM, code }], text },
        ...(requestId ? { diagnostics: `requestId ${requestId}` } : {}),
      },
    ],
  };
}

/**
 * Every refusal of a FHIR route — from the guards (401 token, 403 scope, 429 rate), validation or
 * booking-core — as an OperationOutcome (decision 024). The code and its HTTP status are the
 * partner API's (toProblem, which also masks identifiers in the text).
 */
@Catch()
export class OperationOutcomeFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const { problem, headers } = toProblem(error, String(request.id));
    for (const [name, value] of Object.entries(headers)) void reply.header(name, value);
    if (problem.status === 401) void reply.header('www-authenticate', 'Bearer');
    void reply
      .status(problem.status)
      .header('content-type', FHIR_JSON)
      .send(operationOutcome(problem.status, problem.code, problem.detail, problem.requestId));
  }
}
