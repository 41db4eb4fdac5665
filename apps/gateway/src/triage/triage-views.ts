import type {
  TriageAssessmentView,
  TriageBodyPart,
  TriageSource,
  TriageSuggestion,
  TriageSymptomView,
} from '@app/contracts';

/**
 * What partners see of the core's triage views, built field by field (as the catalog's), so a
 * field added to the core's views never reaches partners by accident.
 */
export function toPartnerBodyPart(p: TriageBodyPart): TriageBodyPart {
  return { code: p.code, name: p.name, children: p.children.map(toPartnerBodyPart) };
}

export function toPartnerSymptom(s: TriageSymptomView): TriageSymptomView {
  return {
    code: s.code,
    name: s.name,
    synonyms: s.synonyms,
    bodyParts: s.bodyParts,
    asksDuration: s.asksDuration,
    ...(s.matchedBy ? { matchedBy: s.matchedBy } : {}),
  };
}

const source = (s: TriageSource): TriageSource => ({
  id: s.id,
  title: s.title,
  publisher: s.publisher,
  url: s.url,
});

function toPartnerSuggestion(s: TriageSuggestion): TriageSuggestion {
  return {
    rank: s.rank,
    target: s.target,
    specialty: { code: s.specialty.code, name: s.specialty.name },
    department: s.department
      ? { id: s.department.id, code: s.department.code, name: s.department.name }
      : null,
    place: s.place ? { name: s.place.name, location: s.place.location } : null,
    note: s.note,
    reasons: s.reasons.map((r) => ({ text: r.text, source: source(r.source) })),
    doctors: s.doctors.map((d) => ({
      id: d.id,
      name: d.name,
      title: d.title,
      specialties: d.specialties,
      matchedSpecialties: d.matchedSpecialties,
      sessions: d.sessions.map((x) => ({
        sessionId: x.sessionId,
        date: x.date,
        period: x.period,
        startsAt: x.startsAt,
        endsAt: x.endsAt,
        feeCents: x.feeCents,
        available: x.available,
      })),
    })),
  };
}

export function toPartnerAssessment(a: TriageAssessmentView): TriageAssessmentView {
  return {
    id: a.id,
    kbVersion: a.kbVersion,
    assessedAt: a.assessedAt,
    level: a.level,
    action: a.action,
    instructions: a.instructions,
    redFlags: a.redFlags.map((f) => ({
      code: f.code,
      question: f.question,
      action: f.action,
      advice: f.advice,
      source: source(f.source),
    })),
    suggestions: a.suggestions.map(toPartnerSuggestion),
    disclaimer: a.disclaimer,
  };
}
