/**
 * Mainland resident identity card number (居民身份证号码), GB 11643-1999: 6-digit address
 * code, 8-digit birth date, 3-digit sequence, one check character from ISO 7064 MOD 11-2.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
/** First two digits: the province-level divisions, plus 71 (Taiwan), 81/82 (HK, Macao). */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61,
  62, 63, 64, 65, 71, 81, 82, 83, 91,
]);

export function nationalIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

export type NationalIdProblem = 'FORMAT' | 'REGION' | 'BIRTH_DATE' | 'CHECKSUM';

/** Normalises (trim, upper-case X) and validates; returns the canonical form or the problem. */
export function parseNationalId(
  raw: string,
  today: Date = new Date(),
): { ok: true; value: string; birthDate: string } | { ok: false; problem: NationalIdProblem } {
  const value = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, problem: 'FORMAT' };
  if (!PROVINCES.has(Number(value.slice(0, 2)))) return { ok: false, problem: 'REGION' };
  const y = Number(value.slice(6, 10));
  const m = Number(value.slice(10, 12));
  const d = Number(value.slice(12, 14));
  const birth = new Date(Date.UTC(y, m - 1, d));
  const real = birth.getUTCFullYear() === y && birth.getUTCMonth() === m - 1 && birth.getUTCDate() === d;
  if (!real || y < 1900 || birth.getTime() > today.getTime()) return { ok: false, problem: 'BIRTH_DATE' };
  if (nationalIdCheckChar(value) !== value[17]) return { ok: false, problem: 'CHECKSUM' };
  return { ok: true, value, birthDate: value.slice(6, 14).replace(/(\d{4})(\d{2})(\d{2})/, '$1-$2-$3') };
}

/** Builds a valid number from its parts (tests and demo data). */
export function buildNationalId(region: string, birthDate: string, sequence: number): string {
  const first17 = region + birthDate.replace(/-/g, '') + String(sequence).padStart(3, '0');
  return first17 + nationalIdCheckChar(first17);
}
