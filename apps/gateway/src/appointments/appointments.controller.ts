import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import {
  ApiCallbacks,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { partnerOf, type GatewayRequest } from '../auth/gateway-request';
import { ApiIdempotencyKey, ApiProblems } from '../openapi/api-problems.decorator';
import { PartnerCallbackRequest } from '../openapi/callback.dto';
import { IdParam } from '../shared/params';
import { AppointmentsService } from './appointments.service';
import { RefusedWhenSoldOut } from './sold-out.guard';
import { AppointmentResponse, BookAppointmentRequest, CancelAppointmentRequest } from './dto/appointment.dto';

const BOOKING_REFUSALS =
  'SESSION_FULL, SLOT_UNAVAILABLE, SESSION_NOT_OPEN, SESSION_SUSPENDED, DUPLICATE_BOOKING, ' +
  'BOOKING_LIMIT_EXCEEDED, IDENTITY_MISMATCH, IDEMPOTENCY_IN_PROGRESS';

@ApiTags('appointments')
@Controller('v1')
export class AppointmentsController {
  constructor(private readonly appointments: AppointmentsService) {}

  @Post('appointments')
  @RefusedWhenSoldOut()
  @ApiOperation({
    operationId: 'bookAppointment',
    summary: 'Book a number from the one pool (R5)',
    description:
      "`slotId`, or `sessionId` for the session's earliest free number. The channel is the partner's. " +
      'A burst of attempts for one patient is slowed across all partners (429).',
  })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({
    type: AppointmentResponse,
    description: 'Booked; the only response with verificationCode',
  })
  @ApiProblems({
    400: 'VALIDATION_FAILED, INVALID_DOCUMENT, INVALID_MOBILE, INVALID_NAME, IDEMPOTENCY_KEY_MISSING',
    403: 'PATIENT_BLACKLISTED (with `until`)',
    404: 'SESSION_NOT_FOUND, SLOT_NOT_FOUND, TRIAGE_ASSESSMENT_NOT_FOUND',
    409: BOOKING_REFUSALS,
    413: 'PAYLOAD_TOO_LARGE',
    415: 'UNSUPPORTED_MEDIA_TYPE',
    422: 'IDEMPOTENCY_KEY_REUSED',
  })
  @ApiExtraModels(PartnerCallbackRequest)
  @ApiCallbacks({
    name: 'appointmentEvent',
    callbackUrl: 'https://partner.example/your-callback-url',
    method: 'post',
    requestBody: { type: PartnerCallbackRequest },
    expectedResponse: {
      status: 200,
      description: 'Any 2xx within 5 s acknowledges the event; otherwise it is retried (see Callbacks above)',
    },
  })
  book(@Body() body: BookAppointmentRequest, @Req() request: GatewayRequest): Promise<AppointmentResponse> {
    // The key travels to the core: a retry after a lost answer finds the booking already made.
    const key = request.headers['idempotency-key'];
    return this.appointments.book(body, partnerOf(request), typeof key === 'string' ? key : undefined);
  }

  @Get('appointments/:id')
  @ApiOperation({ operationId: 'getAppointment', summary: 'One appointment, if this partner made it' })
  @ApiOkResponse({ type: AppointmentResponse, description: 'The appointment (without the check-in code)' })
  @ApiProblems({ 400: 'VALIDATION_FAILED', 404: 'APPOINTMENT_NOT_FOUND (also when another partner made it)' })
  get(@Param() p: IdParam, @Req() request: GatewayRequest): Promise<AppointmentResponse> {
    return this.appointments.get(p.id, partnerOf(request));
  }

  @Post('appointments/:id/cancel')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'cancelAppointment',
    summary:
      'Cancel (退号): the number goes to the waitlist, else back to the pool after a random delay (R9; decision 029)',
  })
  @ApiIdempotencyKey()
  @ApiOkResponse({ type: AppointmentResponse, description: 'Cancelled' })
  @ApiProblems({
    400: 'VALIDATION_FAILED, IDEMPOTENCY_KEY_MISSING',
    404: 'APPOINTMENT_NOT_FOUND (also when another partner made it)',
    409: 'CANCEL_NOT_ALLOWED, IDEMPOTENCY_IN_PROGRESS',
    413: 'PAYLOAD_TOO_LARGE',
    415: 'UNSUPPORTED_MEDIA_TYPE',
    422: 'IDEMPOTENCY_KEY_REUSED',
  })
  cancel(
    @Param() p: IdParam,
    @Body() body: CancelAppointmentRequest,
    @Req() request: GatewayRequest,
  ): Promise<AppointmentResponse> {
    return this.appointments.cancel(p.id, body.reason, partnerOf(request));
  }
}
