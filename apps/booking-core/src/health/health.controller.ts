import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@app/common';
import { formatLocalInstant } from '@app/domain';
import { Public } from '../auth/roles.decorator';
import { ClockService } from '../clock/clock.service';
import { SqlClient } from '../database/sql-client';
import { ApiProblems } from '../openapi/api-problems';

/** Readiness waits this long for the database, so the probe itself answers within a second. */
export const READY_TIMEOUT_MS = 500;

export class LiveResponse {
  @ApiProperty({ example: 'live' }) status!: 'live';
}

export class HealthResponse {
  @ApiProperty({ example: 'ready' }) status!: 'ready';
  @ApiProperty({ example: 'postgres', enum: ['postgres', 'mssql'] }) database!: string;
  @ApiProperty({ example: '2026-11-26T17:00:00+08:00', description: "The core's clock (the one clock)" })
  now!: string;
}

@ApiTags('health')
@Controller('v1/health')
@Public()
export class HealthController {
  constructor(
    private readonly sql: SqlClient,
    private readonly clock: ClockService,
  ) {}

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process answers (no dependency is checked)' })
  @ApiOkResponse({ type: LiveResponse })
  live(): LiveResponse {
    return { status: 'live' };
  }

  @Get('ready')
  @ApiOperation({
    summary: 'Readiness: the database answers through the pool within 0.5 s',
    description:
      'Not ready (503 DATABASE_UNAVAILABLE) when the database is down, or when no pooled connection comes free ' +
      'in time (calls queueing behind a lock), or while the process is stopping (503 SHUTTING_DOWN).',
  })
  @ApiOkResponse({ type: HealthResponse })
  @ApiProblems({ 503: 'DATABASE_UNAVAILABLE, SHUTTING_DOWN: not ready' })
  async ready(): Promise<HealthResponse> {
    if (!(await this.sql.ping(READY_TIMEOUT_MS)))
      throw new DomainError(
        'DATABASE_UNAVAILABLE',
        `The database did not answer within ${READY_TIMEOUT_MS} ms`,
      );
    return {
      status: 'ready',
      database: this.sql.dialect,
      now: formatLocalInstant(this.clock.now(), this.clock.timeZone),
    };
  }

  /** Kept for existing probes: the same as ready. */
  @Get()
  @ApiOperation({ summary: 'Readiness (the same as /v1/health/ready)', deprecated: true })
  @ApiOkResponse({ type: HealthResponse })
  health(): Promise<HealthResponse> {
    return this.ready();
  }
}
