import type {
  TriageAction,
  TriageDuration,
  TriageLevel,
  TriageRedFlagAction,
  TriageRedFlagAnswer,
} from '@app/contracts';
import { DomainError } from '@app/common';
import type { KbRedFlag, KbRule, KbSource, KbSpecialty, KnowledgeBase } from '../kb/knowledge-base';
import { fitsPopulation, isChild, TriageCatalog, totalMonths, type TriagePatient } from './triage-catalog';

export interface TriageInput extends TriagePatient {
  pregnant?: boolean;
  symptoms: string[];
  duration?: TriageDuration;
}

export interface TriageQuestions {
  asksDuration: boolean;
  asksPregnancy: boolean;
  redFlags: KbRedFlag[];
}

export interface EngineSuggestion {
  rank: number;
  specialty: KbSpecialty;
  target: 'DEPARTMENT' | 'GUIDANCE_DESK';
  /** The hospital department code (null for the guidance desk). */
  department: string | null;
  note: string | null;
  reasons: { text: string; source: KbSource }[];
  /** Doctor specialties that suit this complaint, best first. */
  focus: string[];
}

export interface EngineOutcome {
  level: TriageLevel;
  action: TriageAction;
  instructions: string;
  redFlags: KbRedFlag[];
  suggestions: EngineSuggestion[];
  /** false when no routing rule matched and the fallback (paediatrics / guidance desk) was used. */
  routed: boolean;
  /** The age group and pregnancy the outcome was computed for (recorded with the assessment). */
  child: boolean;
  pregnant: boolean | null;
}

const SEVERITY: Record<TriageRedFlagAction, number> = { CALL_120: 3, GO_TO_ED: 2, SEEN_WITHIN_24H: 1 };
const MAX_SUGGESTIONS = 3;

interface Candidate {
  specialty: KbSpecialty;
  score: number;
  best: number;
  rules: KbRule[];
  redirected: KbSpecialty | null;
}

/**
 * The triage engine: pure functions of one knowledge base (R18). Red flags first: any
 * life-threatening answer makes the outcome EMERGENCY with no booking suggestions. Otherwise the
 * routing rules score specialties (per chosen symptom the strongest rule per specialty, summed
 * over symptoms, so a specialty that explains several complaints wins), specialties are gated by
 * age and sex, mapped to the hospital's departments (gated again), and the best three returned.
 */
export class TriageEngine {
  readonly catalog: TriageCatalog;
  private readonly specialties = new Map<string, KbSpecialty>();
  private readonly sources = new Map<string, KbSource>();
  private readonly rulesBySymptom = new Map<string, KbRule[]>();
  private readonly flagsBySymptom = new Map<string, KbRedFlag[]>();

  constructor(readonly kb: KnowledgeBase) {
    this.catalog = new TriageCatalog(kb);
    for (const s of kb.specialties) this.specialties.set(s.code, s);
    for (const s of kb.sources) this.sources.set(s.id, s);
    for (const rule of kb.rules)
      for (const code of rule.symptoms)
        this.rulesBySymptom.set(code, [...(this.rulesBySymptom.get(code) ?? []), rule]);
    for (const flag of kb.redFlags)
      for (const code of flag.symptoms)
        this.flagsBySymptom.set(code, [...(this.flagsBySymptom.get(code) ?? []), flag]);
  }

  source(id: string): KbSource {
    return this.sources.get(id) ?? { id, publisher: '', title: id, url: null };
  }

  /** A woman of childbearing age (the knowledge base's range). */
  fertile(p: TriagePatient): boolean {
    return p.sex === 'F' && p.ageYears >= this.kb.pregnancyAge.min && p.ageYears <= this.kb.pregnancyAge.max;
  }

  /** true / false when known (answered, or implied by a symptom), null while it may be either. */
  pregnancy(input: TriageInput): boolean | null {
    if (!this.fertile(input)) return false;
    if (input.symptoms.some((c) => this.catalog.symptoms.get(c)?.impliesPregnancy)) return true;
    return input.pregnant ?? null;
  }

  /** What to ask once the symptoms are chosen: duration, pregnancy, the red-flag checklist. */
  questions(input: TriageInput): TriageQuestions {
    const chosen = this.chosen(input);
    return {
      asksDuration: chosen.some((s) => s.askDuration),
      asksPregnancy:
        this.fertile(input) && !chosen.some((s) => s.impliesPregnancy) && chosen.some((s) => s.askPregnancy),
      redFlags: this.applicableFlags(input).filter((f) => !f.auto),
    };
  }

