import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TriageDuration, TriageRedFlagAction, TriageSex, TriageView } from '@app/contracts';

/**
 * The triage knowledge base (R18): one version = the clinical content (body regions, symptoms,
 * red flags, routing rules with their sources) plus the hospital's own mapping of specialties to
 * its departments (docs/decisions/020-triage-knowledge-base.md). Authored as data files under
 * data/triage/v<N>/, published into the database as one JSON document.
 */
export type Population = 'ALL' | 'ADULT' | 'CHILD';

export interface KbSource {
  id: string;
  publisher: string;
  title: string;
  url: string | null;
}

export interface KbRegion {
  code: string;
  name: string;
  parent: string | null;
  views: TriageView[];
  sex?: TriageSex;
}

export interface KbSpecialty {
  code: string;
  name: string;
  population: Population;
  sex?: TriageSex;
  /** Where an adult-only specialty's patients go when they are children (儿科). */
  forChildren?: string;
  /** Where a children-only specialty's patients go when they are adults. */
  forAdults?: string;
  source: string;
}

export interface KbSymptom {
  code: string;
  name: string;
  synonyms: string[];
  /** Pinyin initials of the name and each synonym, generated at authoring time. */
  initials: string[];
  regions: string[];
  /** Listed under every body part (说不清哪里不舒服). */
  anyRegion?: boolean;
  askDuration?: boolean;
  askPregnancy?: boolean;
  /** Choosing it says the patient is pregnant (产检). */
  impliesPregnancy?: boolean;
  sex?: TriageSex;
  population?: Exclude<Population, 'ALL'>;
}

export interface KbRedFlag {
  code: string;
  /** null for an automatic red flag (triggered by the symptom and the patient, no question). */
  question: string | null;
  auto?: boolean;
  action: TriageRedFlagAction;
  advice: string;
  /** Asked when any of these symptoms is chosen. */
  symptoms: string[];
  population?: Exclude<Population, 'ALL'>;
  sex?: TriageSex;
  /** Age in whole months (total), inclusive. */
  minAgeMonths?: number;
  maxAgeMonths?: number;
  /** Only for a woman of childbearing age. */
  fertile?: boolean;
  /** Only when she is or may be pregnant (not answered "no"). */
  pregnant?: boolean;
  source: string;
}

export interface KbRule {
  id: string;
  /** Matches when any of these is chosen … */
  symptoms: string[];
  /** … and all of these too. */
  all?: string[];
  durations?: TriageDuration[];
  population?: Exclude<Population, 'ALL'>;
  sex?: TriageSex;
  pregnant?: boolean;
  specialty: string;
  /** 1–100: how strongly the symptom points to the specialty. */
  priority: number;
  /** Doctor specialties (free text in the catalogue) this complaint is best seen by. */
  focus?: string[];
  rationale: string;
  source: string;
}

export interface KbHospital {
  name: string;
  guidanceDesk: { name: string; location: string };
  departments: { code: string; population: Population; sex?: TriageSex }[];
  map: { specialty: string; departments: string[]; guidanceDesk?: boolean; note?: string }[];
}

export interface KnowledgeBase {
  version: string;
  label: string;
  pregnancyAge: { min: number; max: number };
  disclaimer: string;
  sources: KbSource[];
  regions: KbRegion[];
  specialties: KbSpecialty[];
  symptoms: KbSymptom[];
  redFlags: KbRedFlag[];
  rules: KbRule[];
  hospital: KbHospital;
}

const FILES = {
  sources: 'sources.json',
  regions: 'regions.json',
  specialties: 'specialties.json',
  symptoms: 'symptoms.json',
  redFlags: 'red-flags.json',
  rules: 'rules.json',
  hospital: 'hospital.json',
} as const;

/** data/triage, found by walking up from here (source tree, dist/ and the container alike). */
export function findTriageDataRoot(start = __dirname): string {
  let dir = start;
  for (;;) {
    const candidate = path.join(dir, 'data', 'triage');
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`data/triage not found above ${start}`);
    dir = parent;
  }
}

/** The newest bundled version (data/triage/v<N> with the highest N). */
export function latestBundledVersion(root = findTriageDataRoot()): string {
  const versions = fs
    .readdirSync(root)
    .filter((d) => /^v\d+$/.test(d))
    .sort((a, b) => Number(b.slice(1)) - Number(a.slice(1)));
  if (!versions.length) throw new Error(`no knowledge base under ${root}`);
  return versions[0];
}

/** One bundled version as the document that is published (manifest fields first). */
export function loadBundledKnowledgeBase(folder?: string, root = findTriageDataRoot()): KnowledgeBase {
  const dir = path.join(root, folder ?? latestBundledVersion(root));
  const read = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  const manifest = read('manifest.json') as Pick<
    KnowledgeBase,
    'version' | 'label' | 'pregnancyAge' | 'disclaimer'
  >;
  return {
    version: manifest.version,
    label: manifest.label,
    pregnancyAge: manifest.pregnancyAge,
    disclaimer: manifest.disclaimer,
    sources: read(FILES.sources) as KbSource[],
    regions: read(FILES.regions) as KbRegion[],
    specialties: read(FILES.specialties) as KbSpecialty[],
    symptoms: read(FILES.symptoms) as KbSymptom[],
    redFlags: read(FILES.redFlags) as KbRedFlag[],
    rules: read(FILES.rules) as KbRule[],
    hospital: read(FILES.hospital) as KbHospital,
  };
}

/** The stored form: compact JSON, and its SHA-256 (a re-publish of the same text is a no-op). */
export function serializeKnowledgeBase(kb: KnowledgeBase): { content: string; checksum: string } {
  const content = JSON.stringify(kb);
  return { content, checksum: createHash('sha256').update(content).digest('hex') };
}
