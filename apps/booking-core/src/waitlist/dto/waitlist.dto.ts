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
import {
  CHANNELS,
  HOLD_STATUSES,
  PERIODS,
  WAITLIST_STATUSES,
  type Channel,
  type HoldStatus,
  type Period,
  type WaitlistEntryView,
  type WaitlistStatus,
} from '@app/contracts';
import { PatientSummaryDto } from '../../appointments';
import { BookingPatientDto } from '../../patients';
import { DoctorRefDto, NamedRefDto } from '../../sessions';

const PARTNER_ID = /^[A-Za-z0-9_.-]{1,64}$/;

/** R5: join the line of a full session, by real name (R6), under booking's rules. */
export class JoinWaitlistRequest {
  @ApiProperty({ enum: CHANNELS, example: 'PHONE', description: "Must be one of the caller's channels" })
  @IsIn(CHANNELS)
  channel!: Channel;

  @ApiProperty({ example: 101, description: 'The full session to wait for' })
  @IsInt()
  @IsPositive()
  sessionId!: number;

  @ApiPropertyOptional({ example: 'wechat-official', description: 'GATEWAY only: the partner asking' })
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
    example: 'oX1a2b3c4d5e6f',
    description: 'GATEWAY only: the WeChat openid / app user the offer message goes to',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_.:-]{1,128}$/)
  notifyTo?: string;

  @ApiPropertyOptional({
    example: true,
    description: "GATEWAY only: send the offer to the partner's callback",
  })
  @IsOptional()
  @IsBoolean()
  partnerCallback?: boolean;
}

export class WaitlistOfferDto {
  @ApiProperty({ example: 7001, description: 'The hold the offer is (decision 023)' }) holdId!: number;
  @ApiProperty({ enum: HOLD_STATUSES, example: 'HELD' }) status!: HoldStatus;
  @ApiProperty({ example: 5004 }) slotId!: number;
  @ApiProperty({ example: 4, description: '就诊序号 of the number offered' }) visitNo!: number;
  @ApiProperty({ example: '2026-11-27T08:30:00+08:00' }) startsAt!: string;
  @ApiProperty({
    example: '2026-11-20T09:15:00+08:00',
    description: 'Accept before this (booking-core’s clock)',
  })
  expiresAt!: string;
}

export class WaitlistEntryResponse implements WaitlistEntryView {
  @ApiProperty({ example: 801 }) id!: number;
  @ApiProperty({
    enum: WAITLIST_STATUSES,
    example: 'WAITING',
    description:
      'WAITING in line; OFFERED a freed number (see offer); then BOOKED, DECLINED, EXPIRED (the offer lapsed), ' +
      'LEFT, or CLOSED (the session stopped being bookable for them)',
  })
  status!: WaitlistStatus;
  @ApiProperty({ example: 101 }) sessionId!: number;
  @ApiProperty({ example: '2026-11-27' }) date!: string;
  @ApiProperty({ enum: PERIODS, example: 'AM' }) period!: Period;
  @ApiProperty({ example: '2026-11-27T08:00:00+08:00' }) sessionStartsAt!: string;
  @ApiProperty({ type: NamedRefDto }) department!: NamedRefDto;
  @ApiProperty({ type: DoctorRefDto }) doctor!: DoctorRefDto;
  @ApiProperty({ enum: CHANNELS, example: 'WECHAT' }) channel!: Channel;
  @ApiProperty({ example: 'wechat-official', nullable: true, type: String }) partnerId!: string | null;
  @ApiProperty({ type: PatientSummaryDto }) patient!: PatientSummaryDto;
  @ApiProperty({
    example: 3,
    nullable: true,
    type: Number,
    description: 'Place in line (1 = next); null once not waiting',
  })
  position!: number | null;
  @ApiProperty({ example: 12, description: 'How many wait for this session now' }) waiting!: number;
  @ApiProperty({ example: 0, description: 'R14: 1 for a patient a suspension cancelled (head of the line)' })
  priority!: number;
  @ApiProperty({ example: '2026-11-20T09:00:00+08:00' }) joinedAt!: string;
  @ApiProperty({ example: null, nullable: true, type: String }) endedAt!: string | null;
  @ApiProperty({ type: WaitlistOfferDto, nullable: true }) offer!: WaitlistOfferDto | null;
  @ApiProperty({ example: null, nullable: true, type: Number, description: 'The appointment, once accepted' })
  appointmentId!: number | null;
}
