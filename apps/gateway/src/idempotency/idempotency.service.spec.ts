import { DomainError } from '@app/common';
import { MemoryStore } from '../store/memory-store';
import { IdempotencyService, IN_FLIGHT_TTL_MS } from './idempotency.service';

describe('IdempotencyService (DESIGN §5)', () => {
  let now: number;
  let store: MemoryStore;
  let service: IdempotencyService;
  const body = Buffer.from('{"sessionId":1}');
  const fp = IdempotencyService.fingerprint('POST', '/v1/appointments', body);

  beforeEach(() => {
    now = 1_700_000_000_000;
    store = new MemoryStore(() => now);
    service = new IdempotencyService(store);
  });
  afterEach(() => store.close());

  const codeOf = (promise: Promise<unknown>) =>
    promise.then(
      () => 'OK',
      (e: unknown) => (e instanceof DomainError ? `${e.status} ${e.code}` : String(e)),
    );

  it('requires a well-formed key', async () => {
    expect(await codeOf(service.begin('web', undefined, fp))).toBe('400 IDEMPOTENCY_KEY_MISSING');
    expect(await codeOf(service.begin('web', '', fp))).toBe('400 IDEMPOTENCY_KEY_MISSING');
    expect(await codeOf(service.begin('web', 'k'.repeat(256), fp))).toBe('400 VALIDATION_FAILED');
    expect(await codeOf(service.begin('web', 'has space', fp))).toBe('400 VALIDATION_FAILED');
  });

  it('lets the first request proceed, 409 while it runs, then replays its answer', async () => {
    const first = await service.begin('web', 'k1', fp);
    expect(first.kind).toBe('proceed');
    expect(await codeOf(service.begin('web', 'k1', fp))).toBe('409 IDEMPOTENCY_IN_PROGRESS');
    if (first.kind !== 'proceed') throw new Error('unreachable');
    await service.complete(first.claim, { status: 201, contentType: 'application/json', body: { id: 7 } });
    await expect(service.begin('web', 'k1', fp)).resolves.toEqual({
      kind: 'replay',
      response: { status: 201, contentType: 'application/json', body: { id: 7 } },
    });
  });

  it('refuses the key for another request (body, path or method), running or done', async () => {
    await service.begin('web', 'k2', fp);
    const otherBody = IdempotencyService.fingerprint(
      'POST',
      '/v1/appointments',
      Buffer.from('{"sessionId":2}'),
    );
    const otherPath = IdempotencyService.fingerprint('POST', '/v1/appointments/1/cancel', body);
    expect(await codeOf(service.begin('web', 'k2', otherBody))).toBe('422 IDEMPOTENCY_KEY_REUSED');
    expect(await codeOf(service.begin('web', 'k2', otherPath))).toBe('422 IDEMPOTENCY_KEY_REUSED');
  });

  it('scopes keys by partner', async () => {
    expect((await service.begin('web', 'k3', fp)).kind).toBe('proceed');
    expect((await service.begin('app', 'k3', fp)).kind).toBe('proceed');
  });

  it('frees a released key for a retry, and only the holder can release it', async () => {
    const first = await service.begin('web', 'k4', fp);
    if (first.kind !== 'proceed') throw new Error('unreachable');
    await service.release({ ...first.claim, owner: 'someone-else' });
    expect(await codeOf(service.begin('web', 'k4', fp))).toBe('409 IDEMPOTENCY_IN_PROGRESS');
    await service.release(first.claim);
    expect((await service.begin('web', 'k4', fp)).kind).toBe('proceed');
  });

  it('forgets an in-flight claim whose holder died, and a done answer after 24 h', async () => {
    const first = await service.begin('web', 'k5', fp);
    now += IN_FLIGHT_TTL_MS + 1;
    expect((await service.begin('web', 'k5', fp)).kind).toBe('proceed');
    if (first.kind !== 'proceed') throw new Error('unreachable');
    await service.complete(first.claim, { status: 201, contentType: 'application/json', body: {} });
    now += 24 * 3600 * 1000 - 1;
    expect((await service.begin('web', 'k5', fp)).kind).toBe('replay');
    now += 2;
    expect((await service.begin('web', 'k5', fp)).kind).toBe('proceed');
  });

  it('remembers for 24 h that an attempt under a key ended in doubt (decision 026), per partner', async () => {
    const first = await service.begin('web', 'k6', fp);
    const second = await service.begin('web', 'k7', fp);
    if (first.kind !== 'proceed' || second.kind !== 'proceed') throw new Error('unreachable');
    await service.release(first.claim, true);
    await service.release(second.claim);
    expect([
      await service.wasInDoubt('web', 'k6'),
      await service.wasInDoubt('web', 'k7'),
      await service.wasInDoubt('app', 'k6'),
    ]).toEqual([true, false, false]);
    expect((await service.begin('web', 'k6', fp)).kind).toBe('proceed');
    now += 24 * 3600 * 1000 + 1;
    expect(await service.wasInDoubt('web', 'k6')).toBe(false);
  });
});
