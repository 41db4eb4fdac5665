import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/roles.decorator';
import { ClockService } from '../clock/clock.service';
import { SqlClient } from '../database/sql-client';

export class HealthResponse {
  @ApiProperty({ example: 'ok' }) status!: 'ok';
  @ApiProperty({ example: 'postgres', enum: ['postgres', 'mssql'] }) database!: string;
  @ApiProperty({ example: '2026-11-26T09:00:00.000Z' }) now!: string;
}

@ApiTags('health')
@Controller('v1/health')
export class HealthController {
  constructor(
    private readonly sql: SqlClient,
    private readonly clock: ClockService,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Liveness and database reachability' })
  @ApiOkResponse({ type: HealthResponse })
  async health(): Promise<HealthResponse> {
    await this.sql.query('SELECT 1 AS ok');
    return { status: 'ok', database: this.sql.dialect, now: this.clock.now().toISOString() };
  }
}
