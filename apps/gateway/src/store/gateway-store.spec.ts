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
