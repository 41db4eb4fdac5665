import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsPositive,
  Matches,
  ValidateNested,
} from 'class-validator';
import { applyAppointmentFields, IsFreeText, MasksPersonalDigits } from '@app/common';
import {
  APPOINTMENT_STATUSES,
  CHANNELS,
  DOCUMENT_TYPES,
  PERIODS,
  type AppointmentFieldName,
  type AppointmentStatus,
  type AppointmentView,
  type Channel,
  type DocumentType,
  type PatientSummary,
  type Period,
} from '@app/contracts';
import { NotificationSummaryDto } from '../../notifications';
import { BookingPatientDto, PatientIdentityDto } from '../../patients';
import { DoctorRefDto, NamedRefDto, RoomRefDto } from '../../sessions';

const PARTNER_ID = /^[A-Za-z0-9_.-]{1,64}$/;

export class BookingRequestBase {
  @ApiProperty({ enum: CHANNELS, example: 'PHONE', description: "Must be one of the caller's channels" })
  @IsIn(CHANNELS)
  channel!: Channel;

  @ApiPropertyOptional({ example: 101, description: 'Book the earliest free number of this session…' })
  @IsOptional()
  @IsInt()
  @IsPositive()
  sessionId?: number;

  @ApiPropertyOptional({ example: 5004, description: '…or this number' })
  @IsOptional()
  @IsInt()
  @IsPositive()
  slotId?: number;

  @ApiPropertyOptional({ example: 'wechat-official', description: 'GATEWAY only: the partner booking' })
  @IsOptional()
  @Matches(PARTNER_ID)
  partnerId?: string;

  @ApiProperty({ type: BookingPatientDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => BookingPatientDto)
  patient!: BookingPatientDto;

  @ApiPropertyOptional({
    example: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
    description: 'GATEWAY only: who the WECHAT/APP channel message goes to (WeChat openid, app user id)',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_.:-]{1,128}$/)
  notifyTo?: string;

  @ApiPropertyOptional({
    example: '5f0c8a7e-3b1d-4c55-9a0e-2f8e4d1c6b7a',
    description: "GATEWAY only: the partner's Idempotency-Key; a retry returns the appointment already made",
  })
  @IsOptional()
  @Matches(/^[\x21-\x7e]{1,100}$/)
  requestKey?: string;

  @ApiPropertyOptional({
    example: 31,
    description: 'R18: the self-triage assessment whose suggestions this booking follows',
  })
  @IsOptional()
  @IsInt()
  @IsPositive()
  triageAssessmentId?: number;

  @ApiPropertyOptional({
    example: true,
    description: 'GATEWAY only: the partner has a callback URL, so callback messages are queued (R8)',
  })
  @IsOptional()
  @IsBoolean()
  partnerCallback?: boolean;
}

/**
 * A booking: what a hold also carries, plus the simple appointment fields of `APPOINTMENT_FIELDS`
 * (decision 028; given at the end of this file). A hold does not carry them.
 */
export class BookAppointmentRequest extends BookingRequestBase {}

export class CancelAppointmentRequest {
  @ApiPropertyOptional({
    example: 'Patient feels better',
    description: 'Why (kept in the record; mobile- and ID-number-like digit runs are masked first)',
  })
  @IsOptional()
  @MasksPersonalDigits()
  @IsFreeText(1, 300)
  reason?: string;

  @ApiPropertyOptional({ example: 'wechat-official', description: 'GATEWAY only: the partner asking' })
  @IsOptional()
  @Matches(PARTNER_ID)
  partnerId?: string;
}

export class PartnerScopeQuery {
  @ApiPropertyOptional({ example: 'wechat-official', description: 'GATEWAY only: the partner asking' })
  @IsOptional()
  @Matches(PARTNER_ID)
  partnerId?: string;
}

export class AppointmentCodeQuery {
  @ApiProperty({ example: 'K7P2QX9M4A' })
  @Matches(/^[A-Z0-9]{6,16}$/)
  code!: string;
}

export class PatientSearchRequest extends PatientIdentityDto {}

export class PatientSummaryDto implements PatientSummary {
  @ApiProperty({ example: '张三' }) name!: string;
  @ApiProperty({ enum: DOCUMENT_TYPES, example: 'NATIONAL_ID' }) documentType!: DocumentType;
  @ApiProperty({ example: '110***********002X' }) documentMasked!: string;
  @ApiProperty({ example: '138****5678', nullable: true, type: String }) mobileMasked!: string | null;
}

export class AppointmentResponse implements Omit<AppointmentView, AppointmentFieldName> {
  @ApiProperty({ example: 9001 }) id!: number;
  @ApiProperty({ example: 'K7P2QX9M4A', description: 'Short public code printed on the slip' }) code!: string;
  @ApiProperty({ enum: APPOINTMENT_STATUSES, example: 'BOOKED' }) status!: AppointmentStatus;
  @ApiProperty({ example: 4, description: '就诊序号: the number called and registered' }) visitNo!: number;
  @ApiProperty({ example: 101 }) sessionId!: number;
  @ApiProperty({ example: 5004 }) slotId!: number;
  @ApiProperty({ example: '2026-11-27' }) date!: string;
  @ApiProperty({ enum: PERIODS, example: 'AM' }) period!: Period;
  @ApiProperty({ example: '2026-11-27T08:30:00+08:00' }) startsAt!: string;
  @ApiProperty({ example: '2026-11-27T08:40:00+08:00' }) endsAt!: string;
  @ApiProperty({ type: NamedRefDto }) department!: NamedRefDto;
  @ApiProperty({ type: DoctorRefDto }) doctor!: DoctorRefDto;
  @ApiProperty({ type: DoctorRefDto }) actingDoctor!: DoctorRefDto;
  @ApiProperty({ type: RoomRefDto }) room!: RoomRefDto;
  @ApiProperty({ example: 5000 }) feeCents!: number;
  @ApiProperty({ enum: CHANNELS, example: 'PHONE' }) channel!: Channel;
  @ApiProperty({ example: null, nullable: true, type: String }) partnerId!: string | null;
  @ApiProperty({ type: PatientSummaryDto }) patient!: PatientSummaryDto;
  @ApiProperty({ example: '2026-11-20T09:12:44+08:00' }) bookedAt!: string;
  @ApiProperty({ example: null, nullable: true, type: String }) cancelledAt!: string | null;
  @ApiProperty({ example: null, nullable: true, type: String }) cancelReason!: string | null;
  @ApiProperty({ example: null, nullable: true, type: String }) checkedInAt!: string | null;
  @ApiProperty({ example: null, nullable: true, type: String }) calledAt!: string | null;
  @ApiProperty({ example: null, nullable: true, type: String }) registeredAt!: string | null;
  @ApiProperty({
    example: null,
    nullable: true,
    type: String,
    description: 'When it became NO_SHOW or VOIDED_LATE',
  })
  closedAt!: string | null;
  @ApiProperty({
    example: null,
    nullable: true,
    type: Number,
    description: 'While checked in: place in the queue (1 = next)',
  })
  queuePosition!: number | null;
  @ApiPropertyOptional({ example: '482913', description: 'Check-in code; only in the booking response' })
  verificationCode?: string;
  @ApiPropertyOptional({
    type: [NotificationSummaryDto],
    description: 'R8: what the patient was told (single reads)',
  })
  notifications?: NotificationSummaryDto[];
}

// Decision 028: the simple appointment fields, declared once in @app/contracts.
applyAppointmentFields(BookAppointmentRequest, 'request');
applyAppointmentFields(AppointmentResponse, 'response');
