import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AppointmentResponse, PartnerScopeQuery } from '../appointments';
import type { Caller } from '../auth/auth.guard';
import { CurrentCaller } from '../auth/caller.decorator';
import { Roles } from '../auth/roles.decorator';
import { HoldActionRequest } from '../holds';
import { ApiProblems } from '../openapi/api-problems';
import { IdParam } from '../shared/params';
import { JoinWaitlistRequest, WaitlistEntryResponse } from './dto/waitlist.dto';
import { WaitlistService } from './waitlist.service';

/** Booking's roles (R7): whoever may book may wait. */
const BOOKERS = ['AGENT', 'CLINICIAN', 'REGISTRAR', 'GATEWAY'] as const;
const READERS = ['AGENT', 'CLINICIAN', 'NURSE', 'REGISTRAR', 'ADMIN', 'GATEWAY'] as const;
const NOT_FOUND = 'WAITLIST_ENTRY_NOT_FOUND (GATEWAY: also when another partner made it)';

@ApiTags('waitlist')
@ApiBearerAuth()
@Controller('v1/waitlist')
export class WaitlistController {
  constructor(private readonly waitlist: WaitlistService) {}

  @Post()
  @Roles(...BOOKERS)
  @ApiOperation({
    summary: 'Join the waitlist of a full session (R5; decision 029)',
    description:
      'A freed number of the session is offered to the first in line as a hold for the setting ' +
      '`waitlist_offer_minutes`, with a message (SMS, and WeChat / partner callback); accept or decline it.',
  })
  @ApiCreatedResponse({ type: WaitlistEntryResponse })
  @ApiProblems({
    400: 'VALIDATION_FAILED, INVALID_DOCUMENT, INVALID_MOBILE, INVALID_NAME',
    403: 'CHANNEL_NOT_ALLOWED, PATIENT_BLACKLISTED (with `until`)',
    404: 'SESSION_NOT_FOUND',
    409: 'WAITLIST_NOT_FULL, WAITLIST_DUPLICATE, SESSION_NOT_OPEN, SESSION_SUSPENDED, DUPLICATE_BOOKING, BOOKING_LIMIT_EXCEEDED, IDENTITY_MISMATCH',
  })
  join(@Body() body: JoinWaitlistRequest, @CurrentCaller() caller: Caller): Promise<WaitlistEntryResponse> {
    return this.waitlist.join(body, caller);
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'One waitlist entry: place in line, and the offer it holds' })
  @ApiOkResponse({ type: WaitlistEntryResponse })
  @ApiProblems({ 404: NOT_FOUND })
  get(@Param() p: IdParam, @Query() q: PartnerScopeQuery, @CurrentCaller() caller: Caller) {
    return this.waitlist.get(p.id, q.partnerId, caller);
  }

  @Post(':id/leave')
  @Roles(...BOOKERS)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Leave the line (a live offer is declined and passed on); leaving again returns it',
  })
  @ApiOkResponse({ type: WaitlistEntryResponse })
  @ApiProblems({ 404: NOT_FOUND, 409: 'WAITLIST_ENTRY_NOT_ACTIVE' })
  leave(@Param() p: IdParam, @Body() body: HoldActionRequest, @CurrentCaller() caller: Caller) {
    return this.waitlist.leave(p.id, body.partnerId, caller);
  }

  @Post(':id/accept')
  @Roles(...BOOKERS)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Accept the offer: the appointment, every booking rule checked again (as confirming a hold)',
  })
  @ApiOkResponse({ type: AppointmentResponse })
  @ApiProblems({
    403: 'PATIENT_BLACKLISTED (with `until`)',
    404: NOT_FOUND,
    409: 'WAITLIST_NO_OFFER, HOLD_EXPIRED, HOLD_NOT_ACTIVE, SESSION_NOT_OPEN, SESSION_SUSPENDED, DUPLICATE_BOOKING, BOOKING_LIMIT_EXCEEDED',
  })
  accept(@Param() p: IdParam, @Body() body: HoldActionRequest, @CurrentCaller() caller: Caller) {
    return this.waitlist.accept(p.id, body.partnerId, caller);
  }

  @Post(':id/decline')
  @Roles(...BOOKERS)
  @HttpCode(200)
  @ApiOperation({ summary: 'Decline the offer: its number goes to the next patient waiting' })
  @ApiOkResponse({ type: WaitlistEntryResponse })
  @ApiProblems({ 404: NOT_FOUND, 409: 'WAITLIST_NO_OFFER, HOLD_NOT_ACTIVE' })
  decline(@Param() p: IdParam, @Body() body: HoldActionRequest, @CurrentCaller() caller: Caller) {
    return this.waitlist.decline(p.id, body.partnerId, caller);
  }
}
