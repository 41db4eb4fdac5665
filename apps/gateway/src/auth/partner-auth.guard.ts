import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { requestContext } from '@app/common';
import type { GatewayRequest } from './gateway-request';
import { PUBLIC_ROUTE } from './public.decorator';
import { RequestVerifier } from './request-verifier';

/** Every route but the public ones needs a verified signature (R20, DESIGN §5). */
@Injectable()
export class PartnerAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: RequestVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [context.getHandler(), context.getClass()]))
      return true;
    const request = context.switchToHttp().getRequest<GatewayRequest>();
    request.partner = await this.verifier.verify({
      method: request.method,
      url: request.raw.url ?? request.url,
      headers: request.headers,
      rawHeaders: request.raw.rawHeaders,
      ip: request.ip,
      rawBody: request.rawBody,
    });
    const store = requestContext.getStore();
    if (store) store.caller = request.partner.appId;
    return true;
  }
}
