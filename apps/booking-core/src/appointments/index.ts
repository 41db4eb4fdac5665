export { AppointmentsModule } from './appointments.module';
export { AppointmentsService, channelsOf, partnerScopeOf } from './appointments.service';
export { newAppointmentCode, newVerificationCode } from './appointment-codes';
export {
  AppointmentResponse,
  BookAppointmentRequest,
  BookingRequestBase,
  PartnerScopeQuery,
  PatientSummaryDto,
} from './dto/appointment.dto';
