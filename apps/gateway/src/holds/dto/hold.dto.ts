import { ApiProperty } from '@nestjs/swagger';
import { EXTERNAL_CHANNELS, HOLD_STATUSES } from '@app/contracts';
import type { Hold } from '@app/partner-client';
import { BookingRequestBase, MaskedPatientResponse } from '../../appointments/dto/appointment.dto';
import { DoctorRefResponse, NamedRefResponse } from '../../catalog/dto/catalog.dto';

/** R5: the same request as a booking; the number is held for the hospital's hold time. */
export class HoldNumberRequest extends BookingRequestBase {}

export class HoldResponse implements Hold {
  @ApiProperty({ example: 7001 }) id!: number;
  @ApiProperty({
    enum: HOLD_STATUSES,
    example: 'HELD',
    description: 'HELD until expiresAt; then CONFIRMED, RELEASED or EXPIRED (its number back in the pool)',
  })
  status!: Hold['status'];
  @ApiProperty({ example: 4, description: '就诊序号 of the number held' }) visitNo!: number;
  @ApiProperty({ example: 101 }) sessionId!: number;
  @ApiProperty({ example: 5004 }) slotId!: number;
  @ApiProperty({ example: '2026-11-27T08:30:00+08:00' }) startsAt!: string;
  @ApiProperty({ example: '2026-11-27T08:40:00+08:00' }) endsAt!: string;
  @ApiProperty({ type: NamedRefResponse }) department!: NamedRefResponse;
  @ApiProperty({ type: DoctorRefResponse }) doctor!: DoctorRefResponse;
  @ApiProperty({ example: 'WECHAT', enum: EXTERNAL_CHANNELS, description: "The partner's channel (R7)" })
  channel!: string;
  @ApiProperty({ type: MaskedPatientResponse }) patient!: MaskedPatientResponse;
  @ApiProperty({
    example: '2026-11-20T09:05:00+08:00',
    description: "When the hold ends, by the hospital's clock",
  })
  expiresAt!: string;
  @ApiProperty({
    example: null,
    nullable: true,
    type: Number,
    description: 'The appointment, once confirmed',
  })
  appointmentId!: number | null;
}
