import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsPositive,
  IsString,
  Length,
  Matches,
} from 'class-validator';
import { IsFreeText, IsPlainText } from '@app/common';
import { toIntIfDigits } from '../../shared/params';
import {
  DOCTOR_TITLES,
  type DepartmentView,
  type DoctorTitle,
  type DoctorView,
  type RoomView,
} from '@app/contracts';

export class DoctorQuery {
  @ApiPropertyOptional({ example: 1, description: 'Only doctors of this department' })
  @IsOptional()
  @Transform(toIntIfDigits)
  @IsInt()
  @IsPositive()
  departmentId?: number;
}

export class CodeParam {
  @ApiProperty({ example: 'CARD', description: 'Stable code (letters, digits, - and _)' })
  @Matches(/^[A-Za-z0-9_-]{1,32}$/)
  code!: string;
}

export class SaveDepartmentRequest {
  @ApiProperty({ example: '心血管内科', description: 'Display name' })
  @IsFreeText(1, 100)
  name!: string;

  @ApiPropertyOptional({ example: 'Heart and blood vessels: chest pain, palpitations, hypertension' })
  @IsOptional()
  @IsFreeText(0, 500)
  description?: string;

  @ApiPropertyOptional({ example: true, default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class SaveDoctorRequest {
  @ApiProperty({ example: 1 })
  @IsInt()
  @IsPositive()
  departmentId!: number;

  @ApiProperty({ example: '王建国' })
  @IsFreeText(1, 100)
  name!: string;

  @ApiProperty({
    enum: DOCTOR_TITLES,
    example: 'CHIEF',
    description: 'Level used for fees and same-level substitution',
  })
  @IsIn(DOCTOR_TITLES)
  title!: DoctorTitle;

  @ApiPropertyOptional({ example: ['冠心病', '高血压'], type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 40, { each: true })
  @IsPlainText({ each: true })
  specialties?: string[];

  @ApiPropertyOptional({ example: true, default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class SaveRoomRequest {
  @ApiProperty({ example: '门诊楼3层 312诊室' })
  @IsFreeText(1, 100)
  name!: string;

  @ApiPropertyOptional({ example: 1 })
  @IsOptional()
  @IsInt()
  @IsPositive()
  departmentId?: number;

  @ApiPropertyOptional({ example: 'Outpatient building, 3rd floor, east wing' })
  @IsOptional()
  @IsFreeText(0, 200)
  location?: string;

  @ApiPropertyOptional({ example: true, default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class DepartmentResponse implements DepartmentView {
  @ApiProperty({ example: 1 }) id!: number;
  @ApiProperty({ example: 'CARD' }) code!: string;
  @ApiProperty({ example: '心血管内科' }) name!: string;
  @ApiProperty({ example: 'Heart and blood vessels', nullable: true, type: String }) description!:
    string | null;
}

export class DoctorResponse implements DoctorView {
  @ApiProperty({ example: 7 }) id!: number;
  @ApiProperty({ example: 'D0007' }) code!: string;
  @ApiProperty({ example: '王建国' }) name!: string;
  @ApiProperty({ enum: DOCTOR_TITLES, example: 'CHIEF' }) title!: DoctorTitle;
  @ApiProperty({ example: 1 }) departmentId!: number;
  @ApiProperty({ example: '心血管内科' }) departmentName!: string;
  @ApiProperty({ example: ['冠心病'], type: [String] }) specialties!: string[];
}

export class RoomResponse implements RoomView {
  @ApiProperty({ example: 3 }) id!: number;
  @ApiProperty({ example: 'R312' }) code!: string;
  @ApiProperty({ example: '312诊室' }) name!: string;
  @ApiProperty({ example: 1, nullable: true, type: Number }) departmentId!: number | null;
  @ApiProperty({ example: '门诊楼3层', nullable: true, type: String }) location!: string | null;
}
