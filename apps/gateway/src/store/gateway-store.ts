/**
 * The gateway's shared state: nonces, idempotency records and rate counters (DESIGN §5). In
 * memory for one instance; in Redis when REDIS_URL is set, so that several instances behave as
 * one (a nonce used at one is replayed at another; a rate holds across all). Every operation
 * is atomic on its own, which is all the callers need.
 */
export abstract class GatewayStore {
  /** Sets `key` unless it exists (SET NX PX). True when this call set it. */
  abstract claim(key: string, value: string, ttlMs: number): Promise<boolean>;

  abstract get(key: string): Promise<string | null>;

  /** Sets `key`, replacing any value. */
  abstract put(key: string, value: string, ttlMs: number): Promise<void>;

  /** Deletes `key` only while it still holds `expected` (a lock released by its owner). */
  abstract deleteIf(key: string, expected: string): Promise<boolean>;

  /**
   * Counts one hit in a fixed window that starts at the first hit: the count so far and the
   * milliseconds until the window ends.
   */
  abstract hit(key: string, windowMs: number): Promise<{ count: number; resetMs: number }>;

  abstract close(): Promise<void>;
}
