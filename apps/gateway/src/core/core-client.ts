import { Injectable, Logger, type OnApplicationShutdown, Optional } from '@nestjs/common';
import { Client, Pool } from 'undici';
import { currentRequestId, DEADLINE_HEADER, DomainError, SharedReads } from '@app/common';
import type {
  AppointmentView,
  ExamAppointmentView,
  ExamOrderView,
  ExamSessionView,
  ExamTypeView,
  BookAppointmentCommand,
  HoldView,
  WaitlistEntryView,
  JoinWaitlistCommand,
  Channel,
  DepartmentView,
  DocumentType,
  DoctorView,
  RoomView,
  NotificationJob,
  RequestOutcome,
  SessionView,
  SlotView,
  AssessTriageCommand,
  TriageAssessmentView,
  TriageBodyPartsView,
  TriageQuestionsView,
  TriageSymptomsView,
} from '@app/contracts';
import { GatewayConfig } from '../config/gateway-config';
import { CoreCircuit } from './core-circuit';
import { problemFromCore, unavailableDetail } from './core-problem';

/** Subtracted from the budget sent to the core: the way back over the network. */
const NETWORK_MARGIN_MS = 20;

/** booking-core's clock as its test-clock route shows it. */
export interface SandboxClockView {
  now: string;
  set: boolean;
}

export interface SessionFilter {
  departmentId?: number;
  doctorId?: number;
  dateFrom?: string;
  dateTo?: string;
}

/** A call refused before it was sent: nothing reached the core. */
class NotSent extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/**
 * booking-core's internal API, called with the gateway's service token (role GATEWAY) over a
 * keep-alive pool (DESIGN §1), typed with @app/contracts' views (decision 013):
 * - Each call has a budget (CORE_DEADLINE_MS) from the moment it is made. At most
 *   CORE_CONNECTIONS calls are in flight; others wait their turn within their budget.
 * - What is left of the budget travels with the call (X-Deadline-Ms, a duration): the core
 *   bounds its work by it and rolls back what cannot finish, so its answer comes in time.
 * - The gateway waits for that answer until the budget plus CORE_ANSWER_GRACE_MS. Without an
 *   answer by then the call is 503 CORE_UNAVAILABLE with outcome UNKNOWN (a POST may have been
 *   applied: retrying with the same Idempotency-Key is safe, the core recognises the key).
 * - A core that refuses connections fails at once (outcome NOT_APPLIED); one that stops
 *   answering trips the circuit (CoreCircuit), which refuses new calls and the ones still
 *   waiting to be sent — never a call already sent.
 * Core refusals pass through with their status, code, detail and extra fields.
 */
@Injectable()
export class CoreClient implements OnApplicationShutdown {
  private readonly logger = new Logger('CoreClient');
  private readonly pool: Pool;
  /** Readiness probes go over their own connection: a pool full of slow calls must not hide the answer. */
  private readonly probe: Client;
  readonly circuit: CoreCircuit;
  private inFlight = 0;
  private readonly waiting: { admit: () => void; refuse: (reason: string) => void }[] = [];
  /**
   * Decision 038: identical catalog reads under way (a session list, a session's numbers) share one
   * call. At an expert's release thousands of patients refresh the same session's numbers at once,
   * each read costing booking-core and the gateway milliseconds of CPU; a refresh that arrives
   * while the same read is running gets its answer. Any write through this gateway starts the
   * reads asked for after it afresh, so a partner reads its own booking.
   */
  private readonly catalogReads = new SharedReads<unknown>();

  constructor(
    private readonly config: GatewayConfig,
    @Optional() circuit?: CoreCircuit,
  ) {
    this.circuit = circuit ?? new CoreCircuit();
    this.circuit.onOpen(() => {
      for (const w of this.waiting.splice(0)) w.refuse('circuit open: booking-core is not answering');
    });
    this.pool = new Pool(config.CORE_URL, {
      connections: config.CORE_CONNECTIONS,
      connect: { timeout: config.CORE_CONNECT_TIMEOUT_MS },
      // The call's own timer ends it (budget + grace); undici's would cut calls the core is finishing.
      headersTimeout: 0,
      bodyTimeout: 0,
      keepAliveTimeout: 4_000,
    });
    this.probe = new Client(config.CORE_URL, { connect: { timeout: 500 }, keepAliveTimeout: 4_000 });
  }

