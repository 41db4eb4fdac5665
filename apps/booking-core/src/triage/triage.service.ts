import { Injectable } from '@nestjs/common';
import {
  EXTERNAL_CHANNELS,
  TRIAGE_DURATION_LABELS,
  TRIAGE_DURATIONS,
  type AssessTriageCommand,
  type Channel,
  type TriageAssessmentView,
  type TriageBodyPartsView,
  type TriageDoctorSuggestion,
  type TriageQuestionsView,
  type TriageSex,
  type TriageSuggestion,
  type TriageSymptomsView,
  type TriageUsageRow,
} from '@app/contracts';
import { IN_PERSON_CHANNELS } from '../database/sql-types.generated';
import { DomainError } from '@app/common';
import { addDays, localDate, localToInstant } from '@app/domain';
import type { Caller } from '../auth/auth.guard';
import { ClockService } from '../clock/clock.service';
import { at } from '../shared/view-mappers';
import type { KbSymptom } from './kb/knowledge-base';
import { viewOf, type TriagePatient } from './engine/triage-catalog';
import type { EngineOutcome, EngineSuggestion } from './engine/triage-engine';
import { TriageKbService } from './triage-kb.service';
import { TriageRepository, type TriagePlaceRow } from './triage.repository';

export interface PatientQuery {
  sex: TriageSex;
  ageYears: number;
  ageMonths?: number;
}

const DOCTORS_PER_DEPARTMENT = 3;
const SESSIONS_PER_DOCTOR = 3;
const HORIZON_DAYS = 10;

/**
 * R18 self-triage for kiosks, the triage nurse and (through the gateway) partners: the body map,
 * symptoms by body part or search, the red-flag questions, and the assessment, recorded without
 * identity, with the doctors and next open sessions of each suggested department.
 */
@Injectable()
export class TriageService {
  constructor(
    private readonly kb: TriageKbService,
    private readonly repository: TriageRepository,
    private readonly clock: ClockService,
  ) {}

  async bodyParts(q: PatientQuery): Promise<TriageBodyPartsView> {
    const { version, engine, paediatricAge } = await this.kb.current();
    const patient = { ...q, paediatricAge };
    return { kbVersion: version, view: viewOf(patient), bodyParts: engine.catalog.bodyParts(patient) };
  }

  async symptoms(q: PatientQuery & { bodyPart?: string; q?: string }): Promise<TriageSymptomsView> {
    if ((q.bodyPart === undefined) === (q.q === undefined))
      throw new DomainError('VALIDATION_FAILED', 'Give exactly one of bodyPart and q');
    const { version, engine, paediatricAge } = await this.kb.current();
    const patient = { ...q, paediatricAge };
    if (q.q !== undefined)
      return {
        kbVersion: version,
        symptoms: engine.catalog
          .search(q.q, patient)
          .map((h) => ({ ...symptomView(h.symptom), matchedBy: h.matchedBy })),
      };
    const found = engine.catalog.symptomsIn(q.bodyPart!, patient);
    if (!found)
      throw new DomainError('TRIAGE_BODY_PART_NOT_FOUND', `No body part ${q.bodyPart} for this patient`);
    return { kbVersion: version, symptoms: found.map(symptomView) };
  }

  async questions(
    q: PatientQuery & { symptoms: string[]; pregnant?: boolean },
  ): Promise<TriageQuestionsView> {
    const { version, engine, paediatricAge } = await this.kb.current();
    const asked = engine.questions({ ...q, paediatricAge });
    return {
      kbVersion: version,
      asksDuration: asked.asksDuration,
      durations: TRIAGE_DURATIONS.map((code) => ({ code, label: TRIAGE_DURATION_LABELS[code] })),
      asksPregnancy: asked.asksPregnancy,
      redFlags: asked.redFlags.map((f) => ({ code: f.code, question: f.question ?? '' })),
    };
  }

