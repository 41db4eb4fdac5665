import { Module } from '@nestjs/common';
import { PatientsModule } from '../patients';
import { QueueModule } from '../queue';
import { NoShowJob } from './no-show.job';
import { VisitDayController } from './visit-day.controller';
import { VisitDayRepository } from './visit-day.repository';
import { VisitDayService } from './visit-day.service';

/** The visit day: check-in and lateness, registration, walk-ins, no-shows (R10–R13, R15). */
@Module({
  imports: [PatientsModule, QueueModule],
  controllers: [VisitDayController],
  providers: [VisitDayRepository, VisitDayService, NoShowJob],
  exports: [NoShowJob],
})
export class VisitDayModule {}
