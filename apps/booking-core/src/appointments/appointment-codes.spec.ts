import { newAppointmentCode, newVerificationCode } from './appointment-codes';

describe('appointment codes', () => {
  it('are 10 unambiguous characters, every character of the alphabet in use', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const code = newAppointmentCode();
      expect(code).toMatch(/^[A-HJKMNP-Z2-9]{10}$/);
      for (const c of code) seen.add(c);
    }
    expect(seen.size).toBe(31);
  });

  it('give six-digit verification codes', () => {
    const codes = Array.from({ length: 500 }, newVerificationCode);
    expect(codes.every((c) => /^\d{6}$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBeGreaterThan(490);
  });
});
