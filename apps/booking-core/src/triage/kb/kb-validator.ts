import {
  TRIAGE_DURATIONS,
  TRIAGE_RED_FLAG_ACTIONS,
  TRIAGE_SEXES,
  TRIAGE_VIEWS,
  type TriageSex,
  type TriageView,
} from '@app/contracts';
import { TriageEngine } from '../engine/triage-engine';
import type { KnowledgeBase } from './knowledge-base';

const CODE = /^[A-Z][A-Z0-9_]{0,47}$/;
const RULE_ID = /^[A-Z0-9][A-Z0-9_-]{0,63}$/;
const VERSION = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;
const POPULATIONS = ['ALL', 'ADULT', 'CHILD'];

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max = 500): v is string =>
  typeof v === 'string' && v.trim().length > 0 && v.length <= max;
const isTextList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => isText(x, 100));
const optional = (v: unknown, check: (x: unknown) => boolean): boolean => v === undefined || check(v);
const oneOf =
  (values: readonly string[]) =>
  (v: unknown): boolean =>
    typeof v === 'string' && values.includes(v);
const months = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 1500;

/**
 * Checks a knowledge base before it is published (R18): its shape, that every reference resolves
 * (sources, regions, symptoms, specialties), that every routing target maps to one of the
 * hospital's departments (`departments`: the active codes in the database; general medicine may
 * map to the guidance desk instead), and that no symptom is unreachable: each is on a body part some
 * patient sees, and leads that patient somewhere. Returns the problems found (none: valid).
 */
