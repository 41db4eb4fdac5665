import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TriageDuration, TriageRedFlagAction, TriageSex } from '@app/contracts';
import { findTriageDataRoot, loadBundledKnowledgeBase } from '../kb/knowledge-base';
import type { TriagePatient } from './triage-catalog';
import { type EngineOutcome, TriageEngine } from './triage-engine';

/**
 * R18 acceptance: the bundled knowledge base against patient vignettes written as a clinician
 * describes patients (data/triage/vignettes). The patient's words go through the search box,
 * exactly as a person would type them; the red-flag checklist is answered truthfully ("has").
 */
interface Vignette {
  id: string;
  story: string;
  sex: TriageSex;
  age: number;
  ageMonths?: number;
  bodyPart?: string;
  says: string[];
  duration?: TriageDuration;
  pregnant?: boolean;
}
interface Ordinary extends Vignette {
  expect: string;
}
interface RedFlagCase extends Vignette {
  has: string[];
  expect: TriageRedFlagAction;
}

const PAEDIATRIC_AGE = 14;
const root = findTriageDataRoot();
const read = <T>(file: string): T[] =>
  JSON.parse(fs.readFileSync(path.join(root, 'vignettes', file), 'utf8')) as T[];
const ORDINARY = read<Ordinary>('ordinary.json');
const RED_FLAGS = read<RedFlagCase>('red-flags.json');
const kb = loadBundledKnowledgeBase();
const engine = new TriageEngine(kb);
const DEMO_DEPARTMENTS = kb.hospital.departments;

const patientOf = (v: Vignette): TriagePatient => ({
  sex: v.sex,
  ageYears: v.age,
  ageMonths: v.ageMonths,
  paediatricAge: PAEDIATRIC_AGE,
});

/** What the patient's words find in the search box (the first hit), or null. */
const resolve = (v: Vignette): (string | null)[] =>
  v.says.map((word) => engine.catalog.search(word, patientOf(v))[0]?.symptom.code ?? null);

interface Run {
  outcome: EngineOutcome;
  offered: string[];
  /** Choices after the body part: symptoms, the duration question, pregnancy, the checklist. */
  choices: number;
}

function run(v: Vignette, present: string[] = []): Run {
  const symptoms = resolve(v).filter((c): c is string => c !== null);
  const input = { ...patientOf(v), symptoms, pregnant: v.pregnant, duration: v.duration };
  const q = engine.questions(input);
  if (q.asksDuration && !v.duration)
    throw new Error(`${v.id}: the duration is asked; the vignette must say it`);
  const outcome = engine.assess(
    { ...input, pregnant: q.asksPregnancy ? (v.pregnant ?? false) : v.pregnant },
    q.redFlags.map((f) => ({ code: f.code, present: present.includes(f.code) })),
  );
  const offered = [
    ...q.redFlags.map((f) => f.code),
    ...outcome.redFlags.filter((f) => f.auto).map((f) => f.code),
  ];
  const choices =
    symptoms.length + (q.asksDuration ? 1 : 0) + (q.asksPregnancy ? 1 : 0) + (q.redFlags.length ? 1 : 0);
  return { outcome, offered, choices };
}

const placeOf = (s: EngineOutcome['suggestions'][number]): string => s.department ?? 'DESK';

/** A child never gets an adult-only department; no sex-restricted department for the other sex. */
function gatingViolations(p: TriagePatient, outcome: EngineOutcome): string[] {
  const child = p.ageYears * 12 + (p.ageMonths ?? 0) < p.paediatricAge * 12;
  const out: string[] = [];
  for (const s of outcome.suggestions) {
    if (!s.department) continue;
    const d = DEMO_DEPARTMENTS.find((x) => x.code === s.department);
    if (!d) out.push(`unknown department ${s.department}`);
    else if ((d.population === 'ADULT' && child) || (d.population === 'CHILD' && !child))
      out.push(`${d.code} (${d.population}) for a ${child ? 'child' : 'adult'}`);
    else if (d.sex && d.sex !== p.sex) out.push(`${d.code} (${d.sex} only) for ${p.sex}`);
    if (s.specialty.sex && s.specialty.sex !== p.sex) out.push(`${s.specialty.code} for ${p.sex}`);
  }
  return out;
}

