import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Caller } from '../auth/auth.guard';
import { CurrentCaller } from '../auth/caller.decorator';
import { Roles } from '../auth/roles.decorator';
import { IdParam } from '../shared/params';
import { AppointmentsService } from './appointments.service';
import {
  AppointmentCodeQuery,
  AppointmentResponse,
  BookAppointmentRequest,
  CancelAppointmentRequest,
  PartnerScopeQuery,
  PatientSearchRequest,
} from './dto/appointment.dto';
import { ApiProblems } from '../openapi/api-problems';

const BOOKERS = ['AGENT', 'CLINICIAN', 'REGISTRAR', 'GATEWAY'] as const;
const READERS = ['AGENT', 'CLINICIAN', 'NURSE', 'REGISTRAR', 'ADMIN', 'GATEWAY'] as const;

@ApiTags('appointments')
@ApiBearerAuth()
@Controller('v1')
export class AppointmentsController {
  constructor(private readonly appointments: AppointmentsService) {}

  @Post('appointments')
  @Roles(...BOOKERS)
  @ApiOperation({
    summary: 'Book a number (one pool for every channel)',
    description:
      "Book `slotId`, or the earliest free number of `sessionId`. The channel must be one of the caller's.",
  })
  @ApiCreatedResponse({ type: AppointmentResponse })
  @ApiProblems({
    400: 'VALIDATION_FAILED, INVALID_DOCUMENT, INVALID_MOBILE, INVALID_NAME',
    403: 'CHANNEL_NOT_ALLOWED, PATIENT_BLACKLISTED (with `until`)',
    404: 'SESSION_NOT_FOUND, SLOT_NOT_FOUND',
    409: 'SESSION_FULL, SLOT_UNAVAILABLE, SESSION_NOT_OPEN, SESSION_SUSPENDED, DUPLICATE_BOOKING, BOOKING_LIMIT_EXCEEDED, IDENTITY_MISMATCH, CONFLICT',
    422: 'IDEMPOTENCY_KEY_REUSED (GATEWAY: this request key booked another request)',
  })
  book(@Body() body: BookAppointmentRequest, @CurrentCaller() caller: Caller): Promise<AppointmentResponse> {
    return this.appointments.book(body, caller);
  }

  @Get('appointments')
  @Roles('AGENT', 'CLINICIAN', 'NURSE', 'REGISTRAR', 'ADMIN')
  @ApiOperation({ summary: 'Find an appointment by its public code' })
  @ApiOkResponse({ type: AppointmentResponse })
  @ApiProblems({ 404: 'APPOINTMENT_NOT_FOUND' })
  byCode(@Query() q: AppointmentCodeQuery): Promise<AppointmentResponse> {
    return this.appointments.getByCode(q.code);
  }

  @Get('appointments/:id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'One appointment' })
  @ApiOkResponse({ type: AppointmentResponse })
  @ApiProblems({ 404: 'APPOINTMENT_NOT_FOUND (GATEWAY: also when another partner made it)' })
  get(@Param() p: IdParam, @Query() q: PartnerScopeQuery, @CurrentCaller() caller: Caller) {
    return this.appointments.get(p.id, q.partnerId, caller);
  }

  @Post('appointments/:id/cancel')
  @Roles('AGENT', 'CLINICIAN', 'ADMIN', 'GATEWAY')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Cancel (退号): the number goes to the waitlist, else back to the pool after a random delay (R9; decision 029)',
  })
  @ApiOkResponse({ type: AppointmentResponse })
  @ApiProblems({
    404: 'APPOINTMENT_NOT_FOUND (GATEWAY: also when another partner made it)',
    409: 'CANCEL_NOT_ALLOWED',
  })
  cancel(@Param() p: IdParam, @Body() body: CancelAppointmentRequest, @CurrentCaller() caller: Caller) {
    return this.appointments.cancel(p.id, body.reason, body.partnerId, caller);
  }

  @Post('patients/appointments/search')
  @Roles(...READERS)
  @HttpCode(200)
  @ApiOperation({ summary: "A patient's appointments from every channel, by real name and document" })
  @ApiOkResponse({ type: [AppointmentResponse] })
  @ApiProblems({ 400: 'VALIDATION_FAILED, INVALID_DOCUMENT, INVALID_NAME' })
  search(@Body() body: PatientSearchRequest): Promise<AppointmentResponse[]> {
    return this.appointments.search(body);
  }
}
