/** Display forms that never reveal a full identifier (STYLE 10). */

/** 110105********002X → first 3 and last 4 kept. */
export function maskNationalId(id: string): string {
  if (id.length <= 7) return '*'.repeat(id.length);
  return id.slice(0, 3) + '*'.repeat(id.length - 7) + id.slice(-4);
}

/** 138****5678 */
export function maskMobile(mobile: string): string {
  if (mobile.length < 7) return '*'.repeat(mobile.length);
  return mobile.slice(0, 3) + '*'.repeat(mobile.length - 7) + mobile.slice(-4);
}

/** Card numbers: only the last 4 kept. */
export function maskCardNumber(card: string): string {
  if (card.length <= 4) return '*'.repeat(card.length);
  return '*'.repeat(card.length - 4) + card.slice(-4);
}

/** 张三 → 张*, 欧阳娜娜 → 欧**娜; outside channels see names only like this. */
export function maskName(name: string): string {
  const chars = Array.from(name);
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return chars[0] + '*';
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1];
}

const NATIONAL_ID_IN_TEXT = /(?<![0-9])(\d{6})(\d{8})(\d{3}[\dXx])(?![0-9A-Za-z])/g;
const MOBILE_IN_TEXT = /(?<![0-9])(1[3-9]\d)(\d{4})(\d{4})(?![0-9])/g;

/**
 * Last line of defence for log lines: anything shaped like a national ID or a mobile number
 * is masked, whatever field it sits in.
 */
export function scrubPersonalData(text: string): string {
  return text
    .replace(
      NATIONAL_ID_IN_TEXT,
      (_m, a: string, _b: string, c: string) => `${a.slice(0, 3)}***********${c.slice(-4)}`,
    )
    .replace(MOBILE_IN_TEXT, (_m, a: string, _b: string, c: string) => `${a}****${c}`);
}

/** ASCII and full-width digits. */
const D = '[0-9\\uFF10-\\uFF19]';
/**
 * A run of at least 11 digits — a mobile (11), an old or new national ID (15, 18) — that may be
 * written with single spaces or hyphens between digits and may end in the ID's check letter X.
 */
const DIGIT_RUN = new RegExp(
  `(?<!${D}|[ \\-\\u3000]${D})${D}(?:[ \\-\\u3000]?${D}){10,}(?:[ \\-]?[Xx\\uFF38\\uFF58])?(?!${D})`,
  'g',
);

/**
 * Free text a person typed (a cancellation, suspension or lift reason) is stored in several
 * places — the record, the audit log, notification payloads. Anything in it shaped like a mobile
 * or an ID number is masked before it is stored: the first 3 and last 4 digits kept, the rest
 * starred, separators kept (R20, STYLE 10).
 */
export function maskDigitRuns(text: string): string {
  return text.replace(DIGIT_RUN, (run) => {
    const chars = Array.from(run);
    const digits = chars.flatMap((c, i) => (/[\s-]/.test(c) ? [] : [i]));
    const starred = new Set(digits.slice(3, -4));
    return chars.map((c, i) => (starred.has(i) ? '*' : c)).join('');
  });
}
