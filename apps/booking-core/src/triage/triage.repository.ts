import { Injectable } from '@nestjs/common';
import type { Channel, DoctorTitle, Period, TriageLevel } from '@app/contracts';
import { SqlClient } from '../database/sql-client';
import type { Actor } from '../shared/actor';
import type { TriageKbViewRow } from '../database/sql-types.generated';

/** Generated from the SQL (decision 025). */
export type KbVersionRow = TriageKbViewRow;

/** One row per (department, doctor, open session); doctor and session columns null when none. */
export interface TriagePlaceRow {
  department_id: number;
  department_code: string;
  department_name: string;
  doctor_id: number | null;
  doctor_name: string | null;
  title: DoctorTitle | null;
  specialties: string | null;
  session_id: number | null;
  session_day: string | null;
  period: Period | null;
  starts_at: Date | null;
  ends_at: Date | null;
  fee_cents: number | null;
  free_public: number | null;
  free_reserve: number | null;
}

export interface AssessmentRecord {
  kbVersion: string;
  channel: Channel;
  partnerId: string | null;
  ageYears: number;
  ageMonths: number | null;
  sex: 'M' | 'F';
  pregnant: boolean | null;
  symptoms: string;
  duration: string | null;
  redFlags: string | null;
  level: TriageLevel;
  action: string;
  departmentIds: string | null;
  inputs: string;
  outcome: string;
}

/** R18: the knowledge base, the assessments, and the doctors and sessions a suggestion shows. */
@Injectable()
export class TriageRepository {
  constructor(private readonly sql: SqlClient) {}

  /** The current version (null before the first publication) and the paediatric age setting. */
  async state(): Promise<{ version: string | null; paediatricAge: number }> {
    const rows = await this.sql.query<{ version: string | null; paediatric_age: string | null }>(
      `SELECT (SELECT k.version FROM triage_kb k WHERE k.is_current = :current) AS version,
              (SELECT s.value FROM setting s WHERE s.name = :setting) AS paediatric_age`,
      { current: true, setting: 'triage_paediatric_age' },
    );
    return { version: rows[0]?.version ?? null, paediatricAge: Number(rows[0]?.paediatric_age ?? 14) };
  }

  async content(version: string): Promise<string | null> {
    const rows = await this.sql.query<{ content: string }>(
      'SELECT content FROM triage_kb WHERE version = :version',
      {
        version,
      },
    );
    return rows[0]?.content ?? null;
  }

  versions(): Promise<KbVersionRow[]> {
    return this.sql.query<KbVersionRow>('SELECT * FROM triage_kb_view ORDER BY published_at DESC');
  }

  async activeDepartments(): Promise<string[]> {
    const rows = await this.sql.query<{ code: string }>(
      'SELECT code FROM department WHERE active = :active',
      {
        active: true,
      },
    );
    return rows.map((r) => r.code);
  }

  async publish(
    kb: { version: string; label: string; checksum: string; content: string; departmentMap: string },
    counts: { symptoms: number; redFlags: number; rules: number },
    by: Actor,
  ): Promise<KbVersionRow> {
    const [row] = await this.sql.call('publish_triage_kb', {
      version: kb.version,
      label: kb.label,
      checksum: kb.checksum,
      content: kb.content,
      department_map: kb.departmentMap,
      symptom_count: counts.symptoms,
      red_flag_count: counts.redFlags,
      rule_count: counts.rules,
      ...by,
    });
    return row;
  }

  async record(a: AssessmentRecord, now: Date): Promise<{ id: number; at: Date }> {
    const [row] = await this.sql.call('record_triage_assessment', {
      kb_version: a.kbVersion,
      channel: a.channel,
      partner_id: a.partnerId,
      age_years: a.ageYears,
      age_months: a.ageMonths,
      sex: a.sex,
      pregnant: a.pregnant,
      symptoms: a.symptoms,
      duration: a.duration,
      red_flags: a.redFlags,
      level: a.level,
      action: a.action,
      department_ids: a.departmentIds,
      inputs: a.inputs,
      outcome: a.outcome,
      now,
    });
    return { id: Number(row.assessment_id), at: new Date(row.assessed_at) };
  }

