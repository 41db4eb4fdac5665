import { Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { DomainError } from '@app/common';
import { GatewayStore } from '../store/gateway-store';

/** DESIGN §5: a completed request's answer is kept 24 h. */
export const IDEMPOTENCY_TTL_MS = 24 * 3600 * 1000;
/**
 * An in-flight claim expires on its own if the instance holding it dies; far longer than any
 * request can take (a core call ends within CORE_DEADLINE_MS, 10 s by default).
 */
export const IN_FLIGHT_TTL_MS = 60_000;

/** 1–255 visible ASCII characters (a UUID is the usual choice). */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

export interface StoredResponse {
  status: number;
  contentType: string;
  body: unknown;
}

type IdempotencyRecord =
  | { state: 'in-flight'; fingerprint: string; owner: string }
  | ({ state: 'done'; fingerprint: string } & StoredResponse);

export type IdempotencyStart =
  { kind: 'proceed'; claim: IdempotencyClaim } | { kind: 'replay'; response: StoredResponse };

export interface IdempotencyClaim {
  storeKey: string;
  fingerprint: string;
  owner: string;
}

/**
 * Idempotency-Key semantics of DESIGN §5 (Stripe / IETF draft), scoped to (partner, key):
 * the first request claims the key; the same request again gets the stored answer; another
 * request under the same key is 422; the same request while the first is still running is 409.
 */
@Injectable()
export class IdempotencyService {
  constructor(private readonly store: GatewayStore) {}

  /** What identifies "the same request": method, path and query, and the exact body bytes. */
  static fingerprint(method: string, url: string, rawBody: Buffer | undefined): string {
    return createHash('sha256')
      .update(`${method}\n${url}\n`)
      .update(rawBody ?? Buffer.alloc(0))
      .digest('base64url');
  }

  async begin(appId: string, key: string | undefined, fingerprint: string): Promise<IdempotencyStart> {
    if (key === undefined || key === '')
      throw new DomainError('IDEMPOTENCY_KEY_MISSING', 'Send an Idempotency-Key header on every POST');
    if (!IDEMPOTENCY_KEY_PATTERN.test(key))
      throw new DomainError('VALIDATION_FAILED', 'Idempotency-Key must be 1–255 visible ASCII characters', {
        errors: [{ field: 'Idempotency-Key', messages: ['must be 1–255 visible ASCII characters'] }],
      });
    const storeKey = `idem:${appId}:${key}`;
    const owner = randomUUID();
    const claimed: IdempotencyRecord = { state: 'in-flight', fingerprint, owner };
    // Two rounds: the record we lost to may expire between our claim and our read.
    for (let round = 0; round < 2; round++) {
      if (await this.store.claim(storeKey, JSON.stringify(claimed), IN_FLIGHT_TTL_MS))
        return { kind: 'proceed', claim: { storeKey, fingerprint, owner } };
      const text = await this.store.get(storeKey);
      if (text === null) continue;
      const existing = JSON.parse(text) as IdempotencyRecord;
      if (existing.fingerprint !== fingerprint)
        throw new DomainError(
          'IDEMPOTENCY_KEY_REUSED',
          'This Idempotency-Key was used with another request; use a new key',
        );
      if (existing.state === 'in-flight')
        throw new DomainError(
          'IDEMPOTENCY_IN_PROGRESS',
          'The first request with this Idempotency-Key is still running; retry shortly',
        );
      return {
        kind: 'replay',
        response: { status: existing.status, contentType: existing.contentType, body: existing.body },
      };
    }
    throw new DomainError('IDEMPOTENCY_IN_PROGRESS', 'Retry shortly');
  }

  /** The answer is final: keep it for 24 h. */
  async complete(claim: IdempotencyClaim, response: StoredResponse): Promise<void> {
    const record: IdempotencyRecord = { state: 'done', fingerprint: claim.fingerprint, ...response };
    await this.store.put(claim.storeKey, JSON.stringify(record), IDEMPOTENCY_TTL_MS);
  }

  /**
   * Nothing was decided (the core was down, a rate was exceeded…): the partner may retry with the
   * same key. `inDoubt`: the work may have been done (a 5xx whose outcome is not NOT_APPLIED), so
   * the retry must reach booking-core, which returns what the first attempt did (decision 026).
   */
  async release(claim: IdempotencyClaim, inDoubt = false): Promise<void> {
    if (inDoubt) await this.store.put(doubtKeyOf(claim.storeKey), '1', IDEMPOTENCY_TTL_MS);
    const mine: IdempotencyRecord = {
      state: 'in-flight',
      fingerprint: claim.fingerprint,
      owner: claim.owner,
    };
    await this.store.deleteIf(claim.storeKey, JSON.stringify(mine));
  }

  /**
   * Has this key been seen: an answer kept, a request running, or an attempt in doubt? A key
   * unknown here has nothing to replay, so an early refusal cannot contradict it (decision 036).
   */
  async known(appId: string, key: string): Promise<boolean> {
    const storeKey = `idem:${appId}:${key}`;
    const [record, doubt] = await Promise.all([
      this.store.get(storeKey),
      this.store.get(doubtKeyOf(storeKey)),
    ]);
    return record !== null || doubt !== null;
  }

  /** Did an earlier attempt under this key end without a known outcome? */
  async wasInDoubt(appId: string, key: string): Promise<boolean> {
    return (await this.store.get(doubtKeyOf(`idem:${appId}:${key}`))) !== null;
  }
}

function doubtKeyOf(storeKey: string): string {
  return `${storeKey}:in-doubt`;
}
