import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength, Validate } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { DomainError, IsFreeText, MasksPersonalDigits } from '@app/common';
import { addDays } from '@app/domain';
import type { Caller } from '../auth/auth.guard';
import { CurrentCaller } from '../auth/caller.decorator';
import { Roles } from '../auth/roles.decorator';
import { ClockService } from '../clock';
import { ApiProblems } from '../openapi/api-problems';
import { actorOf } from '../shared/actor';
import { IsoDate } from '../shared/iso-date';
import { REPORTS } from './report-definitions';
import { reportCsv, reportCsvName } from './report-csv';
import { StatisticsRepository } from './statistics.repository';
import { daysBetween, StatisticsService } from './statistics.service';

export class ReportNameParam {
  @ApiProperty({
    example: 'appointment-rate',
    description: `${REPORTS.map((r) => r.name).join(', ')}; a .csv suffix answers CSV`,
  })
  @Matches(/^[a-z-]{1,40}(\.csv)?$/)
  report!: string;
}

export class ReportQuery {
  @ApiPropertyOptional({
    example: '2026-01-01',
    description: 'First day (hospital date); default: the first day of the month 11 months before `to`',
  })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'Last day, inclusive; default: today' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  to?: string;

  @ApiPropertyOptional({
    example: 'month',
    description: 'month | department | doctor | channel | weekday, or two joined by a comma (doctor,weekday)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  groupBy?: string;

  @ApiPropertyOptional({ example: '3', description: 'Only this department' })
  @IsOptional()
  @IsString()
  @MaxLength(12)
  department?: string;

  @ApiPropertyOptional({ example: '12', description: 'Only this doctor (the acting doctor of a session)' })
  @IsOptional()
  @IsString()
  @MaxLength(12)
  doctor?: string;

  @ApiPropertyOptional({
    example: 'WECHAT',
    description: 'Only this booking channel (notifications: delivery channel)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  channel?: string;

  @ApiPropertyOptional({
    example: 'csv',
    description: 'json (default) or csv; also Accept: text/csv or a .csv suffix',
  })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  format?: string;
}

export class PolicyEventRequest {
  @ApiProperty({ example: '2025-03-01' })
  @Validate(IsoDate)
  date!: string;

  @ApiProperty({ example: '统一号源池上线' })
  @IsFreeText(1, 100)
  @MasksPersonalDigits()
  title!: string;
}

export class PolicyEventResponse {
  @ApiProperty({ example: 1 }) id!: number;
  @ApiProperty({ example: '2025-03-01' }) date!: string;
  @ApiProperty({ example: '统一号源池上线' }) title!: string;
}

export class PolicyEventQuery {
  @ApiPropertyOptional({ example: '2021-01-01' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  from?: string;
  @ApiPropertyOptional({ example: '2026-12-31' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  to?: string;
}

export class RebuildRequest {
  @ApiProperty({ example: '2026-01-01' })
  @Validate(IsoDate)
  from!: string;

  @ApiProperty({ example: '2026-01-31' })
  @Validate(IsoDate)
  to!: string;
}

export class RebuildResponse {
  @ApiProperty({ example: 31, description: 'Days rolled up again (days before today closed, today live)' })
  days!: number;
}

const READERS = ['STATISTICS', 'ADMIN'] as const;
/** A rebuild rolls up at most this many days in one request. */
const MAX_REBUILD_DAYS = 400;

@ApiTags('statistics')
@ApiBearerAuth()
@Controller('v1')
export class StatisticsController {
  constructor(
    private readonly statistics: StatisticsService,
    private readonly repository: StatisticsRepository,
    private readonly clock: ClockService,
  ) {}

  @Get('reports')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'R16, R17: the reports, their groupings and figures (definitions: docs/statistics.md)',
  })
  list() {
    return REPORTS.map((r) => ({
      report: r.name,
      title: r.title,
      requirement: r.requirement,
      groupBy: r.dimensions,
      defaultGroupBy: r.defaultGroupBy,
      figures: r.figures.map((f) => ({ key: f.key, label: f.label, unit: f.unit })),
    }));
  }

  @Get('reports/:report')
  @Roles(...READERS)
  @ApiOperation({
    summary:
      'R16, R17: one report for a period, grouped, with every figure compared with the previous period and a year earlier',
  })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({
    description:
      'The report: its figures by group, each with its change from the previous period and a year earlier; ' +
      'as CSV (UTF-8 with BOM) for `.csv`, `format=csv` or `Accept: text/csv`',
  })
  @ApiProblems({
    400: 'VALIDATION_FAILED, REPORT_BAD_PERIOD, REPORT_BAD_GROUP_BY, REPORT_BAD_FILTER',
    404: 'REPORT_NOT_FOUND',
  })
  async report(
    @Param() p: ReportNameParam,
    @Query() q: ReportQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const suffix = p.report.endsWith('.csv');
    const name = suffix ? p.report.slice(0, -4) : p.report;
    if (q.format !== undefined && q.format !== 'json' && q.format !== 'csv')
      throw new DomainError('REPORT_BAD_FILTER', 'format is json or csv');
    const csv =
      suffix || q.format === 'csv' || (q.format === undefined && /\btext\/csv\b/.test(accept ?? ''));
    const report = await this.statistics.report(name, q);
    if (!csv) return report;
    void reply.header('content-type', 'text/csv; charset=utf-8');
    void reply.header('content-disposition', `attachment; filename="${reportCsvName(report)}"`);
    return reportCsv(report);
  }

  @Get('statistics/policy-events')
  @Roles(...READERS)
  @ApiOperation({ summary: 'R17: dated policy events marked on the charts' })
  @ApiOkResponse({ type: [PolicyEventResponse] })
  @ApiProblems({ 400: 'VALIDATION_FAILED, REPORT_BAD_PERIOD' })
  policyEvents(@Query() q: PolicyEventQuery) {
    const { from, to } = this.statistics.period({
      from: q.from ?? addDays(this.clock.today(), -6 * 365),
      to: q.to,
    });
    return this.repository.policyEvents(from, to);
  }

  @Post('statistics/policy-events')
  @Roles(...READERS)
  @ApiOperation({ summary: 'R17: mark a dated policy event (统一号源池上线 …) on the charts (audited)' })
  @ApiOkResponse({ type: PolicyEventResponse })
  @ApiProblems({ 400: 'VALIDATION_FAILED' })
  addPolicyEvent(@Body() body: PolicyEventRequest, @CurrentCaller() caller: Caller) {
    return this.repository.addPolicyEvent(body.date, body.title, actorOf(caller, this.clock.now()));
  }

  @Post('statistics/rollups')
  @HttpCode(200)
  @Roles('ADMIN')
  @ApiOperation({
    summary:
      'R17: roll up a range of days again (idempotent): days before today are closed, today stays live',
  })
  @ApiOkResponse({ type: RebuildResponse })
  @ApiProblems({ 400: 'VALIDATION_FAILED, REPORT_BAD_PERIOD' })
  async rebuild(@Body() body: RebuildRequest): Promise<RebuildResponse> {
    const today = this.clock.today();
    if (body.from > body.to) throw new DomainError('REPORT_BAD_PERIOD', 'from is after to');
    if (body.to > today) throw new DomainError('REPORT_BAD_PERIOD', 'to is after today');
    if (daysBetween(body.from, body.to) + 1 > MAX_REBUILD_DAYS)
      throw new DomainError('REPORT_BAD_PERIOD', `at most ${MAX_REBUILD_DAYS} days at once`);
    let days = 0;
    for (let day = body.from; day <= body.to; day = addDays(day, 1)) {
      await this.repository.rollupDay(day, day < today, true, this.clock.timeZone, this.clock.now());
      days++;
    }
    this.statistics.invalidateLive();
    return { days };
  }
}
