import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import {
  type BeforeApplicationShutdown,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { NotificationJob } from '@app/contracts';
import { GatewayConfig } from '../config/gateway-config';
import { CoreClient } from '../core/core-client';
import { DeliveryAdapters, DeliveryNotApplicable } from './delivery-adapters';
import { renderMessage } from './message-templates';

/**
 * R8 / R14: delivers booking-core's outbox. It claims a batch with a lease, sends each message
 * through its provider, and acknowledges it: sent, or failed with the time to try again
 * (exponential backoff with jitter). After the core's maximum attempts a message is DEAD (ADMIN
 * sees and replays it). Several dispatchers may run at once — a claim is theirs alone until its
 * lease runs out. Delivery is at least once: a dispatcher killed after sending but before
 * acknowledging leaves the message to be sent again when its lease expires (at most once more
 * per expired lease); providers get the notification id to deduplicate.
 */
@Injectable()
export class NotificationDispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Dispatcher');
  readonly owner = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private stopping = false;
  private loop?: Promise<void>;
  private wake?: () => void;

  constructor(
    private readonly config: GatewayConfig,
    private readonly core: CoreClient,
    private readonly adapters: DeliveryAdapters,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.DISPATCHER) this.loop = this.run();
  }

  /**
   * Graceful shutdown: no new claims; the batch in hand is delivered and acknowledged while the
   * core client is still open (it closes later, in onApplicationShutdown) — a stop sends nothing twice.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      let claimed = 0;
      try {
        const jobs = await this.core.claimNotifications(
          this.owner,
          this.config.DISPATCH_BATCH,
          this.config.DISPATCH_LEASE_SECONDS,
        );
        claimed = jobs.length;
        await this.deliverAll(jobs);
      } catch (error) {
        // The core is down or restarting: try again after the pause.
        this.logger.warn({
          msg: 'claim failed',
          error: error instanceof Error ? error.message : String(error),
        });
      }
      if (claimed < this.config.DISPATCH_BATCH && !this.stopping)
        await this.pause(this.config.DISPATCH_INTERVAL_MS);
    }
  }

  private async deliverAll(jobs: NotificationJob[]): Promise<void> {
    let next = 0;
    const worker = async () => {
      while (next < jobs.length) await this.deliver(jobs[next++]);
    };
    await Promise.all(
      Array.from({ length: Math.min(this.config.DISPATCH_CONCURRENCY, jobs.length) }, worker),
    );
  }

  private async deliver(job: NotificationJob): Promise<void> {
    let outcome: { sent: true } | { sent: false; error: string; retryAfterMs: number };
    try {
      await this.adapters.send(job, renderMessage(job, this.config.HOSPITAL_NAME));
      outcome = { sent: true };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (error instanceof DeliveryNotApplicable) {
        outcome = { sent: true };
        this.logger.debug({ msg: 'nothing to deliver', id: job.id, channel: job.channel, reason });
      } else {
        outcome = {
          sent: false,
          error: reason.slice(0, 500),
          retryAfterMs: this.backoff(job.attempt),
        };
        this.logger.warn({
          msg: 'delivery failed',
          id: job.id,
          kind: job.kind,
          channel: job.channel,
          attempt: job.attempt,
          reason,
        });
      }
    }
    try {
      await this.core.ackNotification(job.id, this.owner, outcome);
    } catch (error) {
      // Unacknowledged: the lease expires and the message is claimed again (at least once).
      this.logger.warn({
        msg: 'ack failed',
        id: job.id,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }

  /** Exponential backoff with "equal jitter": half fixed, half random, capped. */
  backoff(attempt: number): number {
    const exp = Math.min(
      this.config.DISPATCH_BACKOFF_MAX_MS,
      this.config.DISPATCH_BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1),
    );
    return Math.round(exp / 2 + Math.random() * (exp / 2));
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
