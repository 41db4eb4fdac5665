import { Injectable } from '@nestjs/common';
import { SqlClient } from '../database/sql-client';
import type {
  ExamAppointmentResultViewRow,
  ExamAppointmentViewRow,
  ExamOrderViewRow,
  ExamResourceRow,
  ExamRuleRow,
  ExamSessionViewRow,
  ExamTypeRow,
  ScheduleTemplateRow,
} from '../database/sql-types.generated';
import type { ProtectedIdentity } from '../patients';
import type { Actor } from '../shared/actor';

/** A session of a resource with its availability (the same counts as a clinic session's). */
export type ExamSessionRow = ExamSessionViewRow & { free_public: number; free_reserve: number };

export interface ExamSlotRow {
  id: number;
  seq_no: number;
  starts_at: Date;
  ends_at: Date;
  reserve: 'ON_SITE' | null;
  appointment_id: number | null;
  held_until: Date | null;
}

export interface ExamTypeInput {
  code: string;
  name: string;
  modality: string;
  departmentId: number;
  minutesPerNumber: number;
  preparation: string;
  contraindications: string[];
  active: boolean;
}

export interface ExamResourceInput {
  code: string;
  name: string;
  device: string;
  roomId: number;
  departmentId: number;
  technicians: string | null;
  examTypeIds: number[];
  active: boolean;
}

export interface ExamTemplateInput {
  id: number | null;
  examResourceId: number;
  weekday: number;
  period: string;
  firstStart: string;
  minutesPerNumber: number;
  numberCount: number;
  reserveCount: number;
  feeCents: number;
  effectiveFrom: string;
  effectiveTo: string | null;
  active: boolean;
}

export interface ExamRuleInput {
  code: string;
  earlierTypeId: number;
  laterTypeId: number;
  minGapMinutes: number;
  description: string;
  active: boolean;
}

export interface BookExaminationInput {
  orderNo: string;
  slotId: number;
  channel: string;
  partnerId: string | null;
  identity: ProtectedIdentity;
  code: string;
  verificationCode: string;
  notifyTo: string | null;
  requestKey: string | null;
  partnerCallback: boolean;
  tz: string;
}

export interface PresentedDocument {
  type: string;
  digest: string;
}

const FREE = `x.appointment_id IS NULL AND x.withdrawn = :withdrawn AND x.starts_at > :now
        AND (x.held_until IS NULL OR x.held_until <= :now)`;

/** R19 examinations (db/<dialect>/procedures/700_examinations.sql; decision 031). */
@Injectable()
export class ExaminationsRepository {
  constructor(private readonly sql: SqlClient) {}

  async saveType(t: ExamTypeInput, by: Actor): Promise<ExamTypeRow> {
    const [row] = await this.sql.call('save_exam_type', {
      code: t.code,
      name: t.name,
      modality: t.modality,
      department_id: t.departmentId,
      minutes_per_number: t.minutesPerNumber,
      preparation: t.preparation,
      contraindications: JSON.stringify(t.contraindications),
      active: t.active,
      ...by,
    });
    return row;
  }

  async saveResource(r: ExamResourceInput, by: Actor): Promise<ExamResourceRow> {
    const [row] = await this.sql.call('save_exam_resource', {
      code: r.code,
      name: r.name,
      device: r.device,
      room_id: r.roomId,
      department_id: r.departmentId,
      technicians: r.technicians,
      exam_type_ids: r.examTypeIds.join(','),
      active: r.active,
      ...by,
    });
    return row;
  }

