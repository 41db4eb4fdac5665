import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '@app/common';
import type { GatewayRequest } from '../auth/gateway-request';
import { IdempotencyService } from '../idempotency/idempotency.service';
import type { Partner } from '../partners/partner';
import { MemoryStore } from '../store/memory-store';
import { SoldOutMemo } from './sold-out-memo';
import { RefusedWhenSoldOut, SoldOutGuard } from './sold-out.guard';

const partner = { appId: 'web-a', channel: 'WEB', callbackUrl: null } as Partner;
const FULL = 7;
const OPEN = 8;

/** Decision 036: which bookings the guard answers itself, and which it leaves to the full path. */
describe('SoldOutGuard (decision 036)', () => {
  let store: MemoryStore;
  let idempotency: IdempotencyService;
  let now = 0;
  let guard: SoldOutGuard;
  const marked = RefusedWhenSoldOut()(function book() {}) as () => void;
  const unmarked = function cancel() {};

  const context = (body: unknown, key: string | null = 'k-1', handler = marked): ExecutionContext => {
    const request = {
      body,
      headers: key === null ? {} : { 'idempotency-key': key },
      partner,
    } as unknown as GatewayRequest;
    return {
      getHandler: () => handler,
      switchToHttp: () => ({ getRequest: () => request }),
    } as unknown as ExecutionContext;
  };
  const outcome = async (ctx: ExecutionContext): Promise<string> => {
    try {
      return (await guard.canActivate(ctx)) ? 'PASS' : 'FALSE';
    } catch (error) {
      if (error instanceof DomainError) return error.code;
      throw error;
    }
  };

  beforeEach(() => {
    now = 0;
    store = new MemoryStore(() => 1_700_000_000_000);
    idempotency = new IdempotencyService(store);
    const memo = new SoldOutMemo({ SOLD_OUT_MEMO_MS: 500 }, () => now);
    memo.remember(FULL);
    guard = new SoldOutGuard(new Reflector(), memo, idempotency);
  });
  afterEach(() => store.close());

  it('refuses a fresh booking for a session booking-core just called full, and keeps nothing under its key', async () => {
    expect(await outcome(context({ sessionId: FULL, patient: {} }))).toBe('SESSION_FULL');
    expect(await idempotency.known(partner.appId, 'k-1')).toBe(false);
  });

  it('lets through a session not known to be full, and one whose bound has passed', async () => {
    expect(await outcome(context({ sessionId: OPEN }))).toBe('PASS');
    now = 500;
    expect(await outcome(context({ sessionId: FULL }))).toBe('PASS');
  });

  it('leaves to the full path what the short answer could get wrong', async () => {
    // A number of its own (SLOT_TAKEN is per number), or a body validation must refuse.
    expect(await outcome(context({ sessionId: FULL, slotId: 3 }))).toBe('PASS');
    expect(await outcome(context({ sessionId: String(FULL) }))).toBe('PASS');
    expect(await outcome(context({ sessionId: FULL + 0.5 }))).toBe('PASS');
    expect(await outcome(context(undefined))).toBe('PASS');
    // A missing or malformed key: the interceptor's IDEMPOTENCY_KEY_MISSING / VALIDATION_FAILED.
    expect(await outcome(context({ sessionId: FULL }, null))).toBe('PASS');
    expect(await outcome(context({ sessionId: FULL }, 'with space'))).toBe('PASS');
    // Another route.
    expect(await outcome(context({ sessionId: FULL }, 'k-2', unmarked))).toBe('PASS');
  });

  it('lets a known key through: its answer is replayed, a running request or a retry in doubt is handled there', async () => {
    const fingerprint = IdempotencyService.fingerprint('POST', '/v1/appointments', Buffer.from('{}'));
    const start = await idempotency.begin(partner.appId, 'booked', fingerprint);
    if (start.kind !== 'proceed') throw new Error('expected a fresh claim');
    expect(await outcome(context({ sessionId: FULL }, 'booked'))).toBe('PASS'); // still running
    await idempotency.complete(start.claim, {
      status: 201,
      contentType: 'application/json',
      body: { id: 1 },
    });
    expect(await outcome(context({ sessionId: FULL }, 'booked'))).toBe('PASS'); // replayed as 201

    const doubtful = await idempotency.begin(partner.appId, 'doubt', fingerprint);
    if (doubtful.kind !== 'proceed') throw new Error('expected a fresh claim');
    await idempotency.release(doubtful.claim, true);
    expect(await outcome(context({ sessionId: FULL }, 'doubt'))).toBe('PASS'); // reaches booking-core
  });
});
