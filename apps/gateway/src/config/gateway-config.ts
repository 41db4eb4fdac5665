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

  /**
   * Connections waiting to be accepted. When an expert's numbers open, thousands of patients
   * connect in the same second; Node's default (511) would make the rest retry their SYN after
   * a second or more. The kernel caps it at net.core.somaxconn.
   */
  @Transform(toInt)
  @IsInt()
  @Min(64)
  @Max(65535)
  GATEWAY_BACKLOG = 4096;

  /** booking-core's internal base URL. */
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  CORE_URL = 'http://127.0.0.1:3001';

  /** The gateway's service token for booking-core (role GATEWAY). */
  @IsString()
  @Matches(/^.{24,}$/, { message: 'must be at least 24 characters' })
  CORE_TOKEN!: string;

  /** Keep-alive connections to booking-core: enough to keep it busy, few enough not to swamp it. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1024)
  CORE_CONNECTIONS = 64;

  /** A core that does not accept the connection in this time is down. */
  @Transform(toInt)
  @IsInt()
  @Min(50)
  @Max(10_000)
  CORE_CONNECT_TIMEOUT_MS = 1000;

  /**
   * The budget of one call to booking-core, from the moment the gateway makes it: waiting for a
   * free connection during a burst, then the core's own work. The remainder travels to the core
   * (X-Deadline-Ms), which bounds its database work by it and rolls back what cannot finish
   * (DESIGN §8): past the budget the partner gets 503 and nothing was done.
   */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(120_000)
  CORE_DEADLINE_MS = 1500;

  /**
   * How much longer than the budget the gateway waits for the core's answer (network, a busy
   * event loop). A call still unanswered after that is 503 with outcome UNKNOWN: a retry with the
   * same Idempotency-Key is safe.
   */
  @Transform(toInt)
  @IsInt()
  @Min(50)
  @Max(10_000)
  CORE_ANSWER_GRACE_MS = 400;

  /**
   * How long the gateway answers SESSION_FULL itself after booking-core said a session was full
   * (decision 026). A number freed by a cancellation reaches partners at most this much later; 0
   * turns the shortcut off. Never more than a second.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(1000)
  SOLD_OUT_MEMO_MS = 500;

  /**
   * Decision 038: at most this many bookings of one session on their way to booking-core at once;
   * the next wait (first come, first served, at most CORE_DEADLINE_MS) for one to be answered, and
   * are answered by the sold-out memo when that answer was SESSION_FULL. 0 turns the queue off.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(1024)
  SESSION_BOOKINGS_IN_FLIGHT = 16;

  /** SIGTERM: how long requests in flight (and the dispatcher's batch) may take to finish. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(120_000)
  SHUTDOWN_GRACE_MS = 10_000;

  @IsString()
  GATEWAY_PARTNERS_FILE = './.data/partners.json';

  /** Shared nonces, idempotency records and rate counters for several gateway instances. */
  @IsOptional()
  @Matches(/^rediss?:\/\//, { message: 'must be a redis:// URL' })
  REDIS_URL?: string;

  /**
   * Without Redis (one instance, a demo): the most nonces, idempotency records and rate counters
   * kept in memory, and their approximate size; past either the oldest are evicted.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(10_000_000)
  MEMORY_STORE_MAX_ENTRIES = 200_000;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(16_384)
  MEMORY_STORE_MAX_MB = 64;

  /**
   * Decision 024: the FHIR façade's public base URL (e.g. https://api.example/fhir/r4). The token
   * URL under it is the `aud` every SMART client assertion must name; unset, the URL the request
   * came to (scheme and Host as the gateway sees them, TRUST_PROXY applying).
   */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  FHIR_BASE_URL?: string;

  /** Every Redis key of the gateway starts with this, so instances of one deployment share state. */
  @Matches(/^[A-Za-z0-9:_.-]{1,64}$/, { message: 'must be 1–64 letters, digits or : _ . -' })
  REDIS_PREFIX = 'gateway:';

  /** Anti-scalper: booking attempts per patient identity per minute, from all channels together. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10_000)
  PATIENT_RATE_PER_MINUTE = 5;

  /**
   * Key for the HMAC of a patient's document that the per-patient counter is stored under (the
   * number itself never is). Unset: generated once and kept in the shared store.
   */
  @IsOptional()
  @Matches(/^.{32,}$/, { message: 'must be at least 32 characters' })
  PATIENT_THROTTLE_KEY?: string;

  /**
   * Decision 032: this gateway fronts a hospital's partner sandbox (its own booking-core with
   * ENABLE_TEST_CLOCK and its own database), and serves /v1/sandbox/clock and /v1/sandbox/reset
   * to the partner flagged `sandbox: true`. Never in production: there the routes do not exist.
   */
  @Transform(toBool)
  @IsBoolean()
  SANDBOX = false;

  /** Trust X-Forwarded-For from a load balancer in front (for IP allowlists). */
  @Transform(toBool)
  @IsBoolean()
  TRUST_PROXY = false;

  // ---- R8/R14 notification dispatcher: claims from booking-core's outbox, sends, acknowledges.

  /** Run the dispatcher in this instance (several may run: claims are leased). */
  @Transform(toBool)
  @IsBoolean()
  DISPATCHER = true;

  /** Pause between claims when the outbox is drained. */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(60_000)
  DISPATCH_INTERVAL_MS = 1000;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(500)
  DISPATCH_BATCH = 50;

  /** Messages sent at once. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DISPATCH_CONCURRENCY = 8;

  /** A claim not acknowledged within this is given to another dispatcher (may repeat once). */
  @Transform(toInt)
  @IsInt()
  @Min(5)
  @Max(3600)
  DISPATCH_LEASE_SECONDS = 30;

  /** Retries: exponential from this, capped below, with jitter. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3_600_000)
  DISPATCH_BACKOFF_BASE_MS = 5000;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(86_400_000)
  DISPATCH_BACKOFF_MAX_MS = 600_000;

  /** A provider that does not answer within this counts as a failed attempt. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(60_000)
  DISPATCH_SEND_TIMEOUT_MS = 5000;

  /** Signature of the SMS and the hospital's name in every message. */
  @IsString()
  HOSPITAL_NAME = '示范医院';

  /** The SMS gateway's send endpoint and API key. Unset: SMS cannot be delivered (retried, then DEAD). */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  SMS_URL?: string;

  @IsOptional()
  @IsString()
  SMS_API_KEY?: string;

  /** WeChat's template-message endpoint, its access token and the template used. */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  WECHAT_URL?: string;

  @IsOptional()
  @IsString()
  WECHAT_ACCESS_TOKEN?: string;

  @IsString()
  WECHAT_TEMPLATE_ID = 'OUTPATIENT_APPOINTMENT';

  /** The app push service's endpoint and key. */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  PUSH_URL?: string;

  @IsOptional()
  @IsString()
  PUSH_API_KEY?: string;

  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';

  static load(env: Record<string, string | undefined> = process.env): GatewayConfig {
    return loadConfig(GatewayConfig, env);
  }
}
