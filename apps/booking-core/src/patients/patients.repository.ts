import { Injectable } from '@nestjs/common';
import type { DocumentType } from '@app/contracts';
import { SqlClient } from '../database/sql-client';
import type { Actor } from '../shared/actor';
import type { ProtectedIdentity } from './patient-identity.service';

export interface PatientContactRow {
  patient_id: number;
  name: string;
  document_type: DocumentType;
  document_masked: string;
  mobile_masked: string;
}

@Injectable()
export class PatientsRepository {
  constructor(private readonly sql: SqlClient) {}

  async updateContact(identity: ProtectedIdentity, by: Actor): Promise<PatientContactRow> {
    const [row] = await this.sql.call<PatientContactRow>('update_patient_contact', {
      patient_name: identity.name,
      document_type: identity.documentType,
      document_digest: identity.documentDigest,
      mobile_digest: identity.mobileDigest,
      mobile_masked: identity.mobileMasked,
      mobile_cipher: identity.mobileCipher,
      ...by,
    });
    return row;
  }
}
