/** Mainland mobile number: 11 digits starting 13–19; +86 / 0086 prefix, spaces and dashes allowed. */
export function parseMobile(raw: string): string | null {
  const digits = raw.replace(/[\s-]/g, '').replace(/^(\+86|0086|86)(?=1\d{10}$)/, '');
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null;
}

/** Hospital card (就诊卡) and social security card numbers: 6–32 letters and digits. */
export function parseCardNumber(raw: string): string | null {
  const value = raw.replace(/\s/g, '').toUpperCase();
  return /^[A-Z0-9]{6,32}$/.test(value) ? value : null;
}

const DOT_VARIANTS = /[\u2022\u2027\u30FB\uFF65\u00B7\u2219\u22C5]/g;

/**
 * Names are compared in normalised form (R6): NFKC folds full-width letters to half-width,
 * every kind of space is removed, and the separator dots of minority names become "·".
 */
export function normalizeName(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/gu, '').replace(DOT_VARIANTS, '\u00B7').toUpperCase();
}

/** 1–40 letters (any script) and the name dot; no digits or punctuation. */
export function isPlausibleName(normalized: string): boolean {
  return /^[\p{L}\p{M}\u00B7]{1,40}$/u.test(normalized) && !/^\u00B7|\u00B7$/.test(normalized);
}
