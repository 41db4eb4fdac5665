import { Injectable } from '@nestjs/common';
import type { GenerationResult, Period } from '@app/contracts';
import { SqlClient } from '../database/sql-client';
import type { Actor } from '../shared/actor';
import type { TemplateResponse } from './dto/schedule.dto';
import type { ScheduleTemplateViewRow } from '../database/sql-types.generated';

/** Generated from the SQL (decision 025). */
export type TemplateRow = ScheduleTemplateViewRow;

export interface TemplateInput {
  id: number | null;
  doctorId: number;
  weekday: number;
  period: Period;
  roomId: number;
  firstStart: string;
  minutesPerNumber: number;
  numberCount: number;
  reserveCount: number;
  feeCents: number;
  effectiveFrom: string;
  effectiveTo: string | null;
  active: boolean;
}

const toTemplate = (r: TemplateRow): TemplateResponse => ({
  id: r.id,
  doctorId: r.doctor_id,
  doctorName: r.doctor_name,
  doctorTitle: r.doctor_title,
  departmentId: r.department_id,
  weekday: Number(r.weekday),
  period: r.period,
  roomId: r.room_id,
  roomName: r.room_name,
  firstStart: r.first_start,
  minutesPerNumber: Number(r.minutes_per_number),
  numberCount: Number(r.number_count),
  reserveCount: Number(r.reserve_count),
  feeCents: r.fee_cents,
  effectiveFrom: r.effective_from,
  effectiveTo: r.effective_to,
  active: Boolean(r.active),
  revision: r.revision,
});

@Injectable()
export class ScheduleRepository {
  constructor(private readonly sql: SqlClient) {}

  async list(filter: { doctorId?: number; departmentId?: number }): Promise<TemplateResponse[]> {
    const rows = await this.sql.query<TemplateRow>(
      `SELECT * FROM schedule_template_view
        WHERE (CAST(:doctorId AS integer) IS NULL OR doctor_id = :doctorId)
          AND (CAST(:departmentId AS integer) IS NULL OR department_id = :departmentId)
        ORDER BY doctor_id, weekday, period, effective_from`,
      { doctorId: filter.doctorId ?? null, departmentId: filter.departmentId ?? null },
    );
    return rows.map(toTemplate);
  }

  async save(t: TemplateInput, by: Actor): Promise<TemplateResponse> {
    const [row] = await this.sql.call('save_schedule_template', {
      id: t.id,
      doctor_id: t.doctorId,
      weekday: t.weekday,
      period: t.period,
      room_id: t.roomId,
      first_start: t.firstStart,
      minutes_per_number: t.minutesPerNumber,
      number_count: t.numberCount,
      reserve_count: t.reserveCount,
      fee_cents: t.feeCents,
      effective_from: t.effectiveFrom,
      effective_to: t.effectiveTo,
      active: t.active,
      ...by,
    });
    return toTemplate(row);
  }

  async generate(from: string, to: string, tz: string, by: Actor): Promise<GenerationResult> {
    const [r] = await this.sql.call('generate_sessions', { from, to, tz, ...by });
    return {
      from,
      to,
      createdSessions: Number(r.created_sessions),
      createdSlots: Number(r.created_slots),
      updatedSessions: Number(r.updated_sessions),
      withdrawnSlots: Number(r.withdrawn_slots),
      closedSessions: Number(r.closed_sessions),
      sessionsNeedingAttention: Number(r.sessions_needing_attention),
    };
  }
}
