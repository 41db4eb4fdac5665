import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, Validate } from 'class-validator';
import type { ValidatorConstraintInterface } from 'class-validator';
import { ValidatorConstraint } from 'class-validator';
import { loadConfig, toBool, toInt } from '@app/common';
import { isValidTimeZone } from '@app/domain';

@ValidatorConstraint({ name: 'timeZone' })
class TimeZoneConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isValidTimeZone(value);
  }
  defaultMessage(): string {
    return 'must be an IANA time zone such as Asia/Shanghai';
  }
}

/** booking-core's environment (README, "Configuration"). */
export class CoreConfig {
  /** Unset: embedded PGlite in ./.data/pglite. pglite://memory, pglite:///dir, postgres://…, mssql://… */
  @IsOptional()
  @Matches(/^(pglite|postgres|postgresql|mssql|sqlserver):\/\//, {
    message: 'must start with pglite://, postgres://, postgresql:// or mssql://',
  })
  DATABASE_URL?: string;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  CORE_PORT = 3001;

  /** The core is an intranet service: it listens on loopback unless told otherwise. */
  @IsString()
  CORE_HOST = '127.0.0.1';

  @IsString()
  CORE_TOKENS_FILE = './.data/core-tokens.json';

  @Validate(TimeZoneConstraint)
  HOSPITAL_TZ = 'Asia/Shanghai';

  /** At least 32 bytes, base64 or hex: the key for document digests and encryption. */
  @IsString()
  @Matches(/^([A-Fa-f0-9]{64,}|[A-Za-z0-9+/=_-]{43,})$/, {
    message: 'must be at least 32 bytes, hex or base64',
  })
  PII_KEY!: string;

  @Transform(toBool)
  @IsBoolean()
  ENABLE_TEST_CLOCK = false;

  /** Background jobs (daily session generation). Tests drive them on demand instead. */
  @Transform(toBool)
  @IsBoolean()
  CORE_JOBS = true;

  /** Seed the demo hospital into an empty database. */
  @Transform(toBool)
  @IsBoolean()
  SEED_DEMO = false;

  /**
   * Processes serving the API (Node runs JavaScript on one core). Needs a server database: the
   * embedded one lives inside a single process.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  CORE_WORKERS = 1;

  /**
   * How long an intranet request without X-Deadline-Ms may take: its database work is bounded by
   * it and rolled back past it (DESIGN §8). The gateway sends its own, shorter, deadline.
   */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(120_000)
  CORE_REQUEST_DEADLINE_MS = 10_000;

  /** SIGTERM: how long requests in flight may take to finish before connections are cut. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(120_000)
  SHUTDOWN_GRACE_MS = 10_000;

  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';

  static load(env: Record<string, string | undefined> = process.env): CoreConfig {
    const config = loadConfig(CoreConfig, env);
    if (config.CORE_WORKERS > 1 && (!config.DATABASE_URL || config.DATABASE_URL.startsWith('pglite:')))
      throw new Error(
        'Invalid configuration:\n  CORE_WORKERS: more than 1 needs a server database (DATABASE_URL)',
      );
    if (config.CORE_WORKERS > 1 && config.ENABLE_TEST_CLOCK)
      throw new Error('Invalid configuration:\n  CORE_WORKERS: the test clock needs a single worker');
    return config;
  }
}
