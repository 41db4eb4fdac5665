import { Module } from '@nestjs/common';
import { TriageKbController } from './triage-kb.controller';
import { TriageKbService } from './triage-kb.service';
import { TriageController } from './triage.controller';
import { TriageRepository } from './triage.repository';
import { TriageService } from './triage.service';

/** R18 self-triage: its own module; SqlClient and ClockService come from the global modules. */
@Module({
  controllers: [TriageController, TriageKbController],
  providers: [TriageRepository, TriageKbService, TriageService],
  exports: [TriageKbService],
})
export class TriageModule {}
