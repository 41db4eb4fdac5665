import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { localDate, formatLocalInstant } from '@app/domain';
import { ClockService } from '../clock/clock.service';
import { SettingsService } from '../settings';
import { Recurring } from '../shared/recurring';
import { ScheduleService } from './schedule.service';

const SYSTEM = { actor: 'system:session-generation', operator: null };

/**
 * R2: generates the release horizon once at boot and then daily at `generation_time`
 * (hospital time). Several cores may run it: generation is idempotent and serialised in the
 * database.
 */
@Injectable()
export class SessionGenerationJob implements BeforeApplicationShutdown {
  private readonly logger = new Logger('SessionGeneration');
  private readonly recurring = new Recurring(60_000, () => this.tick());
  private lastRunDate: string | null = null;
  private running = false;

  constructor(
    private readonly schedule: ScheduleService,
    private readonly settings: SettingsService,
    private readonly clock: ClockService,
  ) {}

  /** Runs once now, then checks every minute whether today's run is due. */
  async start(): Promise<void> {
    await this.run('boot');
    this.recurring.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.recurring.stop();
  }

  private async tick(): Promise<void> {
    const now = this.clock.now();
    const today = localDate(now, this.clock.timeZone);
    if (this.lastRunDate === today) return;
    const at = await this.settings.text('generation_time');
    if (formatLocalInstant(now, this.clock.timeZone).slice(11, 16) >= at) await this.run('daily');
  }

  private async run(reason: string): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const result = await this.schedule.generate({ ...SYSTEM, now: this.clock.now() });
      this.lastRunDate = this.clock.today();
      this.logger.log({ msg: `session generation (${reason})`, ...result });
    } catch (error) {
      this.logger.error(error instanceof Error ? error : String(error));
    } finally {
      this.running = false;
    }
  }
}
