import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError, requestContext } from '@app/common';
import { FHIR_ROUTE, FHIR_SCOPE, type FhirScopeNeed } from '../fhir/fhir-scope.decorator';
import { bearerOf, scopeAllows, SmartAuthService } from '../fhir/smart-auth.service';
import type { Partner } from '../partners/partner';
import { PartnerRegistry } from '../partners/partner-registry';
import type { GatewayRequest } from './gateway-request';
import { PUBLIC_ROUTE } from './public.decorator';
import { RequestVerifier } from './request-verifier';

/**
 * Every route but the public ones needs a verified signature (R20, DESIGN §5); a route of the
 * FHIR façade needs a SMART bearer token with the route's scope instead (decision 024). Either
 * way the request then carries its partner, so its channel (R7) and rate apply alike.
 */
@Injectable()
export class PartnerAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: RequestVerifier,
    private readonly smart: SmartAuthService,
    private readonly registry: PartnerRegistry,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [context.getHandler(), context.getClass()]))
      return true;
    const request = context.switchToHttp().getRequest<GatewayRequest>();
    if (this.reflector.get<boolean>(FHIR_ROUTE, context.getClass()))
      request.partner = await this.fhirPartner(
        request,
        this.reflector.get<FhirScopeNeed | undefined>(FHIR_SCOPE, context.getHandler()),
      );
    else
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

  private async fhirPartner(request: GatewayRequest, need: FhirScopeNeed | undefined): Promise<Partner> {
    const token = bearerOf(request.headers.authorization);
    if (!token)
      throw new DomainError('UNAUTHENTICATED', 'A SMART bearer token is required (POST /fhir/r4/auth/token)');
    const granted = await this.smart.tokenOf(token);
    if (!granted) throw new DomainError('UNAUTHENTICATED', 'The bearer token is unknown or expired');
    const { partner, scopes } = granted;
    if (!this.verifierAllows(partner, request.ip))
      throw new DomainError(
        'IP_NOT_ALLOWED',
        `Address ${request.ip ?? 'unknown'} is not allowed for this partner`,
      );
    if (need === undefined) throw new DomainError('FORBIDDEN', 'This FHIR route declares no scope');
    if (need !== 'any' && !scopeAllows(scopes, need.resource, need.action))
      throw new DomainError('FORBIDDEN', `The token lacks scope system/${need.resource}.${need.action}`);
    return partner;
  }

  private verifierAllows(partner: Partner, ip: string | undefined): boolean {
    return this.registry.allowsAddress(partner, ip);
  }
}
