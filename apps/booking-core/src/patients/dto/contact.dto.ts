import { ApiProperty } from '@nestjs/swagger';
import { DOCUMENT_TYPES, type DocumentType } from '@app/contracts';
import { IsFreeText } from '@app/common';
import { PatientIdentityDto } from './patient.dto';

/** R8: the patient, identified by name and document, and the mobile their messages go to. */
export class UpdateContactRequest extends PatientIdentityDto {
  @ApiProperty({ example: '13812345678', description: 'Mainland mobile' })
  @IsFreeText(1, 20)
  mobile!: string;
}

export class PatientContactResponse {
  @ApiProperty({ example: 41 }) patientId!: number;
  @ApiProperty({ example: '张三' }) name!: string;
  @ApiProperty({ enum: DOCUMENT_TYPES, example: 'NATIONAL_ID' }) documentType!: DocumentType;
  @ApiProperty({ example: '110***********002X' }) documentMasked!: string;
  @ApiProperty({ example: '138****5678' }) mobileMasked!: string;
}
