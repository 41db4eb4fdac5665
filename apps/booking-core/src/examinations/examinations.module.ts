import { Module } from '@nestjs/common';
import { AppointmentsModule } from '../appointments';
import { PatientsModule } from '../patients';
import { ExamCatalogueController } from './exam-catalogue.controller';
import { ExamCatalogueService } from './exam-catalogue.service';
import { ExaminationsController } from './examinations.controller';
import { ExaminationsRepository } from './examinations.repository';
import { ExaminationsService } from './examinations.service';
import { ExamStatisticsService } from './exam-statistics.service';

/** R19 医技预约: examinations booked against orders, on sessions of examination resources (decision 031). */
@Module({
  imports: [PatientsModule, AppointmentsModule],
  controllers: [ExamCatalogueController, ExaminationsController],
  providers: [ExaminationsRepository, ExaminationsService, ExamCatalogueService, ExamStatisticsService],
  exports: [ExaminationsService, ExamCatalogueService],
})
export class ExaminationsModule {}
