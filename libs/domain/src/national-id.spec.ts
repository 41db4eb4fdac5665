import { buildNationalId, nationalIdCheckChar, parseNationalId } from './national-id';

describe('national ID (GB 11643 / ISO 7064 MOD 11-2)', () => {
  const today = new Date('2026-11-26T00:00:00Z');

  it('accepts the standard example with check character X', () => {
    // 11010519491231002X is the published GB 11643 example.
    expect(parseNationalId('11010519491231002x', today)).toEqual({
      ok: true,
      value: '11010519491231002X',
      birthDate: '1949-12-31',
    });
  });

  it('computes check characters', () => {
    expect(nationalIdCheckChar('11010519491231002')).toBe('X');
    expect(nationalIdCheckChar('44030419900101123')).toBe(buildNationalId('440304', '19900101', 123)[17]);
  });

  it('refuses a wrong checksum, bad format, region and impossible birth dates', () => {
    expect(parseNationalId('110105194912310021', today)).toEqual({ ok: false, problem: 'CHECKSUM' });
    expect(parseNationalId('11010519491231002', today)).toEqual({ ok: false, problem: 'FORMAT' });
    expect(parseNationalId('1101051949123100XX', today)).toEqual({ ok: false, problem: 'FORMAT' });
    expect(parseNationalId(buildNationalId('990105', '19491231', 2), today)).toEqual({
      ok: false,
      problem: 'REGION',
    });
    expect(parseNationalId(buildNationalId('110105', '20230229', 2), today)).toEqual({
      ok: false,
      problem: 'BIRTH_DATE',
    });
    expect(parseNationalId(buildNationalId('110105', '20270101', 2), today)).toEqual({
      ok: false,
      problem: 'BIRTH_DATE',
    });
    expect(parseNationalId(buildNationalId('110105', '18991231', 2), today)).toEqual({
      ok: false,
      problem: 'BIRTH_DATE',
    });
  });

  it('accepts a leap day that exists', () => {
    expect(parseNationalId(buildNationalId('110105', '20000229', 7), today).ok).toBe(true);
  });

  it('detects every single-digit substitution', () => {
    const id = buildNationalId('320102', '19851017', 451);
    for (let i = 0; i < 17; i++) {
      const other = String((Number(id[i]) + 1) % 10);
      const mutated = id.slice(0, i) + other + id.slice(i + 1);
      const parsed = parseNationalId(mutated, today);
      expect(parsed.ok).toBe(false);
    }
  });
});
