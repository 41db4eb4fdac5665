import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkSandboxPartners, parsePartners, PartnerRegistry } from './partner-registry';

const SECRET = 'x'.repeat(32);
const valid = (over: Record<string, unknown> = {}) => ({
  appId: 'hospital-web',
  name: '医院官网',
  channel: 'WEB',
  secret: SECRET,
  ratePerMinute: 600,
  ipAllowlist: [],
  callbackUrl: null,
  ...over,
});

describe('partners file', () => {
  it('takes an optional sandbox flag; a sandbox gateway serves one sandbox partner, production none (decision 032)', () => {
    const [plain, flagged] = parsePartners([valid(), valid({ appId: 'sandbox-partner', sandbox: true })]);
    expect(plain.sandbox).toBeUndefined();
    expect(flagged.sandbox).toBe(true);
    expect(() => parsePartners([valid({ sandbox: 'yes' })])).toThrow('sandbox must be true or false');
    expect(() => checkSandboxPartners(true, new PartnerRegistry([plain, flagged]))).not.toThrow();
    expect(() => checkSandboxPartners(false, new PartnerRegistry([plain]))).not.toThrow();
    expect(() => checkSandboxPartners(false, new PartnerRegistry([plain, flagged]))).toThrow(
      /flags sandbox-partner as sandbox partners, but SANDBOX is not true/,
    );
    expect(() =>
      checkSandboxPartners(true, new PartnerRegistry([flagged, { ...flagged, appId: 'second' }])),
    ).toThrow(/2 sandbox partners/);
  });

  it('reads the format npm start generates', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'partners-'));
    const file = path.join(dir, 'partners.json');
    fs.writeFileSync(
      file,
      JSON.stringify([valid(), valid({ appId: 'wechat', channel: 'WECHAT', ipAllowlist: ['10.0.0.0/8'] })]),
    );
    const registry = PartnerRegistry.fromFile(file);
    expect(registry.find('hospital-web')?.channel).toBe('WEB');
    expect(registry.find('nobody')).toBeUndefined();
    const wechat = registry.find('wechat')!;
    expect(registry.allowsAddress(wechat, '10.1.2.3')).toBe(true);
    expect(registry.allowsAddress(wechat, '127.0.0.1')).toBe(false);
    fs.rmSync(dir, { recursive: true });
  });

  it('takes an optional public JWK for the FHIR façade, refusing a private or unfit key (decision 024)', () => {
    const ec = { kty: 'EC', crv: 'P-384', x: 'AAAA', y: 'BBBB', alg: 'ES384' };
    const rsa = { kty: 'RSA', n: 'AQAB', e: 'AQAB' };
    const [a, b, c] = parsePartners([
      valid({ fhirJwk: ec }),
      valid({ appId: 'b', fhirJwk: rsa }),
      valid({ appId: 'c' }),
    ]);
    expect(a.fhirJwk).toEqual(ec);
    expect(b.fhirJwk).toEqual(rsa);
    expect(c.fhirJwk).toBeUndefined();
    const bad = () =>
      parsePartners([
        valid({ fhirJwk: { ...ec, d: 'secret-part' } }),
        valid({ appId: 'b', fhirJwk: { ...ec, crv: 'P-256' } }),
        valid({ appId: 'c', fhirJwk: { kty: 'oct', k: 'abc' } }),
        valid({ appId: 'd', fhirJwk: { ...rsa, alg: 'RS256' } }),
        valid({ appId: 'e', fhirJwk: 'key' }),
      ]);
    expect(bad).toThrow('(hospital-web): fhirJwk must be a public key (it has "d")');
    expect(bad).toThrow('(b): fhirJwk (EC) must be crv P-384 with x and y');
    expect(bad).toThrow('(c): fhirJwk kty must be RSA or EC');
    expect(bad).toThrow('(d): fhirJwk alg must be RS384 for an RSA key');
    expect(bad).toThrow('(e): fhirJwk must be a JWK object');
    expect(bad).not.toThrow(/secret-part/);
  });

  it('names every problem, with the partner, and never the secret', () => {
    const run = () =>
      parsePartners([
        valid(),
        valid({ secret: 'short-secret' }),
        valid({ appId: 'b', channel: 'PHONE' }),
        valid({ appId: 'c', ratePerMinute: 0, ipAllowlist: ['10.0.0.0/40'], callbackUrl: 'ftp://x' }),
        valid({ appId: 'd', colour: 'red' }),
        valid({ appId: 'bad id' }),
      ]);
    expect(run).toThrow(/\[1\] \(hospital-web\): duplicate appId "hospital-web"/);
    expect(run).toThrow(/\[1\] \(hospital-web\): secret must be at least 32 characters/);
    expect(run).toThrow(/\[2\] \(b\): channel must be one of WEB, APP, WECHAT, THIRD_PARTY, COMMUNITY/);
    expect(run).toThrow(/\[3\] \(c\): ratePerMinute must be an integer/);
    expect(run).toThrow(/\[3\] \(c\): ipAllowlist: bad entry "10.0.0.0\/40"/);
    expect(run).toThrow(/\[3\] \(c\): callbackUrl must be null or an http\(s\) URL/);
    expect(run).toThrow(/\[4\] \(d\): unknown field "colour"/);
    expect(run).toThrow(/\[5\] \(bad id\): appId must be/);
    expect(run).not.toThrow(/short-secret/);
  });

  it('refuses an empty list, a non-array and an unreadable file', () => {
    expect(() => parsePartners([])).toThrow('no partners');
    expect(() => parsePartners({})).toThrow('JSON array');
    expect(() => PartnerRegistry.fromFile('/nonexistent/partners.json')).toThrow('cannot be read');
  });
});
