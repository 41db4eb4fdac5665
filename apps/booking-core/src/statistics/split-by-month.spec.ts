import { splitByMonth } from './statistics.repository';

/** R17, decision 021: a period as whole months (read from stat_wait_month) and partial months' days. */
describe('splitByMonth', () => {
  it('reads whole calendar months from the month layer and only the days of partial months', () => {
    expect(splitByMonth('2026-01-01', '2026-12-31')).toEqual({
      months: { from: '2026-01', to: '2026-12' },
      days: [],
    });
    expect(splitByMonth('2026-01-15', '2026-04-10')).toEqual({
      months: { from: '2026-02', to: '2026-03' },
      days: [
        { from: '2026-01-15', to: '2026-01-31' },
        { from: '2026-04-01', to: '2026-04-10' },
      ],
    });
    // February's last day, leap year or not.
    expect(splitByMonth('2024-02-01', '2024-02-29')).toEqual({
      months: { from: '2024-02', to: '2024-02' },
      days: [],
    });
    expect(splitByMonth('2025-02-01', '2025-02-28').days).toEqual([]);
    expect(splitByMonth('2024-02-01', '2024-02-28')).toEqual({
      months: null,
      days: [{ from: '2024-02-01', to: '2024-02-28' }],
    });
    // Within one month, or across a month boundary without a whole month: days only.
    expect(splitByMonth('2026-03-05', '2026-03-05')).toEqual({
      months: null,
      days: [{ from: '2026-03-05', to: '2026-03-05' }],
    });
    expect(splitByMonth('2026-03-20', '2026-04-10')).toEqual({
      months: null,
      days: [{ from: '2026-03-20', to: '2026-04-10' }],
    });
    // A whole month and a partial one across the turn of the year.
    expect(splitByMonth('2025-12-01', '2026-01-07')).toEqual({
      months: { from: '2025-12', to: '2025-12' },
      days: [{ from: '2026-01-01', to: '2026-01-07' }],
    });
  });
});
