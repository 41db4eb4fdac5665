import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Role } from '@app/contracts';
import { ClockService } from '../clock';
import { CoreConfig } from '../config/core-config';

export const SESSION_COOKIE = 'dashboard_session';
/** A dashboard session lasts a working day. */
const SESSION_MS = 8 * 3600_000;

export interface DashboardUser {
  id: string;
  name: string;
  roles: Role[];
  expiresAt: number;
}

/**
 * R17, decision 022: the dashboard's sign-in session. The intranet bearer token is exchanged once
 * for a cookie holding who signed in, the roles and the expiry, signed with a key derived from
 * PII_KEY (so every worker accepts it); the token itself never goes into the cookie. The cookie is
 * HttpOnly, SameSite=Strict, Path=/dashboard. Signing out clears it and revokes its id in this
 * process until it would have expired.
 */
@Injectable()
export class DashboardSessions {
  private readonly key: Buffer;
  private readonly revoked = new Map<string, number>();

  constructor(
    config: CoreConfig,
    private readonly clock: ClockService,
  ) {
    this.key = Buffer.from(hkdfSync('sha256', config.PII_KEY, 'booking-core', 'dashboard-session', 32));
  }

  issue(name: string, roles: Role[]): { cookie: string; user: DashboardUser } {
    const user: DashboardUser = {
      id: randomBytes(16).toString('base64url'),
      name,
      roles,
      expiresAt: this.clock.now().getTime() + SESSION_MS,
    };
    const payload = Buffer.from(JSON.stringify(user)).toString('base64url');
    const value = `${payload}.${this.sign(payload)}`;
    return {
      user,
      cookie: `${SESSION_COOKIE}=${value}; Path=/dashboard; HttpOnly; SameSite=Strict; Max-Age=${SESSION_MS / 1000}`,
    };
  }

  /** The signed-in user of a request's Cookie header, or null. */
  read(cookieHeader: string | undefined): DashboardUser | null {
    const value = cookieValue(cookieHeader, SESSION_COOKIE);
    if (!value) return null;
    const [payload, signature] = value.split('.');
    if (!payload || !signature) return null;
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    let user: DashboardUser;
    try {
      user = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as DashboardUser;
    } catch {
      return null;
    }
    const now = this.clock.now().getTime();
    if (typeof user.expiresAt !== 'number' || user.expiresAt <= now) return null;
    if (this.revoked.has(user.id)) return null;
    return user;
  }

  /** Signing out: the id is refused from now on; the Set-Cookie that clears the cookie. */
  revoke(user: DashboardUser | null): string {
    const now = this.clock.now().getTime();
    for (const [id, until] of this.revoked) if (until <= now) this.revoked.delete(id);
    if (user) this.revoked.set(user.id, user.expiresAt);
    return `${SESSION_COOKIE}=; Path=/dashboard; HttpOnly; SameSite=Strict; Max-Age=0`;
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}

function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) return part.slice(i + 1).trim();
  }
  return null;
}
