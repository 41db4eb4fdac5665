import {
  type ArgumentsHost,
  Body,
  Catch,
  Controller,
  type ExceptionFilter,
  Header,
  HttpCode,
  Post,
  Req,
  UseFilters,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toProblem } from '@app/common';
import { Public } from '../auth/public.decorator';
import { GatewayConfig } from '../config/gateway-config';
import { type IssuedToken, OAuthError, SmartAuthService, type TokenRequest } from './smart-auth.service';

/** RFC 6749 §5.2: every refusal of the token endpoint as `{error, error_description}`. */
@Catch()
class OAuthErrorFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    let status: number;
    let body: { error: string; error_description: string };
    if (error instanceof OAuthError) {
      status = error.status;
      body = { error: error.error, error_description: error.description };
    } else {
      const { problem } = toProblem(error, String(http.getRequest<FastifyRequest>().id));
      status = problem.status;
      body = {
        error: status >= 500 ? 'server_error' : status === 429 ? 'slow_down' : 'invalid_request',
        error_description: problem.detail,
      };
    }
    if (status === 401) void reply.header('www-authenticate', 'Basic realm="fhir"');
    void reply
      .status(status)
      .header('cache-control', 'no-store')
      .header('content-type', 'application/json')
      .send(body);
  }
}

/**
 * Decision 024: SMART Backend Services token endpoint. Public in the HMAC sense only: the caller
 * proves itself with a client assertion signed by its registered key (SmartAuthService).
 */
@ApiExcludeController()
@Controller('fhir/r4/auth')
@UseFilters(OAuthErrorFilter)
export class SmartTokenController {
  constructor(
    private readonly smart: SmartAuthService,
    private readonly config: GatewayConfig,
  ) {}

  @Post('token')
  @Public()
  @HttpCode(200)
  @Header('cache-control', 'no-store')
  token(@Body() body: TokenRequest | undefined, @Req() request: FastifyRequest): Promise<IssuedToken> {
    if (typeof body !== 'object' || body === null)
      throw new OAuthError('invalid_request', 'The body must be application/x-www-form-urlencoded');
    return this.smart.issue(body, this.tokenUrl(request), request.ip);
  }

  /** The assertion's aud: FHIR_BASE_URL's token URL when configured, else this request's own URL. */
  private tokenUrl(request: FastifyRequest): string {
    const base = this.config.FHIR_BASE_URL ?? `${request.protocol}://${request.host}/fhir/r4`;
    return `${base.replace(/\/+$/, '')}/auth/token`;
  }
}
