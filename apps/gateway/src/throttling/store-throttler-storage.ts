import type { ThrottlerStorage } from '@nestjs/throttler';
import type { GatewayStore } from '../store/gateway-store';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * @nestjs/throttler's storage on the gateway store, so that rate counters are shared by every
 * instance when Redis is configured. Fixed windows that start at the first hit: once over the
 * limit, a caller waits for the end of its window (that is the block).
 */
export class StoreThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly store: GatewayStore) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    _blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const { count, resetMs } = await this.store.hit(`rate:${throttlerName}:${key}`, ttl);
    const seconds = Math.max(1, Math.ceil(resetMs / 1000));
    const isBlocked = count > limit;
    return { totalHits: count, timeToExpire: seconds, isBlocked, timeToBlockExpire: isBlocked ? seconds : 0 };
  }
}
