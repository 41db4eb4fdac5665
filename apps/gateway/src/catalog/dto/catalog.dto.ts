import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min, Validate } from 'class-validator';
import { DOCTOR_TITLES, PERIODS, type DoctorTitle, type Period } from '@app/contracts';
import type {
  ClinicSession,
  Department,
  Doctor,
  DoctorRef,
  NamedRef,
  RoomRef,
  Slot,
} from '@app/partner-client';
import { IsoDate, MAX_ID, toIntIfDigits } from '../../shared/params';

export class DoctorQuery {
  @ApiPropertyOptional({ example: 1, description: 'Only the doctors of this department' })
  @IsOptional()
  @Transform(toIntIfDigits)
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  departmentId?: number;
}

export class SessionQuery {
  @ApiPropertyOptional({ example: 1 })
  @IsOptional()
  @Transform(toIntIfDigits)
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  departmentId?: number;

  @ApiPropertyOptional({ example: 7, description: 'Scheduled or acting doctor' })
  @IsOptional()
  @Transform(toIntIfDigits)
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  doctorId?: number;

  @ApiPropertyOptional({ example: '2026-11-27', description: 'Hospital-local date; default today' })
  @IsOptional()
  @Validate(IsoDate)
  dateFrom?: string;

  @ApiPropertyOptional({
    example: '2026-12-06',
    description: 'Default: dateFrom plus the release window (10 days); at most 62 days after dateFrom',
  })
  @IsOptional()
  @Validate(IsoDate)
  dateTo?: string;
}

export class DepartmentResponse implements Department {
  @ApiProperty({ example: 1 }) id!: number;
  @ApiProperty({ example: 'CARD' }) code!: string;
  @ApiProperty({ example: '心血管内科' }) name!: string;
  @ApiProperty({ example: 'Chest pain, palpitations, hypertension', nullable: true, type: String })
  description!: string | null;
}

export class DoctorResponse implements Doctor {
  @ApiProperty({ example: 7 }) id!: number;
  @ApiProperty({ example: '王建国' }) name!: string;
  @ApiProperty({
    enum: DOCTOR_TITLES,
    example: 'CHIEF',
    description: 'Level: fees and same-level substitution',
  })
  title!: DoctorTitle;
  @ApiProperty({ example: 1 }) departmentId!: number;
  @ApiProperty({ example: '心血管内科' }) departmentName!: string;
  @ApiProperty({ example: ['冠心病', '高血压'], type: [String] }) specialties!: string[];
}

export class NamedRefResponse implements NamedRef {
  @ApiProperty({ example: 1 }) id!: number;
  @ApiProperty({ example: '心血管内科' }) name!: string;
}

export class DoctorRefResponse implements DoctorRef {
  @ApiProperty({ example: 7 }) id!: number;
  @ApiProperty({ example: '王建国' }) name!: string;
  @ApiProperty({ enum: DOCTOR_TITLES, example: 'CHIEF' }) title!: DoctorTitle;
}

export class RoomRefResponse implements RoomRef {
  @ApiProperty({ example: 3 }) id!: number;
  @ApiProperty({ example: '312诊室' }) name!: string;
  @ApiProperty({ example: '门诊楼3层', nullable: true, type: String }) location!: string | null;
}

export class SessionResponse implements ClinicSession {
  @ApiProperty({ example: 101 }) id!: number;
  @ApiProperty({ example: '2026-11-27' }) date!: string;
  @ApiProperty({ enum: PERIODS, example: 'AM' }) period!: Period;
  @ApiProperty({ example: '2026-11-27T08:00:00+08:00' }) startsAt!: string;
  @ApiProperty({ example: '2026-11-27T12:00:00+08:00' }) endsAt!: string;
  @ApiProperty({
    example: '2026-11-17T08:00:00+08:00',
    description: 'When its numbers open for booking (R2)',
  })
  releaseAt!: string;
  @ApiProperty({ example: true }) released!: boolean;
  @ApiProperty({ example: 5000, description: 'Registration fee in fen (1/100 CNY)' }) feeCents!: number;
  @ApiProperty({ type: NamedRefResponse }) department!: NamedRefResponse;
  @ApiProperty({ type: DoctorRefResponse }) doctor!: DoctorRefResponse;
  @ApiProperty({ type: DoctorRefResponse, description: 'Differs from doctor after a substitution' })
  actingDoctor!: DoctorRefResponse;
  @ApiProperty({ type: RoomRefResponse }) room!: RoomRefResponse;
  @ApiProperty({ example: 24, description: 'Numbers in the session' }) total!: number;
  @ApiProperty({ example: 12, description: 'Free numbers this partner can book now (one pool, R5)' })
  available!: number;
}

export class SlotResponse implements Slot {
  @ApiProperty({ example: 5004 }) id!: number;
  @ApiProperty({ example: 101 }) sessionId!: number;
  @ApiProperty({ example: 4, description: '就诊序号: the visit number' }) visitNo!: number;
  @ApiProperty({ example: '2026-11-27T08:30:00+08:00' }) startsAt!: string;
  @ApiProperty({ example: '2026-11-27T08:40:00+08:00' }) endsAt!: string;
  @ApiProperty({ example: true, description: 'Free, not started, and open to this partner’s channel' })
  bookable!: boolean;
}
