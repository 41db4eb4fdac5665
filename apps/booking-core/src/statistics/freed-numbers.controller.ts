import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { FreedNumbersRow } from '@app/contracts';
import { DomainError } from '@app/common';
import { Roles } from '../auth/roles.decorator';
import { ClockService } from '../clock';
import { ApiProblems } from '../openapi/api-problems';
import { FreedNumbersRepository } from './freed-numbers.repository';
import { ReportQuery } from './statistics.controller';
import { StatisticsService } from './statistics.service';

export class FreedNumbersRowDto implements FreedNumbersRow {
  @ApiProperty({ example: '2026-12-01', description: 'The hospital day the numbers were freed' })
  day!: string;
  @ApiProperty({
    example: 12,
    description: 'Numbers freed (cancellations, holds ended, suspension offers passed on)',
  })
  freed!: number;
  @ApiProperty({ example: 7, description: 'Booked by a patient from the waitlist' }) toWaitlist!: number;
  @ApiProperty({ example: 4, description: 'Back in the open pool after their random delay' }) toPool!: number;
  @ApiProperty({ example: 1, description: 'To the on-site reserve (freed in the last hour)' })
  toOnSite!: number;
  @ApiProperty({ example: 0, description: 'Still being offered down the line' }) offered!: number;
}

export class FreedNumbersReport {
  @ApiProperty({ example: '2026-12-01' }) from!: string;
  @ApiProperty({ example: '2026-12-31' }) to!: string;
  @ApiProperty({ type: [FreedNumbersRowDto] }) rows!: FreedNumbersRowDto[];
}

const COLUMNS = ['day', 'freed', 'toWaitlist', 'toPool', 'toOnSite', 'offered'] as const;

/** R17 / decision 029: how many freed numbers went to the waitlist, back to the pool, and on site. */
@ApiTags('statistics')
@ApiBearerAuth()
@Controller('v1/reports')
export class FreedNumbersController {
  constructor(
    private readonly freed: FreedNumbersRepository,
    private readonly statistics: StatisticsService,
    private readonly clock: ClockService,
  ) {}

  @Get('freed-numbers')
  @Roles('STATISTICS', 'ADMIN')
  @ApiOperation({
    summary: 'R17: where freed numbers went, by day — waitlist, pool, on-site reserve (decision 029)',
  })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({
    type: FreedNumbersReport,
    description: 'By day; as CSV for `format=csv` or `Accept: text/csv`',
  })
  @ApiProblems({ 400: 'VALIDATION_FAILED, REPORT_BAD_PERIOD, REPORT_BAD_FILTER' })
  async report(
    @Query() q: ReportQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<FreedNumbersReport | string> {
    if (q.format !== undefined && q.format !== 'json' && q.format !== 'csv')
      throw new DomainError('REPORT_BAD_FILTER', 'format is json or csv');
    const { from, to } = this.statistics.period(q);
    const rows: FreedNumbersRowDto[] = (await this.freed.byDay(from, to, this.clock.timeZone)).map((r) => ({
      day: r.day,
      freed: Number(r.freed),
      toWaitlist: Number(r.to_waitlist),
      toPool: Number(r.to_pool),
      toOnSite: Number(r.to_on_site),
      offered: Number(r.offered),
    }));
    if (q.format !== 'csv' && (q.format !== undefined || !/\btext\/csv\b/.test(accept ?? '')))
      return { from, to, rows };
    void reply.header('content-type', 'text/csv; charset=utf-8');
    void reply.header('content-disposition', `attachment; filename="freed-numbers_${from}_${to}.csv"`);
    return [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => r[c]).join(','))].join('\r\n') + '\r\n';
  }
}
