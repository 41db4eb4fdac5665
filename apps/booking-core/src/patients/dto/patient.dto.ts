import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsFreeText } from '@app/common';
import { DOCUMENT_TYPES, type DocumentType } from '@app/contracts';

/** R6: who the patient is. The document number is validated, digested and encrypted at once. */
export class PatientIdentityDto {
  @ApiProperty({ example: '张三', description: 'Real name; full-width letters and spaces are normalised' })
  @IsFreeText(1, 60)
  name!: string;

  @ApiProperty({ enum: DOCUMENT_TYPES, example: 'NATIONAL_ID' })
  @IsIn(DOCUMENT_TYPES)
  documentType!: DocumentType;

  @ApiProperty({
    example: '11010519491231002X',
    description: 'National ID (checksum verified) or card number',
  })
  @IsFreeText(1, 40)
  documentNo!: string;
}

export class BookingPatientDto extends PatientIdentityDto {
  @ApiPropertyOptional({
    example: '13812345678',
    description: 'Mainland mobile for the confirmation SMS (R8)',
  })
  @IsOptional()
  @IsFreeText(1, 20)
  mobile?: string;
}
