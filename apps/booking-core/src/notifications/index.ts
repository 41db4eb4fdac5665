export { NotificationsModule } from './notifications.module';
export { NotificationsService } from './notifications.service';
export { ReminderJob } from './reminder.job';
export { NotificationSummaryDto } from './dto/notification.dto';
