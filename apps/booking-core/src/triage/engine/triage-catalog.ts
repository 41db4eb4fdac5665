import type { TriageBodyPart, TriageSex, TriageView } from '@app/contracts';
import type { KbRegion, KbSymptom, KnowledgeBase, Population } from '../kb/knowledge-base';

/** Who is asking: age (years + months) and sex; the paediatric age comes from the setting. */
export interface TriagePatient {
  ageYears: number;
  ageMonths?: number;
  sex: TriageSex;
  /** Patients younger than this many years are children (儿科). */
  paediatricAge: number;
}

export const totalMonths = (p: TriagePatient): number => p.ageYears * 12 + (p.ageMonths ?? 0);
export const isChild = (p: TriagePatient): boolean => totalMonths(p) < p.paediatricAge * 12;
export const viewOf = (p: TriagePatient): TriageView =>
  isChild(p) ? 'CHILD' : p.sex === 'M' ? 'ADULT_MALE' : 'ADULT_FEMALE';

export const fitsPopulation = (population: Population | undefined, child: boolean): boolean =>
  !population || population === 'ALL' || (population === 'CHILD') === child;

export interface SearchHit {
  symptom: KbSymptom;
  matchedBy: 'NAME' | 'SYNONYM' | 'PINYIN';
  score: number;
}

/**
 * The navigable part of a knowledge base: which body parts a patient sees on the body map, the
 * symptoms under each, and search by Chinese name, synonym or pinyin initials (most people start
 * with the search box). Built once per published version.
 */
export class TriageCatalog {
  readonly symptoms = new Map<string, KbSymptom>();
  private readonly regions = new Map<string, KbRegion>();
  private readonly children = new Map<string | null, KbRegion[]>();

  constructor(readonly kb: KnowledgeBase) {
    for (const s of kb.symptoms) this.symptoms.set(s.code, s);
    for (const r of kb.regions) {
      this.regions.set(r.code, r);
      const siblings = this.children.get(r.parent) ?? [];
      siblings.push(r);
      this.children.set(r.parent, siblings);
    }
  }

  regionVisible(region: KbRegion, p: TriagePatient): boolean {
    return region.views.includes(viewOf(p)) && (!region.sex || region.sex === p.sex);
  }

  /** A symptom this patient can be offered: their sex and age group, on a body part they see. */
  symptomVisible(s: KbSymptom, p: TriagePatient): boolean {
    if (s.sex && s.sex !== p.sex) return false;
    if (!fitsPopulation(s.population, isChild(p))) return false;
    if (s.anyRegion) return true;
    return s.regions.some((code) => {
      const region = this.regions.get(code);
      return region !== undefined && this.regionVisible(region, p);
    });
  }

  /** The body map for this patient: visible regions that hold at least one visible symptom. */
  bodyParts(p: TriagePatient): TriageBodyPart[] {
    const build = (parent: string | null): TriageBodyPart[] =>
      (this.children.get(parent) ?? [])
        .filter((r) => this.regionVisible(r, p))
        .map((r) => ({ code: r.code, name: r.name, children: build(r.code) }))
        .filter((part) => part.children.length > 0 || this.ownSymptoms(part.code, p).length > 0);
    return build(null);
  }

  /** The region and its sub-regions, if this patient can see it. */
  regionCodes(code: string, p: TriagePatient): Set<string> | null {
    const region = this.regions.get(code);
    if (!region || !this.regionVisible(region, p)) return null;
    const codes = new Set<string>();
    const walk = (r: KbRegion): void => {
      codes.add(r.code);
      for (const child of this.children.get(r.code) ?? []) if (this.regionVisible(child, p)) walk(child);
    };
    walk(region);
    return codes;
  }

