import type { Channel, DoctorTitle, Period } from './enums';

/**
 * R18 self-triage (自助导诊): navigation to a department, never a diagnosis
 * (docs/decisions/019-triage-is-navigation.md). Shapes of booking-core's triage API; the gateway
 * shows partners the same fields.
 */
export const TRIAGE_SEXES = ['M', 'F'] as const;
export type TriageSex = (typeof TRIAGE_SEXES)[number];

/** Body-map views (成人男性 / 成人女性 / 儿童); a child is younger than the paediatric-age setting. */
export const TRIAGE_VIEWS = ['ADULT_MALE', 'ADULT_FEMALE', 'CHILD'] as const;
export type TriageView = (typeof TRIAGE_VIEWS)[number];

/** How long the main complaint has lasted. */
export const TRIAGE_DURATIONS = ['LT_1D', 'D1_3', 'D4_7', 'W1_4', 'GT_1M'] as const;
export type TriageDuration = (typeof TRIAGE_DURATIONS)[number];
export const TRIAGE_DURATION_LABELS: Readonly<Record<TriageDuration, string>> = {
  LT_1D: '不到1天',
  D1_3: '1至3天',
  D4_7: '4至7天',
  W1_4: '1周至1个月',
  GT_1M: '1个月以上',
};

/** EMERGENCY: act now, nothing to book. URGENT: be seen within 24 h. ROUTINE: book. */
export const TRIAGE_LEVELS = ['EMERGENCY', 'URGENT', 'ROUTINE'] as const;
export type TriageLevel = (typeof TRIAGE_LEVELS)[number];

/** What a red flag tells the patient to do when it is present. */
export const TRIAGE_RED_FLAG_ACTIONS = ['CALL_120', 'GO_TO_ED', 'SEEN_WITHIN_24H'] as const;
export type TriageRedFlagAction = (typeof TRIAGE_RED_FLAG_ACTIONS)[number];

/** The outcome's instruction: the red flag's action, or book / go to the guidance desk. */
export const TRIAGE_ACTIONS = ['CALL_120', 'GO_TO_ED', 'SEEN_WITHIN_24H', 'BOOK', 'GUIDANCE_DESK'] as const;
export type TriageAction = (typeof TRIAGE_ACTIONS)[number];

export interface TriageBodyPart {
  code: string;
  name: string;
  children: TriageBodyPart[];
}

export interface TriageBodyPartsView {
  kbVersion: string;
  view: TriageView;
  bodyParts: TriageBodyPart[];
}

export interface TriageSymptomView {
  code: string;
  name: string;
  synonyms: string[];
  bodyParts: string[];
  /** The duration question follows when this symptom is chosen. */
  asksDuration: boolean;
  /** Search results: what matched (the name, a synonym or the pinyin initials). */
  matchedBy?: 'NAME' | 'SYNONYM' | 'PINYIN';
}

export interface TriageSymptomsView {
  kbVersion: string;
  symptoms: TriageSymptomView[];
}

export interface TriageRedFlagQuestion {
  code: string;
  question: string;
}

/** What to ask after the symptoms: duration, pregnancy, and the red-flag checklist. */
export interface TriageQuestionsView {
  kbVersion: string;
  asksDuration: boolean;
  durations: { code: TriageDuration; label: string }[];
  asksPregnancy: boolean;
  /** One checklist ("do any of these apply?"): each must be answered in the assessment. */
  redFlags: TriageRedFlagQuestion[];
}

export interface TriageRedFlagAnswer {
  code: string;
  present: boolean;
}

/** booking-core's POST /v1/triage/assessments. The gateway fills in channel and partnerId. */
export interface AssessTriageCommand {
  channel: Channel;
  partnerId?: string;
  ageYears: number;
  /** Extra months, for infants (0–11). */
  ageMonths?: number;
  sex: TriageSex;
  pregnant?: boolean;
  symptoms: string[];
  duration?: TriageDuration;
  redFlags: TriageRedFlagAnswer[];
}

export interface TriageSource {
  id: string;
  title: string;
  publisher: string;
  url: string | null;
}

export interface TriageReason {
  text: string;
  source: TriageSource;
}

export interface TriageTriggeredRedFlag {
  code: string;
  /** null: triggered by the answers themselves (an infant's fever, vomiting blood). */
  question: string | null;
  action: TriageRedFlagAction;
  advice: string;
  source: TriageSource;
}

export interface TriageSessionSuggestion {
  sessionId: number;
  date: string;
  period: Period;
  startsAt: string;
  endsAt: string;
  feeCents: number;
  /** Free numbers this channel can book now. */
  available: number;
}

export interface TriageDoctorSuggestion {
  id: number;
  name: string;
  title: DoctorTitle;
  specialties: string[];
  /** The doctor's specialties that match the complaint (listed first when any). */
  matchedSpecialties: string[];
  sessions: TriageSessionSuggestion[];
}

export interface TriageSuggestion {
  rank: number;
  target: 'DEPARTMENT' | 'GUIDANCE_DESK';
  specialty: { code: string; name: string };
  department: { id: number; code: string; name: string } | null;
  /** The guidance desk (导诊台) when target is GUIDANCE_DESK. */
  place: { name: string; location: string } | null;
  /** How the hospital maps this specialty (e.g. no urology department: general surgery sees it). */
  note: string | null;
  reasons: TriageReason[];
  doctors: TriageDoctorSuggestion[];
}

export interface TriageAssessmentView {
  id: number;
  kbVersion: string;
  assessedAt: string;
  level: TriageLevel;
  action: TriageAction;
  instructions: string;
  redFlags: TriageTriggeredRedFlag[];
  /** Empty when level is EMERGENCY: no booking, only what to do now. */
  suggestions: TriageSuggestion[];
  disclaimer: string;
}

export interface TriageKbVersionView {
  version: string;
  label: string;
  checksum: string;
  symptoms: number;
  redFlags: number;
  rules: number;
  publishedAt: string;
  publishedBy: string;
  current: boolean;
}

/** R17: triage use per channel, and how many assessments led to a booking within 24 h. */
export interface TriageUsageRow {
  channel: Channel;
  assessments: number;
  emergency: number;
  urgent: number;
  routine: number;
  bookedWithin24h: number;
}
