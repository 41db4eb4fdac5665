import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsPositive,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  Validate,
  ValidateNested,
} from 'class-validator';
import { IsFreeText, MasksPersonalDigits } from '@app/common';
import {
  CHANNELS,
  DOCUMENT_TYPES,
  EXAM_MODALITIES,
  PERIODS,
  type Channel,
  type DocumentType,
  type ExamModality,
  type Period,
} from '@app/contracts';
import { BookingPatientDto, PatientIdentityDto } from '../../patients';
import { IsoDate } from '../../shared/iso-date';
import { toIntIfDigits } from '../../shared/params';

const PARTNER_ID = /^[A-Za-z0-9_.-]{1,64}$/;
const ORDER_NO = /^[A-Za-z0-9_-]{4,32}$/;

export class ExamCodeParam {
  @ApiProperty({ example: 'US-ABD', description: 'Stable code (letters, digits, - and _)' })
  @Matches(/^[A-Za-z0-9_-]{1,32}$/)
  code!: string;
}

/** The catalogue: an exam type, with its preparation and contraindication questions (Chinese). */
export class SaveExamTypeRequest {
  @ApiProperty({ example: '腹部彩超' }) @IsFreeText(1, 100) name!: string;
  @ApiProperty({ enum: EXAM_MODALITIES, example: 'ULTRASOUND' })
  @IsIn(EXAM_MODALITIES)
  modality!: ExamModality;
  @ApiProperty({ example: 3, description: 'The performing department' })
  @IsInt()
  @IsPositive()
  departmentId!: number;
  @ApiProperty({ example: 15, description: 'Minutes one examination takes (1–30)' })
  @IsInt()
  @Min(1)
  @Max(30)
  minutesPerNumber!: number;
  @ApiProperty({
    example: '检查前禁食8小时（空腹），前一晚清淡饮食。',
    description: '检查前准备, sent with the confirmation and reminder',
  })
  @IsFreeText(1, 1000)
  preparation!: string;
  @ApiProperty({
    example: ['是否怀孕？'],
    type: [String],
    description: 'Questions asked before booking (禁忌症)',
  })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  contraindications!: string[];
  @ApiPropertyOptional({ example: true, default: true }) @IsOptional() @IsBoolean() active?: boolean;
}

