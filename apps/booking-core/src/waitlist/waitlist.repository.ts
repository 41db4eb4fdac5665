import { Injectable } from '@nestjs/common';
import type { Channel } from '@app/contracts';
import { SqlClient } from '../database/sql-client';
import type { WaitlistViewRow } from '../database/sql-types.generated';
import type { ProtectedIdentity } from '../patients';
import type { Actor } from '../shared/actor';

export interface JoinInput {
  sessionId: number;
  channel: Channel;
  partnerId: string | null;
  identity: ProtectedIdentity;
  notifyTo: string | null;
  partnerCallback: boolean;
  tz: string;
}

/** R5 waitlist (db/<dialect>/procedures/230_waitlist.sql; decision 029). */
@Injectable()
export class WaitlistRepository {
  constructor(private readonly sql: SqlClient) {}

  async join(j: JoinInput, by: Actor): Promise<WaitlistViewRow> {
    const [row] = await this.sql.call('join_waitlist', {
      session_id: j.sessionId,
      channel: j.channel,
      partner_id: j.partnerId,
      patient_name: j.identity.name,
      document_type: j.identity.documentType,
      document_digest: j.identity.documentDigest,
      document_masked: j.identity.documentMasked,
      document_cipher: j.identity.documentCipher,
      mobile_digest: j.identity.mobileDigest,
      mobile_masked: j.identity.mobileMasked,
      mobile_cipher: j.identity.mobileCipher,
      notify_to: j.notifyTo,
      partner_callback: j.partnerCallback,
      tz: j.tz,
      ...by,
    });
    return row;
  }

  async leave(id: number, partnerId: string | null, by: Actor): Promise<WaitlistViewRow> {
    const [row] = await this.sql.call('leave_waitlist', { entry_id: id, partner_id: partnerId, ...by });
    return row;
  }

  async find(id: number): Promise<WaitlistViewRow | null> {
    const rows = await this.sql.query<WaitlistViewRow>('SELECT * FROM waitlist_view WHERE id = :id', { id });
    return rows[0] ?? null;
  }
}
