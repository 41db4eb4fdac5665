import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsPositive, Matches, Max, Min, Validate } from 'class-validator';
import { DOCTOR_TITLES, PERIODS, type DoctorTitle, type GenerationResult, type Period } from '@app/contracts';
import { IsoDate } from '../../shared/iso-date';
import { toIntIfDigits } from '../../shared/params';

export class TemplateQuery {
  @ApiPropertyOptional({ example: 7 })
  @IsOptional()
  @Transform(toIntIfDigits)
  @IsInt()
  @IsPositive()
  doctorId?: number;

  @ApiPropertyOptional({ example: 1 })
  @IsOptional()
  @Transform(toIntIfDigits)
  @IsInt()
  @IsPositive()
  departmentId?: number;
}

/** R1 模块化排班: one doctor's recurring half-day. */
export class SaveTemplateRequest {
  @ApiProperty({ example: 7 })
  @IsInt()
  @IsPositive()
  doctorId!: number;

  @ApiProperty({ example: 1, description: 'ISO weekday: 1 = Monday … 7 = Sunday' })
  @IsInt()
  @Min(1)
  @Max(7)
  weekday!: number;

  @ApiProperty({ enum: PERIODS, example: 'AM' })
  @IsIn(PERIODS)
  period!: Period;

  @ApiProperty({ example: 3 })
  @IsInt()
  @IsPositive()
  roomId!: number;

  @ApiProperty({ example: '08:00', description: 'Local start of number 1 (HH:MM)' })
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'firstStart must be HH:MM' })
  firstStart!: string;

  @ApiProperty({ example: 10, description: 'R3: each number has its own window of at most 30 minutes' })
  @IsInt()
  @Min(1)
  @Max(30)
  minutesPerNumber!: number;

  @ApiProperty({ example: 24 })
  @IsInt()
  @Min(1)
  @Max(500)
  numberCount!: number;

  @ApiProperty({ example: 3, description: 'R4: numbers kept back for patients who come in person' })
  @IsInt()
  @Min(0)
  @Max(500)
  reserveCount!: number;

  @ApiPropertyOptional({
    example: 5000,
    description: "Registration fee in fen; default by the doctor's title",
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  feeCents?: number;

  @ApiProperty({ example: '2026-12-01' })
  @Validate(IsoDate)
  effectiveFrom!: string;

  @ApiPropertyOptional({ example: '2027-06-30', nullable: true, type: String })
  @IsOptional()
  @Validate(IsoDate)
  effectiveTo?: string | null;

  @ApiPropertyOptional({ example: true, default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class TemplateResponse {
  @ApiProperty({ example: 12 }) id!: number;
  @ApiProperty({ example: 7 }) doctorId!: number;
  @ApiProperty({ example: '王建国' }) doctorName!: string;
  @ApiProperty({ enum: DOCTOR_TITLES, example: 'CHIEF' }) doctorTitle!: DoctorTitle;
  @ApiProperty({ example: 1 }) departmentId!: number;
  @ApiProperty({ example: 1 }) weekday!: number;
  @ApiProperty({ enum: PERIODS, example: 'AM' }) period!: Period;
  @ApiProperty({ example: 3 }) roomId!: number;
  @ApiProperty({ example: '312诊室' }) roomName!: string;
  @ApiProperty({ example: '08:00' }) firstStart!: string;
  @ApiProperty({ example: 10 }) minutesPerNumber!: number;
  @ApiProperty({ example: 24 }) numberCount!: number;
  @ApiProperty({ example: 3 }) reserveCount!: number;
  @ApiProperty({ example: 5000 }) feeCents!: number;
  @ApiProperty({ example: '2026-12-01' }) effectiveFrom!: string;
  @ApiProperty({ example: null, nullable: true, type: String }) effectiveTo!: string | null;
  @ApiProperty({ example: true }) active!: boolean;
  @ApiProperty({ example: 1, description: 'Increases with every change; sessions follow it' })
  revision!: number;
}

export class GenerateSessionsRequest {
  @ApiPropertyOptional({ example: '2026-11-26', description: 'Default: today (hospital time)' })
  @IsOptional()
  @Validate(IsoDate)
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-06', description: 'Default: today + release_days' })
  @IsOptional()
  @Validate(IsoDate)
  to?: string;
}

export class GenerationResponse implements GenerationResult {
  @ApiProperty({ example: '2026-11-26' }) from!: string;
  @ApiProperty({ example: '2026-12-06' }) to!: string;
  @ApiProperty({ example: 120 }) createdSessions!: number;
  @ApiProperty({ example: 2880 }) createdSlots!: number;
  @ApiProperty({ example: 0 }) updatedSessions!: number;
  @ApiProperty({ example: 0 }) withdrawnSlots!: number;
  @ApiProperty({ example: 0 }) closedSessions!: number;
  @ApiProperty({ example: 0, description: 'Sessions left without a template but holding bookings' })
  sessionsNeedingAttention!: number;
}
