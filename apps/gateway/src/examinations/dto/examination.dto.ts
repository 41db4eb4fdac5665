import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsDefined,
  IsInt,
  IsObject,
  IsOptional,
  Matches,
  Max,
  Min,
  Validate,
  ValidateNested,
} from 'class-validator';
import { IsFreeText } from '@app/common';
import type { ExamAppointment, ExamOrder, ExamSession, ExamType } from '@app/partner-client';
import {
  BookingPatientRequest,
  MaskedPatientResponse,
  PatientIdentityRequest,
} from '../../appointments/dto/appointment.dto';
import { IsoDate, MAX_ID, toIntIfDigits } from '../../shared/params';

const ORDER_NO = /^[A-Za-z0-9_-]{4,32}$/;

/** R19: look up an order (申请单) the hospital issued, with its patient's name and document. */
export class ExamOrderLookupRequest {
  @ApiProperty({ example: 'EX20261201001', description: 'The order number printed on the form' })
  @Matches(ORDER_NO)
  orderNo!: string;

  @ApiProperty({ type: PatientIdentityRequest })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => PatientIdentityRequest)
  patient!: PatientIdentityRequest;
}

/** R19: book a time for an order. A partner cannot book an examination without one. */
export class BookExaminationRequest {
  @ApiProperty({ example: 'EX20261201001', description: 'The order (申请单) the hospital issued' })
  @Matches(ORDER_NO)
  orderNo!: string;

  @ApiProperty({ example: 5004, description: 'The number (time) the patient picked' })
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  slotId!: number;

  @ApiProperty({ type: BookingPatientRequest, description: "The order's patient" })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => BookingPatientRequest)
  patient!: BookingPatientRequest;

  @ApiPropertyOptional({
    example: 'o6_bmjrPTlm6_2sgVt7hMZOPfL2M',
    description: 'WeChat / app user to notify',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_.:-]{1,128}$/)
  notifyTo?: string;
}

export class CancelExaminationRequest {
  @ApiPropertyOptional({ example: '时间冲突', minLength: 1, maxLength: 300 })
  @IsOptional()
  @IsFreeText(1, 300)
  reason?: string;
}

export class ExamSessionQuery {
  @ApiProperty({ example: 1, description: 'Sessions of the resources performing this exam type' })
  @Transform(toIntIfDigits)
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  examTypeId!: number;

  @ApiPropertyOptional({ example: '2026-12-04' })
  @IsOptional()
  @Validate(IsoDate)
  dateFrom?: string;

  @ApiPropertyOptional({ example: '2026-12-11' })
  @IsOptional()
  @Validate(IsoDate)
  dateTo?: string;
}

export class ExamOrderResponse implements ExamOrder {
  @ApiProperty({ example: 'EX20261201001' }) orderNo!: string;
  @ApiProperty({ example: 'OPEN', enum: ['OPEN', 'COMPLETED', 'CANCELLED'] }) status!: ExamOrder['status'];
  @ApiProperty({
    description: 'id, code, name, preparation (检查前准备)',
    example: { id: 1, code: 'US-ABD', name: '腹部彩超', preparation: '检查前禁食8小时（空腹）。' },
  })
  examType!: ExamOrder['examType'];
  @ApiProperty({ example: null, nullable: true, type: Number, description: 'The live booking, if any' })
  appointmentId!: number | null;
}

export class ExamAppointmentResponse implements ExamAppointment {
  @ApiProperty({ example: 9001 }) id!: number;
  @ApiProperty({ example: 'K7P2QX9M4A' }) code!: string;
  @ApiProperty({ example: 'BOOKED', description: 'REGISTERED once the examination is done' }) status!: string;
  @ApiProperty({ example: 3 }) visitNo!: number;
  @ApiProperty({ example: 301 }) sessionId!: number;
  @ApiProperty({ example: 5004 }) slotId!: number;
  @ApiProperty({ example: '2026-12-04T08:30:00+08:00' }) startsAt!: string;
  @ApiProperty({ example: '2026-12-04T08:45:00+08:00' }) endsAt!: string;
  @ApiProperty({ example: 'EX20261201001' }) orderNo!: string;
  @ApiProperty({
    description: 'id, name, preparation (检查前准备)',
    example: { id: 1, name: '腹部彩超', preparation: '检查前禁食8小时（空腹）。' },
  })
  examType!: ExamAppointment['examType'];
  @ApiProperty({ description: 'The device: id, name', example: { id: 2, name: '彩超1号机' } })
  resource!: ExamAppointment['resource'];
  @ApiProperty({
    description: 'id, name, location',
    example: { id: 40, name: '超声1室', location: '医技楼1层' },
  })
  room!: ExamAppointment['room'];
  @ApiProperty({ example: 'WECHAT' }) channel!: string;
  @ApiProperty({ type: MaskedPatientResponse }) patient!: MaskedPatientResponse;
  @ApiPropertyOptional({ example: '482913', description: 'Only in the booking response' })
  verificationCode?: string;
}

export class ExamTypeResponse implements ExamType {
  @ApiProperty({ example: 1 }) id!: number;
  @ApiProperty({ example: 'US-ABD' }) code!: string;
  @ApiProperty({ example: '腹部彩超（肝胆胰脾）' }) name!: string;
  @ApiProperty({ example: 'ULTRASOUND' }) modality!: string;
  @ApiProperty({ example: 15 }) minutesPerNumber!: number;
  @ApiProperty({ example: '检查前禁食8小时（空腹）。', description: '检查前准备' }) preparation!: string;
  @ApiProperty({ type: [String], example: ['是否怀孕？'], description: '禁忌症 questions' })
  contraindications!: string[];
}

export class ExamSessionResponse implements ExamSession {
  @ApiProperty({ example: 301 }) id!: number;
  @ApiProperty({ example: '2026-12-04' }) date!: string;
  @ApiProperty({ example: 'AM' }) period!: string;
  @ApiProperty({ example: '2026-12-04T08:00:00+08:00' }) startsAt!: string;
  @ApiProperty({ example: '2026-12-04T11:30:00+08:00' }) endsAt!: string;
  @ApiProperty({
    description: 'The device: id, name, device',
    example: { id: 2, name: '彩超1号机', device: 'GE LOGIQ E10' },
  })
  resource!: ExamSession['resource'];
  @ApiProperty({ description: 'id, name', example: { id: 13, name: '医学影像与内镜中心' } })
  department!: ExamSession['department'];
  @ApiProperty({
    description: 'id, name, location',
    example: { id: 40, name: '超声1室', location: '医技楼1层' },
  })
  room!: ExamSession['room'];
  @ApiProperty({ example: 12, description: 'Times this channel may book now' }) available!: number;
}