export function validateKnowledgeBase(input: unknown, departments?: readonly string[]): string[] {
  const problems: string[] = [];
  const fail = (message: string): void => {
    if (problems.length < 50) problems.push(message);
  };
  if (!isObject(input)) return ['the knowledge base must be a JSON object'];
  const kb = input;
  if (!(typeof kb.version === 'string' && VERSION.test(kb.version)))
    fail('version: 1–32 letters, digits, . _ - (starting with a letter or digit)');
  if (!isText(kb.label, 200)) fail('label: required, at most 200 characters');
  if (!isText(kb.disclaimer, 500)) fail('disclaimer: required, at most 500 characters');
  const age = kb.pregnancyAge;
  if (
    !isObject(age) ||
    !Number.isInteger(age.min) ||
    !Number.isInteger(age.max) ||
    (age.min as number) > (age.max as number)
  )
    fail('pregnancyAge: { min, max } whole years, min ≤ max');
  for (const key of ['sources', 'regions', 'specialties', 'symptoms', 'redFlags', 'rules'])
    if (!Array.isArray(kb[key]) || !(kb[key] as unknown[]).every(isObject))
      fail(`${key}: an array of objects`);
  if (!isObject(kb.hospital)) fail('hospital: an object');
  if (problems.length) return problems;

  const list = (key: string): Json[] => kb[key] as Json[];
  const codes = (key: string, field = 'code'): Set<string> => {
    const seen = new Set<string>();
    for (const item of list(key)) {
      const code = item[field];
      if (typeof code !== 'string') continue;
      if (seen.has(code)) fail(`${key}: ${code} appears twice`);
      seen.add(code);
    }
    return seen;
  };
  const sources = codes('sources', 'id');
  const regions = codes('regions');
  const specialties = codes('specialties');
  const symptoms = codes('symptoms');
  codes('redFlags');
  codes('rules', 'id');
  const source = (where: string, id: unknown): void => {
    if (typeof id !== 'string' || !sources.has(id)) fail(`${where}: source ${String(id)} is not in sources`);
  };

  for (const s of list('sources'))
    if (
      !isText(s.id, 64) ||
      !isText(s.title) ||
      !isText(s.publisher, 200) ||
      !optional(s.url, (u) => u === null || isText(u))
    )
      fail(`sources: ${String(s.id)} needs id, title, publisher and url (or null)`);

  for (const r of list('regions')) {
    const where = `regions.${String(r.code)}`;
    if (!(typeof r.code === 'string' && CODE.test(r.code)) || !isText(r.name, 60))
      fail(`${where}: code and name`);
    if (r.parent !== null && !(typeof r.parent === 'string' && regions.has(r.parent)))
      fail(`${where}: unknown parent`);
    if (!(Array.isArray(r.views) && r.views.length > 0 && r.views.every(oneOf(TRIAGE_VIEWS))))
      fail(`${where}: views`);
    if (!optional(r.sex, oneOf(TRIAGE_SEXES))) fail(`${where}: sex is M or F`);
  }
  const parents = new Map(list('regions').map((r) => [r.code as string, r.parent as string | null]));
  for (const code of regions) {
    const seen = new Set<string>();
    for (let at: string | null | undefined = code; at; at = parents.get(at)) {
      if (seen.has(at)) {
        fail(`regions.${code}: parents form a cycle`);
        break;
      }
      seen.add(at);
    }
  }

  for (const s of list('specialties')) {
    const where = `specialties.${String(s.code)}`;
    if (!(typeof s.code === 'string' && CODE.test(s.code)) || !isText(s.name, 60))
      fail(`${where}: code and name`);
    if (!oneOf(POPULATIONS)(s.population)) fail(`${where}: population is ALL, ADULT or CHILD`);
    if (!optional(s.sex, oneOf(TRIAGE_SEXES))) fail(`${where}: sex is M or F`);
    for (const key of ['forChildren', 'forAdults'])
      if (!optional(s[key], (v) => typeof v === 'string' && specialties.has(v)))
        fail(`${where}: ${key} is not a specialty`);
    if (s.population === 'ADULT' && !s.forChildren)
      fail(`${where}: an adult-only specialty needs forChildren`);
    if (s.population === 'CHILD' && !s.forAdults) fail(`${where}: a children-only specialty needs forAdults`);
    source(where, s.source);
  }

  for (const s of list('symptoms')) {
    const where = `symptoms.${String(s.code)}`;
    if (!(typeof s.code === 'string' && CODE.test(s.code)) || !isText(s.name, 40))
      fail(`${where}: code and name`);
    if (!isTextList(s.synonyms) || !isTextList(s.initials))
      fail(`${where}: synonyms and initials are lists of text`);
    else if (!s.initials.every((i) => /^[a-z0-9]+$/.test(i)))
      fail(`${where}: initials are lower-case letters`);
    if (!(Array.isArray(s.regions) && s.regions.every((r) => typeof r === 'string' && regions.has(r))))
      fail(`${where}: unknown region`);
    else if (!s.anyRegion && s.regions.length === 0) fail(`${where}: no body part lists it`);
    if (!optional(s.sex, oneOf(TRIAGE_SEXES))) fail(`${where}: sex is M or F`);
    if (!optional(s.population, oneOf(['ADULT', 'CHILD']))) fail(`${where}: population is ADULT or CHILD`);
  }

  for (const f of list('redFlags')) {
    const where = `redFlags.${String(f.code)}`;
    if (!(typeof f.code === 'string' && CODE.test(f.code))) fail(`${where}: code`);
    if (f.auto ? f.question !== null && f.question !== undefined : !isText(f.question))
      fail(`${where}: a question (or auto: true and no question)`);
    if (!oneOf(TRIAGE_RED_FLAG_ACTIONS)(f.action))
      fail(`${where}: action is ${TRIAGE_RED_FLAG_ACTIONS.join(', ')}`);
    if (!isText(f.advice)) fail(`${where}: advice`);
    if (!(
      Array.isArray(f.symptoms) &&
      f.symptoms.length > 0 &&
      f.symptoms.every((c) => typeof c === 'string' && symptoms.has(c))
    ))
      fail(`${where}: symptoms must be known symptom codes`);
    if (!optional(f.population, oneOf(['ADULT', 'CHILD'])) || !optional(f.sex, oneOf(TRIAGE_SEXES)))
      fail(`${where}: population / sex`);
    if (!optional(f.minAgeMonths, months) || !optional(f.maxAgeMonths, months))
      fail(`${where}: age in whole months`);
    source(where, f.source);
  }

  for (const r of list('rules')) {
    const where = `rules.${String(r.id)}`;
    if (!(typeof r.id === 'string' && RULE_ID.test(r.id))) fail(`${where}: id`);
    const known = (v: unknown): boolean =>
      Array.isArray(v) && v.every((c) => typeof c === 'string' && symptoms.has(c));
    if (!(known(r.symptoms) && (r.symptoms as unknown[]).length > 0) || !optional(r.all, known))
      fail(`${where}: symptoms must be known symptom codes`);
    if (!(typeof r.specialty === 'string' && specialties.has(r.specialty)))
      fail(`${where}: unknown specialty`);
    if (!(Number.isInteger(r.priority) && (r.priority as number) >= 1 && (r.priority as number) <= 100))
      fail(`${where}: priority 1–100`);
    if (!optional(r.durations, (d) => Array.isArray(d) && d.length > 0 && d.every(oneOf(TRIAGE_DURATIONS))))
      fail(`${where}: durations`);
    if (!optional(r.population, oneOf(['ADULT', 'CHILD'])) || !optional(r.sex, oneOf(TRIAGE_SEXES)))
      fail(`${where}: population / sex`);
    if (!optional(r.pregnant, (v) => typeof v === 'boolean') || !optional(r.focus, isTextList))
      fail(`${where}: pregnant / focus`);
    if (!isText(r.rationale)) fail(`${where}: rationale`);
    source(where, r.source);
  }

  checkHospital(kb.hospital as Json, specialties, departments, fail);
  if (problems.length) return problems;
  checkReachable(kb as unknown as KnowledgeBase, fail);
  return problems;
}