  async saveTemplate(t: ExamTemplateInput, by: Actor): Promise<ScheduleTemplateRow> {
    const [row] = await this.sql.call('save_exam_template', {
      id: t.id,
      exam_resource_id: t.examResourceId,
      weekday: t.weekday,
      period: t.period,
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
    return row;
  }

  async saveRule(r: ExamRuleInput, by: Actor): Promise<ExamRuleRow> {
    const [row] = await this.sql.call('save_exam_rule', {
      code: r.code,
      earlier_type_id: r.earlierTypeId,
      later_type_id: r.laterTypeId,
      min_gap_minutes: r.minGapMinutes,
      description: r.description,
      active: r.active,
      ...by,
    });
    return row;
  }

  types(): Promise<ExamTypeRow[]> {
    return this.sql.query<ExamTypeRow>('SELECT * FROM exam_type ORDER BY code');
  }

  resources(): Promise<ExamResourceRow[]> {
    return this.sql.query<ExamResourceRow>('SELECT * FROM exam_resource ORDER BY code');
  }

  resourceTypes(): Promise<{ exam_resource_id: number; exam_type_id: number }[]> {
    return this.sql.query(
      'SELECT exam_resource_id, exam_type_id FROM exam_resource_type ORDER BY exam_type_id',
    );
  }

  rules(): Promise<ExamRuleRow[]> {
    return this.sql.query<ExamRuleRow>('SELECT * FROM exam_rule ORDER BY code');
  }

  async placeOrder(
    o: { orderNo: string; examTypeId: number; orderedBy: number | null; identity: ProtectedIdentity },
    by: Actor,
  ): Promise<ExamOrderViewRow> {
    const [row] = await this.sql.call('place_exam_order', {
      order_no: o.orderNo,
      exam_type_id: o.examTypeId,
      ordered_by: o.orderedBy,
      patient_name: o.identity.name,
      document_type: o.identity.documentType,
      document_digest: o.identity.documentDigest,
      document_masked: o.identity.documentMasked,
      document_cipher: o.identity.documentCipher,
      mobile_digest: o.identity.mobileDigest,
      mobile_masked: o.identity.mobileMasked,
      mobile_cipher: o.identity.mobileCipher,
      ...by,
    });
    return row;
  }

  /** The order, when it is the patient's of this document (no other way to read an order). */
  async orderOf(orderNo: string, doc: PresentedDocument): Promise<ExamOrderViewRow | null> {
    const rows = await this.sql.query<ExamOrderViewRow>(
      `SELECT v.* FROM exam_order_view v
         JOIN patient_document d ON d.patient_id = v.patient_id
        WHERE v.order_no = :orderNo AND d.document_type = :type AND d.digest = :digest`,
      { orderNo, type: doc.type, digest: doc.digest },
    );
    return rows[0] ?? null;
  }

  sessions(
    f: { examTypeId: number; dateFrom: string; dateTo: string },
    now: Date,
  ): Promise<ExamSessionRow[]> {
    return this.sql.query<ExamSessionRow>(
      `SELECT v.*,
              (SELECT COUNT(*) FROM slot x WHERE x.session_id = v.id AND x.reserve IS NULL AND ${FREE}) AS free_public,
              (SELECT COUNT(*) FROM slot x WHERE x.session_id = v.id AND x.reserve = 'ON_SITE' AND ${FREE}) AS free_reserve
         FROM exam_session_view v
         JOIN exam_resource_type rt ON rt.exam_resource_id = v.exam_resource_id
        WHERE rt.exam_type_id = :examTypeId AND v.session_date BETWEEN :dateFrom AND :dateTo AND v.status <> 'CLOSED'
        ORDER BY v.session_date, v.starts_at, v.exam_resource_id`,
      { ...f, now, withdrawn: false },
    );
  }

  async session(id: number, now: Date): Promise<ExamSessionRow | null> {
    const rows = await this.sql.query<ExamSessionRow>(
      `SELECT v.*,
              (SELECT COUNT(*) FROM slot x WHERE x.session_id = v.id AND x.reserve IS NULL AND ${FREE}) AS free_public,
              (SELECT COUNT(*) FROM slot x WHERE x.session_id = v.id AND x.reserve = 'ON_SITE' AND ${FREE}) AS free_reserve
         FROM exam_session_view v WHERE v.id = :id`,
      { id, now, withdrawn: false },
    );
    return rows[0] ?? null;
  }

  slots(sessionId: number): Promise<ExamSlotRow[]> {
    return this.sql.query<ExamSlotRow>(
      `SELECT x.id, x.seq_no, x.starts_at, x.ends_at, x.reserve, x.appointment_id, x.held_until
         FROM slot x
        WHERE x.session_id = :sessionId AND (x.withdrawn = :withdrawn OR x.appointment_id IS NOT NULL)
        ORDER BY x.seq_no`,
      { sessionId, withdrawn: false },
    );
  }

  async book(b: BookExaminationInput, by: Actor): Promise<ExamAppointmentViewRow> {
    const [row] = await this.sql.call('book_examination', {
      order_no: b.orderNo,
      slot_id: b.slotId,
      channel: b.channel,
      partner_id: b.partnerId,
      patient_name: b.identity.name,
      document_type: b.identity.documentType,
      document_digest: b.identity.documentDigest,
      mobile_digest: b.identity.mobileDigest,
      mobile_masked: b.identity.mobileMasked,
      mobile_cipher: b.identity.mobileCipher,
      code: b.code,
      verification_code: b.verificationCode,
      notify_to: b.notifyTo,
      request_key: b.requestKey,
      partner_callback: b.partnerCallback,
      tz: b.tz,
      ...by,
    });
    return row;
  }

  /** R17 for examinations: numbers and taken numbers per resource over a period (hospital dates). */
  resourceNumbers(from: string, to: string) {
    return this.sql.query<{ exam_resource_id: number; numbers: number; taken: number }>(
      `SELECT s.exam_resource_id,
              SUM(CASE WHEN x.withdrawn = :withdrawn OR x.appointment_id IS NOT NULL THEN 1 ELSE 0 END) AS numbers,
              SUM(CASE WHEN x.appointment_id IS NOT NULL THEN 1 ELSE 0 END) AS taken
         FROM clinic_session s JOIN slot x ON x.session_id = s.id
        WHERE s.session_date BETWEEN :from AND :to AND s.exam_resource_id IS NOT NULL
        GROUP BY s.exam_resource_id`,
      { from, to, withdrawn: false },
    );
  }

  /** Examination appointments per resource, exam type and status over a period. */
  bookingCounts(from: string, to: string) {
    return this.sql.query<{ exam_resource_id: number; exam_type_id: number; status: string; n: number }>(
      `SELECT s.exam_resource_id, o.exam_type_id, a.status, COUNT(*) AS n
         FROM clinic_session s
         JOIN appointment a ON a.session_id = s.id
         JOIN exam_order o ON o.id = a.exam_order_id
        WHERE s.session_date BETWEEN :from AND :to AND s.exam_resource_id IS NOT NULL
        GROUP BY s.exam_resource_id, o.exam_type_id, a.status`,
      { from, to },
    );
  }

  async find(id: number): Promise<ExamAppointmentViewRow | null> {
    const rows = await this.sql.query<ExamAppointmentViewRow>(
      'SELECT * FROM exam_appointment_view WHERE id = :id',
      {
        id,
      },
    );
    return rows[0] ?? null;
  }

  async cancel(id: number, partnerId: string | null, reason: string | null, by: Actor) {
    const [row] = await this.sql.call('cancel_examination', {
      appointment_id: id,
      partner_id: partnerId,
      reason,
      ...by,
    });
    return row;
  }

  async checkIn(
    code: string,
    doc: PresentedDocument,
    tz: string,
    by: Actor,
  ): Promise<ExamAppointmentResultViewRow> {
    const [row] = await this.sql.call('check_in_examination', {
      appointment_code: code,
      document_type: doc.type,
      document_digest: doc.digest,
      tz,
      ...by,
    });
    return row;
  }

  async callNext(sessionId: number, by: Actor): Promise<ExamAppointmentViewRow> {
    const [row] = await this.sql.call('call_next_examination', { session_id: sessionId, ...by });
    return row;
  }

  async complete(code: string, doc: PresentedDocument, by: Actor): Promise<ExamAppointmentResultViewRow> {
    const [row] = await this.sql.call('complete_examination', {
      appointment_code: code,
      document_type: doc.type,
      document_digest: doc.digest,
      ...by,
    });
    return row;
  }
}
