import { Injectable } from '@nestjs/common';
import type { Channel, DocumentType } from '@app/contracts';
import { SqlClient, type SqlParams } from '../database/sql-client';

export interface AuditRow {
  id: string | number;
  at: Date;
  actor: string;
  operator: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  outcome: string;
  detail: string | null;
}

export interface AuditFilter {
  entity?: string;
  entityId?: string;
  action?: string;
  outcome?: string;
  actor?: string;
  from?: Date;
  to?: Date;
  before?: string;
  limit: number;
}

export interface QueueCallRow {
  id: string | number;
  appointment_id: number;
  visit_no: number;
  kind: string;
  room_id: number;
  room_name: string;
  called_by: string;
  at: Date;
}

export interface VisitRow {
  id: number;
  appointment_id: number;
  code: string;
  visit_no: number;
  channel: Channel;
  fee_cents: number;
  registered_at: Date;
  registered_by: string;
  patient_name: string;
  document_type: DocumentType;
  document_masked: string;
}

/** Reads of the audit trail and of the visit day's records (ADMIN). */
@Injectable()
export class AuditRepository {
  constructor(private readonly sql: SqlClient) {}

  /** Newest first; each filter given adds one condition (fixed column names, values as parameters). */
  entries(f: AuditFilter): Promise<AuditRow[]> {
    const where: string[] = [];
    const params: SqlParams = { limit: f.limit };
    const add = (condition: string, name: string, value: unknown) => {
      if (value === undefined) return;
      where.push(condition);
      params[name] = value;
    };
    // Columns qualified throughout: `at` is a word of T-SQL's own (AT TIME ZONE).
    add('l.entity = :entity', 'entity', f.entity);
    add('l.entity_id = :entityId', 'entityId', f.entityId);
    add('l.action = :action', 'action', f.action);
    add('l.outcome = :outcome', 'outcome', f.outcome);
    if (f.actor !== undefined) {
      where.push('(l.actor = :actor OR l.operator = :actor)');
      params.actor = f.actor;
    }
    add('l.at >= :from', 'from', f.from);
    add('l.at < :to', 'to', f.to);
    add('l.id < :before', 'before', f.before === undefined ? undefined : Number(f.before));
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const columns = 'l.id, l.at, l.actor, l.operator, l.action, l.entity, l.entity_id, l.outcome, l.detail';
    return this.sql.query<AuditRow>(
      {
        postgres: `SELECT ${columns} FROM audit_log l ${filter} ORDER BY l.id DESC LIMIT :limit`,
        mssql: `SELECT TOP (:limit) ${columns} FROM audit_log l ${filter} ORDER BY l.id DESC`,
      },
      params,
    );
  }

  /** R12, R16: every call, recall and pass of a session, with who called and when. */
  calls(sessionId: number): Promise<QueueCallRow[]> {
    return this.sql.query<QueueCallRow>(
      `SELECT q.id, q.appointment_id, q.visit_no, q.kind, q.room_id, r.name AS room_name, q.called_by, q.at
         FROM queue_call q JOIN room r ON r.id = q.room_id
        WHERE q.session_id = :sessionId
        ORDER BY q.at, q.id`,
      { sessionId },
    );
  }

  /** R12, R13: the session's registrations (booked and walk-in). */
  visits(sessionId: number): Promise<VisitRow[]> {
    return this.sql.query<VisitRow>(
      `SELECT v.id, v.appointment_id, a.code, v.visit_no, v.channel, v.fee_cents, v.registered_at, v.registered_by,
              p.name AS patient_name, d.document_type, d.masked AS document_masked
         FROM visit v
         JOIN appointment a ON a.id = v.appointment_id
         JOIN patient p ON p.id = v.patient_id
         JOIN patient_document d ON d.id = a.document_id
        WHERE v.session_id = :sessionId
        ORDER BY v.registered_at, v.id`,
      { sessionId },
    );
  }
}
