import { IpAllowlist, normalizeIp, parseAllowlistEntry } from './ip-allowlist';

describe('IP allowlist (R20)', () => {
  it('admits any address when empty', () => {
    expect(new IpAllowlist([]).allows('203.0.113.9')).toBe(true);
  });

  it('matches single addresses and CIDRs, IPv4 and IPv6', () => {
    const list = new IpAllowlist(['10.0.0.0/8', '192.168.1.7', '2001:db8::/32']);
    expect(list.allows('10.200.3.4')).toBe(true);
    expect(list.allows('192.168.1.7')).toBe(true);
    expect(list.allows('192.168.1.8')).toBe(false);
    expect(list.allows('11.0.0.1')).toBe(false);
    expect(list.allows('2001:db8:1::5')).toBe(true);
    expect(list.allows('2001:db9::5')).toBe(false);
    expect(list.allows(undefined)).toBe(false);
  });

  it('treats IPv4-mapped IPv6 addresses as IPv4', () => {
    expect(normalizeIp('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(new IpAllowlist(['127.0.0.1']).allows('::ffff:127.0.0.1')).toBe(true);
  });

  it('refuses malformed entries', () => {
    expect(parseAllowlistEntry('10.0.0.0/33')).toBeNull();
    expect(parseAllowlistEntry('10.0.0/8')).toBeNull();
    expect(parseAllowlistEntry('example.org')).toBeNull();
    expect(parseAllowlistEntry('10.0.0.0/8/1')).toBeNull();
    expect(() => new IpAllowlist(['nonsense'])).toThrow('bad IP allowlist entry');
  });
});
