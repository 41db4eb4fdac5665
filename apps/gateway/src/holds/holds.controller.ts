import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { partnerOf, type GatewayRequest } from '../auth/gateway-request';
import { AppointmentResponse } from '../appointments/dto/appointment.dto';
import { ApiIdempotencyKey, ApiProblems } from '../openapi/api-problems.decorator';
import { IdParam } from '../shared/params';
import { HoldNumberRequest, HoldResponse } from './dto/hold.dto';
import { HoldsService } from './holds.service';

const HOLD_REFUSALS =
  'SESSION_FULL, SLOT_UNAVAILABLE, SESSION_NOT_OPEN, SESSION_SUSPENDED, DUPLICATE_BOOKING, ' +
  'BOOKING_LIMIT_EXCEEDED, IDENTITY_MISMATCH, IDEMPOTENCY_IN_PROGRESS';

@ApiTags('holds')
@Controller('v1/holds')
export class HoldsController {
  constructor(private readonly holds: HoldsService) {}

  @Post()
  @ApiOperation({
    operationId: 'holdNumber',
    summary: 'Hold a number for a few minutes while the patient confirms or pays (R5)',
    description:
      "The same request as a booking: `slotId`, or `sessionId` for the session's earliest free number. " +
      'Every booking rule is checked now and again at confirm. While the hold lives (until `expiresAt`, ' +
      "the hospital's clock) nobody else can book or hold the number, and it counts toward the patient's " +
      'limits; once expired its number is back in the pool at once.',
  })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: HoldResponse, description: 'Held' })
  @ApiProblems({
    400: 'VALIDATION_FAILED, INVALID_DOCUMENT, INVALID_MOBILE, INVALID_NAME, IDEMPOTENCY_KEY_MISSING',
    403: 'PATIENT_BLACKLISTED (with `until`)',
    404: 'SESSION_NOT_FOUND, SLOT_NOT_FOUND, TRIAGE_ASSESSMENT_NOT_FOUND',
    409: HOLD_REFUSALS,
    413: 'PAYLOAD_TOO_LARGE',
    415: 'UNSUPPORTED_MEDIA_TYPE',
    422: 'IDEMPOTENCY_KEY_REUSED',
  })
  hold(@Body() body: HoldNumberRequest, @Req() request: GatewayRequest): Promise<HoldResponse> {
    // The key travels to the core: a retry after a lost answer finds the hold already made.
    const key = request.headers['idempotency-key'];
    return this.holds.hold(body, partnerOf(request), typeof key === 'string' ? key : undefined);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getHold', summary: 'One hold, if this partner made it' })
  @ApiOkResponse({ type: HoldResponse, description: 'The hold (HELD past expiresAt reads EXPIRED)' })
  @ApiProblems({ 400: 'VALIDATION_FAILED', 404: 'HOLD_NOT_FOUND (also when another partner made it)' })
  get(@Param() p: IdParam, @Req() request: GatewayRequest): Promise<HoldResponse> {
    return this.holds.get(p.id, partnerOf(request));
  }

  @Post(':id/confirm')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'confirmHold',
    summary: 'Confirm a live hold: the appointment, with every booking rule checked again',
    description: 'The response is the booking response (with verificationCode). Confirming again returns it.',
  })
  @ApiIdempotencyKey()
  @ApiOkResponse({ type: AppointmentResponse, description: 'Booked' })
  @ApiProblems({
    400: 'VALIDATION_FAILED, IDEMPOTENCY_KEY_MISSING',
    403: 'PATIENT_BLACKLISTED (with `until`)',
    404: 'HOLD_NOT_FOUND (also when another partner made it)',
    409:
      'HOLD_EXPIRED, HOLD_NOT_ACTIVE, SESSION_NOT_OPEN, SESSION_SUSPENDED, SLOT_UNAVAILABLE, ' +
      'DUPLICATE_BOOKING, BOOKING_LIMIT_EXCEEDED, IDEMPOTENCY_IN_PROGRESS',
    413: 'PAYLOAD_TOO_LARGE',
    415: 'UNSUPPORTED_MEDIA_TYPE',
    422: 'IDEMPOTENCY_KEY_REUSED',
  })
  confirm(@Param() p: IdParam, @Req() request: GatewayRequest): Promise<AppointmentResponse> {
    return this.holds.confirm(p.id, partnerOf(request));
  }

  @Post(':id/release')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'releaseHold',
    summary:
      'Release a hold early: its number goes to the waitlist, else back to the pool after a random delay (decision 029)',
    description: 'Releasing a released or expired hold again returns it unchanged.',
  })
  @ApiIdempotencyKey()
  @ApiOkResponse({ type: HoldResponse, description: 'Released' })
  @ApiProblems({
    400: 'VALIDATION_FAILED, IDEMPOTENCY_KEY_MISSING',
    404: 'HOLD_NOT_FOUND (also when another partner made it)',
    409: 'HOLD_NOT_ACTIVE (it was confirmed: cancel the appointment instead), IDEMPOTENCY_IN_PROGRESS',
    413: 'PAYLOAD_TOO_LARGE',
    415: 'UNSUPPORTED_MEDIA_TYPE',
    422: 'IDEMPOTENCY_KEY_REUSED',
  })
  release(@Param() p: IdParam, @Req() request: GatewayRequest): Promise<HoldResponse> {
    return this.holds.release(p.id, partnerOf(request));
  }
}