  async assess(cmd: AssessTriageCommand, caller: Caller): Promise<TriageAssessmentView> {
    const partnerId = this.channelScope(cmd, caller);
    const { version, engine, paediatricAge } = await this.kb.current();
    const patient: TriagePatient = {
      sex: cmd.sex,
      ageYears: cmd.ageYears,
      ageMonths: cmd.ageMonths,
      paediatricAge,
    };
    const input = {
      ...patient,
      symptoms: [...new Set(cmd.symptoms)],
      duration: cmd.duration,
      pregnant: cmd.pregnant,
    };
    const outcome = engine.assess(input, cmd.redFlags);
    const now = this.clock.now();
    const suggestions = await this.withDoctors(outcome, cmd.channel, now, engine.kb.hospital.guidanceDesk);
    const departmentIds = suggestions.flatMap((s) => (s.department ? [s.department.id] : []));
    // No identity is recorded: channel, time, version, the answers and what was shown.
    const recorded = await this.repository.record(
      {
        kbVersion: version,
        channel: cmd.channel,
        partnerId,
        ageYears: cmd.ageYears,
        ageMonths: cmd.ageMonths ?? null,
        sex: cmd.sex,
        pregnant: outcome.pregnant,
        symptoms: input.symptoms.join(','),
        duration: cmd.duration ?? null,
        redFlags: outcome.redFlags.map((f) => f.code).join(',') || null,
        level: outcome.level,
        action: outcome.action,
        departmentIds: departmentIds.join(',') || null,
        inputs: JSON.stringify({ ...input, paediatricAge, redFlags: cmd.redFlags }),
        outcome: JSON.stringify({
          child: outcome.child,
          suggestions: outcome.suggestions.map((s) => ({
            specialty: s.specialty.code,
            department: s.department,
            rules: s.reasons.length,
          })),
        }),
      },
      now,
    );
    return {
      id: recorded.id,
      kbVersion: version,
      assessedAt: at(recorded.at, this.clock.timeZone),
      level: outcome.level,
      action: outcome.action,
      instructions: outcome.instructions,
      redFlags: outcome.redFlags.map((f) => ({
        code: f.code,
        question: f.question,
        action: f.action,
        advice: f.advice,
        source: engine.source(f.source),
      })),
      suggestions,
      disclaimer: engine.kb.disclaimer,
    };
  }

  async usage(dateFrom: string, dateTo: string): Promise<TriageUsageRow[]> {
    if (dateTo < dateFrom) throw new DomainError('VALIDATION_FAILED', 'dateTo is before dateFrom');
    const from = localToInstant(dateFrom, '00:00', this.clock.timeZone);
    const to = localToInstant(addDays(dateTo, 1), '00:00', this.clock.timeZone);
    return (await this.repository.usage(from, to)).map((r) => ({
      channel: r.channel,
      assessments: Number(r.assessments),
      emergency: Number(r.emergency),
      urgent: Number(r.urgent),
      routine: Number(r.routine),
      bookedWithin24h: Number(r.booked),
    }));
  }

  /**
   * The gateway assesses for its partners' external channels and names the partner; intranet
   * callers (kiosks, counters, the triage nurse) use the hospital's own channels.
   */
  private channelScope(cmd: AssessTriageCommand, caller: Caller): string | null {
    const external = EXTERNAL_CHANNELS.includes(cmd.channel);
    if (caller.roles.includes('GATEWAY')) {
      if (!external || !cmd.partnerId)
        throw new DomainError(
          'VALIDATION_FAILED',
          'The gateway assesses for an external channel and a partnerId',
        );
      return cmd.partnerId;
    }
    if (external || cmd.partnerId !== undefined)
      throw new DomainError(
        'CHANNEL_NOT_ALLOWED',
        `${caller.name} may not assess for channel ${cmd.channel}`,
      );
    return null;
  }

