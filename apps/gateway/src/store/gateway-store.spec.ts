import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import type { GatewayStore } from './gateway-store';
import { MemoryStore } from './memory-store';
import { RedisStore } from './redis-store';

/** The same contract for both implementations. */
function behavesAsAStore(make: () => GatewayStore) {
  let store: GatewayStore;
  beforeEach(() => {
    store = make();
  });
  afterEach(() => store.close());

  it('claims a key once until it expires', async () => {
    expect(await store.claim('nonce:a', '1', 200)).toBe(true);
    expect(await store.claim('nonce:a', '2', 200)).toBe(false);
    expect(await store.get('nonce:a')).toBe('1');
    await new Promise((r) => setTimeout(r, 250));
    expect(await store.get('nonce:a')).toBeNull();
    expect(await store.claim('nonce:a', '3', 200)).toBe(true);
  });

  it('replaces with put and deletes only the expected value', async () => {
    await store.put('idem:x', 'pending-1', 10_000);
    expect(await store.deleteIf('idem:x', 'pending-2')).toBe(false);
    expect(await store.get('idem:x')).toBe('pending-1');
    expect(await store.deleteIf('idem:x', 'pending-1')).toBe(true);
    expect(await store.get('idem:x')).toBeNull();
  });

  it('counts hits in a window that starts at the first hit', async () => {
    const first = await store.hit('rate:p', 300);
    expect(first.count).toBe(1);
    expect(first.resetMs).toBeGreaterThan(200);
    expect((await store.hit('rate:p', 300)).count).toBe(2);
    const third = await store.hit('rate:p', 300);
    expect(third.count).toBe(3);
    expect(third.resetMs).toBeLessThanOrEqual(300);
    await new Promise((r) => setTimeout(r, 350));
    expect((await store.hit('rate:p', 300)).count).toBe(1);
  });

  it('is atomic under concurrency', async () => {
    const claims = await Promise.all(
      Array.from({ length: 50 }, (_, i) => store.claim('race', String(i), 5000)),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
    const hits = await Promise.all(Array.from({ length: 50 }, () => store.hit('race-count', 5000)));
    expect(hits.map((h) => h.count).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 50 }, (_, i) => i + 1),
    );
  });
}

describe('MemoryStore', () => {
  behavesAsAStore(() => new MemoryStore());

  it('stays under its caps through 50,000 nonces and 10,000 idempotency records, newest kept', async () => {
    let now = 1_000_000;
    const limits = { maxEntries: 20_000, maxBytes: 4 * 1024 * 1024 };
    const store = new MemoryStore(() => now, limits);
    const body = JSON.stringify({ status: 201, body: { id: 1, padding: 'x'.repeat(400) } });
    let peak = { entries: 0, bytes: 0 };
    let refused = 0;
    for (let i = 0; i < 50_000; i++) {
      if (!(await store.claim(`nonce:web:${i}`, '1700000000', 600_000))) refused++;
      if (i % 5 === 0) await store.put(`idem:web:${i}`, body, 24 * 3600_000);
      if (i % 1000 === 0) {
        const s = store.stats();
        peak = { entries: Math.max(peak.entries, s.entries), bytes: Math.max(peak.bytes, s.bytes) };
      }
      now += 1;
    }
    expect(refused).toBe(0);
    const end = store.stats();
    expect(Math.max(peak.entries, end.entries)).toBeLessThanOrEqual(limits.maxEntries);
    expect(Math.max(peak.bytes, end.bytes)).toBeLessThanOrEqual(limits.maxBytes);
    expect(end.entries).toBeGreaterThan(5_000); // full, not emptied
    // The newest are there; the oldest were evicted.
    expect(await store.get('nonce:web:49999')).toBe('1700000000');
    expect(await store.get('idem:web:49995')).toBe(body);
    expect(await store.get('nonce:web:0')).toBeNull();
    // When room is needed, expired entries go before live ones are evicted: once the nonces'
    // 10 minutes are over, new nonces take their place and the store is no longer full.
    const liveRecords = 10_000; // the idempotency records: kept 24 h
    now += 600_000;
    for (let i = 0; i < 6_000; i++) await store.claim(`nonce:web:late-${i}`, '1', 600_000);
    expect(store.stats().entries).toBeLessThan(limits.maxEntries);
    expect(store.stats().entries).toBeLessThanOrEqual(liveRecords + 6_000);
    await store.close();
  });

  it('counts a rate in place and keeps its size exact: nothing is left once the window has passed', async () => {
    let now = 1_000_000;
    const store = new MemoryStore(() => now);
    await store.put('idem:web:a', 'x'.repeat(100), 60_000);
    const before = store.stats().bytes;
    for (let i = 1; i <= 12; i++) expect((await store.hit('rate:web', 1_000)).count).toBe(i);
    // The count '12' is one character longer than '1'; the window ends where it began.
    expect(store.stats()).toEqual({ entries: 2, bytes: before + 2 * ('rate:web'.length + 2) + 96 });
    expect((await store.hit('rate:web', 1_000)).resetMs).toBe(1_000);
    now += 1_000;
    expect((await store.hit('rate:web', 1_000)).count).toBe(1);
    now += 60_000;
    expect(await store.get('idem:web:a')).toBeNull();
    expect(await store.get('rate:web')).toBeNull();
    expect(store.stats()).toEqual({ entries: 0, bytes: 0 });
    await store.close();
  });

  it('evicts by size too: a few large records cannot grow past the byte cap', async () => {
    const store = new MemoryStore(Date.now, { maxEntries: 100_000, maxBytes: 1024 * 1024 });
    const large = 'y'.repeat(50_000);
    for (let i = 0; i < 200; i++) await store.put(`idem:p:${i}`, large, 60_000);
    expect(store.stats().bytes).toBeLessThanOrEqual(1024 * 1024);
    expect(store.stats().entries).toBe(10);
    expect(await store.get('idem:p:199')).toBe(large);
    await store.close();
  });
});

const redisUrl = process.env.TEST_REDIS_URL;
if (redisUrl) {
  describe('RedisStore', () => {
    const prefix = `gateway-test:${process.pid}:${randomBytes(4).toString('hex')}:`;
    behavesAsAStore(() => new RedisStore(redisUrl, prefix));

    afterAll(async () => {
      // Only this test's keys: never FLUSHALL a shared server.
      const redis = new Redis(redisUrl);
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
    });
  });
}
