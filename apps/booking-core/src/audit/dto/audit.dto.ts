import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, Matches, Max, Min } from 'class-validator';
import { CHANNELS, DOCUMENT_TYPES, type Channel, type DocumentType } from '@app/contracts';
import { toIntIfDigits } from '../../shared/params';

export const AUDIT_OUTCOMES = ['OK', 'REFUSED'] as const;

/** ADMIN: which audit entries, newest first, a page at a time. */
export class AuditQuery {
  @ApiPropertyOptional({ example: 'appointment', description: 'appointment, patient, clinic_session, …' })
  @IsOptional()
  @Matches(/^[a-z_]{1,32}$/)
  entity?: string;

  @ApiPropertyOptional({ example: '9001', description: 'With `entity`: one record' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_.:-]{1,40}$/)
  entityId?: string;

  @ApiPropertyOptional({
    example: 'REGISTER',
    description: 'BOOK, CANCEL, CHECK_IN, REGISTER, WALK_IN, READ_MOBILE, LIFT_BLACKLIST, UPDATE_CONTACT, …',
  })
  @IsOptional()
  @Matches(/^[A-Z_]{1,48}$/)
  action?: string;

  @ApiPropertyOptional({ enum: AUDIT_OUTCOMES, example: 'REFUSED' })
  @IsOptional()
  @IsIn(AUDIT_OUTCOMES)
  outcome?: (typeof AUDIT_OUTCOMES)[number];

  @ApiPropertyOptional({
    example: 'counter-7',
    description: 'The client (token name) or the person (X-Operator-Id)',
  })
  @IsOptional()
  @Matches(/^[\w.@:-]{1,64}$/)
  actor?: string;

  @ApiPropertyOptional({ example: '2026-12-04T00:00:00+08:00', description: 'From this instant (inclusive)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-05T00:00:00+08:00', description: 'Before this instant' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ example: 50, default: 50, minimum: 1, maximum: 500 })
  @IsOptional()
  @Transform(toIntIfDigits)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @ApiPropertyOptional({ example: '1200', description: "The previous page's `next`: entries older than it" })
  @IsOptional()
  @Matches(/^\d{1,18}$/)
  before?: string;
}

export class AuditEntryResponse {
  @ApiProperty({ example: '1234' }) id!: string;
  @ApiProperty({ example: '2026-12-04T08:31:02+08:00' }) at!: string;
  @ApiProperty({ example: 'registrars', description: 'The authenticated client' }) actor!: string;
  @ApiProperty({ example: 'desk-3', nullable: true, type: String, description: 'The person (X-Operator-Id)' })
  operator!: string | null;
  @ApiProperty({ example: 'REGISTER' }) action!: string;
  @ApiProperty({ example: 'appointment' }) entity!: string;
  @ApiProperty({ example: '9001', nullable: true, type: String }) entityId!: string | null;
  @ApiProperty({ enum: AUDIT_OUTCOMES, example: 'REFUSED' }) outcome!: string;
  @ApiProperty({
    example: { code: 'VISIT_NUMBER_MISMATCH', ticketVisitNo: 5, visitNo: 4, suspectedTransfer: true },
    nullable: true,
    type: Object,
    description: 'What the entry records; mobile- and ID-number-like digits masked',
  })
  detail!: Record<string, unknown> | null;
}

export class AuditPageResponse {
  @ApiProperty({ type: [AuditEntryResponse] }) entries!: AuditEntryResponse[];
  @ApiProperty({
    example: '1180',
    nullable: true,
    type: String,
    description: 'Pass as `before` for the next page; null on the last',
  })
  next!: string | null;
}

export class QueueCallResponse {
  @ApiProperty({ example: '77' }) id!: string;
  @ApiProperty({ example: 9001 }) appointmentId!: number;
  @ApiProperty({ example: 4 }) visitNo!: number;
  @ApiProperty({ enum: ['CALL', 'RECALL', 'PASS'], example: 'CALL' }) kind!: string;
  @ApiProperty({ example: 12 }) roomId!: number;
  @ApiProperty({ example: '312诊室' }) roomName!: string;
  @ApiProperty({ example: 'clinic-doctors', description: 'Who called (R12, R16)' }) calledBy!: string;
  @ApiProperty({ example: '2026-12-04T08:02:00+08:00' }) at!: string;
}

export class VisitResponse {
  @ApiProperty({ example: 501 }) id!: number;
  @ApiProperty({ example: 9001 }) appointmentId!: number;
  @ApiProperty({ example: 'K7P2QX9M4A' }) appointmentCode!: string;
  @ApiProperty({ example: 4 }) visitNo!: number;
  @ApiProperty({ enum: CHANNELS, example: 'PHONE', description: 'ON_SITE for a walk-in (R13)' })
  channel!: Channel;
  @ApiProperty({ example: 5000 }) feeCents!: number;
  @ApiProperty({ example: '2026-12-04T08:05:00+08:00' }) registeredAt!: string;
  @ApiProperty({ example: 'desk-3' }) registeredBy!: string;
  @ApiProperty({ example: '张*', description: 'Masked' }) patientName!: string;
  @ApiProperty({ enum: DOCUMENT_TYPES, example: 'NATIONAL_ID' }) documentType!: DocumentType;
  @ApiProperty({ example: '110***********002X' }) documentMasked!: string;
}
