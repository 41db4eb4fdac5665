/**
 * A background job's timer: one run at a time, and a stop that waits for the run in progress —
 * so a graceful shutdown never closes the database under a job (decision 012).
 */
export class Recurring {
  private timer?: NodeJS.Timeout;
  private current?: Promise<void>;

  constructor(
    private readonly everyMs: number,
    private readonly work: () => Promise<void>,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.trigger(), this.everyMs);
    this.timer.unref();
  }

  /** Runs now unless a run is in progress (then that run is awaited). */
  trigger(): Promise<void> {
    this.current ??= this.work().finally(() => (this.current = undefined));
    return this.current;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.current;
  }
}
