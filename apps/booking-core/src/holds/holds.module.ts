import { Module } from '@nestjs/common';
import { AppointmentsModule } from '../appointments';
import { PatientsModule } from '../patients';
import { HoldExpiryJob } from './hold-expiry.job';
import { HoldsController } from './holds.controller';
import { HoldsRepository } from './holds.repository';
import { HoldsService } from './holds.service';

/** R5 holds: a number of the one pool reserved for a few minutes, then confirmed or released (decision 023). */
@Module({
  imports: [PatientsModule, AppointmentsModule],
  controllers: [HoldsController],
  providers: [HoldsRepository, HoldsService, HoldExpiryJob],
  exports: [HoldsService, HoldExpiryJob],
})
export class HoldsModule {}
