import { SetMetadata } from '@nestjs/common';
import type { Role } from '@app/contracts';

export const ROLES_KEY = 'roles';
export const PUBLIC_KEY = 'public';

/** Which roles may call a route (any of them). Routes without it need only a valid token. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** No token needed (health). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
