import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  ERROR_HTTP_STATUS,
  ERROR_TITLES,
  PROBLEM_CONTENT_TYPE,
  PROBLEM_TYPE_BASE,
  type ErrorCode,
  type ProblemDetails,
} from '@app/contracts';
import { scrubPersonalData } from '@app/domain';
import { DomainError } from './domain-error';

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'NOT_FOUND',
  408: 'REQUEST_TIMEOUT',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  414: 'URI_TOO_LONG',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  431: 'HEADERS_TOO_LARGE',
};

/** Fastify's messages quote the URL or the content type: these say the same without echoing. */
const FIXED_DETAILS: Partial<Record<ErrorCode, string>> = {
  PAYLOAD_TOO_LARGE: 'The request body is too large',
  URI_TOO_LONG: 'A path segment is longer than 100 characters',
  UNSUPPORTED_MEDIA_TYPE: 'Send the body as application/json',
};

/** Turns any error into RFC 9457 problem+json with a stable code. A 500 never shows a stack. */
export function toProblem(
  error: unknown,
  requestId: string,
): { problem: ProblemDetails; headers: Record<string, string> } {
  const headers: Record<string, string> = {};
  let code: ErrorCode;
  let detail: string;
  let extra: Record<string, unknown> = {};

  if (error instanceof DomainError) {
    code = error.code;
    detail = error.detail ?? ERROR_TITLES[code] ?? code;
    const { retryAfter, ...rest } = error.extra;
    extra = rest;
    if (typeof retryAfter === 'number') headers['retry-after'] = String(Math.max(1, Math.ceil(retryAfter)));
  } else if (error instanceof HttpException) {
    const status = error.getStatus();
    code = STATUS_CODES[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'VALIDATION_FAILED');
    detail = status >= 500 ? 'Internal error' : error.message;
  } else if (isFastifyClientError(error)) {
    code = STATUS_CODES[error.statusCode] ?? 'VALIDATION_FAILED';
    detail = FIXED_DETAILS[code] ?? error.message;
  } else {
    code = 'INTERNAL_ERROR';
    detail = 'Internal error';
  }

  const status = statusOf(code);
  return {
    problem: {
      type: PROBLEM_TYPE_BASE + code.toLowerCase().replace(/_/g, '-'),
      title: ERROR_TITLES[code] ?? code.replace(/_/g, ' ').toLowerCase(),
      status,
      // Details can quote what the caller sent; an identifier in them is masked (STYLE 10).
      detail: scrubPersonalData(detail),
      code,
      requestId,
      ...extra,
    },
    headers,
  };
}

function statusOf(code: ErrorCode): number {
  return ERROR_HTTP_STATUS[code];
}

function isFastifyClientError(error: unknown): error is { statusCode: number; message: string } {
  const status = (error as { statusCode?: unknown })?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500;
}

@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(error: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const request = ctx.getRequest<FastifyRequest>();
    const reply = ctx.getResponse<FastifyReply>();
    sendProblem(error, request, reply, this.logger);
  }
}

export function sendProblem(
  error: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
  logger: Logger,
): void {
  const { problem, headers } = toProblem(error, String(request.id));
  if (problem.status >= 500 && !(error instanceof DomainError)) {
    logger.error(
      error instanceof Error ? error : String(error),
      error instanceof Error ? error.stack : undefined,
    );
  } else if (problem.status >= 500) {
    // An expected unavailability (a dependency down, a deadline, a stop): no stack, one line.
    logger.warn({ msg: 'unavailable', code: problem.code, detail: problem.detail });
  }
  void reply
    .status(problem.status)
    .headers({ ...headers, 'x-request-id': problem.requestId })
    .type(PROBLEM_CONTENT_TYPE)
    .send(problem);
}