  /**
   * Up to three active departments (by code), each with its active doctors and their open,
   * released sessions in [dateFrom, dateTo] starting before `until` that still have free numbers:
   * one read for everything a suggestion shows.
   */
  places(
    codes: string[],
    dateFrom: string,
    dateTo: string,
    until: Date,
    now: Date,
  ): Promise<TriagePlaceRow[]> {
    const [c1, c2, c3] = [...codes, null, null, null];
    // Free numbers counted once per session (both kinds in one pass over the partial index slot_free,
    // whose predicate appears literally).
    const counts = {
      postgres: `LEFT JOIN LATERAL (
          SELECT CAST(count(*) FILTER (WHERE x.reserve IS NULL) AS integer) AS free_public,
                 CAST(count(*) FILTER (WHERE x.reserve = 'ON_SITE') AS integer) AS free_reserve
            FROM slot x
           WHERE x.session_id = v.id AND x.appointment_id IS NULL AND NOT x.withdrawn AND x.starts_at > :now) c ON true`,
      mssql: `CROSS APPLY (
          SELECT COALESCE(SUM(CASE WHEN x.reserve IS NULL THEN 1 ELSE 0 END), 0) AS free_public,
                 COALESCE(SUM(CASE WHEN x.reserve = 'ON_SITE' THEN 1 ELSE 0 END), 0) AS free_reserve
            FROM slot x
           WHERE x.session_id = v.id AND x.appointment_id IS NULL AND x.withdrawn = 0 AND x.starts_at > :now) c`,
    };
    const sessions = (dialect: 'postgres' | 'mssql') => `
      SELECT v.id, v.acting_doctor_id, v.session_day, v.period, v.starts_at, v.ends_at, v.fee_cents,
             c.free_public, c.free_reserve
        FROM session_view v JOIN department sd ON sd.id = v.department_id
        ${counts[dialect]}
       WHERE sd.code IN (:c1, :c2, :c3) AND v.session_date BETWEEN :dateFrom AND :dateTo
         AND v.status = 'OPEN' AND v.release_at <= :now AND v.ends_at > :now AND v.starts_at < :until
         AND c.free_public + c.free_reserve > 0`;
    const text = (dialect: 'postgres' | 'mssql') => `
      SELECT dep.id AS department_id, dep.code AS department_code, dep.name AS department_name,
             d.id AS doctor_id, d.name AS doctor_name, d.title, d.specialties,
             s.id AS session_id, s.session_day, s.period, s.starts_at, s.ends_at, s.fee_cents,
             s.free_public, s.free_reserve
        FROM department dep
        LEFT JOIN doctor d ON d.department_id = dep.id AND d.active = :active
        -- A session is shown under the doctor who will see the patient (the substitute, R14).
        LEFT JOIN (${sessions(dialect)}) s ON s.acting_doctor_id = d.id
       WHERE dep.active = :active AND dep.code IN (:c1, :c2, :c3)
       ORDER BY dep.id, d.id, s.starts_at, s.id`;
    return this.sql.query<TriagePlaceRow>(
      { postgres: text('postgres'), mssql: text('mssql') },
      { active: true, c1, c2, c3, dateFrom, dateTo, until, now },
    );
  }

  /** R17: assessments per channel in [from, to), by level, and those followed by a booking within 24 h. */
  usage(from: Date, to: Date) {
    return this.sql.query<{
      channel: Channel;
      assessments: number;
      emergency: number;
      urgent: number;
      routine: number;
      booked: number;
    }>(
      `SELECT v.channel, COUNT(*) AS assessments,
              SUM(CASE WHEN v.level = 'EMERGENCY' THEN 1 ELSE 0 END) AS emergency,
              SUM(CASE WHEN v.level = 'URGENT' THEN 1 ELSE 0 END) AS urgent,
              SUM(CASE WHEN v.level = 'ROUTINE' THEN 1 ELSE 0 END) AS routine,
              SUM(CASE WHEN v.booked_within_24h = :yes THEN 1 ELSE 0 END) AS booked
         FROM triage_assessment_view v
        WHERE v.created_at >= :from AND v.created_at < :to
        GROUP BY v.channel ORDER BY v.channel`,
      { from, to, yes: true },
    );
  }
}
