import type { Caller } from '../auth/auth.guard';

/** Who a procedure call is on behalf of, for the audit log, and when (the core's clock). */
export interface Actor {
  actor: string;
  operator: string | null;
  now: Date;
}

export function actorOf(caller: Caller, now: Date): Actor {
  return { actor: caller.name, operator: caller.operator, now };
}
