import { Module } from '@nestjs/common';
import { PatientsModule } from '../patients';
import { SettingsModule } from '../settings';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';
import { ReminderJob } from './reminder.job';

/** The notification outbox: confirmations, reminders, claims and acknowledgements (R8, R14). */
@Module({
  imports: [PatientsModule, SettingsModule],
  controllers: [NotificationsController],
  providers: [NotificationsRepository, NotificationsService, ReminderJob],
  exports: [NotificationsService, ReminderJob],
})
export class NotificationsModule {}
