import { Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { DomainError } from '@app/common';
import { GatewayStore } from './gateway-store';

const HIT = `
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}`;

const DELETE_IF = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

interface ScriptedRedis extends Redis {
  gatewayHit(key: string, windowMs: number): Promise<[number, number]>;
  gatewayDeleteIf(key: string, expected: string): Promise<number>;
}

/**
 * State shared by every gateway instance of a deployment (keys under REDIS_PREFIX). Commands
 * fail fast when Redis is unreachable: the partner gets 503 STORE_UNAVAILABLE rather than a
 * request that waits, and the gateway never lets a request through unchecked.
 */
export class RedisStore extends GatewayStore {
  private readonly logger = new Logger('RedisStore');
  private readonly redis: ScriptedRedis;

  constructor(
    url: string,
    private readonly prefix: string,
  ) {
    super();
    const redis = new Redis(url, {
      connectTimeout: 1000,
      commandTimeout: 1000,
      disconnectTimeout: 200,
      maxRetriesPerRequest: 1,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    });
    // Sent once, then called by digest (EVALSHA).
    redis.defineCommand('gatewayHit', { numberOfKeys: 1, lua: HIT });
    redis.defineCommand('gatewayDeleteIf', { numberOfKeys: 1, lua: DELETE_IF });
    this.redis = redis as ScriptedRedis;
    this.redis.on('error', (error: Error) => this.logger.warn(`redis: ${error.message}`));
  }

  claim(key: string, value: string, ttlMs: number): Promise<boolean> {
    return this.run(async () => (await this.redis.set(this.prefix + key, value, 'PX', ttlMs, 'NX')) === 'OK');
  }

  get(key: string): Promise<string | null> {
    return this.run(() => this.redis.get(this.prefix + key));
  }

  put(key: string, value: string, ttlMs: number): Promise<void> {
    return this.run(async () => {
      await this.redis.set(this.prefix + key, value, 'PX', ttlMs);
    });
  }

  deleteIf(key: string, expected: string): Promise<boolean> {
    return this.run(async () => Number(await this.redis.gatewayDeleteIf(this.prefix + key, expected)) === 1);
  }

  hit(key: string, windowMs: number): Promise<{ count: number; resetMs: number }> {
    return this.run(async () => {
      const [count, ttl] = await this.redis.gatewayHit(this.prefix + key, windowMs);
      return { count: Number(count), resetMs: Number(ttl) };
    });
  }

  async close(): Promise<void> {
    // QUIT only on a live connection; otherwise stop the reconnect loop at once.
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => undefined);
    this.redis.disconnect();
  }

  private async run<T>(command: () => Promise<T>): Promise<T> {
    try {
      return await command();
    } catch (error) {
      this.logger.error(`redis command failed: ${error instanceof Error ? error.message : String(error)}`);
      throw new DomainError('STORE_UNAVAILABLE');
    }
  }
}
