import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsInt, IsObject, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { EXTERNAL_CHANNELS, HOLD_STATUSES, WAITLIST_STATUSES } from '@app/contracts';
import type { JoinWaitlist, WaitlistEntry } from '@app/partner-client';
import { BookingPatientRequest, MaskedPatientResponse } from '../../appointments/dto/appointment.dto';
import { DoctorRefResponse, NamedRefResponse } from '../../catalog/dto/catalog.dto';

const MAX_ID = 2_147_483_647;

/** R5: join the waitlist of a full session, by real name (decision 029). */
export class JoinWaitlistRequest implements JoinWaitlist {
  @ApiProperty({ example: 101, description: 'The full session to wait for' })
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  sessionId!: number;

  @ApiProperty({ type: BookingPatientRequest })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => BookingPatientRequest)
  patient!: BookingPatientRequest;

  @ApiPropertyOptional({
    example: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
    description: 'WECHAT and APP partners: the user the offer message goes to. Without it: SMS only.',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_.:-]{1,128}$/)
  notifyTo?: string;
}

export class WaitlistOfferResponse {
  @ApiProperty({ example: 7001, description: 'The hold the offer is' }) holdId!: number;
  @ApiProperty({ enum: HOLD_STATUSES, example: 'HELD' }) status!: NonNullable<
    WaitlistEntry['offer']
  >['status'];
  @ApiProperty({ example: 4, description: '就诊序号 of the number offered' }) visitNo!: number;
  @ApiProperty({ example: '2026-11-27T08:30:00+08:00' }) startsAt!: string;
  @ApiProperty({
    example: '2026-11-20T09:15:00+08:00',
    description: "Accept before this (the hospital's clock)",
  })
  expiresAt!: string;
}

export class WaitlistEntryResponse implements WaitlistEntry {
  @ApiProperty({ example: 801 }) id!: number;
  @ApiProperty({
    enum: WAITLIST_STATUSES,
    example: 'WAITING',
    description:
      'WAITING in line; OFFERED a freed number (see offer); then BOOKED, DECLINED, EXPIRED (the offer lapsed), ' +
      'LEFT, or CLOSED (the session stopped being bookable for the patient)',
  })
  status!: WaitlistEntry['status'];
  @ApiProperty({ example: 101 }) sessionId!: number;
  @ApiProperty({ example: '2026-11-27T08:00:00+08:00' }) sessionStartsAt!: string;
  @ApiProperty({ type: NamedRefResponse }) department!: NamedRefResponse;
  @ApiProperty({ type: DoctorRefResponse }) doctor!: DoctorRefResponse;
  @ApiProperty({ example: 'WECHAT', enum: EXTERNAL_CHANNELS, description: "The partner's channel (R7)" })
  channel!: string;
  @ApiProperty({ type: MaskedPatientResponse }) patient!: MaskedPatientResponse;
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
  @ApiProperty({ type: WaitlistOfferResponse, nullable: true }) offer!: WaitlistOfferResponse | null;
  @ApiProperty({ example: null, nullable: true, type: Number, description: 'The appointment, once accepted' })
  appointmentId!: number | null;
}
