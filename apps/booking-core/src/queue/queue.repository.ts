import { Injectable } from '@nestjs/common';
import type { AppointmentStatus } from '@app/contracts';
import { SqlClient } from '../database/sql-client';
import type { Actor } from '../shared/actor';
import type { AppointmentRow } from '../shared/view-mappers';

export interface QueueRow {
  id: number;
  visit_no: number;
  status: AppointmentStatus;
  called_at: Date | null;
  patient_name: string;
  queue_rank: string | number | null;
}

@Injectable()
export class QueueRepository {
  constructor(private readonly sql: SqlClient) {}

  async callNext(sessionId: number, actor: Actor): Promise<AppointmentRow> {
    const [row] = await this.sql.call('call_next_patient', {
      session_id: sessionId,
      ...actor,
    });
    return row;
  }

  async recallOrPass(appointmentId: number, kind: 'RECALL' | 'PASS', actor: Actor): Promise<AppointmentRow> {
    const [row] = await this.sql.call('recall_or_pass_patient', {
      appointment_id: appointmentId,
      kind,
      ...actor,
    });
    return row;
  }

  /** Who is being called and who waits, in queue order. */
  queue(sessionId: number): Promise<QueueRow[]> {
    return this.sql.query<QueueRow>(
      `SELECT a.id, a.visit_no, a.status, a.called_at, p.name AS patient_name, a.queue_rank
         FROM appointment a JOIN patient p ON p.id = a.patient_id
        WHERE a.session_id = :sessionId AND a.status IN ('CHECKED_IN', 'CALLED')
        ORDER BY a.queue_rank`,
      { sessionId },
    );
  }

  /** Today's sessions in a room, in time order (to find the one a room's queue means now). */
  sessionsInRoom(roomId: number, date: string): Promise<{ id: number; starts_at: Date; ends_at: Date }[]> {
    return this.sql.query(
      `SELECT id, starts_at, ends_at FROM clinic_session
        WHERE room_id = :roomId AND session_date = :date AND status = 'OPEN' ORDER BY starts_at`,
      { roomId, date },
    );
  }

  /** Today's open sessions of a department, by room and time (the department's waiting-room board). */
  sessionsInDepartment(
    departmentId: number,
    date: string,
  ): Promise<{ id: number; room_id: number; starts_at: Date; ends_at: Date }[]> {
    return this.sql.query(
      `SELECT id, room_id, starts_at, ends_at FROM clinic_session
        WHERE department_id = :departmentId AND session_date = :date AND status = 'OPEN'
        ORDER BY room_id, starts_at`,
      { departmentId, date },
    );
  }
}
