import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import type { Role } from '@app/contracts';
import { DomainError, requestContext } from '@app/common';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';
import { type Principal, TokenStore } from './token-store';

export interface Caller extends Principal {
  /** The person at the keyboard (X-Operator-Id), for the audit log. */
  operator: string | null;
}

export type AuthedRequest = FastifyRequest & { caller?: Caller };

const OPERATOR = /^[\w.@-]{1,64}$/;

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenStore,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthedRequest>();
    const header = request.headers.authorization;
    const token = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    const principal = token ? this.tokens.authenticate(token) : null;
    if (!principal) throw new DomainError('UNAUTHENTICATED', 'A valid bearer token is required');

    const operatorHeader = request.headers['x-operator-id'];
    if (
      operatorHeader !== undefined &&
      (typeof operatorHeader !== 'string' || !OPERATOR.test(operatorHeader))
    )
      throw new DomainError('VALIDATION_FAILED', 'X-Operator-Id must be 1–64 letters, digits, . _ @ -');
    request.caller = { ...principal, operator: operatorHeader ?? null };
    const store = requestContext.getStore();
    if (store) store.caller = principal.name;

    const required = this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets);
    if (required?.length && !required.some((r) => principal.roles.includes(r)))
      throw new DomainError('FORBIDDEN', `Needs one of the roles ${required.join(', ')}`);
    return true;
  }
}
