import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog';
import { SettingsModule } from '../settings';
import { ScheduleController } from './schedule.controller';
import { ScheduleRepository } from './schedule.repository';
import { ScheduleService } from './schedule.service';
import { SessionGenerationJob } from './session-generation.job';

/** Templates and the generation of sessions and numbers (R1–R4). */
@Module({
  imports: [CatalogModule, SettingsModule],
  controllers: [ScheduleController],
  providers: [ScheduleRepository, ScheduleService, SessionGenerationJob],
  exports: [ScheduleService, SessionGenerationJob],
})
export class SchedulingModule {}
