import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  Length,
  Matches,
  Max,
  Min,
  Validate,
  ValidateNested,
} from 'class-validator';
import {
  CHANNELS,
  TRIAGE_DURATIONS,
  TRIAGE_SEXES,
  type AssessTriageCommand,
  type Channel,
  type TriageDuration,
  type TriageRedFlagAnswer,
  type TriageSex,
} from '@app/contracts';
import { IsoDate } from '../../shared/iso-date';
import { toIntIfDigits } from '../../shared/params';

const CODE = /^[A-Z][A-Z0-9_]{0,47}$/;
const CODE_LIST = /^[A-Z][A-Z0-9_]{0,47}(,[A-Z][A-Z0-9_]{0,47}){0,7}$/;
const PARTNER_ID = /^[A-Za-z0-9_.-]{1,64}$/;
const toBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

/** Who is asking: the body map and the symptoms depend on sex and age (R18 gating). */
export class TriagePatientQuery {
  @ApiProperty({ enum: TRIAGE_SEXES, example: 'F' })
  @IsIn(TRIAGE_SEXES)
  sex!: TriageSex;

  @ApiProperty({ example: 34, minimum: 0, maximum: 130 })
  @Transform(toIntIfDigits)
  @IsInt()
  @Min(0)
  @Max(130)
  ageYears!: number;

  @ApiPropertyOptional({ example: 0, minimum: 0, maximum: 11, description: 'Extra months (infants)' })
  @IsOptional()
  @Transform(toIntIfDigits)
  @IsInt()
  @Min(0)
  @Max(11)
  ageMonths?: number;
}

export class TriageSymptomsQuery extends TriagePatientQuery {
  @ApiPropertyOptional({ example: 'CHEST', description: 'A body part code from body-parts (or q)' })
  @IsOptional()
  @Matches(CODE)
  bodyPart?: string;

  @ApiPropertyOptional({
    example: 'xt',
    description: 'Search: Chinese name, synonym or pinyin initials (or bodyPart)',
  })
  @IsOptional()
  @Length(1, 40)
  q?: string;
}

export class TriageQuestionsQuery extends TriagePatientQuery {
  @ApiProperty({
    example: 'CHEST_PAIN,COUGH',
    description: 'The chosen symptom codes, comma-separated (1–8)',
  })
  @Matches(CODE_LIST)
  symptoms!: string;

  @ApiPropertyOptional({ example: false, description: 'When already known' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  pregnant?: boolean;
}

export class RedFlagAnswerDto implements TriageRedFlagAnswer {
  @ApiProperty({ example: 'HEART_ATTACK' })
  @Matches(CODE)
  code!: string;

  @ApiProperty({ example: false, description: 'true: the patient has this' })
  @IsBoolean()
  present!: boolean;
}

export class AssessTriageRequest extends TriagePatientQuery implements AssessTriageCommand {
  @ApiProperty({ enum: CHANNELS, example: 'KIOSK', description: 'Where the assessment is made' })
  @IsIn(CHANNELS)
  channel!: Channel;

  @ApiPropertyOptional({ example: 'wechat-official', description: 'GATEWAY only: the partner asking' })
  @IsOptional()
  @Matches(PARTNER_ID)
  partnerId?: string;

  @ApiPropertyOptional({ example: false, description: 'Asked of women of childbearing age when relevant' })
  @IsOptional()
  @IsBoolean()
  pregnant?: boolean;

  @ApiProperty({ example: ['CHEST_PAIN'], type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  @Matches(CODE, { each: true })
  symptoms!: string[];

  @ApiPropertyOptional({ enum: TRIAGE_DURATIONS, example: 'D1_3' })
  @IsOptional()
  @IsIn(TRIAGE_DURATIONS)
  duration?: TriageDuration;

  @ApiProperty({
    type: [RedFlagAnswerDto],
    description: 'An answer to every red-flag question of the symptoms',
  })
  @IsDefined()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => RedFlagAnswerDto)
  redFlags!: RedFlagAnswerDto[];
}

export class TriageUsageQuery {
  @ApiProperty({ example: '2026-11-01', description: 'Hospital-local date' })
  @Validate(IsoDate)
  dateFrom!: string;

  @ApiProperty({ example: '2026-11-30', description: 'Hospital-local date, inclusive' })
  @Validate(IsoDate)
  dateTo!: string;
}
