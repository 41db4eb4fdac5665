import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { toBool } from '@app/common';
import type { Caller } from '../auth/auth.guard';
import { CurrentCaller } from '../auth/caller.decorator';
import { Roles } from '../auth/roles.decorator';
import { ClockService } from '../clock/clock.service';
import { actorOf } from '../shared/actor';
import { IdParam } from '../shared/params';
import { atOrNull, at } from '../shared/view-mappers';
import { ReasonRequest } from '../visit-day';
import { type BlacklistRow, BlacklistRepository } from './blacklist.repository';
import { ApiProblems } from '../openapi/api-problems';

export class BlacklistQuery {
  @ApiPropertyOptional({ example: true, default: true, description: 'Only entries in force now' })
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  active?: boolean;
}

export class BlacklistEntryResponse {
  @ApiProperty({ example: 3 }) id!: number;
  @ApiProperty({ example: 41 }) patientId!: number;
  @ApiProperty({ example: '张三' }) patientName!: string;
  @ApiProperty({ example: '2 no-shows within 30 days' }) reason!: string;
  @ApiProperty({ example: '2026-12-04T12:05:00+08:00' }) startsAt!: string;
  @ApiProperty({ example: '2027-06-02T12:05:00+08:00' }) endsAt!: string;
  @ApiProperty({ example: 'system:no-shows' }) createdBy!: string;
  @ApiProperty({ example: null, nullable: true, type: String }) liftedAt!: string | null;
  @ApiProperty({ example: null, nullable: true, type: String }) liftedBy!: string | null;
  @ApiProperty({ example: null, nullable: true, type: String }) liftReason!: string | null;
}

/** R15 失信黑名单: what the rule decided, and lifting an entry by hand (audited). */
@ApiTags('blacklist')
@ApiBearerAuth()
@Controller('v1/blacklist')
@Roles('ADMIN')
export class BlacklistController {
  constructor(
    private readonly blacklist: BlacklistRepository,
    private readonly clock: ClockService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Blacklist entries' })
  @ApiOkResponse({ type: [BlacklistEntryResponse] })
  async list(@Query() q: BlacklistQuery): Promise<BlacklistEntryResponse[]> {
    return (await this.blacklist.list(q.active ?? true, this.clock.now())).map((r) => this.view(r));
  }

  @Post(':id/lift')
  @HttpCode(200)
  @ApiOperation({ summary: 'Lift an entry, with a reason (audited)' })
  @ApiOkResponse({ type: BlacklistEntryResponse })
  @ApiProblems({ 404: 'BLACKLIST_ENTRY_NOT_FOUND', 409: 'CONFLICT (already lifted)' })
  async lift(@Param() p: IdParam, @Body() body: ReasonRequest, @CurrentCaller() caller: Caller) {
    return this.view(await this.blacklist.lift(p.id, body.reason, actorOf(caller, this.clock.now())));
  }

  private view(r: BlacklistRow): BlacklistEntryResponse {
    const tz = this.clock.timeZone;
    return {
      id: r.id,
      patientId: r.patient_id,
      patientName: r.patient_name,
      reason: r.reason,
      startsAt: at(r.starts_at, tz),
      endsAt: at(r.ends_at, tz),
      createdBy: r.created_by,
      liftedAt: atOrNull(r.lifted_at, tz),
      liftedBy: r.lifted_by,
      liftReason: r.lift_reason,
    };
  }
}
