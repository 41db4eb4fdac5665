import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications';
import { PatientsModule } from '../patients';
import { AppointmentsController } from './appointments.controller';
import { AppointmentsRepository } from './appointments.repository';
import { AppointmentsService } from './appointments.service';

/** Booking, reading and cancelling, for every channel from one pool (R5–R7, R9). */
@Module({
  imports: [PatientsModule, NotificationsModule],
  controllers: [AppointmentsController],
  providers: [AppointmentsRepository, AppointmentsService],
  exports: [AppointmentsService],
})
export class AppointmentsModule {}
