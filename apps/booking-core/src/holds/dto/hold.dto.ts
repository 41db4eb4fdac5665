import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import {
  CHANNELS,
  HOLD_STATUSES,
  PERIODS,
  type Channel,
  type HoldStatus,
  type HoldView,
  type Period,
} from '@app/contracts';
import { BookingRequestBase, PatientSummaryDto } from '../../appointments';
import { DoctorRefDto, NamedRefDto } from '../../sessions';

const PARTNER_ID = /^[A-Za-z0-9_.-]{1,64}$/;

/**
 * R5: hold a number — the same request as a booking (channel, `sessionId` or `slotId`, the
 * patient by real name and document, the partner's fields for the gateway); the hold lasts the
 * setting `hold_minutes`.
 */
export class HoldNumberRequest extends BookingRequestBase {}

export class HoldActionRequest {
  @ApiPropertyOptional({ example: 'wechat-official', description: 'GATEWAY only: the partner asking' })
  @IsOptional()
  @Matches(PARTNER_ID)
  partnerId?: string;
}

export class HoldResponse implements HoldView {
  @ApiProperty({ example: 7001 }) id!: number;
  @ApiProperty({
    enum: HOLD_STATUSES,
    example: 'HELD',
    description: 'HELD until expiresAt; then CONFIRMED, RELEASED or EXPIRED (its number back in the pool)',
  })
  status!: HoldStatus;
  @ApiProperty({ example: 4, description: '就诊序号 of the number held' }) visitNo!: number;
  @ApiProperty({ example: 101 }) sessionId!: number;
  @ApiProperty({ example: 5004 }) slotId!: number;
  @ApiProperty({ example: '2026-11-27' }) date!: string;
  @ApiProperty({ enum: PERIODS, example: 'AM' }) period!: Period;
  @ApiProperty({ example: '2026-11-27T08:30:00+08:00' }) startsAt!: string;
  @ApiProperty({ example: '2026-11-27T08:40:00+08:00' }) endsAt!: string;
  @ApiProperty({ type: NamedRefDto }) department!: NamedRefDto;
  @ApiProperty({ type: DoctorRefDto }) doctor!: DoctorRefDto;
  @ApiProperty({ example: 5000 }) feeCents!: number;
  @ApiProperty({ enum: CHANNELS, example: 'WECHAT' }) channel!: Channel;
  @ApiProperty({ example: 'wechat-official', nullable: true, type: String }) partnerId!: string | null;
  @ApiProperty({ type: PatientSummaryDto }) patient!: PatientSummaryDto;
  @ApiProperty({ example: '2026-11-20T09:00:00+08:00' }) heldAt!: string;
  @ApiProperty({ example: '2026-11-20T09:05:00+08:00', description: "By booking-core's clock" })
  expiresAt!: string;
  @ApiProperty({ example: null, nullable: true, type: String }) endedAt!: string | null;
  @ApiProperty({
    example: null,
    nullable: true,
    type: Number,
    description: 'The appointment, once confirmed',
  })
  appointmentId!: number | null;
}
