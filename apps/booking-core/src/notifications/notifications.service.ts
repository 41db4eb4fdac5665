import { Injectable, Logger } from '@nestjs/common';
import type { NotificationJob, NotificationSummary } from '@app/contracts';
import { addDays } from '@app/domain';
import { ClockService } from '../clock/clock.service';
import { PiiVault } from '../patients';
import type { Actor } from '../shared/actor';
import { valuesWithHospitalOffset } from '../shared/hospital-time';
import { at, atOrNull, type AppointmentRow } from '../shared/view-mappers';
import type { NotificationAdminView } from './dto/notification.dto';
import { type NotificationRow, NotificationsRepository } from './notifications.repository';

/** Kinds whose message carries the check-in code. */
const WITH_VERIFICATION_CODE = new Set(['BOOKING_CONFIRMED', 'REMINDER']);

@Injectable()
export class NotificationsService {
  private readonly logger = new Logger('Notifications');

  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly vault: PiiVault,
    private readonly clock: ClockService,
  ) {}

  /** Claims due notifications and turns them into deliveries the dispatcher can send as they are. */
  async claim(owner: string, limit: number, leaseSeconds: number): Promise<NotificationJob[]> {
    const rows = await this.notifications.claim(owner, limit, leaseSeconds, this.clock.now());
    const ids = [...new Set(rows.map((r) => r.appointment_id).filter((id): id is number => id !== null))];
    const appointments = new Map((await this.notifications.appointments(ids)).map((a) => [a.id, a]));
    const names = await this.notifications.patientNames([...new Set(rows.map((r) => r.patient_id))]);
    const notifyTo = await this.notifications.notifyTargets(ids.filter((id) => !appointments.has(id)));
    return rows.map((r) =>
      this.job(
        r,
        r.appointment_id === null ? null : (appointments.get(r.appointment_id) ?? null),
        names,
        notifyTo,
      ),
    );
  }

  async ack(
    id: string,
    owner: string,
    sent: boolean,
    error: string | undefined,
    retryAfterMs: number | undefined,
  ) {
    const row = await this.notifications.ack(
      id,
      owner,
      sent,
      error ?? null,
      retryAfterMs ?? 0,
      this.clock.now(),
    );
    if (row.status === 'DEAD')
      this.logger.warn({
        msg: 'notification dead',
        id: String(row.id),
        kind: row.kind,
        channel: row.channel,
      });
    return this.adminView(row);
  }

  async replay(id: string, by: Actor): Promise<NotificationAdminView> {
    return this.adminView(await this.notifications.replay(id, by));
  }

  /** R8: reminders for the day after `today` (or the date asked for). */
  async createReminders(by: Actor, date?: string): Promise<{ date: string; created: number }> {
    const day = date ?? addDays(this.clock.today(), 1);
    return { date: day, created: await this.notifications.createReminders(day, by) };
  }

  async summaries(appointmentId: number): Promise<NotificationSummary[]> {
    return (await this.notifications.forAppointment(appointmentId)).map((r) => this.summary(r));
  }

  private summary(r: NotificationRow): NotificationSummary {
    const tz = this.clock.timeZone;
    return {
      kind: r.kind,
      channel: r.channel,
      status: r.status,
      attempts: Number(r.attempts),
      createdAt: at(r.created_at, tz),
      sentAt: atOrNull(r.sent_at, tz),
    };
  }

  async list(status: NotificationAdminView['status'] | undefined, appointmentId: number | undefined) {
    return (await this.notifications.list(status ?? null, appointmentId ?? null)).map((r) =>
      this.adminView(r),
    );
  }

  adminView(r: NotificationRow): NotificationAdminView {
    const tz = this.clock.timeZone;
    return {
      id: String(r.id),
      ...this.summary(r),
      appointmentId: r.appointment_id,
      partnerId: r.partner_id,
      recipient: r.recipient_masked,
      lastError: r.last_error,
      nextAttemptAt: at(r.next_attempt_at, tz),
    };
  }

  /** SMS: the mobile (decrypted only here); WeChat and app: the user the partner named at booking. */
  private recipient(
    r: NotificationRow,
    a: AppointmentRow | null,
    notifyTo: Map<number, string>,
  ): string | null {
    if (r.channel === 'SMS') return r.recipient_cipher ? this.vault.decrypt(r.recipient_cipher) : null;
    // An offer (decision 029) is about no appointment: the user the entry named is on the row.
    if (r.channel === 'WECHAT' || r.channel === 'APP_PUSH')
      return (
        r.notify_to ??
        a?.notify_to ??
        (r.appointment_id === null ? null : (notifyTo.get(r.appointment_id) ?? null))
      );
    return null;
  }

  private job(
    r: NotificationRow,
    a: AppointmentRow | null,
    names: Map<number, string>,
    notifyTo: Map<number, string> = new Map(),
  ): NotificationJob {
    const tz = this.clock.timeZone;
    let data: Record<string, unknown> = {};
    try {
      data = JSON.parse(r.payload) as Record<string, unknown>;
    } catch {
      /* an empty payload */
    }
    return {
      id: String(r.id),
      kind: r.kind,
      channel: r.channel,
      partnerId: r.partner_id,
      attempt: Number(r.attempts),
      recipient: this.recipient(r, a, notifyTo),
      patientName: names.get(r.patient_id) ?? '',
      appointment: a && {
        id: a.id,
        code: a.code,
        status: a.status,
        department: a.department_name,
        doctor: a.doctor_name,
        doctorTitle: a.doctor_title,
        actingDoctor: a.acting_doctor_name,
        actingDoctorTitle: a.acting_doctor_title,
        room: a.room_name,
        roomLocation: a.room_location,
        date: a.session_day,
        startsAt: at(a.starts_at, tz),
        visitNo: Number(a.visit_no),
        ...(WITH_VERIFICATION_CODE.has(r.kind) ? { verificationCode: a.verification_code } : {}),
      },
      // Payloads hold instants in UTC (a ban's end): callbacks and messages show the hospital's.
      data: valuesWithHospitalOffset(data, tz),
    };
  }
}
