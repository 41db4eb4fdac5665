import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsPositive, Validate } from 'class-validator';
import {
  CHANNELS,
  DOCTOR_TITLES,
  PERIODS,
  SESSION_STATUSES,
  type Channel,
  type DoctorRef,
  type DoctorTitle,
  type NamedRef,
  type Period,
  type RoomRef,
  type SessionStatus,
  type SessionView,
  type SlotView,
} from '@app/contracts';
import { IsoDate } from '../../shared/iso-date';
import { toIntIfDigits } from '../../shared/params';

export class SessionQuery {
  @ApiPropertyOptional({ example: 1 })
  @IsOptional()
  @Transform(toIntIfDigits)
  @IsInt()
  @IsPositive()
  departmentId?: number;

  @ApiPropertyOptional({ example: 7, description: 'Scheduled or acting doctor' })
  @IsOptional()
  @Transform(toIntIfDigits)
  @IsInt()
  @IsPositive()
  doctorId?: number;

  @ApiPropertyOptional({ example: '2026-11-27', description: 'Hospital-local date; default today' })
  @IsOptional()
  @Validate(IsoDate)
  dateFrom?: string;

  @ApiPropertyOptional({ example: '2026-12-06', description: 'Default: dateFrom + release_days' })
  @IsOptional()
  @Validate(IsoDate)
  dateTo?: string;

  @ApiPropertyOptional({
    enum: CHANNELS,
    example: 'PHONE',
    description: 'Count what this channel could book',
  })
  @IsOptional()
  @IsIn(CHANNELS)
  channel?: Channel;
}

export class ChannelQuery {
  @ApiPropertyOptional({ enum: CHANNELS, example: 'KIOSK' })
  @IsOptional()
  @IsIn(CHANNELS)
  channel?: Channel;
}

export class NamedRefDto implements NamedRef {
  @ApiProperty({ example: 1 }) id!: number;
  @ApiProperty({ example: '心血管内科' }) name!: string;
}

export class DoctorRefDto implements DoctorRef {
  @ApiProperty({ example: 7 }) id!: number;
  @ApiProperty({ example: '王建国' }) name!: string;
  @ApiProperty({ enum: DOCTOR_TITLES, example: 'CHIEF' }) title!: DoctorTitle;
}

export class RoomRefDto implements RoomRef {
  @ApiProperty({ example: 3 }) id!: number;
  @ApiProperty({ example: '312诊室' }) name!: string;
  @ApiProperty({ example: '门诊楼3层', nullable: true, type: String }) location!: string | null;
}

export class SessionResponse implements SessionView {
  @ApiProperty({ example: 101 }) id!: number;
  @ApiProperty({ example: '2026-11-27' }) date!: string;
  @ApiProperty({ enum: PERIODS, example: 'AM' }) period!: Period;
  @ApiProperty({ enum: SESSION_STATUSES, example: 'OPEN' }) status!: SessionStatus;
  @ApiProperty({ example: null, nullable: true, type: String }) statusReason!: string | null;
  @ApiProperty({ example: '2026-11-27T08:00:00+08:00' }) startsAt!: string;
  @ApiProperty({ example: '2026-11-27T12:00:00+08:00' }) endsAt!: string;
  @ApiProperty({ example: '2026-11-17T08:00:00+08:00' }) releaseAt!: string;
  @ApiProperty({ example: true }) released!: boolean;
  @ApiProperty({ example: null, nullable: true, type: String, description: 'R16: first call of the session' })
  firstCallAt!: string | null;
  @ApiProperty({ example: 5000 }) feeCents!: number;
  @ApiProperty({ type: NamedRefDto }) department!: NamedRefDto;
  @ApiProperty({ type: DoctorRefDto }) doctor!: DoctorRefDto;
  @ApiProperty({ type: DoctorRefDto, description: 'Differs from doctor after a substitution' })
  actingDoctor!: DoctorRefDto;
  @ApiProperty({ type: RoomRefDto }) room!: RoomRefDto;
  @ApiProperty({ example: 24 }) total!: number;
  @ApiProperty({ example: 12 }) available!: number;
  @ApiProperty({ example: 3 }) reserveAvailable!: number;
}

export class SlotResponse implements SlotView {
  @ApiProperty({ example: 5001 }) id!: number;
  @ApiProperty({ example: 101 }) sessionId!: number;
  @ApiProperty({ example: 4, description: '就诊序号' }) visitNo!: number;
  @ApiProperty({ example: '2026-11-27T08:30:00+08:00' }) startsAt!: string;
  @ApiProperty({ example: '2026-11-27T08:40:00+08:00' }) endsAt!: string;
  @ApiProperty({ example: null, enum: ['ON_SITE'], nullable: true }) reserve!: 'ON_SITE' | null;
  @ApiProperty({ example: true }) free!: boolean;
  @ApiProperty({ example: true }) bookable!: boolean;
}
