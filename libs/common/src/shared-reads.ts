/**
 * Identical reads under way share one answer: a read asked for while the same read (same key) is
 * running gets that read's promise instead of starting another. Nothing is kept once a read has
 * settled, so no answer is older than the read it joined. `renew()` makes the reads asked for from
 * then on start afresh — after a write, so that a read asked for after it never joins one that
 * began before it. Answers are shared: callers must not change them.
 */
export class SharedReads<T> {
  private readonly running = new Map<string, Promise<T>>();

  run(key: string, read: () => Promise<T>): Promise<T> {
    let promise = this.running.get(key);
    if (!promise) {
      const started = read().finally(() => {
        if (this.running.get(key) === started) this.running.delete(key);
      });
      promise = started;
      this.running.set(key, promise);
    }
    return promise;
  }

  renew(): void {
    this.running.clear();
  }

  /** Reads running that a new caller could join. */
  get size(): number {
    return this.running.size;
  }
}
