import fc from 'fast-check';
import { DomainError } from '@app/common';
import { appointmentView, testPatient } from '@test/support/unit-fakes';
import type { CoreClient } from '../core/core-client';
import type { IdempotencyService } from '../idempotency/idempotency.service';
import type { Partner } from '../partners/partner';
import type { PatientThrottle } from '../throttling/patient-throttle.service';
import { AppointmentsService } from './appointments.service';
import type { BookAppointmentRequest } from './dto/appointment.dto';
import { SOLD_OUT_MEMO_CAP, SoldOutMemo } from './sold-out-memo';

const TTL = 500;
const partner = { appId: 'web-a', channel: 'WEB', callbackUrl: null } as Partner;

/**
 * A session of `size` numbers in a fake booking-core: it books while a number is free and answers
 * SESSION_FULL otherwise; a cancellation frees one at once. Time is the test's, not the machine's.
 */
function world(size: number, inDoubtKeys = new Set<string>()) {
  const state = { now: 0, booked: 0, coreCalls: 0, freedAt: -Infinity };
  const core = {
    // As CoreClient does: `stillWanted` is asked when the call's turn comes, before it is sent.
    book: async (_command: unknown, stillWanted?: () => Promise<DomainError | null>) => {
      const refusal = await stillWanted?.();
      if (refusal) throw refusal;
      state.coreCalls++;
      if (state.booked >= size) throw new DomainError('SESSION_FULL');
      state.booked++;
      return appointmentView({ id: state.booked, sessionId: 7 });
    },
  } as unknown as CoreClient;
  const throttle = { attempt: () => Promise.resolve() } as unknown as PatientThrottle;
  const idempotency = {
    wasInDoubt: (_app: string, key: string) => Promise.resolve(inDoubtKeys.has(key)),
  } as unknown as IdempotencyService;
  const memo = new SoldOutMemo({ SOLD_OUT_MEMO_MS: TTL }, () => state.now);
  const service = new AppointmentsService(core, throttle, memo, idempotency);
  let n = 0;
  const book = async (key = `k${++n}`): Promise<'BOOKED' | 'CORE_FULL' | 'MEMO_FULL'> => {
    const calls = state.coreCalls;
    const request = { sessionId: 7, patient: testPatient(n) } as BookAppointmentRequest;
    try {
      await service.book(request, partner, key);
      return 'BOOKED';
    } catch (e) {
      if (!(e instanceof DomainError) || e.code !== 'SESSION_FULL') throw e;
      return state.coreCalls > calls ? 'CORE_FULL' : 'MEMO_FULL';
    }
  };
  const cancel = () => {
    if (state.booked === 0) return;
    state.booked--;
    state.freedAt = state.now;
  };
  return { state, book, cancel, memo };
}

describe('the sold-out shortcut (decision 026)', () => {
  it('never refuses a session with a free number for longer than SOLD_OUT_MEMO_MS, and never books beyond the pool', async () => {
    const step = fc.record({
      dt: fc.integer({ min: 0, max: 2 * TTL }),
      action: fc.constantFrom('book', 'book', 'book', 'cancel'),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 5 }),
        fc.array(step, { maxLength: 60 }),
        async (size, steps) => {
          const w = world(size);
          for (const { dt, action } of steps) {
            w.state.now += dt;
            if (action === 'cancel') {
              w.cancel();
              continue;
            }
            const free = w.state.booked < size;
            const outcome = await w.book();
            // A refusal from the memo while a number was free: that number was freed less than
            // the bound ago (the core said "full" before it was freed, within the bound).
            if (outcome === 'MEMO_FULL' && free) expect(w.state.now - w.state.freedAt).toBeLessThan(TTL);
            expect(w.state.booked).toBeLessThanOrEqual(size);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answers the burst after the last number itself, then asks booking-core again once the bound has passed', async () => {
    const w = world(1);
    expect(await w.book()).toBe('BOOKED');
    expect(await w.book()).toBe('CORE_FULL');
    const callsAfterFull = w.state.coreCalls;
    for (let i = 0; i < 100; i++) expect(await w.book()).toBe('MEMO_FULL');
    expect(w.state.coreCalls).toBe(callsAfterFull);
    w.cancel();
    w.state.now += TTL;
    expect(await w.book()).toBe('BOOKED');
  });

  it("counts the bound from booking-core's last SESSION_FULL, never from its own refusals", async () => {
    const w = world(1);
    await w.book();
    expect(await w.book()).toBe('CORE_FULL');
    w.state.now += TTL - 1;
    expect(await w.book()).toBe('MEMO_FULL');
    w.state.now += 1;
    expect(await w.book()).toBe('CORE_FULL');
  });

  it('lets a retry of an attempt in doubt through to booking-core, which knows whether it booked', async () => {
    const w = world(1, new Set(['retry-key']));
    await w.book();
    expect(await w.book()).toBe('CORE_FULL');
    expect(await w.book('fresh-key')).toBe('MEMO_FULL');
    expect(await w.book('retry-key')).toBe('CORE_FULL');
  });

  it('is off at 0 ms, and remembers at most SOLD_OUT_MEMO_CAP sessions', () => {
    let now = 0;
    const off = new SoldOutMemo({ SOLD_OUT_MEMO_MS: 0 }, () => now);
    off.remember(1);
    expect(off.isSoldOut(1)).toBe(false);
    const memo = new SoldOutMemo({ SOLD_OUT_MEMO_MS: TTL }, () => now);
    for (let id = 1; id <= SOLD_OUT_MEMO_CAP + 50; id++) memo.remember(id);
    expect(memo.size).toBe(SOLD_OUT_MEMO_CAP);
    expect([memo.isSoldOut(1), memo.isSoldOut(SOLD_OUT_MEMO_CAP + 50)]).toEqual([false, true]);
    now += TTL;
    expect(memo.isSoldOut(SOLD_OUT_MEMO_CAP + 50)).toBe(false);
  });
});
