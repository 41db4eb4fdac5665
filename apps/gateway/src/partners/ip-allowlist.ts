import { BlockList, isIP } from 'node:net';

/** `::ffff:10.0.0.1` (an IPv4 client on a dual-stack socket) is the IPv4 address 10.0.0.1. */
export function normalizeIp(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return mapped ? mapped[1] : address;
}

/** Parses `10.0.0.0/8`, `192.168.1.7`, `2001:db8::/32`; null when malformed. */
export function parseAllowlistEntry(
  entry: string,
): { address: string; prefix: number; family: 'ipv4' | 'ipv6' } | null {
  const [address, prefixText, ...rest] = entry.trim().split('/');
  if (rest.length) return null;
  const version = isIP(address);
  if (!version) return null;
  const family = version === 4 ? 'ipv4' : 'ipv6';
  const max = version === 4 ? 32 : 128;
  if (prefixText === undefined) return { address, prefix: max, family };
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > max) return null;
  return { address, prefix: Number(prefixText), family };
}

/** R20: a partner may be pinned to its servers' addresses. An empty list admits any address. */
export class IpAllowlist {
  private readonly list = new BlockList();
  readonly empty: boolean;

  constructor(entries: readonly string[]) {
    this.empty = entries.length === 0;
    for (const entry of entries) {
      const parsed = parseAllowlistEntry(entry);
      if (!parsed) throw new Error(`bad IP allowlist entry "${entry}"`);
      this.list.addSubnet(parsed.address, parsed.prefix, parsed.family);
    }
  }

  allows(address: string | undefined): boolean {
    if (this.empty) return true;
    if (!address) return false;
    const ip = normalizeIp(address);
    const version = isIP(ip);
    if (!version) return false;
    return this.list.check(ip, version === 4 ? 'ipv4' : 'ipv6');
  }
}
