import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { applyAppointmentFields, IsFreeText } from '@app/common';
import {
  APPOINTMENT_STATUSES,
  DELIVERY_CHANNELS,
  DOCUMENT_TYPES,
  EXTERNAL_CHANNELS,
  NOTIFICATION_KINDS,
  NOTIFICATION_STATUSES,
  type AppointmentStatus,
  type DocumentType,
} from '@app/contracts';
import type {
  Appointment,
  BookingPatient,
  MaskedPatient,
  NotificationState,
  PatientIdentity,
} from '@app/partner-client';
import { DoctorRefResponse, NamedRefResponse, RoomRefResponse } from '../../catalog/dto/catalog.dto';
import { MAX_ID } from '../../shared/params';

/** R6: who the patient is — real name and one identity document. */
export class PatientIdentityRequest implements PatientIdentity {
  @ApiProperty({
    example: '张三',
    description: 'Real name; full-width letters and spaces are normalised',
    minLength: 1,
    maxLength: 60,
  })
  @IsFreeText(1, 60)
  name!: string;

  @ApiProperty({ enum: DOCUMENT_TYPES, example: 'NATIONAL_ID' })
  @IsIn(DOCUMENT_TYPES)
  documentType!: DocumentType;

  @ApiProperty({
    example: '11010519491231002X',
    description: 'National ID (checksum verified), hospital card or social security card number',
    minLength: 1,
    maxLength: 40,
  })
  @IsFreeText(1, 40)
  documentNo!: string;
}

export class BookingPatientRequest extends PatientIdentityRequest implements BookingPatient {
  @ApiProperty({
    example: '13812345678',
    description: 'Mainland mobile for the confirmation and reminder of this booking (R8)',
    minLength: 1,
    maxLength: 20,
  })
  @IsFreeText(1, 20)
  mobile!: string;
}

/** Exactly one of sessionId and slotId. The channel is never a field: it is the partner's. */
export class BookingRequestBase {
  @ApiPropertyOptional({ example: 101, description: 'Book the earliest free number of this session…' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  sessionId?: number;

  @ApiPropertyOptional({ example: 5004, description: '…or this number (exactly one of the two)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  slotId?: number;

  @ApiProperty({ type: BookingPatientRequest })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => BookingPatientRequest)
  patient!: BookingPatientRequest;

  @ApiPropertyOptional({
    example: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
    description:
      'WECHAT and APP partners: the user your messages about this appointment go to (WeChat openid, app user id). ' +
      'Without it the patient is told by SMS only.',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_.:-]{1,128}$/)
  notifyTo?: string;

  @ApiPropertyOptional({
    example: 31,
    description:
      'R18: the self-triage assessment (made by this partner) whose suggestion this booking follows',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  triageAssessmentId?: number;
}

/**
 * A booking: what a hold also carries, plus the simple appointment fields of `APPOINTMENT_FIELDS`
 * (decision 028; given at the end of this file). A hold does not carry them.
 */
export class BookAppointmentRequest extends BookingRequestBase {}

export class CancelAppointmentRequest {
  @ApiPropertyOptional({
    example: 'Patient feels better',
    description: 'Why (kept in the record; digit runs shaped like a mobile or ID number are masked)',
    minLength: 1,
    maxLength: 300,
  })
  @IsOptional()
  @IsFreeText(1, 300)
  reason?: string;
}

export class PatientSearchRequest extends PatientIdentityRequest {}

export class NotificationStateResponse implements NotificationState {
  @ApiProperty({ example: 'BOOKING_CONFIRMED', enum: NOTIFICATION_KINDS })
  kind!: NotificationState['kind'];
  @ApiProperty({ example: 'SMS', enum: DELIVERY_CHANNELS })
  channel!: NotificationState['channel'];
  @ApiProperty({ example: 'SENT', enum: NOTIFICATION_STATUSES })
  status!: NotificationState['status'];
  @ApiProperty({ example: 1 }) attempts!: number;
  @ApiProperty({ example: '2026-11-20T09:12:44+08:00' }) createdAt!: string;
  @ApiProperty({ example: '2026-11-20T09:12:45+08:00', nullable: true, type: String }) sentAt!: string | null;
}

export class MaskedPatientResponse implements MaskedPatient {
  @ApiProperty({ example: '张*', description: 'Masked real name' }) name!: string;
  @ApiProperty({ enum: DOCUMENT_TYPES, example: 'NATIONAL_ID' }) documentType!: DocumentType;
  @ApiProperty({ example: '110***********002X' }) documentMasked!: string;
  @ApiProperty({ example: '138****5678', nullable: true, type: String }) mobileMasked!: string | null;
}

export class AppointmentResponse implements Appointment {
  @ApiProperty({ example: 9001 }) id!: number;
  @ApiProperty({ example: 'K7P2QX9M4A', description: 'Short public code printed on the slip' }) code!: string;
  @ApiProperty({ enum: APPOINTMENT_STATUSES, example: 'BOOKED' }) status!: AppointmentStatus;
  @ApiProperty({ example: 4, description: '就诊序号: the number called and registered (R12)' })
  visitNo!: number;
  @ApiProperty({ example: 101 }) sessionId!: number;
  @ApiProperty({ example: 5004 }) slotId!: number;
  @ApiProperty({ example: '2026-11-27T08:30:00+08:00' }) startsAt!: string;
  @ApiProperty({ example: '2026-11-27T08:40:00+08:00' }) endsAt!: string;
  @ApiProperty({ type: NamedRefResponse }) department!: NamedRefResponse;
  @ApiProperty({ type: DoctorRefResponse }) doctor!: DoctorRefResponse;
  @ApiProperty({ type: DoctorRefResponse }) actingDoctor!: DoctorRefResponse;
  @ApiProperty({ type: RoomRefResponse }) room!: RoomRefResponse;
  @ApiProperty({
    example: 'WECHAT',
    description: 'Where it was booked (R7); a search can find bookings of every channel',
    enum: ['PHONE', 'COUNTER', 'CLINIC', 'WARD', 'KIOSK', ...EXTERNAL_CHANNELS],
  })
  channel!: string;
  @ApiProperty({ type: MaskedPatientResponse }) patient!: MaskedPatientResponse;
  @ApiProperty({
    example: null,
    nullable: true,
    type: Number,
    description: 'On the visit day, once checked in: the place in the queue (1 = next to be called)',
  })
  queuePosition!: number | null;
  @ApiPropertyOptional({
    example: '482913',
    description: 'Check-in code (取号); only in the booking response',
  })
  verificationCode?: string;
  @ApiPropertyOptional({
    type: [NotificationStateResponse],
    description: 'In a single read: what the patient was told (R8) and whether it was delivered',
  })
  notifications?: NotificationStateResponse[];
}

// Decision 028: the simple appointment fields, declared once in @app/contracts.
applyAppointmentFields(BookAppointmentRequest, 'request');
applyAppointmentFields(AppointmentResponse, 'response');
