import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min } from 'class-validator';
import { loadConfig, toBool, toInt } from '@app/common';

/** The gateway's environment (README, "Configuration"). It has no database settings at all. */
export class GatewayConfig {
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  GATEWAY_PORT = 3000;

  @IsString()
  GATEWAY_HOST = '0.0.0.0';

  /** booking-core's internal base URL. */
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  CORE_URL = 'http://127.0.0.1:3001';

  /** The gateway's service token for booking-core (role GATEWAY). */
  @IsString()
  @Matches(/^.{24,}$/, { message: 'must be at least 24 characters' })
  CORE_TOKEN!: string;

  @IsString()
  GATEWAY_PARTNERS_FILE = './.data/partners.json';

  /** Shared nonces, idempotency records and rate counters for several gateway instances. */
  @IsOptional()
  @Matches(/^rediss?:\/\//, { message: 'must be a redis:// URL' })
  REDIS_URL?: string;

  /** Trust X-Forwarded-For from a load balancer in front (for IP allowlists). */
  @Transform(toBool)
  @IsBoolean()
  TRUST_PROXY = false;

  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';

  static load(env: Record<string, string | undefined> = process.env): GatewayConfig {
    return loadConfig(GatewayConfig, env);
  }
}
