import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthedRequest, Caller } from './auth.guard';

/** The authenticated caller of this request. */
export const CurrentCaller = createParamDecorator((_data: unknown, ctx: ExecutionContext): Caller => {
  const caller = ctx.switchToHttp().getRequest<AuthedRequest>().caller;
  if (!caller) throw new Error('CurrentCaller used on a public route');
  return caller;
});
