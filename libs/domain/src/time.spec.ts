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
