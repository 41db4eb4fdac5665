import { Injectable } from '@nestjs/common';
import type { DocumentType } from '@app/contracts';
import { DomainError } from '@app/common';
import {
  isPlausibleName,
  maskCardNumber,
  maskMobile,
  maskNationalId,
  normalizeName,
  parseCardNumber,
  parseMobile,
  parseNationalId,
} from '@app/domain';
import { ClockService } from '../clock/clock.service';
import { PiiVault } from './pii-vault';

export interface IdentityInput {
  name: string;
  documentType: DocumentType;
  documentNo: string;
  mobile?: string | null;
}

/** What the procedures receive: never a document number or mobile in clear. */
export interface ProtectedIdentity {
  name: string;
  documentType: DocumentType;
  documentDigest: string;
  documentMasked: string;
  documentCipher: string;
  mobileDigest: string | null;
  mobileMasked: string | null;
  mobileCipher: string | null;
}

/** R6 real-name identity: validates, normalises and protects what a patient presents. */
@Injectable()
export class PatientIdentityService {
  constructor(
    private readonly vault: PiiVault,
    private readonly clock: ClockService,
  ) {}

  /** Validated document in canonical form; throws INVALID_DOCUMENT. */
  canonicalDocument(documentType: DocumentType, documentNo: string): string {
    if (documentType === 'NATIONAL_ID') {
      const parsed = parseNationalId(documentNo, this.clock.now());
      if (!parsed.ok)
        throw new DomainError(
          'INVALID_DOCUMENT',
          `National ID number: ${parsed.problem.toLowerCase().replace('_', ' ')} is wrong`,
        );
      return parsed.value;
    }
    const card = parseCardNumber(documentNo);
    if (!card) throw new DomainError('INVALID_DOCUMENT', 'Card numbers are 6–32 letters and digits');
    return card;
  }

  normalizedName(name: string): string {
    const normalized = normalizeName(name);
    if (!isPlausibleName(normalized)) throw new DomainError('INVALID_NAME', 'A name is 1–40 letters');
    return normalized;
  }

  /** Digest only: for looking a patient up by the document presented. */
  documentDigest(documentType: DocumentType, documentNo: string): string {
    return this.vault.digest(documentType, this.canonicalDocument(documentType, documentNo));
  }

  protect(input: IdentityInput): ProtectedIdentity {
    const name = this.normalizedName(input.name);
    const document = this.canonicalDocument(input.documentType, input.documentNo);
    let mobile: string | null = null;
    if (input.mobile !== undefined && input.mobile !== null && input.mobile !== '') {
      mobile = parseMobile(input.mobile);
      if (!mobile)
        throw new DomainError(
          'INVALID_MOBILE',
          'A mainland mobile number has 11 digits and starts with 13–19',
        );
    }
    return {
      name,
      documentType: input.documentType,
      documentDigest: this.vault.digest(input.documentType, document),
      documentMasked:
        input.documentType === 'NATIONAL_ID' ? maskNationalId(document) : maskCardNumber(document),
      documentCipher: this.vault.encrypt(document),
      mobileDigest: mobile ? this.vault.digest('MOBILE', mobile) : null,
      mobileMasked: mobile ? maskMobile(mobile) : null,
      mobileCipher: mobile ? this.vault.encrypt(mobile) : null,
    };
  }
}
