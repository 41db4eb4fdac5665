import { randomUUID } from 'node:crypto';
import { IDEMPOTENCY_HEADER, signatureHeaders } from './signing';
import type {
  Appointment,
  BookAppointment,
  BookExamination,
  ClinicSession,
  Department,
  Doctor,
  ExamAppointment,
  ExamOrder,
  ExamSession,
  ExamType,
  Hold,
  HoldNumber,
  JoinWaitlist,
  WaitlistEntry,
  PatientIdentity,
  Problem,
  SessionQuery,
  Slot,
} from './types';

export interface PartnerClientOptions {
  /** The gateway, e.g. http://127.0.0.1:3000 */
  baseUrl: string;
  appId: string;
  secret: string;
  /** Per request; default 10 s. */
  timeoutMs?: number;
  /** Sees every response (tests record them). */
  onResponse?: (response: { status: number; text: string }) => void;
}

export type PartnerResponse<T> =
  | { ok: true; status: number; headers: Headers; body: T }
  | { ok: false; status: number; headers: Headers; body: Problem };

export interface RequestOptions {
  /** JSON-serialised once; the exact bytes are signed and sent. */
  body?: unknown;
  /** Send these bytes instead of `body` (still signed). */
  rawBody?: string;
  /** Default: a new UUID on POST; `null` sends none. */
  idempotencyKey?: string | null;
  headers?: Record<string, string>;
  timestamp?: number;
  nonce?: string;
}

/** A signed request, ready to send (and to send again, for replay tests). */
export interface PreparedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
}

/**
 * A small, dependency-free client for the partner API: signs every request (DESIGN §5), adds an
 * Idempotency-Key to every POST, and never throws on an HTTP status — the caller reads `ok`,
 * `status` and the problem `code`.
 */
export class PartnerClient {
  private readonly base: string;

  constructor(private readonly options: PartnerClientOptions) {
    this.base = options.baseUrl.replace(/\/+$/, '');
  }

  get appId(): string {
    return this.options.appId;
  }

  departments(): Promise<PartnerResponse<Department[]>> {
    return this.request('GET', '/v1/departments');
  }

  doctors(departmentId?: number): Promise<PartnerResponse<Doctor[]>> {
    return this.request('GET', `/v1/doctors${query({ departmentId })}`);
  }

  sessions(q: SessionQuery = {}): Promise<PartnerResponse<ClinicSession[]>> {
    return this.request('GET', `/v1/sessions${query({ ...q })}`);
  }

  slots(sessionId: number): Promise<PartnerResponse<Slot[]>> {
    return this.request('GET', `/v1/sessions/${sessionId}/slots`);
  }

  book(request: BookAppointment, idempotencyKey?: string): Promise<PartnerResponse<Appointment>> {
    return this.request('POST', '/v1/appointments', { body: request, idempotencyKey });
  }

  appointment(id: number): Promise<PartnerResponse<Appointment>> {
    return this.request('GET', `/v1/appointments/${id}`);
  }

  cancel(id: number, reason?: string, idempotencyKey?: string): Promise<PartnerResponse<Appointment>> {
    return this.request('POST', `/v1/appointments/${id}/cancel`, {
      body: reason === undefined ? {} : { reason },
      idempotencyKey,
    });
  }

  /** R5: hold a number for a few minutes (the hospital's hold_minutes) while the patient confirms or pays. */
  hold(request: HoldNumber, idempotencyKey?: string): Promise<PartnerResponse<Hold>> {
    return this.request('POST', '/v1/holds', { body: request, idempotencyKey });
  }

  getHold(id: number): Promise<PartnerResponse<Hold>> {
    return this.request('GET', `/v1/holds/${id}`);
  }

  /** The appointment, with its check-in code; HOLD_EXPIRED once the hold's time has passed. */
  confirmHold(id: number, idempotencyKey?: string): Promise<PartnerResponse<Appointment>> {
    return this.request('POST', `/v1/holds/${id}/confirm`, { body: {}, idempotencyKey });
  }

  /** The number returns to the pool at once. */
  releaseHold(id: number, idempotencyKey?: string): Promise<PartnerResponse<Hold>> {
    return this.request('POST', `/v1/holds/${id}/release`, { body: {}, idempotencyKey });
  }

  /** R5: join the waitlist of a full session (decision 029). */
  joinWaitlist(request: JoinWaitlist, idempotencyKey?: string): Promise<PartnerResponse<WaitlistEntry>> {
    return this.request('POST', '/v1/waitlist', { body: request, idempotencyKey });
  }

  /** The place in line, and the offer held, if any. */
  waitlistEntry(id: number): Promise<PartnerResponse<WaitlistEntry>> {
    return this.request('GET', `/v1/waitlist/${id}`);
  }

  leaveWaitlist(id: number, idempotencyKey?: string): Promise<PartnerResponse<WaitlistEntry>> {
    return this.request('POST', `/v1/waitlist/${id}/leave`, { body: {}, idempotencyKey });
  }