  assess(input: TriageInput, answers: TriageRedFlagAnswer[]): EngineOutcome {
    const asked = this.questions(input).redFlags;
    const known = new Map(answers.map((a) => [a.code, a.present]));
    for (const a of answers)
      if (!this.kb.redFlags.some((f) => f.code === a.code))
        throw new DomainError('VALIDATION_FAILED', `Unknown red flag ${a.code}`);
    const missing = asked.filter((f) => !known.has(f.code)).map((f) => f.code);
    // Red flags first: an assessment never skips the safety questions.
    if (missing.length)
      throw new DomainError(
        'TRIAGE_RED_FLAGS_UNANSWERED',
        `Answer every red-flag question: ${missing.join(', ')}`,
        {
          missing,
        },
      );
    const triggered = this.applicableFlags(input)
      .filter((f) => f.auto || known.get(f.code) === true)
      .sort((a, b) => SEVERITY[b.action] - SEVERITY[a.action]);
    const child = isChild(input);
    const pregnant = this.pregnancy(input);
    const worst = triggered[0];
    if (worst && worst.action !== 'SEEN_WITHIN_24H')
      return {
        level: 'EMERGENCY',
        action: worst.action,
        instructions: worst.advice,
        redFlags: triggered,
        suggestions: [],
        routed: true,
        child,
        pregnant,
      };

    const { suggestions, routed } = this.route(input, child, pregnant);
    const top = suggestions[0];
    if (worst)
      return {
        level: 'URGENT',
        action: 'SEEN_WITHIN_24H',
        instructions: worst.advice,
        redFlags: triggered,
        suggestions,
        routed,
        child,
        pregnant,
      };
    const guidance = top.target === 'GUIDANCE_DESK';
    return {
      level: 'ROUTINE',
      action: guidance ? 'GUIDANCE_DESK' : 'BOOK',
      instructions: guidance
        ? `请到${this.kb.hospital.guidanceDesk.name}（${this.kb.hospital.guidanceDesk.location}），由导诊护士协助选择科室。`
        : `建议预约${top.specialty.name}门诊；可选择下列医生的号源。`,
      redFlags: triggered,
      suggestions,
      routed,
      child,
      pregnant,
    };
  }

  private chosen(input: TriageInput) {
    const out = [];
    for (const code of input.symptoms) {
      const s = this.catalog.symptoms.get(code);
      if (!s) throw new DomainError('TRIAGE_UNKNOWN_SYMPTOM', `Unknown symptom ${code}`);
      if (!this.catalog.symptomVisible(s, input))
        throw new DomainError('TRIAGE_UNKNOWN_SYMPTOM', `Symptom ${code} does not apply to this patient`);
      out.push(s);
    }
    return out;
  }

  private applicableFlags(input: TriageInput): KbRedFlag[] {
    this.chosen(input);
    const months = totalMonths(input);
    const child = isChild(input);
    const pregnancy = this.pregnancy(input);
    const seen = new Set<string>();
    const out: KbRedFlag[] = [];
    for (const code of input.symptoms)
      for (const f of this.flagsBySymptom.get(code) ?? []) {
        if (seen.has(f.code)) continue;
        seen.add(f.code);
        if (!fitsPopulation(f.population, child)) continue;
        if (f.sex && f.sex !== input.sex) continue;
        if (f.minAgeMonths !== undefined && months < f.minAgeMonths) continue;
        if (f.maxAgeMonths !== undefined && months > f.maxAgeMonths) continue;
        if (f.fertile && !this.fertile(input)) continue;
        if (f.pregnant && pregnancy === false) continue;
        out.push(f);
      }
    return out.sort((a, b) => SEVERITY[b.action] - SEVERITY[a.action]);
  }

  private matches(
    rule: KbRule,
    chosen: Set<string>,
    input: TriageInput,
    child: boolean,
    pregnant: boolean | null,
  ) {
    if (rule.all && !rule.all.every((c) => chosen.has(c))) return false;
    if (rule.durations && (!input.duration || !rule.durations.includes(input.duration))) return false;
    if (!fitsPopulation(rule.population, child)) return false;
    if (rule.sex && rule.sex !== input.sex) return false;
    if (rule.pregnant !== undefined && rule.pregnant !== (pregnant === true)) return false;
    return true;
  }

