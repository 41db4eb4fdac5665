import { createHash, timingSafeEqual } from 'node:crypto';
import * as fs from 'node:fs';
import { ROLES, type Role } from '@app/contracts';

/** An internal client of booking-core: a counter, a kiosk fleet, the gateway, … */
export interface Principal {
  name: string;
  roles: Role[];
}

interface TokenEntry extends Principal {
  digest: Buffer;
}

/**
 * Bearer tokens from CORE_TOKENS_FILE: `[{ "name", "token" | "tokenSha256", "roles": [] }]`.
 * Only digests are kept in memory; comparison is constant-time.
 */
export class TokenStore {
  private readonly entries: TokenEntry[];

  constructor(list: unknown) {
    if (!Array.isArray(list)) throw new Error('CORE_TOKENS_FILE must hold a JSON array');
    this.entries = list.map((raw: Record<string, unknown>, i) => {
      const name = raw.name;
      const roles = raw.roles;
      if (typeof name !== 'string' || !/^[\w.@-]{1,64}$/.test(name)) throw new Error(`token ${i}: bad name`);
      if (
        !Array.isArray(roles) ||
        roles.length === 0 ||
        !roles.every((r) => (ROLES as readonly unknown[]).includes(r))
      )
        throw new Error(`token ${name}: roles must be a non-empty subset of ${ROLES.join(', ')}`);
      let digest: Buffer;
      if (typeof raw.token === 'string' && raw.token.length >= 24) digest = sha256(raw.token);
      else if (typeof raw.tokenSha256 === 'string' && /^[0-9a-f]{64}$/.test(raw.tokenSha256))
        digest = Buffer.from(raw.tokenSha256, 'hex');
      else throw new Error(`token ${name}: needs "token" (24+ chars) or "tokenSha256"`);
      return { name, roles: roles as Role[], digest };
    });
  }

  /** Every fault names the variable and the file, so the operator knows what to fix. */
  static fromFile(file: string): TokenStore {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      throw new Error(`CORE_TOKENS_FILE ${file} cannot be read`);
    }
    let list: unknown;
    try {
      list = JSON.parse(text);
    } catch (error) {
      throw new Error(
        `CORE_TOKENS_FILE ${file} is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
      );
    }
    try {
      return new TokenStore(list);
    } catch (error) {
      throw new Error(`CORE_TOKENS_FILE ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  authenticate(token: string): Principal | null {
    const digest = sha256(token);
    let found: TokenEntry | null = null;
    for (const e of this.entries) if (timingSafeEqual(e.digest, digest)) found = e;
    return found ? { name: found.name, roles: found.roles } : null;
  }
}

function sha256(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}