  /** Each suggested department with its doctors (matching specialties first) and next open sessions. */
  private async withDoctors(
    outcome: EngineOutcome,
    channel: Channel,
    now: Date,
    desk: { name: string; location: string },
  ): Promise<TriageSuggestion[]> {
    const codes = outcome.suggestions.flatMap((s) => (s.department ? [s.department] : []));
    // URGENT: only what starts within 24 hours; otherwise the booking horizon.
    const until =
      outcome.level === 'URGENT'
        ? new Date(now.getTime() + 24 * 3600_000)
        : addDaysInstant(now, HORIZON_DAYS + 1);
    const today = localDate(now, this.clock.timeZone);
    const rows = codes.length
      ? await this.repository.places(codes, today, addDays(today, HORIZON_DAYS), until, now)
      : [];
    const inPerson = IN_PERSON_CHANNELS.includes(channel);
    return outcome.suggestions.map((s) =>
      this.suggestion(
        s,
        rows.filter((r) => r.department_code === s.department),
        inPerson,
        desk,
      ),
    );
  }

  private suggestion(
    s: EngineSuggestion,
    rows: TriagePlaceRow[],
    inPerson: boolean,
    desk: { name: string; location: string },
  ): TriageSuggestion {
    const department = rows[0]
      ? { id: rows[0].department_id, code: rows[0].department_code, name: rows[0].department_name }
      : null;
    const doctors = new Map<number, { row: TriagePlaceRow; sessions: TriagePlaceRow[] }>();
    for (const r of rows) {
      if (r.doctor_id === null) continue;
      const entry = doctors.get(r.doctor_id) ?? { row: r, sessions: [] };
      if (r.session_id !== null) entry.sessions.push(r);
      doctors.set(r.doctor_id, entry);
    }
    const ranked: TriageDoctorSuggestion[] = [...doctors.values()]
      .map(({ row: d, sessions }) => {
        const specialties = (d.specialties ?? '')
          .split(/[,，、;]/)
          .map((x) => x.trim())
          .filter(Boolean);
        const matched = specialties.filter((sp) => s.focus.some((f) => sp.includes(f) || f.includes(sp)));
        const open = sessions
          .map((x) => ({ x, available: Number(x.free_public) + (inPerson ? Number(x.free_reserve) : 0) }))
          .filter(({ available }) => available > 0)
          .slice(0, SESSIONS_PER_DOCTOR)
          .map(({ x, available }) => ({
            sessionId: x.session_id!,
            date: x.session_day!,
            period: x.period!,
            startsAt: at(x.starts_at!, this.clock.timeZone),
            endsAt: at(x.ends_at!, this.clock.timeZone),
            feeCents: Number(x.fee_cents),
            available,
          }));
        return {
          id: d.doctor_id!,
          name: d.doctor_name!,
          title: d.title!,
          specialties,
          matchedSpecialties: matched,
          sessions: open,
        };
      })
      .sort(
        (a, b) =>
          b.matchedSpecialties.length - a.matchedSpecialties.length ||
          Number(b.sessions.length > 0) - Number(a.sessions.length > 0) ||
          (a.sessions[0]?.startsAt ?? '').localeCompare(b.sessions[0]?.startsAt ?? ''),
      )
      .slice(0, DOCTORS_PER_DEPARTMENT);
    return {
      rank: s.rank,
      target: s.target,
      specialty: { code: s.specialty.code, name: s.specialty.name },
      department,
      place: s.target === 'GUIDANCE_DESK' ? desk : null,
      note: s.note,
      reasons: s.reasons,
      doctors: ranked,
    };
  }
}

function symptomView(s: KbSymptom) {
  return {
    code: s.code,
    name: s.name,
    synonyms: s.synonyms,
    bodyParts: s.regions,
    asksDuration: s.askDuration === true,
  };
}

const addDaysInstant = (d: Date, days: number): Date => new Date(d.getTime() + days * 86_400_000);
