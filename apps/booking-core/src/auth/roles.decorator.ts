import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { Role } from '@app/contracts';

export const ROLES_KEY = 'roles';
export const PUBLIC_KEY = 'public';

/**
 * Which roles may call a route (any of them). Routes without it need only a valid token. The
 * roles also go into the OpenAPI document (`x-roles`, and the operation's description).
 */
export const Roles = (...roles: Role[]) =>
  applyDecorators(SetMetadata(ROLES_KEY, roles), ApiExtension('x-roles', roles));

/** No token needed (health). */
export const Public = () => applyDecorators(SetMetadata(PUBLIC_KEY, true), ApiExtension('x-public', true));