export class SaveExamResourceRequest {
  @ApiProperty({ example: '彩超1号机' }) @IsFreeText(1, 100) name!: string;
  @ApiProperty({ example: 'GE LOGIQ E10' }) @IsFreeText(1, 100) device!: string;
  @ApiProperty({ example: 12 }) @IsInt() @IsPositive() roomId!: number;
  @ApiProperty({ example: 3 }) @IsInt() @IsPositive() departmentId!: number;
  @ApiPropertyOptional({ example: '王技师, 李技师' })
  @IsOptional()
  @MasksPersonalDigits()
  @IsFreeText(1, 300)
  technicians?: string;
  @ApiProperty({ example: [1, 2], type: [Number], description: 'The exam types this resource performs' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsInt({ each: true })
  @IsPositive({ each: true })
  examTypeIds!: number[];
  @ApiPropertyOptional({ example: true, default: true }) @IsOptional() @IsBoolean() active?: boolean;
}

/** R1 for a resource: a weekly template (the resource's room), generated like a doctor's. */
export class SaveExamTemplateRequest {
  @ApiProperty({ example: 2 }) @IsInt() @IsPositive() examResourceId!: number;
  @ApiProperty({ example: 5, description: 'ISO weekday, Monday = 1' })
  @IsInt()
  @Min(1)
  @Max(7)
  weekday!: number;
  @ApiProperty({ enum: PERIODS, example: 'AM' }) @IsIn(PERIODS) period!: Period;
  @ApiProperty({ example: '08:00' }) @Matches(/^([01]\d|2[0-3]):[0-5]\d$/) firstStart!: string;
  @ApiProperty({ example: 15 }) @IsInt() @Min(1) @Max(30) minutesPerNumber!: number;
  @ApiProperty({ example: 12 }) @IsInt() @Min(1) @Max(500) numberCount!: number;
  @ApiProperty({ example: 2, description: 'R4: numbers kept for patients on site' })
  @IsInt()
  @Min(0)
  reserveCount!: number;
  @ApiProperty({ example: 0 }) @IsInt() @Min(0) feeCents!: number;
  @ApiProperty({ example: '2026-11-01' }) @Validate(IsoDate) effectiveFrom!: string;
  @ApiPropertyOptional({ example: '2027-06-30' }) @IsOptional() @Validate(IsoDate) effectiveTo?: string;
  @ApiPropertyOptional({ example: true, default: true }) @IsOptional() @IsBoolean() active?: boolean;
}

/** A rule between two examinations of one patient: the later not within minGapMinutes of the earlier. */
export class SaveExamRuleRequest {
  @ApiProperty({ example: 4 }) @IsInt() @IsPositive() earlierTypeId!: number;
  @ApiProperty({ example: 1 }) @IsInt() @IsPositive() laterTypeId!: number;
  @ApiProperty({ example: 720 }) @IsInt() @Min(1) @Max(10080) minGapMinutes!: number;
  @ApiProperty({ example: '钡餐造影后当日上午不宜再做需空腹的腹部超声' })
  @IsFreeText(1, 300)
  description!: string;
  @ApiPropertyOptional({ example: true, default: true }) @IsOptional() @IsBoolean() active?: boolean;
}

/** 申请单: a clinician orders an examination for a patient. */
export class PlaceExamOrderRequest {
  @ApiProperty({ example: 'EX20261201001', description: 'The order number printed on the form' })
  @Matches(ORDER_NO)
  orderNo!: string;
  @ApiProperty({ example: 1 }) @IsInt() @IsPositive() examTypeId!: number;
  @ApiPropertyOptional({ example: 7, description: 'The ordering doctor' })
  @IsOptional()
  @IsInt()
  @IsPositive()
  orderedBy?: number;
  @ApiProperty({ type: BookingPatientDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => BookingPatientDto)
  patient!: BookingPatientDto;
}

/** An order, looked up by its number and the patient's name and document (never one without the other). */
export class ExamOrderLookupRequest {
  @ApiProperty({ example: 'EX20261201001' }) @Matches(ORDER_NO) orderNo!: string;
  @ApiProperty({ type: PatientIdentityDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => PatientIdentityDto)
  patient!: PatientIdentityDto;
  @ApiPropertyOptional({ example: 'wechat-official', description: 'GATEWAY only: the partner asking' })
  @IsOptional()
  @Matches(PARTNER_ID)
  partnerId?: string;
}

/** R19: book a time (a number of a resource's session) for an order the hospital issued. */
export class BookExaminationRequest {
  @ApiProperty({ enum: CHANNELS, example: 'PHONE', description: "Must be one of the caller's channels" })
  @IsIn(CHANNELS)
  channel!: Channel;
  @ApiProperty({ example: 'EX20261201001', description: 'The order (申请单) to book' })
  @Matches(ORDER_NO)
  orderNo!: string;
  @ApiProperty({ example: 5004, description: 'The number (time) picked' })
  @IsInt()
  @IsPositive()
  slotId!: number;
  @ApiProperty({ type: BookingPatientDto, description: "The order's patient, by real name and document" })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => BookingPatientDto)
  patient!: BookingPatientDto;
  @ApiPropertyOptional({ example: 'wechat-official', description: 'GATEWAY only: the partner booking' })
  @IsOptional()
  @Matches(PARTNER_ID)
  partnerId?: string;
  @ApiPropertyOptional({ example: 'o6_bmjrPTlm6_2sgVt7hMZOPfL2M', description: 'GATEWAY only' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_.:-]{1,128}$/)
  notifyTo?: string;
  @ApiPropertyOptional({ example: 'a3f1c2', description: "GATEWAY only: the partner's Idempotency-Key" })
  @IsOptional()
  @Matches(/^[\x21-\x7e]{1,100}$/)
  requestKey?: string;
  @ApiPropertyOptional({ example: false, description: 'GATEWAY only: the partner has a callback URL' })
  @IsOptional()
  @IsBoolean()
  partnerCallback?: boolean;
}

export class ExamSessionQuery {
  @ApiProperty({ example: 1, description: 'Sessions of resources performing this exam type' })
  @Transform(toIntIfDigits)
  @IsInt()
  @IsPositive()
  examTypeId!: number;
  @ApiPropertyOptional({ example: '2026-12-04', description: 'Hospital-local date; default today' })
  @IsOptional()
  @Validate(IsoDate)
  dateFrom?: string;
  @ApiPropertyOptional({ example: '2026-12-11', description: 'Default: dateFrom + 14 days' })
  @IsOptional()
  @Validate(IsoDate)
  dateTo?: string;
  @ApiPropertyOptional({
    enum: CHANNELS,
    example: 'KIOSK',
    description: 'Counts the on-site reserve for in-person channels',
  })
  @IsOptional()
  @IsIn(CHANNELS)
  channel?: Channel;
}

export class ExamPresentedDocumentDto {
  @ApiProperty({ enum: DOCUMENT_TYPES, example: 'NATIONAL_ID' })
  @IsIn(DOCUMENT_TYPES)
  documentType!: DocumentType;
  @ApiProperty({ example: '11010519491231002X' }) @IsFreeText(1, 40) documentNo!: string;
}

/** Check-in or completion of an examination: the slip's code and the patient's document. */
export class ExamVisitRequest {
  @ApiProperty({ example: 'K7P2QX9M4A' }) @Matches(/^[A-Z0-9]{6,16}$/) appointmentCode!: string;
  @ApiProperty({ type: ExamPresentedDocumentDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => ExamPresentedDocumentDto)
  document!: ExamPresentedDocumentDto;
}

export class CancelExaminationRequest {
  @ApiPropertyOptional({ example: '时间冲突' })
  @IsOptional()
  @MasksPersonalDigits()
  @IsFreeText(1, 300)
  reason?: string;
  @ApiPropertyOptional({ example: 'wechat-official', description: 'GATEWAY only: the partner asking' })
  @IsOptional()
  @Matches(PARTNER_ID)
  partnerId?: string;
}

export class ExamPartnerQuery {
  @ApiPropertyOptional({ example: 'wechat-official', description: 'GATEWAY only: the partner asking' })
  @IsOptional()
  @Matches(PARTNER_ID)
  partnerId?: string;
}

/** Response shapes (the views are in @app/contracts). */
export class ExamTypeResponse {
  @ApiProperty({ example: 1 }) id!: number;
  @ApiProperty({ example: 'US-ABD' }) code!: string;
  @ApiProperty({ example: '腹部彩超' }) name!: string;
  @ApiProperty({ enum: EXAM_MODALITIES }) modality!: ExamModality;
  @ApiProperty({ example: 3 }) departmentId!: number;
  @ApiProperty({ example: 15 }) minutesPerNumber!: number;
  @ApiProperty({ example: '检查前禁食8小时（空腹）。' }) preparation!: string;
  @ApiProperty({ type: [String] }) contraindications!: string[];
  @ApiProperty({ example: true }) active!: boolean;
}

export class ExamAppointmentResponse {
  @ApiProperty({ example: 9001 }) id!: number;
  @ApiProperty({ example: 'K7P2QX9M4A' }) code!: string;
  @ApiProperty({ example: 'BOOKED', description: 'REGISTERED once the examination is completed' })
  status!: string;
  @ApiProperty({ example: 3 }) visitNo!: number;
  @ApiProperty({ example: 301 }) sessionId!: number;
  @ApiProperty({ example: 5004 }) slotId!: number;
  @ApiProperty({ example: '2026-12-04' }) date!: string;
  @ApiProperty({ enum: PERIODS }) period!: Period;
  @ApiProperty({ example: '2026-12-04T08:30:00+08:00' }) startsAt!: string;
  @ApiProperty({ example: '2026-12-04T08:45:00+08:00' }) endsAt!: string;
  @ApiProperty({ description: 'The order: id, orderNo, status, completedAt' }) order!: object;
  @ApiProperty({ description: 'id, code, name, modality, preparation (检查前准备)' }) examType!: object;
  @ApiProperty({ description: 'The resource: id, name, device' }) resource!: object;
  @ApiProperty() department!: object;
  @ApiProperty() room!: object;
  @ApiProperty({ example: 0 }) feeCents!: number;
  @ApiProperty({ enum: CHANNELS }) channel!: Channel;
  @ApiProperty({ nullable: true, type: String }) partnerId!: string | null;
  @ApiProperty({ description: 'Masked name and document' }) patient!: object;
  @ApiProperty() bookedAt!: string;
  @ApiProperty({ nullable: true, type: String }) cancelledAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) checkedInAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) calledAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) completedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) closedAt!: string | null;
  @ApiProperty({ nullable: true, type: Number }) queuePosition!: number | null;
  @ApiPropertyOptional({ example: '482913', description: 'Only in the booking response' })
  verificationCode?: string;
}

export class ExamStatisticsQuery {
  @ApiProperty({ example: '2026-12-01', description: 'First hospital date' })
  @Validate(IsoDate)
  from!: string;
  @ApiProperty({ example: '2026-12-31', description: 'Last hospital date' }) @Validate(IsoDate) to!: string;
}
