import { Module } from '@nestjs/common';
import { PatientsModule } from '../patients';
import { SessionsModule } from '../sessions';
import { SuspensionController } from './suspension.controller';
import { SuspensionRepository } from './suspension.repository';
import { SuspensionService } from './suspension.service';

/** A doctor who cannot come: same-level substitutes, or suspension and the call list (R14). */
@Module({
  imports: [SessionsModule, PatientsModule],
  controllers: [SuspensionController],
  providers: [SuspensionRepository, SuspensionService],
})
export class SuspensionModule {}
