import { EventEmitter } from 'node:events';
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

  /** The raw response of each request let through: emitting 'close' ends it, as Node does. */
  let responses: EventEmitter[] = [];
  const context = (body: unknown, key: string | null = 'k-1', handler = marked): ExecutionContext => {
    const request = {
      body,
      headers: key === null ? {} : { 'idempotency-key': key },
      partner,
    } as unknown as GatewayRequest;
    const raw = new EventEmitter();
    responses.push(raw);
    return {
      getHandler: () => handler,
      switchToHttp: () => ({ getRequest: () => request, getResponse: () => ({ raw }) }),
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
    responses = [];
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

  describe('the queue of bookings per session (decision 038)', () => {
    const SIZE = 5;
    const LIMIT = 3;
    let memo: SoldOutMemo;

    beforeEach(() => {
      memo = new SoldOutMemo(
        { SOLD_OUT_MEMO_MS: 500, SESSION_BOOKINGS_IN_FLIGHT: LIMIT, CORE_DEADLINE_MS: 1500 },
        () => now,
      );
      guard = new SoldOutGuard(new Reflector(), memo, idempotency);
    });
    afterEach(() => jest.useRealTimers());

    it('sends at most SESSION_BOOKINGS_IN_FLIGHT at once, books exactly the pool, and answers everyone', async () => {
      // A fake booking-core with SIZE numbers, answering each request a few turns after it came.
      let booked = 0;
      let coreCalls = 0;
      let maxSent = 0;
      const attempt = async (i: number): Promise<string> => {
        const ctx = context({ sessionId: OPEN, patient: {} }, `key-${i}`);
        const raw = responses[responses.length - 1];
        const verdict = await outcome(ctx);
        if (verdict !== 'PASS') return verdict;
        maxSent = Math.max(maxSent, memo.pending.sent);
        coreCalls++;
        for (let t = 0; t < 3; t++) await Promise.resolve();
        const answer = booked < SIZE ? (booked++, 'BOOKED') : 'CORE_FULL';
        if (answer === 'CORE_FULL') memo.remember(OPEN);
        raw.emit('close');
        return answer;
      };
      const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => attempt(i)));
      const count = (a: string) => answers.filter((x) => x === a).length;
      expect(count('BOOKED')).toBe(SIZE);
      expect(count('BOOKED') + count('CORE_FULL') + count('SESSION_FULL')).toBe(200);
      expect(maxSent).toBe(LIMIT);
      // The first refusal from booking-core answers everyone still waiting.
      expect(coreCalls).toBeLessThanOrEqual(SIZE + LIMIT);
      expect(memo.pending).toEqual({ sent: 0, waiting: 0 });
    });

    it('lets a waiting booking through when the one before it booked, first come first served', async () => {
      const first = [0, 1, 2].map((i) => outcome(context({ sessionId: OPEN }, `a-${i}`)));
      expect(await Promise.all(first)).toEqual(['PASS', 'PASS', 'PASS']);
      const order: string[] = [];
      const waiting = ['w-1', 'w-2'].map((key) =>
        outcome(context({ sessionId: OPEN }, key)).then((v) => order.push(`${key} ${v}`)),
      );
      await Promise.resolve();
      expect(memo.pending).toEqual({ sent: 3, waiting: 2 });
      responses[0].emit('close'); // booked: a number may be left, so the next one goes on
      responses[0].emit('close'); // an answer counts once
      await waiting[0];
      expect(order).toEqual(['w-1 PASS']);
      expect(memo.pending).toEqual({ sent: 3, waiting: 1 });
      responses[1].emit('close');
      await waiting[1];
      expect(order).toEqual(['w-1 PASS', 'w-2 PASS']);
    });

    it('never refuses by itself: a booking that waited CORE_DEADLINE_MS goes on to booking-core', async () => {
      jest.useFakeTimers();
      await Promise.all([0, 1, 2].map((i) => outcome(context({ sessionId: OPEN }, `a-${i}`))));
      const late = outcome(context({ sessionId: OPEN }, 'late'));
      await jest.advanceTimersByTimeAsync(1499);
      expect(memo.pending.waiting).toBe(1);
      await jest.advanceTimersByTimeAsync(1);
      expect(await late).toBe('PASS');
      expect(memo.pending).toEqual({ sent: 4, waiting: 0 });
    });

    it('is off without the memo (SOLD_OUT_MEMO_MS 0) or at SESSION_BOOKINGS_IN_FLIGHT 0', async () => {
      for (const config of [
        { SOLD_OUT_MEMO_MS: 0, SESSION_BOOKINGS_IN_FLIGHT: 1 },
        { SOLD_OUT_MEMO_MS: 500, SESSION_BOOKINGS_IN_FLIGHT: 0 },
      ]) {
        guard = new SoldOutGuard(new Reflector(), new SoldOutMemo(config, () => now), idempotency);
        const all = await Promise.all(
          [0, 1, 2, 3].map((i) => outcome(context({ sessionId: OPEN }, `off-${i}`))),
        );
        expect(all).toEqual(['PASS', 'PASS', 'PASS', 'PASS']);
      }
    });
  });
});
