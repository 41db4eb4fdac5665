import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  Validate,
} from 'class-validator';
import {
  DELIVERY_CHANNELS,
  NOTIFICATION_KINDS,
  NOTIFICATION_STATUSES,
  type DeliveryChannel,
  type NotificationKind,
  type NotificationStatus,
  type NotificationSummary,
} from '@app/contracts';
import { IsoDate } from '../../shared/iso-date';
import { toIntIfDigits } from '../../shared/params';

const OWNER = /^[A-Za-z0-9_.:@-]{1,64}$/;

export class ClaimRequest {
  @ApiProperty({ example: 'gateway-1:dispatcher', description: 'Who holds the lease' })
  @Matches(OWNER)
  owner!: string;

  @ApiPropertyOptional({ example: 50, default: 50 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @ApiPropertyOptional({
    example: 30,
    default: 30,
    description: 'After this, another dispatcher may take it',
  })
  @IsOptional()
  @IsInt()
  @Min(5)
  @Max(3600)
  leaseSeconds?: number;
}

export class AckRequest {
  @ApiProperty({ example: 'gateway-1:dispatcher' })
  @Matches(OWNER)
  owner!: string;

  @ApiProperty({ example: true, description: 'Delivered (true) or failed (false)' })
  @IsBoolean()
  sent!: boolean;

  @ApiPropertyOptional({ example: 'SMS provider answered 503' })
  @IsOptional()
  @IsString()
  @Length(0, 500)
  error?: string;

  @ApiPropertyOptional({
    example: 30000,
    description:
      'After a failure: how long to wait before the next attempt, in milliseconds. A duration, not an instant: ' +
      'the core schedules it on its own clock (DESIGN §8, one clock). Default 0.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(86_400_000)
  retryAfterMs?: number;
}

export class NotificationIdParam {
  @ApiProperty({ example: '42' })
  @Matches(/^\d{1,18}$/)
  id!: string;
}

export class NotificationQuery {
  @ApiPropertyOptional({ enum: NOTIFICATION_STATUSES, example: 'DEAD' })
  @IsOptional()
  @IsIn(NOTIFICATION_STATUSES)
  status?: NotificationStatus;

  @ApiPropertyOptional({ example: 9001 })
  @IsOptional()
  @Transform(toIntIfDigits)
  @IsInt()
  @Min(1)
  appointmentId?: number;
}

export class RemindersRequest {
  @ApiPropertyOptional({ example: '2026-11-27', description: 'The visit day to remind; default tomorrow' })
  @IsOptional()
  @Validate(IsoDate)
  date?: string;
}

export class RemindersResponse {
  @ApiProperty({ example: '2026-11-27' }) date!: string;
  @ApiProperty({ example: 312, description: 'Reminders queued by this run' }) created!: number;
}

export class NotificationSummaryDto implements NotificationSummary {
  @ApiProperty({ enum: NOTIFICATION_KINDS, example: 'BOOKING_CONFIRMED' }) kind!: NotificationKind;
  @ApiProperty({ enum: DELIVERY_CHANNELS, example: 'SMS' }) channel!: DeliveryChannel;
  @ApiProperty({ enum: NOTIFICATION_STATUSES, example: 'SENT' }) status!: NotificationStatus;
  @ApiProperty({ example: 1 }) attempts!: number;
  @ApiProperty({ example: '2026-11-20T09:12:44+08:00' }) createdAt!: string;
  @ApiProperty({ example: '2026-11-20T09:12:45+08:00', nullable: true, type: String }) sentAt!: string | null;
}

export class NotificationAdminView extends NotificationSummaryDto {
  @ApiProperty({ example: '42' }) id!: string;
  @ApiProperty({ example: 9001, nullable: true, type: Number }) appointmentId!: number | null;
  @ApiProperty({ example: 'hospital-app', nullable: true, type: String }) partnerId!: string | null;
  @ApiProperty({ example: '138****5678', nullable: true, type: String }) recipient!: string | null;
  @ApiProperty({ example: 'SMS provider answered 503', nullable: true, type: String }) lastError!:
    string | null;
  @ApiProperty({ example: '2026-11-20T09:20:00+08:00' }) nextAttemptAt!: string;
}

export class NotificationJobDto {
  @ApiProperty({ example: '42' }) id!: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS, example: 'BOOKING_CONFIRMED' }) kind!: NotificationKind;
  @ApiProperty({ enum: DELIVERY_CHANNELS, example: 'SMS' }) channel!: DeliveryChannel;
  @ApiProperty({ example: null, nullable: true, type: String }) partnerId!: string | null;
  @ApiProperty({ example: 1 }) attempt!: number;
  @ApiProperty({
    example: '13812345678',
    nullable: true,
    type: String,
    description: 'SMS only: the full mobile',
  })
  recipient!: string | null;
  @ApiProperty({ example: '张三' }) patientName!: string;
  @ApiProperty({ example: null, nullable: true, type: Object }) appointment!: Record<string, unknown> | null;
  @ApiProperty({ example: { reason: '医生临时手术' }, type: Object }) data!: Record<string, unknown>;
}
