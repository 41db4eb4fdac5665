import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../shared/params';
import { ChannelQuery, SessionQuery, SessionResponse, SlotResponse } from './dto/session.dto';
import { SessionsService } from './sessions.service';
import { ApiProblems } from '../openapi/api-problems';

@ApiTags('sessions')
@ApiBearerAuth()
@Controller('v1/sessions')
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Get()
  @ApiOperation({ summary: 'Sessions (出诊) with doctor, acting doctor, room, time, fee and availability' })
  @ApiOkResponse({ type: [SessionResponse] })
  list(@Query() q: SessionQuery): Promise<SessionResponse[]> {
    return this.sessions.list(q);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One session' })
  @ApiOkResponse({ type: SessionResponse })
  @ApiProblems({ 404: 'SESSION_NOT_FOUND' })
  get(@Param() p: IdParam, @Query() q: ChannelQuery): Promise<SessionResponse> {
    return this.sessions.get(p.id, q.channel);
  }

  @Get(':id/slots')
  @ApiOperation({
    summary: 'The numbers of a session, with time window and whether the channel can book each',
  })
  @ApiOkResponse({ type: [SlotResponse] })
  @ApiProblems({ 404: 'SESSION_NOT_FOUND' })
  slots(@Param() p: IdParam, @Query() q: ChannelQuery): Promise<SlotResponse[]> {
    return this.sessions.slots(p.id, q.channel);
  }
}
