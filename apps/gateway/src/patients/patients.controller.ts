import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AppointmentsService } from '../appointments/appointments.service';
import { AppointmentResponse, PatientSearchRequest } from '../appointments/dto/appointment.dto';
import { ApiIdempotencyKey, ApiProblems } from '../openapi/api-problems.decorator';

@ApiTags('patients')
@Controller('v1/patients')
export class PatientsController {
  constructor(private readonly appointments: AppointmentsService) {}

  @Post('appointments/search')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'searchPatientAppointments',
    summary: "A patient's appointments from every channel, by real name and document",
    description: 'The identity travels in the body, never in the URL (URLs end up in logs).',
  })
  @ApiIdempotencyKey()
  @ApiOkResponse({ type: [AppointmentResponse], description: 'Newest first; empty when nothing matches' })
  @ApiProblems({
    400: 'VALIDATION_FAILED, INVALID_DOCUMENT, IDEMPOTENCY_KEY_MISSING',
    409: 'IDEMPOTENCY_IN_PROGRESS',
    413: 'PAYLOAD_TOO_LARGE',
    415: 'UNSUPPORTED_MEDIA_TYPE',
    422: 'IDEMPOTENCY_KEY_REUSED',
  })
  search(@Body() body: PatientSearchRequest): Promise<AppointmentResponse[]> {
    return this.appointments.search(body);
  }
}