  /** Symptoms under a body part (and its sub-parts), then the ones listed everywhere ("not sure"). */
  symptomsIn(code: string, p: TriagePatient): KbSymptom[] | null {
    const codes = this.regionCodes(code, p);
    if (!codes) return null;
    const inRegion = this.kb.symptoms.filter(
      (s) => !s.anyRegion && s.regions.some((r) => codes.has(r)) && this.symptomVisible(s, p),
    );
    return [...inRegion, ...this.kb.symptoms.filter((s) => s.anyRegion && this.symptomVisible(s, p))];
  }

  /**
   * Search: Chinese text matches names and synonyms (exactly, as a prefix, inside, or contained in
   * a longer phrase the patient typed: "我头痛得厉害" finds 头痛); Latin letters match the pinyin
   * initials ("tt" → 头痛). Best first.
   */
  search(query: string, p: TriagePatient, limit = 10): SearchHit[] {
    const q = query.trim().toLowerCase().replace(/\s+/g, '');
    if (!q) return [];
    const pinyin = /^[a-z]+$/.test(q);
    const hits: SearchHit[] = [];
    for (const s of this.kb.symptoms) {
      if (!this.symptomVisible(s, p)) continue;
      const hit = pinyin ? scorePinyin(s, q) : scoreText(s, q);
      if (hit) hits.push({ symptom: s, ...hit });
    }
    return hits
      .sort((a, b) => b.score - a.score || a.symptom.name.length - b.symptom.name.length)
      .slice(0, limit);
  }

  private ownSymptoms(code: string, p: TriagePatient): KbSymptom[] {
    return this.kb.symptoms.filter(
      (s) => !s.anyRegion && s.regions.includes(code) && this.symptomVisible(s, p),
    );
  }
}

function scoreText(s: KbSymptom, q: string): Omit<SearchHit, 'symptom'> | null {
  if (s.name === q) return { matchedBy: 'NAME', score: 100 };
  if (s.synonyms.includes(q)) return { matchedBy: 'SYNONYM', score: 90 };
  if (s.name.startsWith(q)) return { matchedBy: 'NAME', score: 80 };
  if (s.synonyms.some((w) => w.startsWith(q))) return { matchedBy: 'SYNONYM', score: 70 };
  if (s.name.includes(q)) return { matchedBy: 'NAME', score: 60 };
  if (s.synonyms.some((w) => w.includes(q))) return { matchedBy: 'SYNONYM', score: 50 };
  // A phrase the patient typed that contains the name or a synonym (two characters at least).
  if (s.name.length >= 2 && q.includes(s.name)) return { matchedBy: 'NAME', score: 40 + s.name.length };
  const inside = s.synonyms.filter((w) => w.length >= 2 && q.includes(w));
  if (inside.length) return { matchedBy: 'SYNONYM', score: 30 + Math.max(...inside.map((w) => w.length)) };
  // Loosely typed: the name's characters in order within the phrase (胸口闷 → 胸闷), or the query's
  // within a synonym (眼睛干 → 眼睛干涩 is a prefix, 头有点痛 → 头痛).
  if (s.name.length >= 2 && isSubsequence(s.name, q)) return { matchedBy: 'NAME', score: 20 + s.name.length };
  const loose = s.synonyms.filter((w) => w.length >= 2 && isSubsequence(w, q));
  if (loose.length) return { matchedBy: 'SYNONYM', score: 10 + Math.max(...loose.map((w) => w.length)) };
  return null;
}

/** Whether every character of `needle` occurs in `haystack`, in order. */
function isSubsequence(needle: string, haystack: string): boolean {
  let i = 0;
  for (const c of haystack) if (c === needle[i]) i++;
  return i === needle.length;
}

function scorePinyin(s: KbSymptom, q: string): Omit<SearchHit, 'symptom'> | null {
  const [name, ...synonyms] = s.initials;
  if (name === q) return { matchedBy: 'PINYIN', score: 100 };
  if (synonyms.includes(q)) return { matchedBy: 'PINYIN', score: 90 };
  if (name?.startsWith(q)) return { matchedBy: 'PINYIN', score: 80 };
  if (synonyms.some((w) => w.startsWith(q))) return { matchedBy: 'PINYIN', score: 70 };
  return null;
}
