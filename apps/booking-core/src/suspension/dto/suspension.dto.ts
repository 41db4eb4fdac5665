import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsPositive } from 'class-validator';
import { IsFreeText, MasksPersonalDigits } from '@app/common';
import { CHANNELS, DOCTOR_TITLES, type Channel, type DoctorTitle } from '@app/contracts';
import { SessionResponse } from '../../sessions';

export class SubstituteCandidate {
  @ApiProperty({ example: 12 }) id!: number;
  @ApiProperty({ example: '李慧' }) name!: string;
  @ApiProperty({ enum: DOCTOR_TITLES, example: 'CHIEF' }) title!: DoctorTitle;
  @ApiProperty({ example: 1 }) departmentId!: number;
  @ApiProperty({ example: '心血管内科' }) departmentName!: string;
  @ApiProperty({ example: true }) sameDepartment!: boolean;
}

export class SubstituteRequest {
  @ApiProperty({ example: 12, description: 'A doctor of the same title, free at that time' })
  @IsInt()
  @IsPositive()
  doctorId!: number;

  @ApiProperty({
    example: '王医生急诊手术',
    description: 'Told to the patients; mobile- and ID-number-like digit runs are masked first',
  })
  @MasksPersonalDigits()
  @IsFreeText(2, 300)
  reason!: string;
}

export class SuspendRequest {
  @ApiProperty({
    example: '医生因病停诊',
    description: 'Told to the patients; mobile- and ID-number-like digit runs are masked first',
  })
  @MasksPersonalDigits()
  @IsFreeText(2, 300)
  reason!: string;
}

export class SuspensionResult {
  @ApiProperty({ type: SessionResponse }) session!: SessionResponse;
  @ApiProperty({ example: 18, description: 'Appointments cancelled by the hospital (suspension only)' })
  cancelled!: number;
  @ApiProperty({ example: 30, description: 'Notifications queued (SMS and the booking channel)' })
  notified!: number;
}

export class CallListEntry {
  @ApiProperty({ example: 9001 }) appointmentId!: number;
  @ApiProperty({ example: 4 }) visitNo!: number;
  @ApiProperty({ example: '2026-11-27T08:30:00+08:00' }) startsAt!: string;
  @ApiProperty({ enum: CHANNELS, example: 'WECHAT' }) channel!: Channel;
  @ApiProperty({ example: '张三' }) patientName!: string;
  @ApiProperty({
    example: '13812345678',
    nullable: true,
    type: String,
    description: 'Full number (CALL_CENTRE only, audited)',
  })
  mobile!: string | null;
}
