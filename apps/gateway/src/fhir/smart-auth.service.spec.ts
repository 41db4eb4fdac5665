import { bearerOf, scopeAllows } from './smart-auth.service';

describe('SMART scopes and bearer tokens (decision 024)', () => {
  it('a scope allows its resource and action, wildcards included, and nothing else', () => {
    expect(scopeAllows(['system/Slot.read'], 'Slot', 'read')).toBe(true);
    expect(scopeAllows(['system/Slot.read'], 'Slot', 'write')).toBe(false);
    expect(scopeAllows(['system/Slot.read'], 'Appointment', 'read')).toBe(false);
    expect(scopeAllows(['system/*.read'], 'Appointment', 'read')).toBe(true);
    expect(scopeAllows(['system/*.read'], 'Appointment', 'write')).toBe(false);
    expect(scopeAllows(['system/Appointment.*'], 'Appointment', 'write')).toBe(true);
    expect(scopeAllows(['system/*.*'], 'Schedule', 'read')).toBe(true);
    // Patient and user scopes, and resources the façade does not serve, grant nothing.
    expect(scopeAllows(['patient/*.read', 'user/Slot.read', 'system/Patient.read'], 'Slot', 'read')).toBe(
      false,
    );
    expect(scopeAllows([], 'Slot', 'read')).toBe(false);
  });

  it('reads only a well-formed Bearer header', () => {
    const token = 'a'.repeat(43);
    expect(bearerOf(`Bearer ${token}`)).toBe(token);
    expect(bearerOf(`bearer ${token}`)).toBe(token);
    expect(bearerOf(`Basic ${token}`)).toBeUndefined();
    expect(bearerOf(`Bearer ${token} extra`)).toBeUndefined();
    expect(bearerOf('Bearer short')).toBeUndefined();
    expect(bearerOf([`Bearer ${token}`, `Bearer ${token}`])).toBeUndefined();
    expect(bearerOf(undefined)).toBeUndefined();
  });
});
