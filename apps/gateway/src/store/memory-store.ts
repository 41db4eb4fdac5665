import { GatewayStore } from './gateway-store';

interface Entry {
  value: string;
  expiresAt: number;
}

/** One process's state; expired entries are dropped when read and swept once a minute. */
export class MemoryStore extends GatewayStore {
  private readonly entries = new Map<string, Entry>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly now: () => number = Date.now) {
    super();
    this.sweeper = setInterval(() => this.sweep(), 60_000);
    this.sweeper.unref();
  }

  claim(key: string, value: string, ttlMs: number): Promise<boolean> {
    if (this.live(key)) return Promise.resolve(false);
    this.entries.set(key, { value, expiresAt: this.now() + ttlMs });
    return Promise.resolve(true);
  }

  get(key: string): Promise<string | null> {
    return Promise.resolve(this.live(key)?.value ?? null);
  }

  put(key: string, value: string, ttlMs: number): Promise<void> {
    this.entries.set(key, { value, expiresAt: this.now() + ttlMs });
    return Promise.resolve();
  }

  deleteIf(key: string, expected: string): Promise<boolean> {
    if (this.live(key)?.value !== expected) return Promise.resolve(false);
    this.entries.delete(key);
    return Promise.resolve(true);
  }

  hit(key: string, windowMs: number): Promise<{ count: number; resetMs: number }> {
    const entry = this.live(key);
    const now = this.now();
    if (!entry) {
      this.entries.set(key, { value: '1', expiresAt: now + windowMs });
      return Promise.resolve({ count: 1, resetMs: windowMs });
    }
    entry.value = String(Number(entry.value) + 1);
    return Promise.resolve({ count: Number(entry.value), resetMs: entry.expiresAt - now });
  }

  close(): Promise<void> {
    clearInterval(this.sweeper);
    this.entries.clear();
    return Promise.resolve();
  }

  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private sweep(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
  }
}