  private route(
    input: TriageInput,
    child: boolean,
    pregnant: boolean | null,
  ): { suggestions: EngineSuggestion[]; routed: boolean } {
    const chosen = new Set(input.symptoms);
    const candidates = new Map<string, Candidate>();
    for (const code of chosen) {
      // Per symptom, the strongest rule for each specialty the patient would go to (a child's
      // cardiology and respiratory rules both land in paediatrics, at the stronger weight);
      // then summed over the symptoms, so a specialty that explains several complaints wins.
      const strongest = new Map<
        string,
        { rule: KbRule; target: KbSpecialty; redirected: KbSpecialty | null }
      >();
      for (const rule of this.rulesBySymptom.get(code) ?? []) {
        if (!this.matches(rule, chosen, input, child, pregnant)) continue;
        const goes = this.target(rule.specialty, input, child);
        if (!goes) continue;
        const current = strongest.get(goes.target.code);
        if (!current || rule.priority > current.rule.priority)
          strongest.set(goes.target.code, { rule, ...goes });
      }
      for (const { rule, target, redirected } of strongest.values()) {
        const c = candidates.get(target.code);
        if (!c) {
          candidates.set(target.code, {
            specialty: target,
            score: rule.priority,
            best: rule.priority,
            rules: [rule],
            redirected,
          });
          continue;
        }
        c.score += rule.priority;
        c.best = Math.max(c.best, rule.priority);
        c.rules.push(rule);
        c.redirected ??= redirected;
      }
    }
    const ranked = [...candidates.values()].sort(
      (a, b) => b.score - a.score || b.best - a.best || this.order(a.specialty) - this.order(b.specialty),
    );
    const out: EngineSuggestion[] = [];
    const taken = new Set<string>();
    for (const c of ranked) {
      for (const s of this.place(c, input, child)) {
        const key = s.department ?? 'GUIDANCE_DESK';
        if (taken.has(key)) continue;
        taken.add(key);
        out.push({ ...s, rank: out.length + 1 });
        if (out.length === MAX_SUGGESTIONS) return { suggestions: out, routed: true };
      }
    }
    if (out.length) return { suggestions: out, routed: true };
    {
      // Nothing matched: children to paediatrics, adults to general medicine / the guidance desk.
      const fallback = this.specialties.get(child ? 'PAEDIATRICS' : 'GENERAL_MEDICINE');
      if (fallback)
        out.push(
          ...this.place(
            { specialty: fallback, score: 0, best: 0, rules: [], redirected: null },
            input,
            child,
          ).map((s, i) => ({ ...s, rank: i + 1 })),
        );
    }
    return { suggestions: out.slice(0, MAX_SUGGESTIONS), routed: false };
  }

  /** Where a rule's specialty sends this patient: itself, or its age group's alternative; null if barred. */
  private target(
    code: string,
    input: TriageInput,
    child: boolean,
  ): { target: KbSpecialty; redirected: KbSpecialty | null } | null {
    const specialty = this.specialties.get(code);
    if (!specialty) return null;
    let target = specialty;
    let redirected: KbSpecialty | null = null;
    if (!fitsPopulation(specialty.population, child)) {
      const alternative = child ? specialty.forChildren : specialty.forAdults;
      const found = alternative ? this.specialties.get(alternative) : undefined;
      if (!found) return null;
      target = found;
      redirected = specialty;
    }
    if (target.sex && target.sex !== input.sex) return null;
    return { target, redirected };
  }

  /** The hospital's departments for a specialty that this patient may attend. */
  private place(c: Candidate, input: TriageInput, child: boolean): Omit<EngineSuggestion, 'rank'>[] {
    const mapping = this.kb.hospital.map.find((m) => m.specialty === c.specialty.code);
    if (!mapping) return [];
    const rules = [...c.rules].sort((a, b) => b.priority - a.priority);
    const reasons = rules.slice(0, 2).map((r) => ({ text: r.rationale, source: this.source(r.source) }));
    if (c.redirected)
      reasons.unshift({
        text: child
          ? `${input.paediatricAge}岁以下儿童由${c.specialty.name}首诊（原属${c.redirected.name}的问题）`
          : `成人不在${c.redirected.name}就诊`,
        source: this.source(c.specialty.source),
      });
    const focus = [...new Set(rules.flatMap((r) => r.focus ?? []))];
    const base = { specialty: c.specialty, note: mapping.note ?? null, reasons, focus };
    const out: Omit<EngineSuggestion, 'rank'>[] = [];
    for (const code of mapping.departments) {
      const dept = this.kb.hospital.departments.find((d) => d.code === code);
      if (!dept || !fitsPopulation(dept.population, child) || (dept.sex && dept.sex !== input.sex)) continue;
      out.push({ ...base, target: 'DEPARTMENT', department: code });
    }
    if (!out.length && mapping.guidanceDesk) out.push({ ...base, target: 'GUIDANCE_DESK', department: null });
    return out;
  }

  private order(s: KbSpecialty): number {
    return this.kb.specialties.indexOf(s);
  }
}
