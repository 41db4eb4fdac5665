import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AppointmentResponse, PartnerScopeQuery } from '../appointments';
import type { Caller } from '../auth/auth.guard';
import { CurrentCaller } from '../auth/caller.decorator';
import { Roles } from '../auth/roles.decorator';
import { ApiProblems } from '../openapi/api-problems';
import { IdParam } from '../shared/params';
import { HoldActionRequest, HoldNumberRequest, HoldResponse } from './dto/hold.dto';
import { HoldsService } from './holds.service';

/** Booking's roles (R7): whoever may book may hold. */
const HOLDERS = ['AGENT', 'CLINICIAN', 'REGISTRAR', 'GATEWAY'] as const;
const READERS = ['AGENT', 'CLINICIAN', 'NURSE', 'REGISTRAR', 'ADMIN', 'GATEWAY'] as const;

@ApiTags('holds')
@ApiBearerAuth()
@Controller('v1/holds')
export class HoldsController {
  constructor(private readonly holds: HoldsService) {}

  @Post()
  @Roles(...HOLDERS)
  @ApiOperation({
    summary: 'Hold a number for a few minutes (R5: the one pool)',
    description:
      'Hold `slotId`, or the earliest free number of `sessionId`, for the patient, for the setting `hold_minutes`. ' +
      'Every booking rule is checked now and again at confirm; the number is bookable by no one else while the ' +
      'hold lives, and the hold counts toward the patient’s limits. An expired hold frees its number at once.',
  })
  @ApiCreatedResponse({ type: HoldResponse })
  @ApiProblems({
    400: 'VALIDATION_FAILED, INVALID_DOCUMENT, INVALID_MOBILE, INVALID_NAME',
    403: 'CHANNEL_NOT_ALLOWED, PATIENT_BLACKLISTED (with `until`)',
    404: 'SESSION_NOT_FOUND, SLOT_NOT_FOUND',
    409: 'SESSION_FULL, SLOT_UNAVAILABLE, SESSION_NOT_OPEN, SESSION_SUSPENDED, DUPLICATE_BOOKING, BOOKING_LIMIT_EXCEEDED, IDENTITY_MISMATCH, CONFLICT',
    422: 'IDEMPOTENCY_KEY_REUSED (GATEWAY: this request key held another request)',
  })
  hold(@Body() body: HoldNumberRequest, @CurrentCaller() caller: Caller): Promise<HoldResponse> {
    return this.holds.hold(body, caller);
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'One hold (HELD past its time reads EXPIRED)' })
  @ApiOkResponse({ type: HoldResponse })
  @ApiProblems({ 404: 'HOLD_NOT_FOUND (GATEWAY: also when another partner made it)' })
  get(@Param() p: IdParam, @Query() q: PartnerScopeQuery, @CurrentCaller() caller: Caller) {
    return this.holds.get(p.id, q.partnerId, caller);
  }

  @Post(':id/confirm')
  @Roles(...HOLDERS)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Confirm a live hold: the appointment (as a booking), with the booking rules checked again',
    description: 'Confirming a confirmed hold again returns its appointment.',
  })
  @ApiOkResponse({ type: AppointmentResponse })
  @ApiProblems({
    403: 'PATIENT_BLACKLISTED (with `until`)',
    404: 'HOLD_NOT_FOUND (GATEWAY: also when another partner made it)',
    409: 'HOLD_EXPIRED, HOLD_NOT_ACTIVE, SESSION_NOT_OPEN, SESSION_SUSPENDED, SLOT_UNAVAILABLE, DUPLICATE_BOOKING, BOOKING_LIMIT_EXCEEDED',
  })
  confirm(@Param() p: IdParam, @Body() body: HoldActionRequest, @CurrentCaller() caller: Caller) {
    return this.holds.confirm(p.id, body.partnerId, caller);
  }

  @Post(':id/release')
  @Roles(...HOLDERS)
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Release a hold early: its number goes to the waitlist, else back to the pool after a random delay (decision 029)',
    description: 'Releasing a released or expired hold again returns it unchanged.',
  })
  @ApiOkResponse({ type: HoldResponse })
  @ApiProblems({
    404: 'HOLD_NOT_FOUND (GATEWAY: also when another partner made it)',
    409: 'HOLD_NOT_ACTIVE (it was confirmed: cancel the appointment instead)',
  })
  release(@Param() p: IdParam, @Body() body: HoldActionRequest, @CurrentCaller() caller: Caller) {
    return this.holds.release(p.id, body.partnerId, caller);
  }

  @Delete(':id')
  @Roles(...HOLDERS)
  @HttpCode(200)
  @ApiOperation({ summary: 'Release a hold early (the same as POST …/release)' })
  @ApiOkResponse({ type: HoldResponse })
  @ApiProblems({
    404: 'HOLD_NOT_FOUND (GATEWAY: also when another partner made it)',
    409: 'HOLD_NOT_ACTIVE (it was confirmed: cancel the appointment instead)',
  })
  remove(@Param() p: IdParam, @Query() q: PartnerScopeQuery, @CurrentCaller() caller: Caller) {
    return this.holds.release(p.id, q.partnerId, caller);
  }
}
