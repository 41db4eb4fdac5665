import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { ClockService } from '../clock/clock.service';
import { VisitDayRepository } from './visit-day.repository';

/** R15: marks no-shows every few minutes; idempotent, serialised in the database. */
@Injectable()
export class NoShowJob implements OnApplicationShutdown {
  private readonly logger = new Logger('NoShows');
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(
    private readonly visitDay: VisitDayRepository,
    private readonly clock: ClockService,
  ) {}

  start(intervalMs = 5 * 60_000): void {
    this.timer = setInterval(() => void this.run(), intervalMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const result = await this.visitDay.markNoShows({
        actor: 'system:no-shows',
        operator: null,
        now: this.clock.now(),
      });
      if (result.noShows > 0) this.logger.log({ msg: 'no-shows marked', ...result });
    } catch (error) {
      this.logger.error(error instanceof Error ? error : String(error));
    } finally {
      this.running = false;
    }
  }
}
