import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AppointmentResponse } from '../appointments';
import type { Caller } from '../auth/auth.guard';
import { CurrentCaller } from '../auth/caller.decorator';
import { Roles } from '../auth/roles.decorator';
import { IdParam } from '../shared/params';
import { QueueStateResponse } from './dto/queue.dto';
import { QueueService } from './queue.service';
import { ApiProblems } from '../openapi/api-problems';

/** R12 叫号 for the consulting room, and the waiting-room display. */
@ApiTags('queue')
@ApiBearerAuth()
@Controller('v1')
export class QueueController {
  constructor(private readonly queue: QueueService) {}

  @Post('queues/sessions/:id/call-next')
  @Roles('CLINICIAN')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Call the next waiting patient of a session (two doctors never get the same one)',
  })
  @ApiOkResponse({ type: AppointmentResponse })
  @ApiProblems({ 404: 'SESSION_NOT_FOUND', 409: 'QUEUE_EMPTY' })
  callNext(@Param() p: IdParam, @CurrentCaller() caller: Caller): Promise<AppointmentResponse> {
    return this.queue.callNext(p.id, caller);
  }

  @Post('queues/rooms/:id/call-next')
  @Roles('CLINICIAN')
  @HttpCode(200)
  @ApiOperation({ summary: 'Call the next waiting patient of the session now in this room' })
  @ApiOkResponse({ type: AppointmentResponse })
  @ApiProblems({ 404: 'SESSION_NOT_FOUND (no session in this room now)', 409: 'QUEUE_EMPTY' })
  async callNextInRoom(@Param() p: IdParam, @CurrentCaller() caller: Caller): Promise<AppointmentResponse> {
    return this.queue.callNext(await this.queue.sessionOfRoom(p.id), caller);
  }

  @Post('appointments/:id/recall')
  @Roles('CLINICIAN')
  @HttpCode(200)
  @ApiOperation({ summary: 'Call a called patient again' })
  @ApiOkResponse({ type: AppointmentResponse })
  @ApiProblems({ 404: 'APPOINTMENT_NOT_FOUND', 409: 'NOT_CALLED' })
  recall(@Param() p: IdParam, @CurrentCaller() caller: Caller): Promise<AppointmentResponse> {
    return this.queue.recallOrPass(p.id, 'RECALL', caller);
  }

  @Post('appointments/:id/pass')
  @Roles('CLINICIAN')
  @HttpCode(200)
  @ApiOperation({
    summary: '过号: a called patient who did not answer goes back behind the next few waiting',
  })
  @ApiOkResponse({ type: AppointmentResponse })
  @ApiProblems({ 404: 'APPOINTMENT_NOT_FOUND', 409: 'NOT_CALLED' })
  pass(@Param() p: IdParam, @CurrentCaller() caller: Caller): Promise<AppointmentResponse> {
    return this.queue.recallOrPass(p.id, 'PASS', caller);
  }

  @Get('queues/sessions/:id')
  @ApiOperation({ summary: 'Queue state of a session: who is called, who is next, how many wait' })
  @ApiOkResponse({ type: QueueStateResponse })
  @ApiProblems({ 404: 'SESSION_NOT_FOUND' })
  session(@Param() p: IdParam): Promise<QueueStateResponse> {
    return this.queue.state(p.id);
  }

  @Get('queues/rooms/:id')
  @ApiOperation({ summary: 'Queue state of the session now in a room (waiting-room display)' })
  @ApiOkResponse({ type: QueueStateResponse })
  @ApiProblems({ 404: 'SESSION_NOT_FOUND (no session in this room now)' })
  async room(@Param() p: IdParam): Promise<QueueStateResponse> {
    return this.queue.state(await this.queue.sessionOfRoom(p.id));
  }
}
