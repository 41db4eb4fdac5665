/** Timeouts in a row that mark booking-core as hanging. */
export const CIRCUIT_THRESHOLD = 3;
/** How long calls fail fast after that, before the next calls probe the core again. */
export const CIRCUIT_COOLDOWN_MS = 1000;

export class CircuitOpenError extends Error {
  constructor() {
    super('booking-core keeps timing out; failing fast for a moment');
    this.name = 'CircuitOpenError';
  }
}

/**
 * A circuit breaker for the core client. A core that refuses connections fails fast by itself;
 * one that accepts them and never answers would make every queued call wait its turn and then
 * its own timeout. After a few timeouts in a row the circuit opens: the calls waiting for a
 * connection are aborted at once and new ones fail immediately for a second — so a hanging
 * core costs a partner at most one timeout (issue 3: 503 within 2 s).
 */
export class CoreCircuit {
  private timeouts = 0;
  private openUntil = 0;
  private readonly calls = new Set<AbortController>();

  constructor(private readonly now: () => number = Date.now) {}

  get open(): boolean {
    return this.now() < this.openUntil;
  }

  /** Registers a call; it is aborted if the circuit opens before it ends. Returns the release. */
  track(call: AbortController): () => void {
    this.calls.add(call);
    return () => this.calls.delete(call);
  }

  /** The core answered (whatever the status): it is alive. */
  answered(): void {
    this.timeouts = 0;
  }

  timedOut(): void {
    if (++this.timeouts < CIRCUIT_THRESHOLD) return;
    this.timeouts = 0;
    this.openUntil = this.now() + CIRCUIT_COOLDOWN_MS;
    for (const call of this.calls) call.abort(new CircuitOpenError());
  }
}
