import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AppointmentResponse } from '../appointments';
import type { Caller } from '../auth/auth.guard';
import { CurrentCaller } from '../auth/caller.decorator';
import { Roles } from '../auth/roles.decorator';
import { ClockService } from '../clock/clock.service';
import { actorOf } from '../shared/actor';
import { CheckInRequest, NoShowRunResponse, RegisterRequest, WalkInRequest } from './dto/visit-day.dto';
import { VisitDayRepository } from './visit-day.repository';
import { VisitDayService } from './visit-day.service';
import { ApiProblems } from '../openapi/api-problems';

@ApiTags('visit day')
@ApiBearerAuth()
@Controller('v1')
export class VisitDayController {
  constructor(
    private readonly visitDay: VisitDayService,
    private readonly repository: VisitDayRepository,
    private readonly clock: ClockService,
  ) {}

  @Post('check-ins')
  @Roles('AGENT', 'NURSE')
  @HttpCode(200)
  @ApiOperation({
    summary: '取号 check-in on the visit day (counter, kiosk, triage nurse)',
    description:
      "The document presented must be the booking patient's. More than `lateness_minutes` after the number's start " +
      'the number is void: 409 CHECKIN_TOO_LATE and the appointment is VOIDED_LATE (R11).',
  })
  @ApiOkResponse({ type: AppointmentResponse })
  @ApiProblems({
    400: 'VALIDATION_FAILED, INVALID_DOCUMENT',
    404: 'APPOINTMENT_NOT_FOUND',
    409: 'CHECKIN_NOT_TODAY, CHECKIN_TOO_EARLY, CHECKIN_TOO_LATE (the number is now void, R11), CHECKIN_IDENTITY_MISMATCH, APPOINTMENT_NOT_ACTIVE',
  })
  checkIn(@Body() body: CheckInRequest, @CurrentCaller() caller: Caller): Promise<AppointmentResponse> {
    return this.visitDay.checkIn(body, caller);
  }

  @Post('registrations')
  @Roles('REGISTRAR')
  @HttpCode(200)
  @ApiOperation({
    summary: '挂号 registration after check-in and call',
    description:
      "Only a called appointment; the ticket's visit number must be the appointment's (the number it was checked in " +
      "and called under), and the document must be the patient's. Every refusal is audited; VISIT_NUMBER_MISMATCH " +
      'and IDENTITY_MISMATCH as a suspected transfer (R12).',
  })
  @ApiOkResponse({ type: AppointmentResponse })
  @ApiProblems({
    400: 'VALIDATION_FAILED, INVALID_DOCUMENT',
    404: 'APPOINTMENT_NOT_FOUND',
    409: 'NOT_CHECKED_IN, NOT_CALLED, VISIT_NUMBER_MISMATCH, IDENTITY_MISMATCH (the last two audited as suspected transfers), APPOINTMENT_NOT_ACTIVE',
  })
  register(@Body() body: RegisterRequest, @CurrentCaller() caller: Caller): Promise<AppointmentResponse> {
    return this.visitDay.register(body, caller);
  }

  @Post('walk-ins')
  @Roles('REGISTRAR')
  @ApiOperation({
    summary: 'On-site registration of a walk-in (R13)',
    description:
      'Takes an on-site reserve number first, then a free one; the patient joins the queue checked in.',
  })
  @ApiCreatedResponse({ type: AppointmentResponse })
  @ApiProblems({
    400: 'VALIDATION_FAILED, INVALID_DOCUMENT, INVALID_MOBILE, INVALID_NAME',
    404: 'SESSION_NOT_FOUND',
    409: 'CHECKIN_NOT_TODAY, SESSION_FULL, SESSION_NOT_OPEN, SESSION_SUSPENDED, DUPLICATE_BOOKING, IDENTITY_MISMATCH',
  })
  walkIn(@Body() body: WalkInRequest, @CurrentCaller() caller: Caller): Promise<AppointmentResponse> {
    return this.visitDay.walkIn(body, caller);
  }

  @Post('jobs/no-shows')
  @Roles('ADMIN')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark the no-shows of ended sessions and apply the blacklist rule now (R15)' })
  @ApiOkResponse({ type: NoShowRunResponse })
  noShows(@CurrentCaller() caller: Caller): Promise<NoShowRunResponse> {
    return this.repository.markNoShows(actorOf(caller, this.clock.now()));
  }
}
