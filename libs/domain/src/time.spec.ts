import fc from 'fast-check';
import { addDays, formatLocalInstant, isIsoDate, localDate, localToInstant, offsetMinutes } from './time';

describe('hospital-local time', () => {
  const tz = 'Asia/Shanghai';

  it('gives the local date on either side of local midnight', () => {
    // 23:30 and 00:30 in Shanghai are 15:30 and 16:30 UTC on the same UTC day.
    expect(localDate(new Date('2026-11-26T15:30:00Z'), tz)).toBe('2026-11-26');
    expect(localDate(new Date('2026-11-26T16:30:00Z'), tz)).toBe('2026-11-27');
  });

  it('formats instants with the hospital offset', () => {
    expect(formatLocalInstant(new Date('2026-11-27T00:30:00Z'), tz)).toBe('2026-11-27T08:30:00+08:00');
    expect(offsetMinutes(new Date('2026-07-01T00:00:00Z'), 'America/New_York')).toBe(-240);
  });

  it('converts local wall time to an instant, across DST too', () => {
    expect(localToInstant('2026-11-27', '08:00', tz).toISOString()).toBe('2026-11-27T00:00:00.000Z');
    expect(localToInstant('2026-07-01', '08:00', 'America/New_York').toISOString()).toBe(
      '2026-07-01T12:00:00.000Z',
    );
    expect(localToInstant('2026-12-01', '08:00', 'America/New_York').toISOString()).toBe(
      '2026-12-01T13:00:00.000Z',
    );
  });

  it('does calendar arithmetic', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
  });
});

describe('formatLocalInstant across a daylight-saving change', () => {
  it('uses the offset in force at each instant', () => {
    // New York springs forward at 2026-03-08 02:00 local (07:00 UTC).
    expect(formatLocalInstant(new Date('2026-03-08T06:59:59Z'), 'America/New_York')).toBe(
      '2026-03-08T01:59:59-05:00',
    );
    expect(formatLocalInstant(new Date('2026-03-08T07:00:00Z'), 'America/New_York')).toBe(
      '2026-03-08T03:00:00-04:00',
    );
    expect(formatLocalInstant(new Date('2026-11-27T00:30:00.999Z'), 'Asia/Kolkata')).toBe(
      '2026-11-27T06:00:00+05:30',
    );
  });
});

describe('formatLocalInstant against Intl (decision 038: the fast path changes nothing)', () => {
  // The oracle is built from Intl here on purpose, not from time.ts's own formats.
  const reference = (instant: Date, tz: string): string => {
    const p: Record<string, string> = {};
    for (const part of new Intl.DateTimeFormat('en-CA', {
      timeZone: tz,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    }).formatToParts(instant))
      p[part.type] = part.value;
    const offset = p.timeZoneName === 'GMT' ? '+00:00' : p.timeZoneName.slice(3);
    return `${p.year.padStart(4, '0')}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${offset}`;
  };

  it('writes every instant as Intl does, in zones with and without daylight saving', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1990-01-01T00:00:00Z'),
          max: new Date('2100-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom('Asia/Shanghai', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC'),
        (instant, tz) => {
          expect(formatLocalInstant(instant, tz)).toBe(reference(instant, tz));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
