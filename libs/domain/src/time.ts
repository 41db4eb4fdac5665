/**
 * Hospital-local calendar arithmetic. Instants are stored with time zone; the calendar day a
 * session belongs to is the hospital's (HOSPITAL_TZ), never the server's.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(tz: string): Intl.DateTimeFormat {
  let f = dateFormats.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone: tz,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    dateFormats.set(tz, f);
  }
  return f;
}

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

function parts(instant: Date, tz: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of dateFormat(tz).formatToParts(instant)) out[p.type] = p.value;
  return out;
}

/** The hospital-local calendar date of an instant, as YYYY-MM-DD. */
export function localDate(instant: Date, tz: string): string {
  const p = parts(instant, tz);
  return `${p.year}-${p.month}-${p.day}`;
}

/** Offset of the zone at that instant, in minutes east of UTC. */
export function offsetMinutes(instant: Date, tz: string): number {
  let f = offsetFormats.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'longOffset' });
    offsetFormats.set(tz, f);
  }
  const name = f.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

const OFFSET_BUCKET_MS = 15 * 60_000;
/** Per zone: the offset of each 15-minute bucket seen (zone rules change offsets only on quarter hours). */
const offsetCache = new Map<string, Map<number, number>>();

/**
 * The zone's offset at an instant, cached per 15-minute bucket, so formatting the many instants of
 * a response (a session's 400 numbers) costs arithmetic, not Intl.
 */
function cachedOffsetMinutes(ms: number, tz: string): number {
  let zone = offsetCache.get(tz);
  if (!zone) {
    zone = new Map();
    offsetCache.set(tz, zone);
  }
  const bucket = Math.floor(ms / OFFSET_BUCKET_MS);
  let off = zone.get(bucket);
  if (off === undefined) {
    off = offsetMinutes(new Date(ms), tz);
    if (zone.size > 10_000) zone.clear();
    zone.set(bucket, off);
  }
  return off;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const offsetSuffixes = new Map<number, string>();

/** +08:00 for 480, -03:30 for -210. */
function offsetSuffix(off: number): string {
  let suffix = offsetSuffixes.get(off);
  if (suffix === undefined) {
    const abs = Math.abs(off);
    suffix = `${off < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
    offsetSuffixes.set(off, suffix);
  }
  return suffix;
}

/** ISO 8601 with the hospital's offset, e.g. 2026-11-27T08:30:00+08:00 — what partners show patients. */
export function formatLocalInstant(instant: Date, tz: string): string {
  const ms = instant.getTime();
  const off = cachedOffsetMinutes(ms, tz);
  const local = new Date(ms + off * 60_000);
  // toISOString is YYYY-MM-DDTHH:MM:SS.sssZ for the years 0–9999; other years are written out.
  const year = local.getUTCFullYear();
  if (year >= 0 && year <= 9999) return local.toISOString().slice(0, 19) + offsetSuffix(off);
  return (
    `${pad(year, 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    offsetSuffix(off)
  );
}

/** The instant of a hospital-local wall-clock time (date YYYY-MM-DD, time HH:MM[:SS]). */
export function localToInstant(date: string, time: string, tz: string): Date {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi, s] = time.split(':').map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi, s || 0);
  let guess = wall - offsetMinutes(new Date(wall), tz) * 60_000;
  guess = wall - offsetMinutes(new Date(guess), tz) * 60_000;
  return new Date(guess);
}

/** Calendar arithmetic on YYYY-MM-DD strings. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
