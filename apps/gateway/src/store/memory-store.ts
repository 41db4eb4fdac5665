import { GatewayStore } from './gateway-store';

interface Entry {
  value: string;
  expiresAt: number;
  bytes: number;
}

export interface MemoryStoreLimits {
  /** Entries kept at most (nonces, idempotency records, rate counters together). */
  maxEntries: number;
  /** Approximate bytes kept at most (keys and values as UTF-16, plus a fixed overhead each). */
  maxBytes: number;
}

/** Per entry beyond its key and value: the Map slot, the entry object, its numbers. */
const ENTRY_OVERHEAD_BYTES = 96;

export const DEFAULT_MEMORY_LIMITS: MemoryStoreLimits = { maxEntries: 200_000, maxBytes: 64 * 1024 * 1024 };

/**
 * One process's state, for a single gateway instance (production runs several and shares state
 * in Redis). Bounded: entries expire by their TTL (dropped when read, swept once a minute and
 * whenever the store is full), and past `maxEntries` or `maxBytes` the oldest entries are evicted —
 * a flood of nonces or idempotency keys costs a fixed amount of memory, not all of it.
 */
export class MemoryStore extends GatewayStore {
  private readonly entries = new Map<string, Entry>();
  private readonly sweeper: NodeJS.Timeout;
  private bytes = 0;
  private lastFullSweep = 0;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly limits: MemoryStoreLimits = DEFAULT_MEMORY_LIMITS,
  ) {
    super();
    this.sweeper = setInterval(() => this.sweep(), 60_000);
    this.sweeper.unref();
  }

  /** What the store holds now (for tests and health figures). */
  stats(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  claim(key: string, value: string, ttlMs: number): Promise<boolean> {
    if (this.live(key)) return Promise.resolve(false);
    this.set(key, value, this.now() + ttlMs);
    return Promise.resolve(true);
  }

  get(key: string): Promise<string | null> {
    return Promise.resolve(this.live(key)?.value ?? null);
  }

  put(key: string, value: string, ttlMs: number): Promise<void> {
    this.set(key, value, this.now() + ttlMs);
    return Promise.resolve();
  }

  deleteIf(key: string, expected: string): Promise<boolean> {
    if (this.live(key)?.value !== expected) return Promise.resolve(false);
    this.remove(key);
    return Promise.resolve(true);
  }

  hit(key: string, windowMs: number): Promise<{ count: number; resetMs: number }> {
    const entry = this.live(key);
    const now = this.now();
    if (!entry) {
      this.set(key, '1', now + windowMs);
      return Promise.resolve({ count: 1, resetMs: windowMs });
    }
    // Counted in place: the window's end is unchanged, and re-inserting one hot key into a Map of
    // tens of thousands of entries made V8 rehash the whole Map again and again (decision 036).
    const count = Number(entry.value) + 1;
    const value = String(count);
    const grown = 2 * (value.length - entry.value.length);
    entry.value = value;
    entry.bytes += grown;
    this.bytes += grown;
    return Promise.resolve({ count, resetMs: entry.expiresAt - now });
  }

  close(): Promise<void> {
    clearInterval(this.sweeper);
    this.entries.clear();
    this.bytes = 0;
    return Promise.resolve();
  }

  /** Writes an entry as the newest (Map order is insertion order), then trims to the limits. */
  private set(key: string, value: string, expiresAt: number): void {
    this.remove(key);
    const entry = { value, expiresAt, bytes: 2 * (key.length + value.length) + ENTRY_OVERHEAD_BYTES };
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    if (this.full()) this.trim(key);
  }

  private full(): boolean {
    return this.entries.size > this.limits.maxEntries || this.bytes > this.limits.maxBytes;
  }

  /** Expired entries go first (at most one full sweep a second); then the oldest, never `keep`. */
  private trim(keep: string): void {
    const now = this.now();
    if (now - this.lastFullSweep >= 1000) {
      this.lastFullSweep = now;
      this.sweep();
    }
    for (const key of this.entries.keys()) {
      if (!this.full()) break;
      if (key !== keep) this.remove(key);
    }
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }

  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt <= this.now()) {
      this.remove(key);
      return undefined;
    }
    return entry;
  }

  private sweep(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.remove(key);
  }
}
