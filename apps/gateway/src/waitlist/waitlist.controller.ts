import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { partnerOf, type GatewayRequest } from '../auth/gateway-request';
import { AppointmentResponse } from '../appointments/dto/appointment.dto';
import { ApiIdempotencyKey, ApiProblems } from '../openapi/api-problems.decorator';
import { IdParam } from '../shared/params';
import { JoinWaitlistRequest, WaitlistEntryResponse } from './dto/waitlist.dto';
import { WaitlistService } from './waitlist.service';

const NOT_FOUND = 'WAITLIST_ENTRY_NOT_FOUND (also when another partner made it)';
const POSTED = {
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'IDEMPOTENCY_KEY_REUSED',
};

@ApiTags('waitlist')
@Controller('v1/waitlist')
export class WaitlistController {
  constructor(private readonly waitlist: WaitlistService) {}

  @Post()
  @ApiOperation({
    operationId: 'joinWaitlist',
    summary: 'Join the waitlist of a full session (R5)',
    description:
      'When a number of the session is freed (a cancellation, a hold ended) it is offered to the first in line ' +
      "as a hold, with a message (SMS, and your channel's: WeChat, app push or your callback, event " +
      '`WAITLIST_OFFER`). Accept it before `offer.expiresAt` or it passes to the next. `position` is the place in line.',
  })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: WaitlistEntryResponse, description: 'In line' })
  @ApiProblems({
    400: 'VALIDATION_FAILED, INVALID_DOCUMENT, INVALID_MOBILE, INVALID_NAME, IDEMPOTENCY_KEY_MISSING',
    403: 'PATIENT_BLACKLISTED (with `until`)',
    404: 'SESSION_NOT_FOUND',
    409:
      'WAITLIST_NOT_FULL (book instead), WAITLIST_DUPLICATE, SESSION_NOT_OPEN, SESSION_SUSPENDED, ' +
      'DUPLICATE_BOOKING, BOOKING_LIMIT_EXCEEDED, IDENTITY_MISMATCH, IDEMPOTENCY_IN_PROGRESS',
    ...POSTED,
  })
  join(@Body() body: JoinWaitlistRequest, @Req() request: GatewayRequest): Promise<WaitlistEntryResponse> {
    return this.waitlist.join(body, partnerOf(request));
  }

  @Get(':id')
  @ApiOperation({
    operationId: 'getWaitlistEntry',
    summary: 'The place in line and the offer held, if this partner made the entry',
  })
  @ApiOkResponse({ type: WaitlistEntryResponse })
  @ApiProblems({ 400: 'VALIDATION_FAILED', 404: NOT_FOUND })
  get(@Param() p: IdParam, @Req() request: GatewayRequest): Promise<WaitlistEntryResponse> {
    return this.waitlist.get(p.id, partnerOf(request));
  }

  @Post(':id/leave')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'leaveWaitlist',
    summary: 'Leave the line (a live offer passes on); again returns it',
  })
  @ApiIdempotencyKey()
  @ApiOkResponse({ type: WaitlistEntryResponse })
  @ApiProblems({
    400: 'VALIDATION_FAILED, IDEMPOTENCY_KEY_MISSING',
    404: NOT_FOUND,
    409: 'WAITLIST_ENTRY_NOT_ACTIVE, IDEMPOTENCY_IN_PROGRESS',
    ...POSTED,
  })
  leave(@Param() p: IdParam, @Req() request: GatewayRequest): Promise<WaitlistEntryResponse> {
    return this.waitlist.leave(p.id, partnerOf(request));
  }

  @Post(':id/accept')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'acceptWaitlistOffer',
    summary: 'Accept the offer: the appointment (the booking response, with verificationCode)',
  })
  @ApiIdempotencyKey()
  @ApiOkResponse({ type: AppointmentResponse, description: 'Booked' })
  @ApiProblems({
    400: 'VALIDATION_FAILED, IDEMPOTENCY_KEY_MISSING',
    403: 'PATIENT_BLACKLISTED (with `until`)',
    404: NOT_FOUND,
    409:
      'WAITLIST_NO_OFFER, HOLD_EXPIRED, HOLD_NOT_ACTIVE, SESSION_NOT_OPEN, SESSION_SUSPENDED, ' +
      'DUPLICATE_BOOKING, BOOKING_LIMIT_EXCEEDED, IDEMPOTENCY_IN_PROGRESS',
    ...POSTED,
  })
  accept(@Param() p: IdParam, @Req() request: GatewayRequest): Promise<AppointmentResponse> {
    return this.waitlist.accept(p.id, partnerOf(request));
  }

  @Post(':id/decline')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'declineWaitlistOffer',
    summary: 'Decline the offer: its number passes to the next in line',
  })
  @ApiIdempotencyKey()
  @ApiOkResponse({ type: WaitlistEntryResponse })
  @ApiProblems({
    400: 'VALIDATION_FAILED, IDEMPOTENCY_KEY_MISSING',
    404: NOT_FOUND,
    409: 'WAITLIST_NO_OFFER, HOLD_NOT_ACTIVE, IDEMPOTENCY_IN_PROGRESS',
    ...POSTED,
  })
  decline(@Param() p: IdParam, @Req() request: GatewayRequest): Promise<WaitlistEntryResponse> {
    return this.waitlist.decline(p.id, partnerOf(request));
  }
}