  /** The appointment, with its check-in code; HOLD_EXPIRED once the offer lapsed. */
  acceptOffer(id: number, idempotencyKey?: string): Promise<PartnerResponse<Appointment>> {
    return this.request('POST', `/v1/waitlist/${id}/accept`, { body: {}, idempotencyKey });
  }

  /** The offered number passes to the next patient waiting. */
  declineOffer(id: number, idempotencyKey?: string): Promise<PartnerResponse<WaitlistEntry>> {
    return this.request('POST', `/v1/waitlist/${id}/decline`, { body: {}, idempotencyKey });
  }

  /** R19 医技预约: the exam types, with what the patient must do beforehand. */
  examTypes(): Promise<PartnerResponse<ExamType[]>> {
    return this.request('GET', '/v1/exam-types');
  }

  /** An order the hospital issued, read with its patient's name and document (body only). */
  lookupExamOrder(
    body: { orderNo: string; patient: PatientIdentity },
    idempotencyKey?: string,
  ): Promise<PartnerResponse<ExamOrder>> {
    return this.request('POST', '/v1/exam-orders/lookup', { body, idempotencyKey });
  }

  examSessions(q: {
    examTypeId: number;
    dateFrom?: string;
    dateTo?: string;
  }): Promise<PartnerResponse<ExamSession[]>> {
    return this.request('GET', `/v1/exam-sessions${query({ ...q })}`);
  }

  examSlots(sessionId: number): Promise<PartnerResponse<Slot[]>> {
    return this.request('GET', `/v1/exam-sessions/${sessionId}/slots`);
  }

  /** Book a time for an order: a partner cannot book an examination without one. */
  bookExamination(
    request: BookExamination,
    idempotencyKey?: string,
  ): Promise<PartnerResponse<ExamAppointment>> {
    return this.request('POST', '/v1/examinations', { body: request, idempotencyKey });
  }

  examination(id: number): Promise<PartnerResponse<ExamAppointment>> {
    return this.request('GET', `/v1/examinations/${id}`);
  }

  cancelExamination(
    id: number,
    reason?: string,
    idempotencyKey?: string,
  ): Promise<PartnerResponse<ExamAppointment>> {
    return this.request('POST', `/v1/examinations/${id}/cancel`, {
      body: reason === undefined ? {} : { reason },
      idempotencyKey,
    });
  }

  /** A patient's appointments from every channel; the identity travels in the body only. */
  searchAppointments(
    patient: PatientIdentity,
    idempotencyKey?: string,
  ): Promise<PartnerResponse<Appointment[]>> {
    return this.request('POST', '/v1/patients/appointments/search', { body: patient, idempotencyKey });
  }

  async request<T>(
    method: string,
    pathAndQuery: string,
    options: RequestOptions = {},
  ): Promise<PartnerResponse<T>> {
    return this.send<T>(this.prepare(method, pathAndQuery, options));
  }

  prepare(method: string, pathAndQuery: string, options: RequestOptions = {}): PreparedRequest {
    const upper = method.toUpperCase();
    const url = new URL(this.base + pathAndQuery);
    const body =
      options.rawBody ??
      (options.body === undefined ? (upper === 'POST' ? '{}' : undefined) : JSON.stringify(options.body));
    const headers: Record<string, string> = {
      accept: 'application/json',
      ...signatureHeaders({
        appId: this.options.appId,
        secret: this.options.secret,
        method: upper,
        // What fetch puts on the request line: the URL parser's normalised path and query.
        pathAndQuery: url.pathname + url.search,
        body,
        timestamp: options.timestamp,
        nonce: options.nonce,
      }),
      ...options.headers,
    };
    const typed = Object.keys(headers).some((h) => h.toLowerCase() === 'content-type');
    if (body !== undefined && !typed) headers['content-type'] = 'application/json';
    const key =
      options.idempotencyKey === undefined && upper === 'POST' ? randomUUID() : options.idempotencyKey;
    if (typeof key === 'string') headers[IDEMPOTENCY_HEADER] = key;
    return { url: url.toString(), method: upper, headers, body };
  }

  async send<T>(prepared: PreparedRequest): Promise<PartnerResponse<T>> {
    const res = await fetch(prepared.url, {
      method: prepared.method,
      headers: prepared.headers,
      body: prepared.body,
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
    });
    const text = await res.text();
    this.options.onResponse?.({ status: res.status, text });
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON: keep the text */
    }
    return res.ok
      ? { ok: true, status: res.status, headers: res.headers, body: body as T }
      : { ok: false, status: res.status, headers: res.headers, body: body as Problem };
  }
}

function query(params: Record<string, string | number | undefined>): string {
  const entries = Object.entries(params).filter((e): e is [string, string | number] => e[1] !== undefined);
  return entries.length
    ? `?${new URLSearchParams(entries.map(([k, v]): [string, string] => [k, String(v)])).toString()}`
    : '';
}