describe('triage vignettes (R18 acceptance)', () => {
  it('has at least 150 ordinary cases covering every department, and 40 red-flag cases', () => {
    expect(ORDINARY.length).toBeGreaterThanOrEqual(150);
    expect(RED_FLAGS.length).toBeGreaterThanOrEqual(40);
    const covered = new Set(ORDINARY.map((v) => v.expect));
    expect(DEMO_DEPARTMENTS.map((d) => d.code).filter((c) => !covered.has(c))).toEqual([]);
  });

  it("finds every patient's words through the search box", () => {
    const unresolved = [...ORDINARY, ...RED_FLAGS].flatMap((v) =>
      resolve(v).flatMap((code, i) => (code ? [] : [`${v.id}: ${v.says[i]}`])),
    );
    expect(unresolved).toEqual([]);
  });

  it('red flags first: no red-flag case is missed, and an emergency offers nothing to book', () => {
    const misses: string[] = [];
    for (const v of RED_FLAGS) {
      const { outcome, offered } = run(v, v.has);
      const notAsked = v.has.filter((code) => !offered.includes(code));
      if (notAsked.length) misses.push(`${v.id}: ${notAsked.join(', ')} not asked for ${v.says.join('+')}`);
      if (outcome.action !== v.expect) misses.push(`${v.id}: ${outcome.action}, expected ${v.expect}`);
      if (outcome.level === 'EMERGENCY' && outcome.suggestions.length)
        misses.push(`${v.id}: emergency with bookings`);
      if (outcome.level === 'URGENT' && !outcome.suggestions.length)
        misses.push(`${v.id}: urgent without a place`);
    }
    expect(misses).toEqual([]);
  });

  it('routes ordinary cases: the right department first ≥ 85 %, in the top three ≥ 95 %', () => {
    let first = 0;
    let top3 = 0;
    const wrong: string[] = [];
    for (const v of ORDINARY) {
      const places = run(v).outcome.suggestions.map(placeOf);
      if (places[0] === v.expect) first++;
      if (places.includes(v.expect)) top3++;
      if (places[0] !== v.expect)
        wrong.push(`${v.id} ${v.story}: ${places.join(' > ')} (expected ${v.expect})`);
    }
    const figures = `first ${first}/${ORDINARY.length} (${((100 * first) / ORDINARY.length).toFixed(1)} %), top 3 ${top3}/${ORDINARY.length} (${((100 * top3) / ORDINARY.length).toFixed(1)} %)`;
    process.stdout.write(
      `triage vignettes: ${figures}\n${wrong.map((w) => `  not first: ${w}`).join('\n')}\n`,
    );
    expect(first / ORDINARY.length).toBeGreaterThanOrEqual(0.85);
    expect(top3 / ORDINARY.length).toBeGreaterThanOrEqual(0.95);
  });

  it('asks at most three things after the body part for at least 80 % of ordinary cases', () => {
    const counts = ORDINARY.map((v) => run(v).choices);
    const within = counts.filter((c) => c <= 3).length;
    process.stdout.write(
      `triage choices after the body part: ≤ 3 for ${within}/${counts.length}; distribution ${JSON.stringify(
        counts.reduce<Record<number, number>>((m, c) => ({ ...m, [c]: (m[c] ?? 0) + 1 }), {}),
      )}\n`,
    );
    expect(within / counts.length).toBeGreaterThanOrEqual(0.8);
  });

  it('gates every vignette by age and sex', () => {
    const violations = [...ORDINARY, ...RED_FLAGS].flatMap((v) =>
      gatingViolations(patientOf(v), run(v).outcome).map((x) => `${v.id}: ${x}`),
    );
    expect(violations).toEqual([]);
  });

  it('gates every symptom, alone, for every kind of patient (exhaustive)', () => {
    const patients: TriagePatient[] = [];
    for (const sex of ['M', 'F'] as const)
      for (const [ageYears, ageMonths] of [
        [0, 1],
        [0, 7],
        [2, 0],
        [9, 0],
        [13, 11],
        [14, 0],
        [16, 0],
        [30, 0],
        [52, 0],
        [80, 0],
      ])
        patients.push({ sex, ageYears, ageMonths, paediatricAge: PAEDIATRIC_AGE });
    const violations: string[] = [];
    let checked = 0;
    for (const p of patients)
      for (const s of kb.symptoms) {
        if (!engine.catalog.symptomVisible(s, p)) continue;
        for (const pregnant of engine.fertile(p) ? [false, true] : [undefined]) {
          const input = { ...p, symptoms: [s.code], duration: 'D1_3' as const, pregnant };
          const answers = engine.questions(input).redFlags.map((f) => ({ code: f.code, present: false }));
          checked++;
          for (const x of gatingViolations(p, engine.assess(input, answers)))
            violations.push(`${s.code} ${p.sex}${p.ageYears}y${p.ageMonths}m: ${x}`);
        }
      }
    expect(checked).toBeGreaterThan(2000);
    expect(violations).toEqual([]);
  });
});
