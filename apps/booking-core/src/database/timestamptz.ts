import { types } from 'pg';

const TIMESTAMPTZ_OID = 1184;
const pgDefault = types.getTypeParser(TIMESTAMPTZ_OID) as (text: string) => Date;

const digit = (text: string, i: number): number => {
  const d = text.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : NaN;
};
const two = (text: string, i: number): number => digit(text, i) * 10 + digit(text, i + 1);

/**
 * PostgreSQL's text form of a timestamptz (DateStyle ISO), e.g. `2026-12-04 07:00:00+08` or
 * `2026-12-04 07:00:00.123456+05:30`, read by position instead of by pg's regular expressions:
 * a session's numbers carry 800 of them, and the default parser was a tenth of the core's time on
 * that read (decision 038). Anything of another shape — BC dates, years beyond 9999, infinity, an
 * offset with seconds — goes to pg's own parser, which the unit test takes as the reference.
 */
export function parseTimestamptz(text: string): Date {
  const n = text.length;
  if (n < 22 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 32)
    return pgDefault(text);
  const year = two(text, 0) * 100 + two(text, 2);
  const month = two(text, 5);
  const day = two(text, 8);
  const hour = two(text, 11);
  const minute = two(text, 14);
  const second = two(text, 17);
  if (text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return pgDefault(text);
  let i = 19;
  let ms = 0;
  if (text.charCodeAt(i) === 46) {
    // Fractional seconds, truncated to milliseconds as pg's parser does.
    let scale = 100;
    i++;
    while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) {
      ms += digit(text, i) * scale;
      scale /= 10;
      i++;
    }
    ms = Math.floor(ms);
  }
  const sign = text.charCodeAt(i);
  if (sign !== 43 && sign !== 45) return pgDefault(text);
  let offset = two(text, i + 1) * 60;
  if (n === i + 6 && text.charCodeAt(i + 3) === 58) offset += two(text, i + 4);
  else if (n !== i + 3) return pgDefault(text);
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  // Date.UTC reads years 0–99 as 1900–1999; NaN means a character was not a digit.
  if (year < 100 || Number.isNaN(utc) || Number.isNaN(offset)) return pgDefault(text);
  return new Date(utc - (sign === 45 ? -offset : offset) * 60_000);
}

/** Installs parseTimestamptz for every pg connection of this process (PostgreSQL and PGlite). */
export function installTimestamptzParser(): void {
  types.setTypeParser(TIMESTAMPTZ_OID, parseTimestamptz);
}

/** pg's own parser, for the unit test's comparison. */
export const pgDefaultTimestamptzParser = pgDefault;
