import { Injectable } from '@nestjs/common';
import {
  appointmentFieldParams,
  type AppointmentFieldsInput,
  type Channel,
  type DocumentType,
} from '@app/contracts';
import { SqlClient } from '../database/sql-client';
import type { ProtectedIdentity } from '../patients';
import type { Actor } from '../shared/actor';
import type { AppointmentRow } from '../shared/view-mappers';

export interface BookingInput {
  sessionId: number | null;
  slotId: number | null;
  channel: Channel;
  partnerId: string | null;
  identity: ProtectedIdentity;
  code: string;
  verificationCode: string;
  notifyTo: string | null;
  requestKey: string | null;
  /** R18: the triage assessment the booking follows. */
  triageAssessmentId?: number | null;
  partnerCallback: boolean;
  /** Decision 028: the simple appointment fields the booking gave. */
  fields?: AppointmentFieldsInput;
  /** The hospital's time zone: "the visit day" of the on-site reserve (R4). */
  tz: string;
}

@Injectable()
export class AppointmentsRepository {
  constructor(private readonly sql: SqlClient) {}

  async book(b: BookingInput, by: Actor): Promise<AppointmentRow> {
    const [row] = await this.sql.call('book_appointment', {
      session_id: b.sessionId,
      slot_id: b.slotId,
      channel: b.channel,
      partner_id: b.partnerId,
      patient_name: b.identity.name,
      document_type: b.identity.documentType,
      document_digest: b.identity.documentDigest,
      document_masked: b.identity.documentMasked,
      document_cipher: b.identity.documentCipher,
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
      triage_assessment_id: b.triageAssessmentId ?? null,
      ...appointmentFieldParams(b.fields ?? {}),
    });
    return row;
  }

  async cancel(
    id: number,
    partnerId: string | null,
    reason: string | null,
    by: Actor,
  ): Promise<AppointmentRow> {
    const [row] = await this.sql.call('cancel_appointment', {
      appointment_id: id,
      partner_id: partnerId,
      reason,
      ...by,
    });
    return row;
  }

  async find(id: number): Promise<AppointmentRow | null> {
    const rows = await this.sql.query<AppointmentRow>('SELECT * FROM appointment_view WHERE id = :id', {
      id,
    });
    return rows[0] ?? null;
  }

  async findByCode(code: string): Promise<AppointmentRow | null> {
    const rows = await this.sql.query<AppointmentRow>('SELECT * FROM appointment_view WHERE code = :code', {
      code,
    });
    return rows[0] ?? null;
  }

  /** A patient's appointments, from every channel, newest first (at most 100). */
  forPatient(documentType: DocumentType, digest: string, name: string): Promise<AppointmentRow[]> {
    const where = `
      WHERE v.patient_id IN (SELECT d.patient_id FROM patient_document d JOIN patient p ON p.id = d.patient_id
                              WHERE d.document_type = :documentType AND d.digest = :digest AND p.name = :name)`;
    return this.sql.query<AppointmentRow>(
      {
        postgres: `SELECT v.* FROM appointment_view v ${where} ORDER BY v.starts_at DESC LIMIT 100`,
        mssql: `SELECT TOP 100 v.* FROM appointment_view v ${where} ORDER BY v.starts_at DESC`,
      },
      { documentType, digest, name },
    );
  }
}