  /** Is booking-core ready (its database answering)? Answered within `timeoutMs`. */
  async ready(timeoutMs: number): Promise<boolean> {
    try {
      const response = await this.probe.request({
        method: 'GET',
        path: '/v1/health/ready',
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.body.dump();
      return response.statusCode === 200;
    } catch {
      return false;
    }
  }

  departments(): Promise<DepartmentView[]> {
    return this.call('GET', '/v1/departments');
  }

  doctors(departmentId?: number): Promise<DoctorView[]> {
    return this.call('GET', `/v1/doctors${query({ departmentId })}`);
  }

  rooms(): Promise<RoomView[]> {
    return this.call('GET', '/v1/rooms');
  }

  session(id: number, channel: Channel): Promise<SessionView> {
    return this.call('GET', `/v1/sessions/${id}${query({ channel })}`);
  }

  /** `channel`: availability counts what that channel may book (R4 reserve excluded). */
  sessions(filter: SessionFilter, channel: Channel): Promise<SessionView[]> {
    return this.sharedRead(`/v1/sessions${query({ ...filter, channel })}`);
  }

  slots(sessionId: number, channel: Channel): Promise<SlotView[]> {
    return this.sharedRead(`/v1/sessions/${sessionId}/slots${query({ channel })}`);
  }

  /** A GET whose answer is shared with identical ones under way; callers must not change it. */
  private sharedRead<T>(path: string): Promise<T> {
    return this.catalogReads.run(path, () => this.call('GET', path)) as Promise<T>;
  }

  /**
   * `stillWanted`: asked once the call has its place, just before it is sent; an error it returns
   * is thrown instead, nothing sent (decision 026: a burst queued behind the first SESSION_FULL).
   */
  book(
    command: BookAppointmentCommand,
    stillWanted?: () => Promise<DomainError | null>,
  ): Promise<AppointmentView> {
    return this.call('POST', '/v1/appointments', command, stillWanted);
  }

  appointment(id: number, partnerId: string): Promise<AppointmentView> {
    return this.call('GET', `/v1/appointments/${id}${query({ partnerId })}`);
  }

  cancel(id: number, partnerId: string, reason?: string): Promise<AppointmentView> {
    return this.call('POST', `/v1/appointments/${id}/cancel`, {
      partnerId,
      ...(reason === undefined ? {} : { reason }),
    });
  }

  /** R5 holds: the same command as a booking; the partner scopes confirm, release and reads. */
  hold(command: BookAppointmentCommand): Promise<HoldView> {
    return this.call('POST', '/v1/holds', command);
  }

  holdById(id: number, partnerId: string): Promise<HoldView> {
    return this.call('GET', `/v1/holds/${id}${query({ partnerId })}`);
  }

  confirmHold(id: number, partnerId: string): Promise<AppointmentView> {
    return this.call('POST', `/v1/holds/${id}/confirm`, { partnerId });
  }

  releaseHold(id: number, partnerId: string): Promise<HoldView> {
    return this.call('POST', `/v1/holds/${id}/release`, { partnerId });
  }

  /** R5 waitlist (decision 029): the partner scopes reads, leaving, accepting and declining. */
  joinWaitlist(command: JoinWaitlistCommand): Promise<WaitlistEntryView> {
    return this.call('POST', '/v1/waitlist', command);
  }

  waitlistEntry(id: number, partnerId: string): Promise<WaitlistEntryView> {
    return this.call('GET', `/v1/waitlist/${id}${query({ partnerId })}`);
  }

  waitlistAction(id: number, action: 'leave' | 'decline', partnerId: string): Promise<WaitlistEntryView> {
    return this.call('POST', `/v1/waitlist/${id}/${action}`, { partnerId });
  }

  acceptOffer(id: number, partnerId: string): Promise<AppointmentView> {
    return this.call('POST', `/v1/waitlist/${id}/accept`, { partnerId });
  }

  /** R19 医技预约 (decision 031). */
  examTypes(): Promise<ExamTypeView[]> {
    return this.call('GET', '/v1/exam-types');
  }

  lookupExamOrder(body: {
    orderNo: string;
    patient: { name: string; documentType: DocumentType; documentNo: string };
    partnerId: string;
  }): Promise<ExamOrderView> {
    return this.call('POST', '/v1/exam-orders/lookup', body);
  }

  examSessions(
    q: { examTypeId: number; dateFrom?: string; dateTo?: string },
    channel: Channel,
  ): Promise<ExamSessionView[]> {
    return this.call('GET', `/v1/exam-sessions${query({ ...q, channel })}`);
  }

  examSlots(sessionId: number, channel: Channel): Promise<SlotView[]> {
    return this.call('GET', `/v1/exam-sessions/${sessionId}/slots${query({ channel })}`);
  }

  bookExamination(command: object): Promise<ExamAppointmentView> {
    return this.call('POST', '/v1/examinations', command);
  }

  examination(id: number, partnerId: string): Promise<ExamAppointmentView> {
    return this.call('GET', `/v1/examinations/${id}${query({ partnerId })}`);
  }

  cancelExamination(id: number, partnerId: string, reason?: string): Promise<ExamAppointmentView> {
    return this.call('POST', `/v1/examinations/${id}/cancel`, {
      partnerId,
      ...(reason === undefined ? {} : { reason }),
    });
  }

  searchPatientAppointments(identity: {
    name: string;
    documentType: DocumentType;
    documentNo: string;
  }): Promise<AppointmentView[]> {
    return this.call('POST', '/v1/patients/appointments/search', identity);
  }

  /** R8: due notifications, leased to `owner` for `leaseSeconds`. */
  claimNotifications(owner: string, limit: number, leaseSeconds: number): Promise<NotificationJob[]> {
    return this.call('POST', '/v1/notifications/claim', { owner, limit, leaseSeconds });
  }

  /**
   * R8: one delivery's outcome. A failure is retried `retryAfterMs` later by the core's clock
   * (a duration: the gateway never sends an instant for the core to compare), until the core's maximum.
   */
  ackNotification(
    id: string,
    owner: string,
    outcome: { sent: true } | { sent: false; error: string; retryAfterMs: number },
  ): Promise<{ status: string }> {
    return this.call('POST', `/v1/notifications/${id}/ack`, { owner, ...outcome });
  }

  /** R18 self-triage: the body map for a sex and age. */
  triageBodyParts(q: { sex: string; ageYears: number; ageMonths?: number }): Promise<TriageBodyPartsView> {
    return this.call('GET', `/v1/triage/body-parts${query(q)}`);
  }

  /** R18: symptoms under a body part, or by search. */
  triageSymptoms(q: {
    sex: string;
    ageYears: number;
    ageMonths?: number;
    bodyPart?: string;
    q?: string;
  }): Promise<TriageSymptomsView> {
    return this.call('GET', `/v1/triage/symptoms${query(q)}`);
  }

  /** R18: the duration, pregnancy and red-flag questions for chosen symptoms. */
  triageQuestions(q: {
    sex: string;
    ageYears: number;
    ageMonths?: number;
    symptoms: string;
    pregnant?: boolean;
  }): Promise<TriageQuestionsView> {
    const { pregnant, ...rest } = q;
    return this.call('GET', `/v1/triage/questions${query({ ...rest, pregnant: pregnant?.toString() })}`);
  }

  /** R18: an assessment for a partner (channel and partnerId from the verified partner). */
  triageAssess(command: AssessTriageCommand): Promise<TriageAssessmentView> {
    return this.call('POST', '/v1/triage/assessments', command);
  }

  /**
   * Decision 032 (sandbox deployments only): booking-core's own test clock, the one "now" of every
   * rule. The gateway forwards the partner's instant; it never compares it with a clock of its own.
   */
  sandboxClock(): Promise<SandboxClockView> {
    return this.call('GET', '/v1/test/clock');
  }

  setSandboxClock(now: string, frozen: boolean): Promise<SandboxClockView> {
    return this.call('PUT', '/v1/test/clock', { now, frozen });
  }

  resetSandboxClock(): Promise<SandboxClockView> {
    return this.call('DELETE', '/v1/test/clock');
  }

  /** Last, after the HTTP server has drained and the dispatcher has stopped (graceful shutdown). */
  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.pool.close(), this.probe.close()]);
  }

  private async call<T>(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    path: string,
    body?: object,
    stillWanted?: () => Promise<DomainError | null>,
  ): Promise<T> {
    const deadlineAt = performance.now() + this.config.CORE_DEADLINE_MS;
    try {
      await this.admit(deadlineAt);
    } catch (error) {
      throw this.unavailable(method, path, (error as NotSent).reason, 'NOT_APPLIED');
    }
    if (stillWanted) {
      let refusal: DomainError | null;
      try {
        refusal = await stillWanted();
      } catch (error) {
        this.release();
        throw error;
      }
      if (refusal) {
        this.release();
        throw refusal;
      }
    }
    const requestId = currentRequestId();
    const call = new AbortController();
    const budget = Math.max(1, Math.floor(deadlineAt - performance.now() - NETWORK_MARGIN_MS));
    const giveUp = setTimeout(
      () => call.abort(new Error('no answer within the deadline')),
      deadlineAt - performance.now() + this.config.CORE_ANSWER_GRACE_MS,
    );
    let status: number;
    let text: string;
    try {
      const response = await this.pool.request({
        method,
        path,
        headers: {
          authorization: `Bearer ${this.config.CORE_TOKEN}`,
          accept: 'application/json',
          [DEADLINE_HEADER]: String(budget),
          ...(requestId ? { 'x-request-id': requestId } : {}),
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
        signal: call.signal,
      });
      status = response.statusCode;
      text = await response.body.text();
      this.circuit.answered();
    } catch (error) {
      this.circuit.failed();
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      // Refused before anything was sent; otherwise the core may have acted on it.
      const outcome = method === 'GET' || refused(error) ? 'NOT_APPLIED' : 'UNKNOWN';
      throw this.unavailable(method, path, reason, outcome);
    } finally {
      clearTimeout(giveUp);
      this.release();
      // Whatever its outcome, a write may have changed what the reads under way are reading.
      if (method !== 'GET') this.catalogReads.renew();
    }
    if (status >= 200 && status < 300) return JSON.parse(text) as T;
    throw problemFromCore(status, text, this.logger, method);
  }

  /** Waits for one of CORE_CONNECTIONS places, within the call's budget and while the circuit admits it. */
  private admit(deadlineAt: number): Promise<void> {
    if (!this.circuit.admit())
      return Promise.reject(new NotSent('circuit open: booking-core is not answering'));
    if (this.inFlight < this.config.CORE_CONNECTIONS) {
      this.inFlight++;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const entry = {
        admit: () => {
          clearTimeout(timer);
          this.inFlight++;
          resolve();
        },
        refuse: (reason: string) => {
          clearTimeout(timer);
          reject(new NotSent(reason));
        },
      };
      const timer = setTimeout(() => {
        const i = this.waiting.indexOf(entry);
        if (i >= 0) this.waiting.splice(i, 1);
        reject(new NotSent('busy: no connection to booking-core came free within the deadline'));
      }, deadlineAt - performance.now());
      this.waiting.push(entry);
    });
  }

  private release(): void {
    this.inFlight--;
    this.waiting.shift()?.admit();
  }

  private unavailable(method: string, path: string, reason: string, outcome: RequestOutcome): DomainError {
    this.logger.warn({ msg: 'booking-core unavailable', method, path: path.split('?')[0], reason, outcome });
    return new DomainError('CORE_UNAVAILABLE', unavailableDetail(method, outcome), { outcome });
  }
}

/** undici's codes for a connection the core refused or that could not be made: nothing was sent. */
function refused(error: unknown): boolean {
  const raw = (error as { code?: unknown }).code;
  const code = typeof raw === 'string' ? raw : '';
  return code === 'ECONNREFUSED' || code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'ENOTFOUND';
}

function query(params: Record<string, string | number | undefined>): string {
  const entries = Object.entries(params).filter((e): e is [string, string | number] => e[1] !== undefined);
  return entries.length
    ? `?${new URLSearchParams(entries.map(([k, v]): [string, string] => [k, String(v)])).toString()}`
    : '';
}
