import { Injectable } from '@nestjs/common';
import { SqlClient } from '../database/sql-client';
import type { Actor } from '../shared/actor';
import type { ProtectedIdentity } from './patient-identity.service';
import type { UpdatePatientContactResult } from '../database/sql-types.generated';

/** Generated from the SQL (decision 025). */
export type PatientContactRow = UpdatePatientContactResult;

@Injectable()
export class PatientsRepository {
  constructor(private readonly sql: SqlClient) {}

  async updateContact(identity: ProtectedIdentity, by: Actor): Promise<PatientContactRow> {
    const [row] = await this.sql.call('update_patient_contact', {
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
