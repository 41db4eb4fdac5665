import type { GatewayConfig } from '../config/gateway-config';

/** The most sessions remembered at once; the oldest is forgotten first (decision 015). */
export const SOLD_OUT_MEMO_CAP = 10_000;

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

  constructor(
    config: Pick<GatewayConfig, 'SOLD_OUT_MEMO_MS'>,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.ttlMs = config.SOLD_OUT_MEMO_MS;
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
  }

  get size(): number {
    return this.until.size;
  }
}
