import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { ClockService } from '../clock/clock.service';
import { Recurring } from '../shared/recurring';
import { HoldsRepository } from './holds.repository';

/**
 * R5: marks holds past their time EXPIRED every minute, for the record. Nothing waits for it: a
 * claim already treats an expired hold's number as free (decision 023). Idempotent.
 */
@Injectable()
export class HoldExpiryJob implements BeforeApplicationShutdown {
  private readonly logger = new Logger('HoldExpiry');
  private readonly recurring = new Recurring(60_000, () => this.expire());

  constructor(
    private readonly holds: HoldsRepository,
    private readonly clock: ClockService,
  ) {}

  start(): void {
    this.recurring.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.recurring.stop();
  }

  run(): Promise<void> {
    return this.recurring.trigger();
  }

  private async expire(): Promise<void> {
    try {
      const expired = await this.holds.expire(this.clock.now());
      if (expired > 0) this.logger.log({ msg: 'holds expired', expired });
    } catch (error) {
      this.logger.error(error instanceof Error ? error : String(error));
    }
  }
}
