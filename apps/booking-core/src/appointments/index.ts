export { AppointmentsModule } from './appointments.module';
export { AppointmentsService } from './appointments.service';
export { newAppointmentCode, newVerificationCode } from './appointment-codes';
export { AppointmentResponse } from './dto/appointment.dto';
