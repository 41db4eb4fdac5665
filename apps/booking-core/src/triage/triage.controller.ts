import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  TriageAssessmentView,
  TriageBodyPartsView,
  TriageQuestionsView,
  TriageSymptomsView,
} from '@app/contracts';
import type { Caller } from '../auth/auth.guard';
import { CurrentCaller } from '../auth/caller.decorator';
import {
  AssessTriageRequest,
  TriagePatientQuery,
  TriageQuestionsQuery,
  TriageSymptomsQuery,
} from './dto/triage.dto';
import { TriageService } from './triage.service';

/**
 * R18 self-triage (自助导诊) for kiosks, the triage nurse and the gateway: navigation to a
 * department, never a diagnosis (docs/decisions/019-triage-is-navigation.md). Any valid token.
 */
@ApiTags('triage')
@ApiBearerAuth()
@Controller('v1/triage')
export class TriageController {
  constructor(private readonly triage: TriageService) {}

  @Get('body-parts')
  @ApiOperation({ summary: 'The body map for a sex and age (adult male, adult female, child)' })
  @ApiOkResponse({ description: 'Body parts with their sub-parts' })
  bodyParts(@Query() q: TriagePatientQuery): Promise<TriageBodyPartsView> {
    return this.triage.bodyParts(q);
  }

  @Get('symptoms')
  @ApiOperation({ summary: 'Symptoms under a body part, or found by name, synonym or pinyin initials (q)' })
  @ApiOkResponse({ description: 'Symptoms this patient can choose' })
  symptoms(@Query() q: TriageSymptomsQuery): Promise<TriageSymptomsView> {
    return this.triage.symptoms(q);
  }

  @Get('questions')
  @ApiOperation({ summary: 'What to ask next: duration, pregnancy and the red-flag checklist' })
  @ApiOkResponse({ description: 'The questions for these symptoms and this patient' })
  questions(@Query() q: TriageQuestionsQuery): Promise<TriageQuestionsView> {
    return this.triage.questions({ ...q, symptoms: q.symptoms.split(',') });
  }

  @Post('assessments')
  @ApiOperation({
    summary: 'Assess: level, red flags, up to three departments with doctors and next open sessions',
    description: 'Recorded without identity (channel, time, knowledge-base version, answers, outcome).',
  })
  @ApiCreatedResponse({ description: 'EMERGENCY carries no booking suggestions, only what to do now' })
  assess(@Body() body: AssessTriageRequest, @CurrentCaller() caller: Caller): Promise<TriageAssessmentView> {
    return this.triage.assess(body, caller);
  }
}
