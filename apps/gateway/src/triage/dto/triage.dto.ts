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
  ValidateNested,
} from 'class-validator';
import {
  DOCTOR_TITLES,
  PERIODS,
  TRIAGE_ACTIONS,
  TRIAGE_DURATIONS,
  TRIAGE_LEVELS,
  TRIAGE_RED_FLAG_ACTIONS,
  TRIAGE_SEXES,
  TRIAGE_VIEWS,
  type DoctorTitle,
  type Period,
  type TriageAction,
  type TriageAssessmentView,
  type TriageBodyPart,
  type TriageBodyPartsView,
  type TriageDoctorSuggestion,
  type TriageDuration,
  type TriageLevel,
  type TriageQuestionsView,
  type TriageReason,
  type TriageRedFlagAction,
  type TriageRedFlagAnswer,
  type TriageRedFlagQuestion,
  type TriageSessionSuggestion,
  type TriageSex,
  type TriageSource,
  type TriageSuggestion,
  type TriageSymptomView,
  type TriageSymptomsView,
  type TriageTriggeredRedFlag,
  type TriageView,
} from '@app/contracts';
import { toIntIfDigits } from '../../shared/params';

const CODE = /^[A-Z][A-Z0-9_]{0,47}$/;
const CODE_LIST = /^[A-Z][A-Z0-9_]{0,47}(,[A-Z][A-Z0-9_]{0,47}){0,7}$/;
const toBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

// ---- requests -------------------------------------------------------------------------------

export class TriagePatientQuery {
  @ApiProperty({ enum: TRIAGE_SEXES, example: 'F', description: 'The body map and symptoms depend on it' })
  @IsIn(TRIAGE_SEXES)
  sex!: TriageSex;

  @ApiProperty({ example: 34, minimum: 0, maximum: 130, description: 'Whole years' })
  @Transform(toIntIfDigits)
  @IsInt()
  @Min(0)
  @Max(130)
  ageYears!: number;

  @ApiPropertyOptional({ example: 0, minimum: 0, maximum: 11, description: 'Extra months, for infants' })
  @IsOptional()
  @Transform(toIntIfDigits)
  @IsInt()
  @Min(0)
  @Max(11)
  ageMonths?: number;
}

export class TriageSymptomsQuery extends TriagePatientQuery {
  @ApiPropertyOptional({ example: 'CHEST', description: 'A body part code from body-parts (give this or q)' })
  @IsOptional()
  @Matches(CODE)
  bodyPart?: string;

  @ApiPropertyOptional({
    example: 'xt',
    description:
      'Search box: Chinese name or synonym (胸闷, 心慌) or pinyin initials (xt) (give this or bodyPart)',
  })
  @IsOptional()
  @Length(1, 40)
  q?: string;
}

export class TriageQuestionsQuery extends TriagePatientQuery {
  @ApiProperty({ example: 'CHEST_PAIN', description: 'The chosen symptom codes, comma-separated (1–8)' })
  @Matches(CODE_LIST)
  symptoms!: string;

