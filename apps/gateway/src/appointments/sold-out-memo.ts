import type { GatewayConfig } from '../config/gateway-config';

/** The most sessions remembered at once; the oldest is forgotten first (decision 015). */
export const SOLD_OUT_MEMO_CAP = 10_000;

/** The place of a booking when the queue is off: there is nothing to give back. */
const NOTHING_TO_GIVE_BACK = (): void => undefined;

/**
 * "booking-core said this session is full", remembered for SOLD_OUT_MEMO_MS (decision 026). At an
 * expert's release thousands of requests arrive for numbers already gone; answering the ones that
 * come just after a SESSION_FULL here spares booking-core and the patient's wait. booking-core
 * stays the authority: the memo only refuses, never books, and forgets within the bound, so a
 * freed number is offered again at most SOLD_OUT_MEMO_MS later. The bound is a duration on this
 * process's monotonic clock, never an instant compared with booking-core's clock (R2's one clock
 * decides what is bookable; this only decides how long to trust a refusal).
 */
export class SoldOutMemo {
  private readonly until = new Map<number, number>();
  private readonly ttlMs: number;
  /** Bookings of a session on their way to booking-core, and those waiting for their turn. */
  private readonly sent = new Map<number, number>();
  private readonly waiting = new Map<number, ((handedOver: (() => void) | null) => void)[]>();

  private readonly inFlight: number;
  private readonly maxWaitMs: number;

  constructor(
    config: Pick<GatewayConfig, 'SOLD_OUT_MEMO_MS'> &
      Partial<Pick<GatewayConfig, 'SESSION_BOOKINGS_IN_FLIGHT' | 'CORE_DEADLINE_MS'>>,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.ttlMs = config.SOLD_OUT_MEMO_MS;
    // Without the memo nobody waiting could be answered early: the queue would only slow bookings.
    this.inFlight = this.ttlMs === 0 ? 0 : (config.SESSION_BOOKINGS_IN_FLIGHT ?? 0);
    this.maxWaitMs = config.CORE_DEADLINE_MS ?? 1500;
  }

  /**
   * Decision 038: a place among the SESSION_BOOKINGS_IN_FLIGHT bookings of this session that may
   * be on their way to booking-core at once — at once if one is free, otherwise when one of them
   * has its answer (first come, first served). Resolves with the function that gives the place
   * back (call it when booking-core has answered), or with null when booking-core has meanwhile
   * called the session full: the memo answers then. After CORE_DEADLINE_MS of waiting the booking
   * gets a place beyond the limit: the queue only ever delays, it never refuses. At an expert's
   * release the 2,000 requests that arrive together thus wait for the first answers instead of
   * all going on to booking-core, and nearly all are answered by the memo.
   */
  turn(sessionId: number): Promise<(() => void) | null> {
    if (this.inFlight === 0) return Promise.resolve(NOTHING_TO_GIVE_BACK);
    if ((this.sent.get(sessionId) ?? 0) < this.inFlight) return Promise.resolve(this.place(sessionId));
    return new Promise((resolve) => {
      const queue = this.waiting.get(sessionId) ?? [];
      if (queue.length === 0) this.waiting.set(sessionId, queue);
      const timer = setTimeout(() => {
        const i = queue.indexOf(wake);
        if (i >= 0) queue.splice(i, 1);
        if (queue.length === 0 && this.waiting.get(sessionId) === queue) this.waiting.delete(sessionId);
        resolve(this.place(sessionId));
      }, this.maxWaitMs);
      // Handed the place of a booking just answered (`sent` unchanged), or null: the session is full.
      function wake(handedOver: (() => void) | null): void {
        clearTimeout(timer);
        resolve(handedOver);
      }
      queue.push(wake);
    });
  }

  private place(sessionId: number): () => void {
    this.sent.set(sessionId, (this.sent.get(sessionId) ?? 0) + 1);
    return this.giveBack(sessionId);
  }

  /** Gives the place to the first booking waiting, or frees it; counts once however often called. */
  private giveBack(sessionId: number): () => void {
    let given = false;
    return () => {
      if (given) return;
      given = true;
      const queue = this.waiting.get(sessionId);
      const next = queue?.shift();
      if (queue?.length === 0) this.waiting.delete(sessionId);
      if (next) return next(this.giveBack(sessionId));
      const left = (this.sent.get(sessionId) ?? 1) - 1;
      if (left > 0) this.sent.set(sessionId, left);
      else this.sent.delete(sessionId);
    };
  }

  isSoldOut(sessionId: number): boolean {
    const until = this.until.get(sessionId);
    if (until === undefined) return false;
    if (this.now() < until) return true;
    this.until.delete(sessionId);
    return false;
  }

  /** booking-core answered SESSION_FULL for this session just now. */
  remember(sessionId: number): void {
    if (this.ttlMs === 0) return;
    this.until.delete(sessionId);
    if (this.until.size >= SOLD_OUT_MEMO_CAP) {
      const oldest = this.until.keys().next();
      if (!oldest.done) this.until.delete(oldest.value);
    }
    this.until.set(sessionId, this.now() + this.ttlMs);
    // Everyone waiting for a turn on this session can now be answered by the memo.
    const queue = this.waiting.get(sessionId);
    this.waiting.delete(sessionId);
    for (const wake of queue ?? []) wake(null);
  }

  get size(): number {
    return this.until.size;
  }

  /** Bookings on their way to booking-core and waiting for a turn, over every session (for tests). */
  get pending(): { sent: number; waiting: number } {
    let sent = 0;
    let waiting = 0;
    for (const n of this.sent.values()) sent += n;
    for (const q of this.waiting.values()) waiting += q.length;
    return { sent, waiting };
  }
}
