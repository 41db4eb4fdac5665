/** The rule that opens the circuit, over the calls that ended in the last `windowMs`. */
export interface CircuitRule {
  /** How far back outcomes count. */
  windowMs: number;
  /** No verdict on fewer calls than this: a few slow first calls after a deploy cannot trip it. */
  minCalls: number;
  /** Share of calls without an answer (timeouts, refused or reset connections) that trips it. */
  failureRatio: number;
  /** How long it stays open before one probe call may try the core again. */
  cooldownMs: number;
}

export const DEFAULT_CIRCUIT_RULE: CircuitRule = {
  windowMs: 10_000,
  minCalls: 20,
  failureRatio: 0.5,
  cooldownMs: 1_000,
};

/**
 * A circuit breaker for the core client (decision 013). When most recent calls got no answer,
 * booking-core is down or hanging: new calls fail fast (503, nothing sent) instead of each
 * waiting out its deadline. Opening never touches calls already sent — they get the core's
 * answer or their own deadline — so a booking the core is committing is never cut off unseen.
 * After the cooldown one probe goes through (half-open): an answer closes the circuit, none
 * opens it again.
 */
export class CoreCircuit {
  private outcomes: { at: number; failed: boolean }[] = [];
  private openUntil = 0;
  private probing = false;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly rule: CircuitRule = DEFAULT_CIRCUIT_RULE,
    private readonly now: () => number = () => performance.now(),
  ) {}

  get state(): 'closed' | 'open' | 'half-open' {
    if (this.openUntil === 0) return 'closed';
    return this.now() < this.openUntil ? 'open' : 'half-open';
  }

  /** May a new call go to the core now? In half-open, only one probe at a time. */
  admit(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open' || this.probing) return false;
    this.probing = true;
    return true;
  }

  /** The core answered (whatever the status): it is alive. */
  answered(): void {
    if (this.openUntil !== 0) {
      this.openUntil = 0;
      this.probing = false;
      this.outcomes = [];
    }
    this.record(false);
  }

  /** No answer: timed out, refused or reset. */
  failed(): void {
    if (this.openUntil !== 0) {
      // The probe failed (or a call sent before the circuit opened): stay open for another cooldown.
      this.probing = false;
      this.trip();
      return;
    }
    this.record(true);
    const failures = this.outcomes.filter((o) => o.failed).length;
    if (
      this.outcomes.length >= this.rule.minCalls &&
      failures / this.outcomes.length >= this.rule.failureRatio
    )
      this.trip();
  }

  /** Called when the circuit opens (the client refuses the calls still waiting to be sent). */
  onOpen(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private record(failed: boolean): void {
    const now = this.now();
    this.outcomes.push({ at: now, failed });
    const from = now - this.rule.windowMs;
    let drop = 0;
    while (drop < this.outcomes.length && this.outcomes[drop].at < from) drop++;
    if (drop > 0) this.outcomes.splice(0, drop);
    if (this.outcomes.length > 10_000) this.outcomes.splice(0, this.outcomes.length - 10_000);
  }

  private trip(): void {
    this.openUntil = this.now() + this.rule.cooldownMs;
    this.outcomes = [];
    for (const listener of this.listeners) listener();
  }
}
