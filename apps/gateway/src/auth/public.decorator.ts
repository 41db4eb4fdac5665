import { SetMetadata } from '@nestjs/common';

export const PUBLIC_ROUTE = 'gateway:public';

/** A route that needs no signature (health). Everything else is signed (R20). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_ROUTE, true);
