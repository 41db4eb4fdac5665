import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { ClockService } from '../clock/clock.service';
import { Recurring } from '../shared/recurring';
import { VisitDayRepository } from './visit-day.repository';

/** R15: marks no-shows every few minutes; idempotent, serialised in the database. */
@Injectable()
export class NoShowJob implements BeforeApplicationShutdown {
  private readonly logger = new Logger('NoShows');
  private readonly recurring = new Recurring(5 * 60_000, () => this.markNoShows());

  constructor(
    private readonly visitDay: VisitDayRepository,
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

  private async markNoShows(): Promise<void> {
    try {
      const result = await this.visitDay.markNoShows({
        actor: 'system:no-shows',
        operator: null,
        now: this.clock.now(),
      });
      if (result.noShows > 0) this.logger.log({ msg: 'no-shows marked', ...result });
    } catch (error) {
      this.logger.error(error instanceof Error ? error : String(error));
    }
  }
}
