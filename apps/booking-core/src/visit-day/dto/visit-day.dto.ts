import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsPositive,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsFreeText, MasksPersonalDigits } from '@app/common';
import { DOCUMENT_TYPES, type DocumentType } from '@app/contracts';
import { BookingPatientDto } from '../../patients';

/** The document a patient presents at the desk or kiosk (R10, R12). */
export class PresentedDocumentDto {
  @ApiProperty({ enum: DOCUMENT_TYPES, example: 'NATIONAL_ID' })
  @IsIn(DOCUMENT_TYPES)
  documentType!: DocumentType;

  @ApiProperty({ example: '11010519491231002X' })
  @IsFreeText(1, 40)
  documentNo!: string;
}

/** 取号: by the appointment code, or by the six-digit verification code (with the document). */
export class CheckInRequest {
  @ApiPropertyOptional({ example: 'K7P2QX9M4A', description: 'The code on the booking slip…' })
  @IsOptional()
  @Matches(/^[A-Z0-9]{6,16}$/)
  appointmentCode?: string;

  @ApiPropertyOptional({ example: '482913', description: '…or the verification code sent at booking' })
  @IsOptional()
  @Matches(/^\d{6}$/)
  verificationCode?: string;

  @ApiProperty({
    type: PresentedDocumentDto,
    description: "Presented again: it must be the booking patient's",
  })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => PresentedDocumentDto)
  document!: PresentedDocumentDto;
}

/** 挂号: the ticket's code and visit number, and the document, must all agree (R12). */
export class RegisterRequest {
  @ApiProperty({ example: 'K7P2QX9M4A', description: 'The appointment code on the ticket' })
  @Matches(/^[A-Z0-9]{6,16}$/)
  appointmentCode!: string;

  @ApiProperty({ example: 4, description: 'The visit number printed on the ticket' })
  @IsInt()
  @Min(1)
  @Max(32767)
  ticketVisitNo!: number;

  @ApiProperty({ type: PresentedDocumentDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => PresentedDocumentDto)
  document!: PresentedDocumentDto;
}

/** R13: a patient without an appointment, at the registration desk. */
export class WalkInRequest {
  @ApiProperty({ example: 101, description: "Today's session to join" })
  @IsInt()
  @IsPositive()
  sessionId!: number;

  @ApiProperty({ type: BookingPatientDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => BookingPatientDto)
  patient!: BookingPatientDto;
}

export class NoShowRunResponse {
  @ApiProperty({ example: 12, description: 'Appointments marked NO_SHOW by this run' }) noShows!: number;
  @ApiProperty({ example: 1, description: 'Patients blacklisted by this run (R15)' }) blacklisted!: number;
}

export class ReasonRequest {
  @ApiProperty({
    example: "No-show caused by the hospital's SMS outage",
    description:
      'Kept in the record and the audit log; mobile- and ID-number-like digit runs are masked first',
  })
  @MasksPersonalDigits()
  @IsFreeText(2, 300)
  reason!: string;
}
