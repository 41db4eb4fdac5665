import { Injectable } from '@nestjs/common';
import type {
  TriageAssessmentView,
  TriageBodyPartsView,
  TriageQuestionsView,
  TriageSymptomsView,
} from '@app/contracts';
import { CoreClient } from '../core/core-client';
import type { Partner } from '../partners/partner';
import type {
  AssessTriageRequest,
  TriagePatientQuery,
  TriageQuestionsQuery,
  TriageSymptomsQuery,
} from './dto/triage.dto';
import { toPartnerAssessment, toPartnerBodyPart, toPartnerSymptom } from './triage-views';

/** R18 self-triage for partners: the core decides; the channel and partner come from the signature. */
@Injectable()
export class TriageService {
  constructor(private readonly core: CoreClient) {}

  async bodyParts(q: TriagePatientQuery): Promise<TriageBodyPartsView> {
    const view = await this.core.triageBodyParts(q);
    return { kbVersion: view.kbVersion, view: view.view, bodyParts: view.bodyParts.map(toPartnerBodyPart) };
  }

  async symptoms(q: TriageSymptomsQuery): Promise<TriageSymptomsView> {
    const view = await this.core.triageSymptoms(q);
    return { kbVersion: view.kbVersion, symptoms: view.symptoms.map(toPartnerSymptom) };
  }

  async questions(q: TriageQuestionsQuery): Promise<TriageQuestionsView> {
    const view = await this.core.triageQuestions(q);
    return {
      kbVersion: view.kbVersion,
      asksDuration: view.asksDuration,
      durations: view.durations.map((d) => ({ code: d.code, label: d.label })),
      asksPregnancy: view.asksPregnancy,
      redFlags: view.redFlags.map((f) => ({ code: f.code, question: f.question })),
    };
  }

  async assess(body: AssessTriageRequest, partner: Partner): Promise<TriageAssessmentView> {
    const assessed = await this.core.triageAssess({
      channel: partner.channel,
      partnerId: partner.appId,
      sex: body.sex,
      ageYears: body.ageYears,
      ...(body.ageMonths !== undefined ? { ageMonths: body.ageMonths } : {}),
      ...(body.pregnant !== undefined ? { pregnant: body.pregnant } : {}),
      symptoms: body.symptoms,
      ...(body.duration !== undefined ? { duration: body.duration } : {}),
      redFlags: body.redFlags.map((f) => ({ code: f.code, present: f.present })),
    });
    return toPartnerAssessment(assessed);
  }
}
