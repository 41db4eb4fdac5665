import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { formatLocalInstant } from '@app/domain';
import { ClockService } from '../clock/clock.service';
import { SettingsService } from '../settings';
import { Recurring } from '../shared/recurring';
import { NotificationsService } from './notifications.service';

/** R8: once a day at reminder_time (hospital time), remind the next day's patients. */
@Injectable()
export class ReminderJob implements BeforeApplicationShutdown {
  private readonly logger = new Logger('Reminders');
  private readonly recurring = new Recurring(60_000, () => this.remindIfDue());
  private lastRunDate: string | null = null;

  constructor(
    private readonly notifications: NotificationsService,
    private readonly settings: SettingsService,
    private readonly clock: ClockService,
  ) {}

  start(): void {
    this.recurring.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.recurring.stop();
  }

  tick(): Promise<void> {
    return this.recurring.trigger();
  }

  private async remindIfDue(): Promise<void> {
    const today = this.clock.today();
    if (this.lastRunDate === today) return;
    const at = await this.settings.text('reminder_time');
    if (formatLocalInstant(this.clock.now(), this.clock.timeZone).slice(11, 16) < at) return;
    this.lastRunDate = today;
    try {
      const result = await this.notifications.createReminders({
        actor: 'system:reminders',
        operator: null,
        now: this.clock.now(),
      });
      this.logger.log({ msg: 'reminders queued', ...result });
    } catch (error) {
      this.lastRunDate = null;
      this.logger.error(error instanceof Error ? error : String(error));
    }
  }
}
