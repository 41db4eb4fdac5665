import { Body, Controller, Get, Post, Query, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { partnerOf, type GatewayRequest } from '../auth/gateway-request';
import { ApiIdempotencyKey, ApiProblems } from '../openapi/api-problems.decorator';
import {
  AssessTriageRequest,
  TriageAssessmentResponse,
  TriageBodyPartsResponse,
  TriagePatientQuery,
  TriageQuestionsQuery,
  TriageQuestionsResponse,
  TriageSymptomsQuery,
  TriageSymptomsResponse,
} from './dto/triage.dto';
import { TriageService } from './triage.service';

/**
 * R18 self-triage (自助导诊) for WeChat, app and web partners: body part → symptoms → red-flag
 * checklist → up to three departments with doctors and bookable sessions. Navigation to a
 * department, never a diagnosis.
 */
@ApiTags('triage')
@Controller('v1/triage')
export class TriageController {
  constructor(private readonly triage: TriageService) {}

  @Get('body-parts')
  @ApiOperation({
    operationId: 'listTriageBodyParts',
    summary: 'The body map for a sex and age: adult male, adult female or child',
  })
  @ApiOkResponse({ type: TriageBodyPartsResponse, description: 'Body parts with their sub-parts' })
  @ApiProblems({ 400: 'VALIDATION_FAILED', 503: 'TRIAGE_UNAVAILABLE' })
  bodyParts(@Query() q: TriagePatientQuery): Promise<TriageBodyPartsResponse> {
    return this.triage.bodyParts(q);
  }

  @Get('symptoms')
  @ApiOperation({
    operationId: 'listTriageSymptoms',
    summary: 'Symptoms under a body part, or found by Chinese name, synonym or pinyin initials',
    description: 'Give `bodyPart` (a code from body-parts) or `q` (what the patient types), not both.',
  })
  @ApiOkResponse({
    type: TriageSymptomsResponse,
    description: 'Symptoms this patient can choose, best first',
  })
  @ApiProblems({ 400: 'VALIDATION_FAILED', 404: 'TRIAGE_BODY_PART_NOT_FOUND', 503: 'TRIAGE_UNAVAILABLE' })
  symptoms(@Query() q: TriageSymptomsQuery): Promise<TriageSymptomsResponse> {
    return this.triage.symptoms(q);
  }

  @Get('questions')
  @ApiOperation({
    operationId: 'getTriageQuestions',
    summary: 'What to ask next: the duration, pregnancy, and the red-flag checklist for these symptoms',
  })
  @ApiOkResponse({ type: TriageQuestionsResponse, description: 'Questions; every red flag must be answered' })
  @ApiProblems({ 400: 'VALIDATION_FAILED, TRIAGE_UNKNOWN_SYMPTOM', 503: 'TRIAGE_UNAVAILABLE' })
  questions(@Query() q: TriageQuestionsQuery): Promise<TriageQuestionsResponse> {
    return this.triage.questions(q);
  }

  @Post('assessments')
  @ApiOperation({
    operationId: 'assessTriage',
    summary: 'Assess: level, red flags, up to three departments with doctors and their next open sessions',
    description:
      'EMERGENCY (call 120 / go to the emergency department now) carries no booking suggestions. URGENT lists only ' +
      'sessions within 24 h. Book a suggested session with POST /v1/appointments { sessionId, triageAssessmentId }. ' +
      'Recorded without identity: channel, time, knowledge-base version, answers and outcome.',
  })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({
    type: TriageAssessmentResponse,
    description: 'The outcome (navigation, not a diagnosis)',
  })
  @ApiProblems({
    400: 'VALIDATION_FAILED, TRIAGE_UNKNOWN_SYMPTOM, TRIAGE_RED_FLAGS_UNANSWERED (with `missing`), IDEMPOTENCY_KEY_MISSING',
    409: 'IDEMPOTENCY_IN_PROGRESS',
    422: 'IDEMPOTENCY_KEY_REUSED',
    503: 'TRIAGE_UNAVAILABLE',
  })
  assess(
    @Body() body: AssessTriageRequest,
    @Req() request: GatewayRequest,
  ): Promise<TriageAssessmentResponse> {
    return this.triage.assess(body, partnerOf(request));
  }
}
