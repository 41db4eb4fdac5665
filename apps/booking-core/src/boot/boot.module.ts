import { Module } from '@nestjs/common';
import { HoldsModule } from '../holds';
import { NotificationsModule } from '../notifications';
import { SchedulingModule } from '../scheduling';
import { SeedModule } from '../seed';
import { StatisticsModule } from '../statistics';
import { TriageModule } from '../triage';
import { VisitDayModule } from '../visit-day';
import { BootService } from './boot.service';

/** Start-up order and the background jobs. */
@Module({
  imports: [
    SeedModule,
    SchedulingModule,
    VisitDayModule,
    NotificationsModule,
    TriageModule,
    HoldsModule,
    StatisticsModule,
  ],
  providers: [BootService],
})
export class BootModule {}
