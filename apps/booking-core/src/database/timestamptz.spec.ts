import fc from 'fast-check';
import { parseTimestamptz, pgDefaultTimestamptzParser } from './timestamptz';

const same = (text: string) => {
  const fast = parseTimestamptz(text);
  const reference = pgDefaultTimestamptzParser(text);
  return { text, fast: fast.getTime(), reference: reference.getTime() };
};

/** Decision 038: the positional parser reads every timestamptz exactly as pg's own parser does. */
describe('parseTimestamptz', () => {
  it('agrees with pg on the shapes PostgreSQL writes', () => {
    for (const text of [
      '2026-12-04 07:00:00+08',
      '2026-12-04 07:00:00.5+08',
      '2026-12-04 07:00:00.123456+08',
      '2026-12-04 07:00:00.999999-03:30',
      '2026-03-08 02:30:00+05:45',
      '1970-01-01 00:00:00+00',
      '0099-06-01 12:00:00+00',
      '1999-12-31 23:59:59.1-11',
      '2024-02-29 12:00:00+14',
    ]) {
      const r = same(text);
      expect(r.fast).toBe(r.reference);
    }
  });

  it('agrees with pg on any instant, fraction and offset', () => {
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0100-01-01T00:00:00Z'),
          max: new Date('9999-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 999_999 }),
        fc.integer({ min: -15 * 60, max: 15 * 60 }),
        fc.boolean(),
        (d, digits, fraction, offsetMin, withMinutes) => {
          const off = withMinutes ? offsetMin : Math.trunc(offsetMin / 60) * 60;
          const local = new Date(d.getTime() + off * 60_000);
          const abs = Math.abs(off);
          const text =
            `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())} ` +
            `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
            (digits ? `.${String(fraction).padStart(6, '0').slice(0, digits)}` : '') +
            `${off < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}` +
            (abs % 60 || withMinutes ? `:${pad(abs % 60)}` : '');
          const r = same(text);
          expect(r.fast).toBe(r.reference);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("leaves what it does not read by position to pg's parser", () => {
    for (const text of [
      'infinity',
      '-infinity',
      '2026-12-04 07:00:00+08 BC',
      '12026-12-04 07:00:00+08',
      '2026-12-04 07:00:00+05:30:15',
    ]) {
      const fast = parseTimestamptz(text);
      const reference = pgDefaultTimestamptzParser(text);
      expect(String(fast)).toBe(String(reference));
    }
  });
});
