import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { addDays } from '@app/domain';
import { ClockService } from '../clock';
import { Recurring } from '../shared/recurring';
import { NoShowJob } from '../visit-day';
import { StatisticsRepository } from './statistics.repository';
import { StatisticsService } from './statistics.service';

/** Days one run closes at most (a first run on a long history continues in the next runs). */
const DAYS_PER_RUN = 400;

/**
 * R17: closes the statistics of every finished day (decision 021). Every ten minutes: the days
 * after the newest closed one (from the first session day on a new database) up to yesterday are
 * rolled up and closed — after the no-shows are marked, so a closed day holds them. A closed day
 * is never rolled up again by the job; POST /v1/statistics/rollups rebuilds a range.
 */
@Injectable()
export class RollupJob implements BeforeApplicationShutdown {
  private readonly logger = new Logger('StatisticsRollup');
  private readonly recurring = new Recurring(10 * 60_000, () => this.closeFinishedDays());

  constructor(
    private readonly repository: StatisticsRepository,
    private readonly statistics: StatisticsService,
    private readonly noShows: NoShowJob,
    private readonly clock: ClockService,
  ) {}

  start(): void {
    this.recurring.start();
    void this.recurring.trigger();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.recurring.stop();
  }

  /** One run now (tests, and after a restart). */
  run(): Promise<void> {
    return this.recurring.trigger();
  }

  private async closeFinishedDays(): Promise<void> {
    try {
      await this.noShows.run();
      const yesterday = addDays(this.clock.today(), -1);
      const bounds = await this.repository.rollupBounds();
      if (!bounds.firstSession) return;
      let day = bounds.lastClosed ? addDays(bounds.lastClosed, 1) : bounds.firstSession;
      const last = bounds.lastSession && bounds.lastSession < yesterday ? bounds.lastSession : yesterday;
      let closed = 0;
      while (day <= last && closed < DAYS_PER_RUN) {
        await this.repository.rollupDay(day, true, false, this.clock.timeZone, this.clock.now());
        closed++;
        day = addDays(day, 1);
      }
      if (closed > 0) {
        this.statistics.invalidateLive();
        this.logger.log({ msg: 'statistics days closed', days: closed, through: addDays(day, -1) });
      }
    } catch (error) {
      this.logger.error(error instanceof Error ? error : String(error));
    }
  }
}
