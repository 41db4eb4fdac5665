import { DomainError } from '@app/common';
import { loadBundledKnowledgeBase, type KnowledgeBase } from '../kb/knowledge-base';
import { TriageEngine, type TriageInput } from './triage-engine';

const kb = loadBundledKnowledgeBase();
const engine = new TriageEngine(kb);
const adult = { sex: 'M' as const, ageYears: 40, paediatricAge: 14 };
const woman = { sex: 'F' as const, ageYears: 28, paediatricAge: 14 };

/** Assess with every red-flag question answered: yes to `present`, no to the rest. */
const assess = (input: TriageInput, present: string[] = [], e = engine) =>
  e.assess(
    input,
    e.questions(input).redFlags.map((f) => ({ code: f.code, present: present.includes(f.code) })),
  );

describe('TriageEngine (R18)', () => {
  it('an emergency answer stops booking: no suggestions, only what to do now', () => {
    const outcome = assess({ ...adult, symptoms: ['CHEST_PAIN'], duration: 'LT_1D' }, ['HEART_ATTACK']);
    expect(outcome).toMatchObject({ level: 'EMERGENCY', action: 'CALL_120', suggestions: [] });
    expect(outcome.instructions).toContain('120');
    const routine = assess({ ...adult, symptoms: ['CHEST_PAIN'], duration: 'LT_1D' });
    expect(routine.level).toBe('ROUTINE');
    expect(routine.suggestions[0]).toMatchObject({ department: 'CARD', target: 'DEPARTMENT' });
  });

  it('refuses an assessment that skips a red-flag question, naming the ones missing', () => {
    const input = { ...adult, symptoms: ['CHEST_PAIN'], duration: 'LT_1D' as const };
    const asked = engine.questions(input).redFlags.map((f) => f.code);
    expect(asked).toContain('HEART_ATTACK');
    let error: unknown;
    try {
      engine.assess(input, [{ code: asked[0], present: false }]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'TRIAGE_RED_FLAGS_UNANSWERED', extra: { missing: asked.slice(1) } });
  });

  it('a red flag to be seen within 24 hours is URGENT and still suggests where', () => {
    const outcome = assess({ ...woman, symptoms: ['DYSURIA'] }, ['KIDNEY_INFECTION']);
    expect(outcome).toMatchObject({ level: 'URGENT', action: 'SEEN_WITHIN_24H' });
    expect(outcome.suggestions.length).toBeGreaterThan(0);
  });

  it('an automatic red flag needs no question: an infant under three months with fever goes to the ED', () => {
    const infant = { sex: 'F' as const, ageYears: 0, ageMonths: 2, paediatricAge: 14 };
    expect(engine.questions({ ...infant, symptoms: ['FEVER'] }).redFlags.map((f) => f.code)).not.toContain(
      'YOUNG_INFANT_FEVER',
    );
    const outcome = assess({ ...infant, symptoms: ['FEVER'], duration: 'LT_1D' });
    expect(outcome).toMatchObject({ level: 'EMERGENCY', action: 'GO_TO_ED' });
    expect(outcome.redFlags.map((f) => f.code)).toContain('YOUNG_INFANT_FEVER');
    const older = assess({ ...infant, ageMonths: 7, symptoms: ['FEVER'], duration: 'LT_1D' });
    expect(older.level).toBe('ROUTINE');
  });

  it('children go to paediatrics for adult-only specialties; the paediatric age is a setting', () => {
    const child = { sex: 'M' as const, ageYears: 13, paediatricAge: 14, symptoms: ['CHEST_TIGHTNESS'] };
    const asChild = assess({ ...child, duration: 'D4_7' });
    expect(asChild.suggestions.map((s) => s.department)).toEqual(['PAED']);
    expect(asChild.suggestions[0].reasons[0].text).toContain('14岁以下');
    const asAdult = assess({ ...child, paediatricAge: 13, duration: 'D4_7' });
    expect(asAdult.suggestions[0].department).toBe('CARD');
  });

  it('offers sex-specific symptoms only to that sex, and never a women-only department to a man', () => {
    expect(() => assess({ ...adult, symptoms: ['ABNORMAL_BLEEDING'] })).toThrow(
      expect.objectContaining({ code: 'TRIAGE_UNKNOWN_SYMPTOM' }),
    );
    const pain = assess({ ...adult, symptoms: ['LOWER_ABDO_PAIN'], duration: 'D1_3' });
    expect(pain.suggestions.map((s) => s.department)).not.toContain('GYNE');
    const hers = assess({ ...woman, symptoms: ['LOWER_ABDO_PAIN'], duration: 'D1_3', pregnant: false });
    expect(hers.suggestions[0].department).toBe('GYNE');
  });

  it('asks pregnancy only of a woman of childbearing age, and routes a pregnant woman to obstetrics', () => {
    const input = { ...woman, symptoms: ['LOWER_ABDO_PAIN'] };
    expect(engine.questions(input).asksPregnancy).toBe(true);
    expect(engine.questions({ ...input, ageYears: 70 }).asksPregnancy).toBe(false);
    expect(engine.questions({ ...adult, symptoms: ['LOWER_ABDO_PAIN'] }).asksPregnancy).toBe(false);
    const pregnant = assess({ ...input, duration: 'D1_3', pregnant: true });
    expect(pregnant.suggestions[0].specialty.code).toBe('OBSTETRICS');
    // 产检 says she is pregnant: the question is not asked, the pregnancy red flags are.
    const care = engine.questions({ ...woman, symptoms: ['PREGNANCY_CARE'] });
    expect(care.asksPregnancy).toBe(false);
    expect(care.redFlags.map((f) => f.code)).toEqual(expect.arrayContaining(['PREGNANCY_BLEEDING']));
  });

  it('"not sure" goes to the guidance desk (no general medicine here), or to paediatrics for a child', () => {
    const desk = assess({ ...adult, symptoms: ['UNSURE'] });
    expect(desk).toMatchObject({ level: 'ROUTINE', action: 'GUIDANCE_DESK' });
    expect(desk.suggestions[0]).toMatchObject({ target: 'GUIDANCE_DESK', department: null });
    expect(desk.instructions).toContain(kb.hospital.guidanceDesk.name);
    const child = assess({ ...adult, ageYears: 5, symptoms: ['UNSURE'] });
    expect(child.suggestions[0].department).toBe('PAED');
  });

  it('a specialty that explains several complaints outranks one that explains one', () => {
    const chest = assess({ ...adult, symptoms: ['CHEST_PAIN'], duration: 'D4_7' });
    expect(chest.suggestions[0].department).toBe('CARD');
    const withCough = assess({ ...adult, symptoms: ['CHEST_PAIN', 'COUGH'], duration: 'D4_7' });
    expect(withCough.suggestions[0].department).toBe('RESP');
    // Duration is a modifier: a nose blocked for weeks is ENT's, a fresh cold respiratory's.
    const cold = assess({ ...adult, symptoms: ['RUNNY_NOSE'], duration: 'D1_3' });
    const chronic = assess({ ...adult, symptoms: ['RUNNY_NOSE'], duration: 'GT_1M' });
    expect([cold.suggestions[0].department, chronic.suggestions[0].department]).toEqual(['RESP', 'ENT']);
  });

  it("maps specialties to the hospital's own departments, with the hospital's note", () => {
    const stone = assess({ ...adult, symptoms: ['FLANK_PAIN'] });
    expect(stone.suggestions[0]).toMatchObject({ department: 'GSUR', specialty: { code: 'UROLOGY' } });
    expect(stone.suggestions[0].note).toContain('泌尿外科');
    // Another hospital with a urology department sends the same patient there.
    const other: KnowledgeBase = JSON.parse(JSON.stringify(kb));
    other.hospital.departments.push({ code: 'URO', population: 'ADULT' });
    other.hospital.map.find((m) => m.specialty === 'UROLOGY')!.departments = ['URO'];
    expect(
      assess({ ...adult, symptoms: ['FLANK_PAIN'] }, [], new TriageEngine(other)).suggestions[0].department,
    ).toBe('URO');
  });

  it('lists body parts per view and finds symptoms by name, synonym, pinyin initials or a typed phrase', () => {
    const man = engine.catalog.bodyParts(adult).flatMap((p) => [p.code, ...p.children.map((c) => c.code)]);
    const girl = engine.catalog
      .bodyParts({ sex: 'F', ageYears: 6, paediatricAge: 14 })
      .flatMap((p) => [p.code, ...p.children.map((c) => c.code)]);
    expect(man).toEqual(expect.arrayContaining(['MALE_GENITAL', 'BREAST']));
    expect(man).not.toContain('FEMALE_GENITAL');
    expect(girl).toContain('FEMALE_GENITAL');
    expect(girl).not.toContain('BREAST');
    const find = (q: string) => engine.catalog.search(q, adult).map((h) => [h.symptom.code, h.matchedBy]);
    expect(find('头痛')[0]).toEqual(['HEADACHE', 'NAME']);
    expect(find('拉肚子')[0]).toEqual(['DIARRHOEA', 'SYNONYM']);
    expect(find('TT')[0]).toEqual(['HEADACHE', 'PINYIN']);
    expect(find('我这两天胸口闷得慌')[0]).toEqual(['CHEST_TIGHTNESS', 'NAME']);
    expect(find('痛经')).toEqual([]); // not for a man
    expect(engine.catalog.symptomsIn('FEMALE_GENITAL', adult)).toBeNull();
    const under = engine.catalog.symptomsIn('HEAD', adult)!.map((s) => s.code);
    expect(under).toEqual(expect.arrayContaining(['HEADACHE', 'EYE_RED', 'TOOTHACHE']));
    expect(under[under.length - 1]).toBe('UNSURE');
  });
});
