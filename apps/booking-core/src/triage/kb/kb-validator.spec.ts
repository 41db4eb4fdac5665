import * as fs from 'node:fs';
import * as path from 'node:path';
import { symptomInitials } from '../../../../../scripts/triage/pinyin-initials';
import { validateKnowledgeBase } from './kb-validator';
import { findTriageDataRoot, loadBundledKnowledgeBase, type KnowledgeBase } from './knowledge-base';

const DEMO = ['CARD', 'RESP', 'GAST', 'NEUR', 'ENDO', 'ORTH', 'GSUR', 'GYNE', 'PAED', 'OPHT', 'DERM', 'ENT'];
const bundled = loadBundledKnowledgeBase();
const copy = (): KnowledgeBase => JSON.parse(JSON.stringify(bundled)) as KnowledgeBase;

describe('the bundled knowledge base (R18)', () => {
  it('is valid against the demo hospital and large enough: ≥ 150 symptoms, ≥ 40 red flags', () => {
    expect(validateKnowledgeBase(bundled, DEMO)).toEqual([]);
    expect(bundled.symptoms.length).toBeGreaterThanOrEqual(150);
    expect(bundled.redFlags.length).toBeGreaterThanOrEqual(40);
  });

  it('routes to every department of the demo hospital', () => {
    const reached = new Set(bundled.hospital.map.flatMap((m) => m.departments));
    expect(DEMO.filter((d) => !reached.has(d))).toEqual([]);
  });

  it('carries pinyin initials that match the authoring dictionary (npm run triage:pinyin)', () => {
    const stale = bundled.symptoms.filter(
      (s) => JSON.stringify(s.initials) !== JSON.stringify(symptomInitials(s)),
    );
    expect(stale.map((s) => s.code)).toEqual([]);
  });

  it('cites a source for every rule, red flag and specialty', () => {
    const ids = new Set(bundled.sources.map((s) => s.id));
    const uncited = [...bundled.rules, ...bundled.redFlags, ...bundled.specialties].filter(
      (x) => !ids.has(x.source),
    );
    expect(uncited).toEqual([]);
    expect(fs.existsSync(path.join(findTriageDataRoot(), 'v1', 'manifest.json'))).toBe(true);
  });
});

describe('validateKnowledgeBase', () => {
  it('refuses a department the hospital does not have, or has closed', () => {
    expect(
      validateKnowledgeBase(
        bundled,
        DEMO.filter((d) => d !== 'DERM'),
      ),
    ).toEqual(['hospital.departments: DERM is not an active department of the hospital']);
  });

  it('refuses a specialty that maps to no department (only general medicine may use the guidance desk)', () => {
    const kb = copy();
    kb.hospital.map.find((m) => m.specialty === 'ENT')!.departments = [];
    expect(validateKnowledgeBase(kb, DEMO)).toContain(
      'hospital.map.ENT: maps to no department (only GENERAL_MEDICINE may go to the guidance desk)',
    );
    const unmapped = copy();
    unmapped.hospital.map = unmapped.hospital.map.filter((m) => m.specialty !== 'UROLOGY');
    expect(validateKnowledgeBase(unmapped, DEMO)).toContain(
      'hospital.map: specialty UROLOGY is not mapped to a department',
    );
  });

  it('refuses an unreachable symptom: on no body part, or leading nowhere', () => {
    const hidden = copy();
    hidden.symptoms.find((s) => s.code === 'TINNITUS')!.regions = ['BREAST'];
    hidden.symptoms.find((s) => s.code === 'TINNITUS')!.population = 'CHILD';
    expect(validateKnowledgeBase(hidden, DEMO)).toContain(
      "symptoms.TINNITUS: unreachable (no patient's body map offers it)",
    );
    const orphan = copy();
    orphan.rules = orphan.rules.filter((r) => !r.symptoms.includes('SNORING'));
    expect(validateKnowledgeBase(orphan, DEMO)).toContain(
      'symptoms.SNORING: leads nowhere for ADULT_MALE (M, 40)',
    );
  });

  it('refuses dangling references and bad values', () => {
    const kb = copy();
    kb.rules[0].symptoms = ['NO_SUCH_SYMPTOM'];
    kb.rules[1].source = 'NOWHERE';
    kb.redFlags[0].action = 'PANIC' as never;
    kb.regions[1].parent = 'NO_REGION';
    const problems = validateKnowledgeBase(kb, DEMO);
    expect(problems).toEqual(
      expect.arrayContaining([
        `rules.${kb.rules[0].id}: symptoms must be known symptom codes`,
        `rules.${kb.rules[1].id}: source NOWHERE is not in sources`,
        `redFlags.${kb.redFlags[0].code}: action is CALL_120, GO_TO_ED, SEEN_WITHIN_24H`,
        `regions.${kb.regions[1].code}: unknown parent`,
      ]),
    );
    expect(validateKnowledgeBase('not a knowledge base')).toEqual([
      'the knowledge base must be a JSON object',
    ]);
    expect(validateKnowledgeBase({ ...copy(), symptoms: 'x' })).toContain('symptoms: an array of objects');
  });
});
