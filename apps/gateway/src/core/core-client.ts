import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Pool } from 'undici';
import { currentRequestId, DomainError } from '@app/common';
import type {
  AppointmentView,
  BookAppointmentCommand,
  Channel,
  DepartmentView,
  DocumentType,
  DoctorView,
  NotificationJob,
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
import { problemFromCore } from './core-problem';

/** undici's codes for a core that did not connect or answer in time. */
const TIMEOUTS = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

export interface SessionFilter {
  departmentId?: number;
  doctorId?: number;
  dateFrom?: string;
  dateTo?: string;
}

/**
 * booking-core's internal API, called with the gateway's service token (role GATEWAY) over a
 * keep-alive pool (DESIGN §1), typed with @app/contracts' views. A core that is down (refuses
 * connections) or hangs (no answer within CORE_TIMEOUT_MS of sending; see CoreCircuit) is
 * 503 CORE_UNAVAILABLE within 2 s; a busy core's calls wait for a connection up to
 * CORE_DEADLINE_MS. The pool reconnects by itself when the core is back. Core refusals pass
 * through with their status, code, detail and extra fields.
 */
@Injectable()
export class CoreClient implements OnModuleDestroy {
  private readonly logger = new Logger('CoreClient');
  private readonly pool: Pool;
  private readonly circuit = new CoreCircuit();

  constructor(private readonly config: GatewayConfig) {
    this.pool = new Pool(config.CORE_URL, {
      connections: config.CORE_CONNECTIONS,
      connect: { timeout: config.CORE_CONNECT_TIMEOUT_MS },
      // Counted from sending the request: how long the core itself takes to answer.
      headersTimeout: config.CORE_TIMEOUT_MS,
      bodyTimeout: config.CORE_TIMEOUT_MS,
      keepAliveTimeout: 4_000,
    });
  }

  departments(): Promise<DepartmentView[]> {
    return this.call('GET', '/v1/departments');
  }

  doctors(departmentId?: number): Promise<DoctorView[]> {
    return this.call('GET', `/v1/doctors${query({ departmentId })}`);
  }

  /** `channel`: availability counts what that channel may book (R4 reserve excluded). */
  sessions(filter: SessionFilter, channel: Channel): Promise<SessionView[]> {
    return this.call('GET', `/v1/sessions${query({ ...filter, channel })}`);
  }

  slots(sessionId: number, channel: Channel): Promise<SlotView[]> {
    return this.call('GET', `/v1/sessions/${sessionId}/slots${query({ channel })}`);
  }

  book(command: BookAppointmentCommand): Promise<AppointmentView> {
    return this.call('POST', '/v1/appointments', command);
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

  /** R8: one delivery's outcome; a failure is retried at `retryAt` until the core's maximum. */
  ackNotification(
    id: string,
    owner: string,
    outcome: { sent: true } | { sent: false; error: string; retryAt: string },
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

  async onModuleDestroy(): Promise<void> {
    await this.pool.close();
  }

  private async call<T>(method: 'GET' | 'POST', path: string, body?: object): Promise<T> {
    if (this.circuit.open) throw this.unavailable(method, path, 'circuit open after repeated timeouts');
    const requestId = currentRequestId();
    const call = new AbortController();
    const deadline = setTimeout(() => call.abort(new Error('deadline')), this.config.CORE_DEADLINE_MS);
    const release = this.circuit.track(call);
    let status: number;
    let text: string;
    try {
      const response = await this.pool.request({
        method,
        path,
        headers: {
          authorization: `Bearer ${this.config.CORE_TOKEN}`,
          accept: 'application/json',
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
      if (TIMEOUTS.has(String((error as { code?: unknown }).code))) this.circuit.timedOut();
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      throw this.unavailable(method, path, reason);
    } finally {
      clearTimeout(deadline);
      release();
    }
    if (status >= 200 && status < 300) return JSON.parse(text) as T;
    throw problemFromCore(status, text, this.logger);
  }

  private unavailable(method: string, path: string, reason: string): DomainError {
    this.logger.warn({ msg: 'booking-core unavailable', method, path: path.split('?')[0], reason });
    return new DomainError('CORE_UNAVAILABLE', 'The booking service did not answer in time; retry later');
  }
}

function query(params: Record<string, string | number | undefined>): string {
  const entries = Object.entries(params).filter((e): e is [string, string | number] => e[1] !== undefined);
  return entries.length
    ? `?${new URLSearchParams(entries.map(([k, v]): [string, string] => [k, String(v)])).toString()}`
    : '';
}
