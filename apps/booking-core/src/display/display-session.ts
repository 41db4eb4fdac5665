import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Role } from '@app/contracts';
import { ClockService } from '../clock';
import { CoreConfig } from '../config/core-config';

export const DISPLAY_COOKIE = 'display_session';
/** Roles whose token may switch a screen on (the nurses who run the waiting rooms; admins). */
export const DISPLAY_ROLES: readonly Role[] = ['NURSE', 'ADMIN'];
/** A screen stays signed in for 30 days: it shows only masked names and numbers (decision 030). */
const SESSION_MS = 30 * 24 * 3600_000;

export interface DisplayDevice {
  /** Who switched the screen on (the token's name): for the access log and the screen's footer. */
  by: string;
  expiresAt: number;
}

/**
 * Decision 030: a waiting-room screen is switched on once with a NURSE or ADMIN intranet token,
 * exchanged for a signed cookie that opens the display pages and their event streams — nothing
 * else (Path=/display, a key of its own: a dashboard cookie is no display cookie, nor the reverse).
 * Signed with a key derived from PII_KEY, so every worker and a restarted process accept it.
 */
@Injectable()
export class DisplaySessions {
  private readonly key: Buffer;

  constructor(
    config: CoreConfig,
    private readonly clock: ClockService,
  ) {
    this.key = Buffer.from(hkdfSync('sha256', config.PII_KEY, 'booking-core', 'display-session', 32));
  }

  issue(by: string): string {
    const device: DisplayDevice = { by, expiresAt: this.clock.now().getTime() + SESSION_MS };
    const payload = Buffer.from(JSON.stringify(device)).toString('base64url');
    return `${DISPLAY_COOKIE}=${payload}.${this.sign(payload)}; Path=/display; HttpOnly; SameSite=Strict; Max-Age=${SESSION_MS / 1000}`;
  }

  /** The screen's session from a request's Cookie header, or null. */
  read(cookieHeader: string | undefined): DisplayDevice | null {
    const value = cookieValue(cookieHeader, DISPLAY_COOKIE);
    const [payload, signature] = value?.split('.') ?? [];
    if (!payload || !signature) return null;
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const device = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as DisplayDevice;
      if (typeof device.expiresAt !== 'number' || device.expiresAt <= this.clock.now().getTime()) return null;
      return device;
    } catch {
      return null;
    }
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}

function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of header?.split(';') ?? []) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) return part.slice(i + 1).trim();
  }
  return null;
}
