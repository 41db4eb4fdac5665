import { Injectable } from '@nestjs/common';
import type { NotificationStatus } from '@app/contracts';
import { SqlClient } from '../database/sql-client';
import type { AppointmentRow } from '../shared/view-mappers';
import type { Actor } from '../shared/actor';
import type { NotificationRow as GeneratedNotificationRow } from '../database/sql-types.generated';

/** Generated from the SQL (decision 025). */
export type NotificationRow = GeneratedNotificationRow;

@Injectable()
export class NotificationsRepository {
  constructor(private readonly sql: SqlClient) {}

  claim(owner: string, limit: number, leaseSeconds: number, now: Date): Promise<NotificationRow[]> {
    return this.sql.call('claim_notifications', {
      owner,
      limit,
      lease_seconds: leaseSeconds,
      now,
    });
  }

  async ack(
    id: string,
    owner: string,
    sent: boolean,
    error: string | null,
    retryAfterMs: number,
    now: Date,
  ): Promise<NotificationRow> {
    const [row] = await this.sql.call('ack_notification', {
      id,
      owner,
      sent,
      error,
      retry_after_ms: retryAfterMs,
      now,
    });
    return row;
  }

  async replay(id: string, by: Actor): Promise<NotificationRow> {
    const [row] = await this.sql.call('replay_notification', { id, ...by });
    return row;
  }

  async createReminders(date: string, by: Actor): Promise<number> {
    const [row] = await this.sql.call('create_reminders', { date, ...by });
    return Number(row.created);
  }

  forAppointment(appointmentId: number): Promise<NotificationRow[]> {
    return this.sql.query<NotificationRow>(
      'SELECT * FROM notification WHERE appointment_id = :appointmentId ORDER BY id',
      { appointmentId },
    );
  }

  /** For ADMIN: by status (DEAD ones above all), newest first, at most 200. */
  list(status: NotificationStatus | null, appointmentId: number | null): Promise<NotificationRow[]> {
    const where = `WHERE (CAST(:status AS varchar(12)) IS NULL OR status = :status)
                     AND (CAST(:appointmentId AS integer) IS NULL OR appointment_id = :appointmentId)`;
    return this.sql.query<NotificationRow>(
      {
        postgres: `SELECT * FROM notification ${where} ORDER BY id DESC LIMIT 200`,
        mssql: `SELECT TOP 200 * FROM notification ${where} ORDER BY id DESC`,
      },
      { status, appointmentId },
    );
  }

  /** The appointments the claimed notifications are about, as messages describe them. */
  appointments(ids: number[]): Promise<AppointmentRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.sql.query<AppointmentRow>(
      {
        postgres: 'SELECT * FROM appointment_view WHERE id = ANY(CAST(:ids AS integer[]))',
        mssql: `SELECT * FROM appointment_view WHERE id IN (SELECT CAST(value AS int) FROM STRING_SPLIT(:ids, ','))`,
      },
      { ids: this.sql.dialect === 'postgres' ? ids : ids.join(',') },
    );
  }

  /** The partner's user to notify of each appointment (R19: examinations too, which appointment_view omits). */
  async notifyTargets(ids: number[]): Promise<Map<number, string>> {
    if (!ids.length) return new Map();
    const rows = await this.sql.query<{ id: number; notify_to: string }>(
      {
        postgres:
          'SELECT id, notify_to FROM appointment WHERE notify_to IS NOT NULL AND id = ANY(CAST(:ids AS integer[]))',
        mssql: `SELECT id, notify_to FROM appointment
                 WHERE notify_to IS NOT NULL AND id IN (SELECT CAST(value AS int) FROM STRING_SPLIT(:ids, ','))`,
      },
      { ids: this.sql.dialect === 'postgres' ? ids : ids.join(',') },
    );
    return new Map(rows.map((r) => [r.id, r.notify_to]));
  }

  /** Patients' names by id (for messages that are not about one appointment). */
  async patientNames(ids: number[]): Promise<Map<number, string>> {
    if (!ids.length) return new Map();
    const rows = await this.sql.query<{ id: number; name: string }>(
      {
        postgres: 'SELECT id, name FROM patient WHERE id = ANY(CAST(:ids AS integer[]))',
        mssql: `SELECT id, name FROM patient WHERE id IN (SELECT CAST(value AS int) FROM STRING_SPLIT(:ids, ','))`,
      },
      { ids: this.sql.dialect === 'postgres' ? ids : ids.join(',') },
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