function checkHospital(
  h: Json,
  specialties: Set<string>,
  active: readonly string[] | undefined,
  fail: (m: string) => void,
): void {
  if (!isText(h.name, 100)) fail('hospital.name');
  const desk = h.guidanceDesk;
  if (!isObject(desk) || !isText(desk.name, 60) || !isText(desk.location, 100))
    fail('hospital.guidanceDesk: name and location');
  const departments = new Set<string>();
  if (!Array.isArray(h.departments)) return fail('hospital.departments: an array');
  for (const d of h.departments as unknown[]) {
    if (
      !isObject(d) ||
      typeof d.code !== 'string' ||
      !oneOf(POPULATIONS)(d.population) ||
      !optional(d.sex, oneOf(TRIAGE_SEXES))
    ) {
      fail('hospital.departments: { code, population, sex? }');
      continue;
    }
    departments.add(d.code);
    // Every department the knowledge base routes to must exist and be open in this hospital.
    if (active && !active.includes(d.code))
      fail(`hospital.departments: ${d.code} is not an active department of the hospital`);
  }
  if (!Array.isArray(h.map)) return fail('hospital.map: an array');
  const mapped = new Set<string>();
  for (const m of h.map as unknown[]) {
    if (!isObject(m) || typeof m.specialty !== 'string' || !specialties.has(m.specialty)) {
      fail('hospital.map: every entry names a known specialty');
      continue;
    }
    const where = `hospital.map.${m.specialty}`;
    if (mapped.has(m.specialty)) fail(`${where}: mapped twice`);
    mapped.add(m.specialty);
    if (!(
      Array.isArray(m.departments) && m.departments.every((c) => typeof c === 'string' && departments.has(c))
    ))
      fail(`${where}: departments must be listed in hospital.departments`);
    else if (m.departments.length === 0 && !(m.guidanceDesk === true && m.specialty === 'GENERAL_MEDICINE'))
      fail(`${where}: maps to no department (only GENERAL_MEDICINE may go to the guidance desk)`);
    if (!optional(m.note, (v) => isText(v, 200))) fail(`${where}: note`);
  }
  for (const s of specialties)
    if (!mapped.has(s)) fail(`hospital.map: specialty ${s} is not mapped to a department`);
}

/** Every symptom is offered to some patient, and alone leads each patient who can choose it somewhere. */
function checkReachable(kb: KnowledgeBase, fail: (m: string) => void): void {
  const engine = new TriageEngine(kb);
  const patients: { view: TriageView; sex: TriageSex; ageYears: number; ageMonths?: number }[] = [
    { view: 'ADULT_MALE', sex: 'M', ageYears: 40 },
    { view: 'ADULT_FEMALE', sex: 'F', ageYears: 30 },
    { view: 'ADULT_FEMALE', sex: 'F', ageYears: 70 },
    { view: 'CHILD', sex: 'M', ageYears: 6 },
    { view: 'CHILD', sex: 'F', ageYears: 0, ageMonths: 4 },
  ];
  const paediatricAge = 14;
  for (const s of kb.symptoms) {
    let offered = false;
    for (const p of patients) {
      const patient = { ...p, paediatricAge };
      if (!engine.catalog.symptomVisible(s, patient)) continue;
      offered = true;
      const outcome = engine.assess(
        { ...patient, symptoms: [s.code], duration: s.askDuration ? 'D1_3' : undefined },
        engine
          .questions({ ...patient, symptoms: [s.code] })
          .redFlags.map((f) => ({ code: f.code, present: false })),
      );
      if (outcome.level !== 'EMERGENCY' && (!outcome.routed || outcome.suggestions.length === 0))
        fail(`symptoms.${s.code}: leads nowhere for ${p.view} (${p.sex}, ${p.ageYears})`);
    }
    if (!offered) fail(`symptoms.${s.code}: unreachable (no patient's body map offers it)`);
  }
}
