import { randomBytes } from 'node:crypto';
import { PiiVault } from './pii-vault';

describe('PiiVault', () => {
  const vault = new PiiVault(randomBytes(32).toString('base64'));

  it('round-trips encrypted values and never repeats a ciphertext', () => {
    const a = vault.encrypt('11010519491231002X');
    const b = vault.encrypt('11010519491231002X');
    expect(a).not.toEqual(b);
    expect(a).not.toContain('11010519491231002X');
    expect(vault.decrypt(a)).toBe('11010519491231002X');
  });

  it('refuses a tampered ciphertext', () => {
    const sealed = vault.encrypt('13812345678');
    const raw = Buffer.from(sealed.slice(3), 'base64');
    raw[raw.length - 1] ^= 1;
    expect(() => vault.decrypt(`v1.${raw.toString('base64')}`)).toThrow();
  });

  it('gives stable, kind-scoped, key-dependent digests', () => {
    expect(vault.digest('NATIONAL_ID', 'X')).toBe(vault.digest('NATIONAL_ID', 'X'));
    expect(vault.digest('NATIONAL_ID', 'X')).not.toBe(vault.digest('HOSPITAL_CARD', 'X'));
    const other = new PiiVault(randomBytes(32).toString('hex'));
    expect(other.digest('NATIONAL_ID', 'X')).not.toBe(vault.digest('NATIONAL_ID', 'X'));
  });

  it('refuses a short key', () => {
    expect(() => new PiiVault(randomBytes(16).toString('base64'))).toThrow(/32 bytes/);
  });
});
