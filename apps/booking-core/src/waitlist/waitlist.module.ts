import { Module } from '@nestjs/common';
import { AppointmentsModule } from '../appointments';
import { HoldsModule } from '../holds';
import { PatientsModule } from '../patients';
import { WaitlistController } from './waitlist.controller';
import { WaitlistRepository } from './waitlist.repository';
import { WaitlistService } from './waitlist.service';

/** R5 waitlist: freed numbers offered to a full session's line as holds (decision 029). */
@Module({
  imports: [PatientsModule, AppointmentsModule, HoldsModule],
  controllers: [WaitlistController],
  providers: [WaitlistRepository, WaitlistService],
  exports: [WaitlistService],
})
export class WaitlistModule {}
