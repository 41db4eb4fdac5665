export { SchedulingModule } from './scheduling.module';
export { ScheduleService } from './schedule.service';
export { SessionGenerationJob } from './session-generation.job';
