import { randomUUID } from 'node:crypto';
import type { PartnerClient } from '@app/partner-client';
import { addDays, localDate } from '@app/domain';
import { createClinic, generate, sessionOf, sqlOn, testPatient, type CoreEndpoint } from '@test/support';

/** One booking attempt as the partner saw it. */
export interface Attempt {
  key: string;
  patient: ReturnType<typeof testPatient>;
  status: number;
  code?: string;
  outcome?: string;
  id?: number;
  /** A network failure instead of an HTTP answer (a reset connection). */
  error?: string;
  at: number;
}

/**
 * A clinic on a day shortly ahead of the real date (these tests run the core on the real clock:
 * several workers cannot share a test clock), with `numbers` numbers.
 */
export async function realDateSession(core: CoreEndpoint, numbers: number): Promise<{ id: number }> {
  const day = addDays(localDate(new Date(), 'Asia/Shanghai'), 2);
  const weekday = ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
  const clinic = await createClinic(core, {
    weekday,
    numberCount: numbers,
    minutesPerNumber: 1,
    firstStart: '08:00',
    effectiveFrom: addDays(day, -7),
  });
  await generate(core);
  return sessionOf(core, clinic.doctorId, day);
}

/**
 * Partners booking distinct patients as fast as `concurrency` allows, until stopped. A 503 is
 * followed by a short pause (a partner backs off), never by a retry here: reconcile() retries.
 */
export class BookingLoad {
  readonly attempts: Attempt[] = [];
  private running = true;
  private readonly workers: Promise<void>[];
  private next = 0;

  constructor(
    private readonly client: PartnerClient,
    private readonly sessionId: number,
    concurrency: number,
    private readonly salt: number,
  ) {
    this.workers = Array.from({ length: concurrency }, () => this.work());
  }

  private async work(): Promise<void> {
    while (this.running) {
      const attempt = await attemptBooking(this.client, this.sessionId, testPatient(this.next++, this.salt));
      this.attempts.push(attempt);
      if (attempt.status !== 201) await new Promise((r) => setTimeout(r, 20));
    }
  }

  count(check: (a: Attempt) => boolean): number {
    return this.attempts.filter(check).length;
  }

  /** Waits (bounded by attempts made, not by a clock) until `check` holds. */
  async until(check: () => boolean, maxAttempts = 5_000): Promise<void> {
    const limit = this.attempts.length + maxAttempts;
    while (!check()) {
      if (this.attempts.length > limit) throw new Error('load condition not reached');
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  async stop(): Promise<Attempt[]> {
    this.running = false;
    await Promise.all(this.workers);
    return this.attempts;
  }
}

export async function attemptBooking(
  client: PartnerClient,
  sessionId: number,
  patient: ReturnType<typeof testPatient>,
  key: string = randomUUID(),
): Promise<Attempt> {
  const at = performance.now();
  try {
    const res = await client.book({ sessionId, patient }, key);
    const body = res.body as { id?: number; code?: string; outcome?: string };
    return res.ok
      ? { key, patient, status: res.status, id: body.id, at }
      : { key, patient, status: res.status, code: body.code, outcome: body.outcome, at };
  } catch (error) {
    return { key, patient, status: 0, error: String((error as Error).cause ?? error), at };
  }
}

/**
 * After a fault: every attempt that was not answered 201 is retried with the same key and body
 * (what the partner guide tells partners to do) until it is answered. Then the session's live
 * appointments in the database are compared with what the partners were told.
 */
export async function reconcile(
  client: PartnerClient,
  sessionId: number,
  attempts: Attempt[],
  databaseUrl: string,
): Promise<{ answered: number; recoveredByRetry: number; neither: number; doubleHeldSlots: number }> {
  const known = new Set<number>();
  let recoveredByRetry = 0;
  for (const a of attempts) {
    if (a.status === 201 && a.id !== undefined) {
      known.add(a.id);
      continue;
    }
    for (let i = 0; i < 20; i++) {
      const retry = await attemptBooking(client, sessionId, a.patient, a.key);
      if (retry.status === 201 && retry.id !== undefined) {
        known.add(retry.id);
        recoveredByRetry++;
        break;
      }
      if (retry.status !== 503 && retry.status !== 0) break; // a definite refusal (e.g. SESSION_FULL)
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const rows = await sqlOn<{ id: number }>(
    databaseUrl,
    `SELECT id FROM appointment WHERE session_id = $1 AND status = 'BOOKED'`,
    [sessionId],
  );
  const doubled = await sqlOn<{ n: number }>(
    databaseUrl,
    `SELECT COUNT(*)::int AS n FROM (SELECT slot_id FROM appointment WHERE session_id = $1
       AND status IN ('BOOKED','CHECKED_IN','CALLED','REGISTERED') GROUP BY slot_id HAVING COUNT(*) > 1) d`,
    [sessionId],
  );
  return {
    answered: attempts.filter((a) => a.status === 201).length,
    recoveredByRetry,
    neither: rows.filter((r) => !known.has(Number(r.id))).length,
    doubleHeldSlots: doubled[0].n,
  };
}

/** A figure for the log (benchmarks print; tests assert outcomes, not timings). */
export function report(label: string, figures: Record<string, unknown>): void {
  process.stdout.write(`  [fault] ${label}: ${JSON.stringify(figures)}\n`);
}
