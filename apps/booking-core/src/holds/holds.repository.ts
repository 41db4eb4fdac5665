import { Injectable } from '@nestjs/common';
import type { Channel } from '@app/contracts';
import { SqlClient } from '../database/sql-client';
import type { HoldViewRow } from '../database/sql-types.generated';
import type { ProtectedIdentity } from '../patients';
import type { Actor } from '../shared/actor';
import type { AppointmentRow } from '../shared/view-mappers';

export interface HoldInput {
  sessionId: number | null;
  slotId: number | null;
  channel: Channel;
  partnerId: string | null;
  identity: ProtectedIdentity;
  notifyTo: string | null;
  requestKey: string | null;
  triageAssessmentId: number | null;
  partnerCallback: boolean;
  /** The hospital's time zone: "the visit day" of the on-site reserve (R4). */
  tz: string;
}

/** R5 holds (db/<dialect>/procedures/210_holds.sql; decision 023). */
@Injectable()
export class HoldsRepository {
  constructor(private readonly sql: SqlClient) {}

  async hold(h: HoldInput, by: Actor): Promise<HoldViewRow> {
    const [row] = await this.sql.call('hold_number', {
      session_id: h.sessionId,
      slot_id: h.slotId,
      channel: h.channel,
      partner_id: h.partnerId,
      patient_name: h.identity.name,
      document_type: h.identity.documentType,
      document_digest: h.identity.documentDigest,
      document_masked: h.identity.documentMasked,
      document_cipher: h.identity.documentCipher,
      mobile_digest: h.identity.mobileDigest,
      mobile_masked: h.identity.mobileMasked,
      mobile_cipher: h.identity.mobileCipher,
      notify_to: h.notifyTo,
      request_key: h.requestKey,
      partner_callback: h.partnerCallback,
      triage_assessment_id: h.triageAssessmentId,
      tz: h.tz,
      ...by,
    });
    return row;
  }

  async confirm(
    id: number,
    partnerId: string | null,
    codes: { code: string; verificationCode: string },
    tz: string,
    by: Actor,
  ): Promise<AppointmentRow> {
    const [row] = await this.sql.call('confirm_hold', {
      hold_id: id,
      partner_id: partnerId,
      code: codes.code,
      verification_code: codes.verificationCode,
      tz,
      ...by,
    });
    return row;
  }

  async release(id: number, partnerId: string | null, by: Actor): Promise<HoldViewRow> {
    const [row] = await this.sql.call('release_hold', { hold_id: id, partner_id: partnerId, ...by });
    return row;
  }

  async find(id: number): Promise<HoldViewRow | null> {
    const rows = await this.sql.query<HoldViewRow>('SELECT * FROM hold_view WHERE id = :id', { id });
    return rows[0] ?? null;
  }

  /** The sweeper: marks holds past their time EXPIRED (a claim already treats them as free). */
  async expire(now: Date): Promise<number> {
    const [row] = await this.sql.call('expire_holds', { now });
    return Number(row.expired);
  }
}
