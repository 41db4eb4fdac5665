import { canonicalRequest, signatureHeaders, signRequest } from './signing';

describe('request signature (DESIGN §5)', () => {
  it('matches the published test vector', () => {
    expect(
      signRequest('s3cret', 'POST', '/v1/appointments?x=1', '1700000000', 'abcdef0123456789', '{"a":1}'),
    ).toBe('PjtTjxI4k0FVLB9bjReUYyZuxLhevNrmwFtGEJ6OPPc=');
  });

  it('signs the raw body bytes, not a re-serialisation', () => {
    const bytes = Buffer.from('{"a":1}', 'utf8');
    expect(
      signRequest('s3cret', 'post', '/v1/appointments?x=1', '1700000000', 'abcdef0123456789', bytes),
    ).toBe('PjtTjxI4k0FVLB9bjReUYyZuxLhevNrmwFtGEJ6OPPc=');
    expect(
      signRequest('s3cret', 'POST', '/v1/appointments?x=1', '1700000000', 'abcdef0123456789', '{ "a": 1 }'),
    ).not.toBe('PjtTjxI4k0FVLB9bjReUYyZuxLhevNrmwFtGEJ6OPPc=');
  });

  it('has no trailing newline and hashes an empty body as the empty string', () => {
    const text = canonicalRequest('GET', '/v1/departments', '1700000000', 'abcdef0123456789', undefined);
    expect(text).toBe(
      'GET\n/v1/departments\n1700000000\nabcdef0123456789\n' +
        'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it('builds the four headers', () => {
    const headers = signatureHeaders({
      appId: 'hospital-web',
      secret: 's3cret',
      method: 'POST',
      pathAndQuery: '/v1/appointments?x=1',
      body: '{"a":1}',
      timestamp: 1700000000,
      nonce: 'abcdef0123456789',
    });
    expect(headers).toEqual({
      'x-app-id': 'hospital-web',
      'x-timestamp': '1700000000',
      'x-nonce': 'abcdef0123456789',
      'x-signature': 'PjtTjxI4k0FVLB9bjReUYyZuxLhevNrmwFtGEJ6OPPc=',
    });
  });
});
