import { Injectable } from '@nestjs/common';
import type { DoctorTitle } from '@app/contracts';
import { SqlClient } from '../database/sql-client';
import type { Actor } from '../shared/actor';
import type { ReadCallListResult } from '../database/sql-types.generated';

export interface CandidateRow {
  id: number;
  name: string;
  title: DoctorTitle;
  department_id: number;
  department_name: string;
  same_department: number | boolean;
}

/** Generated from the SQL (decision 025). */
export type CallListRow = ReadCallListResult;

@Injectable()
export class SuspensionRepository {
  constructor(private readonly sql: SqlClient) {}

  /** R14: doctors of the scheduled doctor's title who act in no overlapping open session; same department first. */
  candidates(sessionId: number): Promise<CandidateRow[]> {
    return this.sql.query<CandidateRow>(
      `SELECT d.id, d.name, d.title, d.department_id, dep.name AS department_name,
              CASE WHEN d.department_id = s.department_id THEN 1 ELSE 0 END AS same_department
         FROM clinic_session s
         JOIN doctor sched ON sched.id = s.doctor_id
         JOIN doctor d ON d.title = sched.title AND d.active = :active AND d.id <> s.acting_doctor_id
         JOIN department dep ON dep.id = d.department_id
        WHERE s.id = :sessionId
          AND NOT EXISTS (SELECT 1 FROM clinic_session o
                           WHERE o.acting_doctor_id = d.id AND o.status = 'OPEN' AND o.id <> s.id
                             AND o.starts_at < s.ends_at AND o.ends_at > s.starts_at)
        ORDER BY CASE WHEN d.department_id = s.department_id THEN 0 ELSE 1 END, dep.code, d.code`,
      { sessionId, active: true },
    );
  }

  async substitute(
    sessionId: number,
    doctorId: number,
    reason: string,
    by: Actor,
  ): Promise<{ notified: number }> {
    const [row] = await this.sql.call('substitute_doctor', {
      session_id: sessionId,
      doctor_id: doctorId,
      reason,
      ...by,
    });
    return { notified: Number(row.notified) };
  }

  async suspend(
    sessionId: number,
    reason: string,
    by: Actor,
  ): Promise<{ cancelled: number; notified: number }> {
    const [row] = await this.sql.call('suspend_session', {
      session_id: sessionId,
      reason,
      ...by,
    });
    return { cancelled: Number(row.cancelled), notified: Number(row.notified) };
  }

  callList(sessionId: number, by: Actor): Promise<CallListRow[]> {
    return this.sql.call('read_call_list', { session_id: sessionId, ...by });
  }
}