  @ApiPropertyOptional({ example: false, description: 'When already known' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  pregnant?: boolean;
}

export class RedFlagAnswerRequest implements TriageRedFlagAnswer {
  @ApiProperty({ example: 'HEART_ATTACK', description: 'A red-flag question code from questions' })
  @Matches(CODE)
  code!: string;

  @ApiProperty({ example: false, description: 'true: the patient has this' })
  @IsBoolean()
  present!: boolean;
}

export class AssessTriageRequest extends TriagePatientQuery {
  @ApiPropertyOptional({
    example: false,
    description: 'Asked of women of childbearing age when questions says so',
  })
  @IsOptional()
  @IsBoolean()
  pregnant?: boolean;

  @ApiProperty({ example: ['CHEST_TIGHTNESS'], type: [String], description: 'Symptom codes (1–8)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  @Matches(CODE, { each: true })
  symptoms!: string[];

  @ApiPropertyOptional({ enum: TRIAGE_DURATIONS, example: 'W1_4', description: 'When questions asks it' })
  @IsOptional()
  @IsIn(TRIAGE_DURATIONS)
  duration?: TriageDuration;

  @ApiProperty({
    type: [RedFlagAnswerRequest],
    description:
      'An answer to every red-flag question of these symptoms (else 400 TRIAGE_RED_FLAGS_UNANSWERED)',
  })
  @IsDefined()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => RedFlagAnswerRequest)
  redFlags!: RedFlagAnswerRequest[];
}

// ---- responses ------------------------------------------------------------------------------

export class TriageBodyPartResponse implements TriageBodyPart {
  @ApiProperty({ example: 'CHEST' }) code!: string;
  @ApiProperty({ example: '胸部' }) name!: string;
  @ApiProperty({ type: () => [TriageBodyPartResponse], description: 'Sub-parts (胸口, 乳房)' })
  children!: TriageBodyPartResponse[];
}

export class TriageBodyPartsResponse implements TriageBodyPartsView {
  @ApiProperty({ example: '1', description: 'Knowledge-base version' }) kbVersion!: string;
  @ApiProperty({ enum: TRIAGE_VIEWS, example: 'ADULT_FEMALE' }) view!: TriageView;
  @ApiProperty({ type: [TriageBodyPartResponse] }) bodyParts!: TriageBodyPartResponse[];
}

export class TriageSymptomResponse implements TriageSymptomView {
  @ApiProperty({ example: 'CHEST_TIGHTNESS' }) code!: string;
  @ApiProperty({ example: '胸闷' }) name!: string;
  @ApiProperty({ example: ['胸口发闷', '憋闷'], type: [String] }) synonyms!: string[];
  @ApiProperty({ example: ['CHEST_CENTRE'], type: [String] }) bodyParts!: string[];
  @ApiProperty({ example: true, description: 'The duration question follows' }) asksDuration!: boolean;
  @ApiPropertyOptional({ enum: ['NAME', 'SYNONYM', 'PINYIN'], example: 'PINYIN', description: 'Search only' })
  matchedBy?: 'NAME' | 'SYNONYM' | 'PINYIN';
}

export class TriageSymptomsResponse implements TriageSymptomsView {
  @ApiProperty({ example: '1' }) kbVersion!: string;
  @ApiProperty({ type: [TriageSymptomResponse] }) symptoms!: TriageSymptomResponse[];
}

export class TriageDurationResponse {
  @ApiProperty({ enum: TRIAGE_DURATIONS, example: 'D1_3' }) code!: TriageDuration;
  @ApiProperty({ example: '1至3天' }) label!: string;
}

export class TriageRedFlagQuestionResponse implements TriageRedFlagQuestion {
  @ApiProperty({ example: 'HEART_ATTACK' }) code!: string;
  @ApiProperty({ example: '胸痛或胸闷是否持续超过15分钟不缓解，或伴大汗、恶心、气短？' }) question!: string;
}

export class TriageQuestionsResponse implements TriageQuestionsView {
  @ApiProperty({ example: '1' }) kbVersion!: string;
  @ApiProperty({ example: true }) asksDuration!: boolean;
  @ApiProperty({ type: [TriageDurationResponse] }) durations!: TriageDurationResponse[];
  @ApiProperty({ example: false, description: 'Ask whether she is pregnant' }) asksPregnancy!: boolean;
  @ApiProperty({ type: [TriageRedFlagQuestionResponse], description: 'One checklist: answer every question' })
  redFlags!: TriageRedFlagQuestionResponse[];
}

export class TriageSourceResponse implements TriageSource {
  @ApiProperty({ example: 'NHS_HEART_ATTACK' }) id!: string;
  @ApiProperty({ example: 'Heart attack: symptoms' }) title!: string;
  @ApiProperty({ example: 'NHS' }) publisher!: string;
  @ApiProperty({ example: 'https://www.nhs.uk/conditions/heart-attack/', nullable: true, type: String })
  url!: string | null;
}

export class TriageReasonResponse implements TriageReason {
  @ApiProperty({ example: '胸痛、胸闷需首先排除冠心病等心血管疾病' }) text!: string;
  @ApiProperty({ type: TriageSourceResponse }) source!: TriageSourceResponse;
}

export class TriageTriggeredRedFlagResponse implements TriageTriggeredRedFlag {
  @ApiProperty({ example: 'HEART_ATTACK' }) code!: string;
  @ApiProperty({ example: '胸痛或胸闷是否持续超过15分钟不缓解？', nullable: true, type: String })
  question!: string | null;
  @ApiProperty({ enum: TRIAGE_RED_FLAG_ACTIONS, example: 'CALL_120' }) action!: TriageRedFlagAction;
  @ApiProperty({ example: '可能是急性心肌梗死：立即拨打120。' }) advice!: string;
  @ApiProperty({ type: TriageSourceResponse }) source!: TriageSourceResponse;
}

export class TriageSessionSuggestionResponse implements TriageSessionSuggestion {
  @ApiProperty({ example: 101, description: 'Book it: POST /v1/appointments { sessionId }' })
  sessionId!: number;
  @ApiProperty({ example: '2026-11-27' }) date!: string;
  @ApiProperty({ enum: PERIODS, example: 'AM' }) period!: Period;
  @ApiProperty({ example: '2026-11-27T08:00:00+08:00' }) startsAt!: string;
  @ApiProperty({ example: '2026-11-27T12:00:00+08:00' }) endsAt!: string;
  @ApiProperty({ example: 5000 }) feeCents!: number;
  @ApiProperty({ example: 12, description: 'Free numbers this partner can book now' }) available!: number;
}

export class TriageDoctorSuggestionResponse implements TriageDoctorSuggestion {
  @ApiProperty({ example: 1 }) id!: number;
  @ApiProperty({ example: '王建国' }) name!: string;
  @ApiProperty({ enum: DOCTOR_TITLES, example: 'CHIEF' }) title!: DoctorTitle;
  @ApiProperty({ example: ['冠心病介入', '复杂高血压'], type: [String] }) specialties!: string[];
  @ApiProperty({ example: ['冠心病介入'], type: [String], description: 'Those matching the complaint' })
  matchedSpecialties!: string[];
  @ApiProperty({ type: [TriageSessionSuggestionResponse] }) sessions!: TriageSessionSuggestionResponse[];
}

export class TriageCodeNameResponse {
  @ApiProperty({ example: 'CARDIOLOGY' }) code!: string;
  @ApiProperty({ example: '心血管内科' }) name!: string;
}

export class TriageDepartmentResponse {
  @ApiProperty({ example: 1 }) id!: number;
  @ApiProperty({ example: 'CARD' }) code!: string;
  @ApiProperty({ example: '心血管内科' }) name!: string;
}

export class TriagePlaceResponse {
  @ApiProperty({ example: '门诊导诊台' }) name!: string;
  @ApiProperty({ example: '门诊楼1层大厅' }) location!: string;
}

export class TriageSuggestionResponse implements TriageSuggestion {
  @ApiProperty({ example: 1 }) rank!: number;
  @ApiProperty({ enum: ['DEPARTMENT', 'GUIDANCE_DESK'], example: 'DEPARTMENT' }) target!:
    'DEPARTMENT' | 'GUIDANCE_DESK';
  @ApiProperty({ type: TriageCodeNameResponse }) specialty!: TriageCodeNameResponse;
  @ApiProperty({ type: TriageDepartmentResponse, nullable: true, description: 'null for the guidance desk' })
  department!: TriageDepartmentResponse | null;
  @ApiProperty({ type: TriagePlaceResponse, nullable: true, description: 'The guidance desk (导诊台)' })
  place!: TriagePlaceResponse | null;
  @ApiProperty({ example: '本院未设泌尿外科：泌尿系统疾病由普通外科接诊', nullable: true, type: String })
  note!: string | null;
  @ApiProperty({ type: [TriageReasonResponse] }) reasons!: TriageReasonResponse[];
  @ApiProperty({ type: [TriageDoctorSuggestionResponse] }) doctors!: TriageDoctorSuggestionResponse[];
}

export class TriageAssessmentResponse implements TriageAssessmentView {
  @ApiProperty({ example: 31, description: 'Pass as triageAssessmentId when booking a suggestion' })
  id!: number;
  @ApiProperty({ example: '1' }) kbVersion!: string;
  @ApiProperty({ example: '2026-11-26T09:12:30+08:00' }) assessedAt!: string;
  @ApiProperty({ enum: TRIAGE_LEVELS, example: 'ROUTINE' }) level!: TriageLevel;
  @ApiProperty({ enum: TRIAGE_ACTIONS, example: 'BOOK' }) action!: TriageAction;
  @ApiProperty({ example: '建议预约心血管内科门诊；可选择下列医生的号源。' }) instructions!: string;
  @ApiProperty({ type: [TriageTriggeredRedFlagResponse] }) redFlags!: TriageTriggeredRedFlagResponse[];
  @ApiProperty({ type: [TriageSuggestionResponse], description: 'Up to three; empty for EMERGENCY' })
  suggestions!: TriageSuggestionResponse[];
  @ApiProperty({ example: '本结果仅为就诊科室导航，不是诊断。' }) disclaimer!: string;
}
