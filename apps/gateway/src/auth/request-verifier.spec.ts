import { DomainError } from '@app/common';
import { signatureHeaders } from '@app/partner-client';
import { PartnerRegistry } from '../partners/partner-registry';
import { MemoryStore } from '../store/memory-store';
import { RequestVerifier, type SignedRequest } from './request-verifier';

const SECRET = 's3cret-'.repeat(6);
const NOW = 1_700_000_000_000;

describe('RequestVerifier (R20, DESIGN §5)', () => {
  const registry = new PartnerRegistry([
    {
      appId: 'web',
      name: 'web',
      channel: 'WEB',
      secret: SECRET,
      ratePerMinute: 60,
      ipAllowlist: [],
      callbackUrl: null,
    },
    {
      appId: 'walled',
      name: 'walled',
      channel: 'APP',
      secret: SECRET,
      ratePerMinute: 60,
      ipAllowlist: ['10.0.0.0/8'],
      callbackUrl: null,
    },
  ]);
  let store: MemoryStore;
  let verifier: RequestVerifier;
  beforeEach(() => {
    store = new MemoryStore(() => NOW);
    verifier = new RequestVerifier(registry, store);
  });
  afterEach(() => store.close());

  const signed = (
    over: { appId?: string; secret?: string; timestamp?: number; nonce?: string; body?: string } = {},
  ) => {
    const body = over.body ?? '{"a":1}';
    const headers = signatureHeaders({
      appId: over.appId ?? 'web',
      secret: over.secret ?? SECRET,
      method: 'POST',
      pathAndQuery: '/v1/appointments?x=1',
      body,
      timestamp: over.timestamp ?? NOW / 1000,
      nonce: over.nonce ?? 'abcdef0123456789',
    });
    return {
      method: 'POST',
      url: '/v1/appointments?x=1',
      headers,
      ip: '127.0.0.1',
      rawBody: Buffer.from(body),
    };
  };
  const codeOf = async (request: SignedRequest): Promise<string> => {
    try {
      await verifier.verify(request, NOW);
      return 'OK';
    } catch (error) {
      return error instanceof DomainError ? `${error.status} ${error.code}` : String(error);
    }
  };

  it('admits a correctly signed request and returns its partner', async () => {
    await expect(verifier.verify(signed(), NOW)).resolves.toMatchObject({ appId: 'web', channel: 'WEB' });
  });

  it('refuses each fault with its status and code', async () => {
    expect(await codeOf(signed({ appId: 'ghost' }))).toBe('401 UNKNOWN_PARTNER');
    expect(await codeOf({ ...signed(), headers: {} })).toBe('401 UNKNOWN_PARTNER');
    expect(await codeOf(signed({ appId: 'walled' }))).toBe('403 IP_NOT_ALLOWED');
    expect(await codeOf({ ...signed({ appId: 'walled' }), ip: '::ffff:10.1.2.3' })).toBe('OK');
    expect(await codeOf(signed({ secret: 'other-secret-'.repeat(3) }))).toBe('401 SIGNATURE_INVALID');
    expect(await codeOf({ ...signed(), rawBody: Buffer.from('{"a":2}') })).toBe('401 SIGNATURE_INVALID');
    expect(await codeOf({ ...signed(), url: '/v1/appointments?x=2' })).toBe('401 SIGNATURE_INVALID');
    expect(await codeOf({ ...signed(), method: 'GET' })).toBe('401 SIGNATURE_INVALID');
    expect(await codeOf(signed({ nonce: 'short' }))).toBe('401 SIGNATURE_INVALID');
    expect(await codeOf(signed({ nonce: 'n'.repeat(65) }))).toBe('401 SIGNATURE_INVALID');
    expect(await codeOf({ ...signed(), headers: { ...signed().headers, 'x-timestamp': 'yesterday' } })).toBe(
      '401 SIGNATURE_INVALID',
    );
    expect(await codeOf(signed({ timestamp: NOW / 1000 - 301 }))).toBe('401 TIMESTAMP_SKEW');
    expect(await codeOf(signed({ timestamp: NOW / 1000 + 301, nonce: 'b'.repeat(16) }))).toBe(
      '401 TIMESTAMP_SKEW',
    );
    expect(await codeOf(signed({ timestamp: NOW / 1000 - 300, nonce: 'c'.repeat(16) }))).toBe('OK');
  });

  it('says a missing X-App-Id is missing, and refuses a signature header sent twice', async () => {
    await expect(verifier.verify({ ...signed(), headers: {} }, NOW)).rejects.toMatchObject({
      code: 'UNKNOWN_PARTNER',
      detail: expect.stringContaining('X-App-Id is missing'),
    });
    const request = signed();
    const raw = Object.entries(request.headers).flat();
    expect(await codeOf({ ...request, rawHeaders: raw })).toBe('OK');
    for (const name of ['X-App-Id', 'x-timestamp', 'X-Nonce', 'X-SIGNATURE']) {
      const again = signed({ nonce: `${name}-nonce-0123456789` });
      const twice = [...Object.entries(again.headers).flat(), name, 'x'];
      await expect(verifier.verify({ ...again, rawHeaders: twice }, NOW)).rejects.toMatchObject({
        code: 'SIGNATURE_INVALID',
        detail: expect.stringMatching(/was sent more than once$/),
      });
    }
  });

  it('refuses a nonce seen in the last 10 minutes, per partner, and records it only after the signature verified', async () => {
    expect(await codeOf(signed({ secret: 'forged-secret-'.repeat(3) }))).toBe('401 SIGNATURE_INVALID');
    expect(await codeOf(signed())).toBe('OK');
    expect(await codeOf(signed())).toBe('401 NONCE_REPLAYED');
    expect(await codeOf(signed({ body: '{"b":2}' }))).toBe('401 NONCE_REPLAYED');
    expect(await codeOf({ ...signed({ appId: 'walled' }), ip: '10.0.0.1' })).toBe('OK'); // another partner's nonce space
  });

  it('verifies the published test vector end to end', async () => {
    // The partners file refuses a 6-character secret, so the vector's partner is given directly.
    const partner = {
      appId: 'v',
      name: 'v',
      channel: 'WEB',
      secret: 's3cret',
      ratePerMinute: 1,
      ipAllowlist: [],
      callbackUrl: null,
    };
    const vectorPartners = { find: () => partner, allowsAddress: () => true } as unknown as PartnerRegistry;
    const lenient = new RequestVerifier(vectorPartners, store);
    const request: SignedRequest = {
      method: 'POST',
      url: '/v1/appointments?x=1',
      headers: {
        'x-app-id': 'v',
        'x-timestamp': '1700000000',
        'x-nonce': 'abcdef0123456789',
        'x-signature': 'PjtTjxI4k0FVLB9bjReUYyZuxLhevNrmwFtGEJ6OPPc=',
      },
      ip: '127.0.0.1',
      rawBody: Buffer.from('{"a":1}'),
    };
    await expect(lenient.verify(request, 1_700_000_000_000)).resolves.toMatchObject({ appId: 'v' });
  });
});
