import { Injectable } from '@nestjs/common';
import type { DocumentType } from '@app/contracts';
import { SqlClient } from '../database/sql-client';
import type { ProtectedIdentity } from '../patients';
import type { Actor } from '../shared/actor';
import type { AppointmentRow } from '../shared/view-mappers';

/** appointment_result_view: the appointment and how the attempt ended ('OK' or a refusal code). */
import type { AppointmentResultViewRow } from '../database/sql-types.generated';

export type AppointmentResultRow = AppointmentResultViewRow;

@Injectable()
export class VisitDayRepository {
  constructor(private readonly sql: SqlClient) {}

  async checkIn(
    by: { appointmentCode: string | null; verificationCode: string | null },
    document: { type: DocumentType; digest: string },
    tz: string,
    actor: Actor,
  ): Promise<AppointmentResultRow> {
    const [row] = await this.sql.call('check_in_appointment', {
      appointment_code: by.appointmentCode,
      verification_code: by.verificationCode,
      document_type: document.type,
      document_digest: document.digest,
      tz,
      ...actor,
    });
    return row;
  }

  async register(
    appointmentCode: string,
    ticketVisitNo: number,
    document: { type: DocumentType; digest: string },
    actor: Actor,
  ): Promise<AppointmentResultRow> {
    const [row] = await this.sql.call('register_visit', {
      appointment_code: appointmentCode,
      ticket_visit_no: ticketVisitNo,
      document_type: document.type,
      document_digest: document.digest,
      ...actor,
    });
    return row;
  }

  async walkIn(
    sessionId: number,
    identity: ProtectedIdentity,
    codes: { code: string; verificationCode: string },
    tz: string,
    actor: Actor,
  ): Promise<AppointmentRow> {
    const [row] = await this.sql.call('register_walk_in', {
      session_id: sessionId,
      patient_name: identity.name,
      document_type: identity.documentType,
      document_digest: identity.documentDigest,
      document_masked: identity.documentMasked,
      document_cipher: identity.documentCipher,
      mobile_digest: identity.mobileDigest,
      mobile_masked: identity.mobileMasked,
      mobile_cipher: identity.mobileCipher,
      code: codes.code,
      verification_code: codes.verificationCode,
      tz,
      ...actor,
    });
    return row;
  }

  async markNoShows(actor: Actor): Promise<{ noShows: number; blacklisted: number }> {
    const [row] = await this.sql.call('mark_no_shows', {
      ...actor,
    });
    return { noShows: Number(row.no_shows), blacklisted: Number(row.blacklisted) };
  }
}
