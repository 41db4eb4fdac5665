import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Caller } from '../auth/auth.guard';
import { CurrentCaller } from '../auth/caller.decorator';
import { Roles } from '../auth/roles.decorator';
import { IdParam } from '../shared/params';
import {
  CallListEntry,
  SubstituteCandidate,
  SubstituteRequest,
  SuspendRequest,
  SuspensionResult,
} from './dto/suspension.dto';
import { SuspensionService } from './suspension.service';
import { ApiProblems } from '../openapi/api-problems';

/** R14 停诊 for the appointment centre's schedulers, and the phone centre's call list. */
@ApiTags('suspension')
@ApiBearerAuth()
@Controller('v1/sessions/:id')
export class SuspensionController {
  constructor(private readonly suspension: SuspensionService) {}

  @Get('substitutes')
  @Roles('SCHEDULER')
  @ApiOperation({ summary: 'Candidate substitutes: same title, free at that time, same department first' })
  @ApiOkResponse({ type: [SubstituteCandidate] })
  @ApiProblems({ 404: 'SESSION_NOT_FOUND' })
  candidates(@Param() p: IdParam): Promise<SubstituteCandidate[]> {
    return this.suspension.candidates(p.id);
  }

  @Post('substitute')
  @Roles('SCHEDULER')
  @HttpCode(200)
  @ApiOperation({
    summary: 'A same-level doctor takes the session; appointments keep their numbers and times',
  })
  @ApiOkResponse({ type: SuspensionResult })
  @ApiProblems({
    404: 'SESSION_NOT_FOUND, DOCTOR_NOT_FOUND',
    409: 'SUBSTITUTE_LEVEL_MISMATCH, SUBSTITUTE_UNAVAILABLE, SESSION_SUSPENDED, SESSION_NOT_OPEN, CONFLICT',
  })
  substitute(@Param() p: IdParam, @Body() body: SubstituteRequest, @CurrentCaller() caller: Caller) {
    return this.suspension.substitute(p.id, body.doctorId, body.reason, caller);
  }

  @Post('suspend')
  @Roles('SCHEDULER')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Suspend without a substitute: appointments cancelled by the hospital, patients told',
  })
  @ApiOkResponse({ type: SuspensionResult })
  @ApiProblems({ 404: 'SESSION_NOT_FOUND', 409: 'SESSION_SUSPENDED, SESSION_NOT_OPEN' })
  suspend(@Param() p: IdParam, @Body() body: SuspendRequest, @CurrentCaller() caller: Caller) {
    return this.suspension.suspend(p.id, body.reason, caller);
  }

  @Get('call-list')
  @Roles('CALL_CENTRE')
  @ApiOperation({
    summary: 'Patients to ring about a suspended session, with full mobiles (each read audited)',
  })
  @ApiOkResponse({ type: [CallListEntry] })
  @ApiProblems({ 404: 'SESSION_NOT_FOUND' })
  callList(@Param() p: IdParam, @CurrentCaller() caller: Caller): Promise<CallListEntry[]> {
    return this.suspension.callList(p.id, caller);
  }
}
