import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ExamResourceView, ExamRuleView, ExamTypeView } from '@app/contracts';
import type { Caller } from '../auth/auth.guard';
import { CurrentCaller } from '../auth/caller.decorator';
import { Roles } from '../auth/roles.decorator';
import { ApiProblems } from '../openapi/api-problems';
import { IdParam } from '../shared/params';
import {
  ExamCodeParam,
  ExamTypeResponse,
  SaveExamResourceRequest,
  SaveExamRuleRequest,
  SaveExamTemplateRequest,
  SaveExamTypeRequest,
  ExamStatisticsQuery,
} from './dto/examination.dto';
import { ExamCatalogueService } from './exam-catalogue.service';
import { ExamStatisticsService, type ExamResourceStatistics } from './exam-statistics.service';

/** R19 catalogue (医技): exam types, resources and their templates, rules between examinations. */
@ApiTags('examinations')
@ApiBearerAuth()
@Controller('v1')
export class ExamCatalogueController {
  constructor(
    private readonly catalogue: ExamCatalogueService,
    private readonly statistics: ExamStatisticsService,
  ) {}

  @Get('exam-statistics')
  @Roles('STATISTICS', 'ADMIN')
  @ApiOperation({
    summary:
      'R17 for examinations: bookings, utilisation per resource (设备利用率) and no-shows over a period',
  })
  @ApiProblems({ 400: 'REPORT_BAD_PERIOD (from ≤ to, at most 92 days)' })
  @ApiOkResponse({
    description:
      'Per resource: numbers, bookings, completed, cancelled, noShows, voidedLate, utilisation, noShowRate, byExamType',
    schema: { type: 'array', items: { type: 'object' } },
  })
  report(@Query() q: ExamStatisticsQuery): Promise<ExamResourceStatistics[]> {
    return this.statistics.report(q.from, q.to);
  }

  @Get('exam-types')
  @ApiOperation({ summary: 'Exam types, with preparation (检查前准备) and contraindication questions' })
  @ApiOkResponse({ type: [ExamTypeResponse] })
  types(): Promise<ExamTypeView[]> {
    return this.catalogue.types();
  }

  @Put('exam-types/:code')
  @Roles('ADMIN', 'SCHEDULER')
  @ApiOperation({ summary: 'Create or update an exam type' })
  @ApiOkResponse({ type: ExamTypeResponse })
  @ApiProblems({ 400: 'VALIDATION_FAILED', 404: 'DEPARTMENT_NOT_FOUND' })
  saveType(@Param() p: ExamCodeParam, @Body() body: SaveExamTypeRequest, @CurrentCaller() caller: Caller) {
    return this.catalogue.saveType(p.code, body, caller);
  }

  @Get('exam-resources')
  @ApiOperation({ summary: 'Examination resources: a device in a room, with its technicians and exam types' })
  @ApiOkResponse({
    description: 'Resources with their exam type ids',
    schema: { type: 'array', items: { type: 'object' } },
  })
  resources(): Promise<ExamResourceView[]> {
    return this.catalogue.resources();
  }

  @Put('exam-resources/:code')
  @Roles('ADMIN', 'SCHEDULER')
  @ApiOperation({ summary: 'Create or update an examination resource' })
  @ApiProblems({ 404: 'ROOM_NOT_FOUND, DEPARTMENT_NOT_FOUND, EXAM_TYPE_NOT_FOUND' })
  @ApiOkResponse({ description: 'The resource', schema: { type: 'object' } })
  saveResource(
    @Param() p: ExamCodeParam,
    @Body() body: SaveExamResourceRequest,
    @CurrentCaller() caller: Caller,
  ) {
    return this.catalogue.saveResource(p.code, body, caller);
  }

  @Post('exam-templates')
  @Roles('ADMIN', 'SCHEDULER')
  @ApiOperation({
    summary: "A resource's weekly template (R1), generated into sessions and numbers like a doctor's (R2–R4)",
  })
  @ApiProblems({
    400: 'VALIDATION_FAILED',
    404: 'EXAM_RESOURCE_NOT_FOUND',
    409: 'TEMPLATE_OVERLAP, ROOM_CONFLICT',
  })
  @ApiOkResponse({
    description:
      'The template (id, examResourceId, weekday, period, roomId, numberCount, reserveCount, revision, active)',
    schema: { type: 'object' },
  })
  createTemplate(@Body() body: SaveExamTemplateRequest, @CurrentCaller() caller: Caller) {
    return this.catalogue.saveTemplate(null, body, caller);
  }

  @Put('exam-templates/:id')
  @Roles('ADMIN', 'SCHEDULER')
  @ApiOperation({ summary: "Change a resource's template (a new revision)" })
  @ApiProblems({
    400: 'VALIDATION_FAILED',
    404: 'EXAM_RESOURCE_NOT_FOUND, TEMPLATE_NOT_FOUND',
    409: 'TEMPLATE_OVERLAP, ROOM_CONFLICT, TEMPLATE_KEY_CHANGED',
  })
  @ApiOkResponse({ description: 'The template, a new revision', schema: { type: 'object' } })
  updateTemplate(
    @Param() p: IdParam,
    @Body() body: SaveExamTemplateRequest,
    @CurrentCaller() caller: Caller,
  ) {
    return this.catalogue.saveTemplate(p.id, body, caller);
  }

  @Get('exam-rules')
  @ApiOperation({ summary: 'Rules between a patient’s examinations (checked at booking)' })
  @ApiOkResponse({ description: 'The rules', schema: { type: 'array', items: { type: 'object' } } })
  rules(): Promise<ExamRuleView[]> {
    return this.catalogue.rules();
  }

  @Put('exam-rules/:code')
  @Roles('ADMIN', 'SCHEDULER')
  @ApiOperation({ summary: 'Create or update a rule between examinations' })
  @ApiProblems({ 400: 'VALIDATION_FAILED', 404: 'EXAM_TYPE_NOT_FOUND' })
  @ApiOkResponse({ description: 'The rule', schema: { type: 'object' } })
  saveRule(@Param() p: ExamCodeParam, @Body() body: SaveExamRuleRequest, @CurrentCaller() caller: Caller) {
    return this.catalogue.saveRule(p.code, body, caller);
  }
}
