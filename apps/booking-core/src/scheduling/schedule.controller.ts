import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Caller } from '../auth/auth.guard';
import { CurrentCaller } from '../auth/caller.decorator';
import { Roles } from '../auth/roles.decorator';
import { ClockService } from '../clock/clock.service';
import { actorOf } from '../shared/actor';
import { IdParam } from '../shared/params';
import {
  GenerateSessionsRequest,
  GenerationResponse,
  SaveTemplateRequest,
  TemplateQuery,
  TemplateResponse,
} from './dto/schedule.dto';
import { ScheduleRepository } from './schedule.repository';
import { ScheduleService } from './schedule.service';
import { ApiProblems } from '../openapi/api-problems';

/** R1–R4 for the appointment centre's schedulers. */
@ApiTags('scheduling')
@ApiBearerAuth()
@Controller('v1')
@Roles('SCHEDULER', 'ADMIN')
export class ScheduleController {
  constructor(
    private readonly service: ScheduleService,
    private readonly repository: ScheduleRepository,
    private readonly clock: ClockService,
  ) {}

  @Get('schedule-templates')
  @ApiOperation({ summary: 'Roster templates' })
  @ApiOkResponse({ type: [TemplateResponse] })
  list(@Query() q: TemplateQuery): Promise<TemplateResponse[]> {
    return this.repository.list(q);
  }

  @Post('schedule-templates')
  @Roles('SCHEDULER')
  @ApiOperation({ summary: 'Create a roster template (模块化排班)' })
  @ApiCreatedResponse({ type: TemplateResponse })
  @ApiProblems({ 404: 'DOCTOR_NOT_FOUND, ROOM_NOT_FOUND', 409: 'TEMPLATE_OVERLAP, ROOM_CONFLICT' })
  create(@Body() body: SaveTemplateRequest, @CurrentCaller() caller: Caller): Promise<TemplateResponse> {
    return this.service.save(null, body, actorOf(caller, this.clock.now()));
  }

  @Put('schedule-templates/:id')
  @Roles('SCHEDULER')
  @ApiOperation({
    summary: 'Change a template',
    description:
      'Sessions not yet started follow the change at the next generation; booked numbers keep their number and time.',
  })
  @ApiOkResponse({ type: TemplateResponse })
  @ApiProblems({
    404: 'TEMPLATE_NOT_FOUND, DOCTOR_NOT_FOUND, ROOM_NOT_FOUND',
    409: 'TEMPLATE_OVERLAP, ROOM_CONFLICT, TEMPLATE_KEY_CHANGED',
  })
  update(@Param() p: IdParam, @Body() body: SaveTemplateRequest, @CurrentCaller() caller: Caller) {
    return this.service.save(p.id, body, actorOf(caller, this.clock.now()));
  }

  @Post('sessions/generate')
  @Roles('SCHEDULER')
  @HttpCode(200)
  @ApiOperation({ summary: 'Generate sessions and numbers for the release horizon (idempotent)' })
  @ApiOkResponse({ type: GenerationResponse })
  generate(
    @Body() body: GenerateSessionsRequest,
    @CurrentCaller() caller: Caller,
  ): Promise<GenerationResponse> {
    return this.service.generate(actorOf(caller, this.clock.now()), body);
  }
}
