import { Body, Controller, Delete, Get, HttpCode, Put } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsISO8601, IsOptional } from 'class-validator';
import { formatLocalInstant } from '@app/domain';
import { Roles } from '../auth/roles.decorator';
import { ClockService } from './clock.service';

export class SetClockRequest {
  @ApiProperty({
    example: '2026-11-27T08:05:00+08:00',
    description: 'The instant the core should see as now',
  })
  @IsISO8601({ strict: true })
  now!: string;

  @ApiPropertyOptional({
    example: true,
    description: 'true (default): time stands still; false: it runs on from `now`',
  })
  @IsOptional()
  @IsBoolean()
  frozen?: boolean;
}

export class ClockView {
  @ApiProperty({ example: '2026-11-27T08:05:00+08:00' })
  now!: string;
  @ApiProperty({ example: true })
  set!: boolean;
}

/**
 * Only mounted when ENABLE_TEST_CLOCK=true; otherwise these routes are 404. GATEWAY too: a
 * sandbox gateway forwards its sandbox partner's clock here (decision 032).
 */
@ApiTags('test')
@Controller('v1/test/clock')
@Roles('ADMIN', 'GATEWAY')
export class TestClockController {
  constructor(private readonly clock: ClockService) {}

  private view(): ClockView {
    return { now: formatLocalInstant(this.clock.now(), this.clock.timeZone), set: this.clock.isSet };
  }

  @Get()
  @ApiOperation({ summary: 'Read the core clock' })
  get(): ClockView {
    return this.view();
  }

  @Put()
  @ApiOperation({ summary: 'Set the core clock (tests only)' })
  set(@Body() body: SetClockRequest): ClockView {
    this.clock.set(new Date(body.now), body.frozen ?? true);
    return this.view();
  }

  @Delete()
  @HttpCode(200)
  @ApiOperation({ summary: 'Back to real time' })
  reset(): ClockView {
    this.clock.reset();
    return this.view();
  }
}
