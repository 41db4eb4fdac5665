import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectThrottlerStorage, type ThrottlerStorage } from '@nestjs/throttler';
import { createHmac, randomBytes } from 'node:crypto';
import { DomainError } from '@app/common';
import type { DocumentType } from '@app/contracts';
import { GatewayConfig } from '../config/gateway-config';
import { GatewayStore } from '../store/gateway-store';

const WINDOW_MS = 60_000;
const KEY_NAME = 'patient-throttle-key';

/**
 * Anti-scalper (R12's spirit at the front door): a burst of booking attempts for one document
 * number is slowed whatever partner or channel it comes through, because the counter is keyed
 * on the patient, not the caller. The key is an HMAC of the normalised document, so neither
 * memory nor Redis ever holds the number itself.
 */
@Injectable()
export class PatientThrottle implements OnModuleInit {
  private readonly logger = new Logger('PatientThrottle');
  private key!: string;

  constructor(
    @InjectThrottlerStorage() private readonly storage: ThrottlerStorage,
    private readonly store: GatewayStore,
    private readonly config: GatewayConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.config.PATIENT_THROTTLE_KEY) {
      this.key = this.config.PATIENT_THROTTLE_KEY;
      return;
    }
    // One key for every instance that shares the store, so they count the same patient alike.
    const fresh = randomBytes(32).toString('base64');
    try {
      await this.store.claim(KEY_NAME, fresh, 365 * 24 * 3600 * 1000);
      this.key = (await this.store.get(KEY_NAME)) ?? fresh;
    } catch {
      // Store down at boot: this instance counts with its own key (its counts are not shared).
      this.logger.warn('shared store unreachable at boot: per-patient counting uses a key of this instance');
      this.key = fresh;
    }
  }

  /** Counts one booking attempt; 429 RATE_LIMITED with Retry-After when over the limit. */
  async attempt(documentType: DocumentType, documentNo: string): Promise<void> {
    const limit = this.config.PATIENT_RATE_PER_MINUTE;
    const { isBlocked, timeToBlockExpire } = await this.storage.increment(
      `patient:${this.digest(documentType, documentNo)}`,
      WINDOW_MS,
      limit,
      WINDOW_MS,
      'patient',
    );
    if (isBlocked)
      throw new DomainError('RATE_LIMITED', `More than ${limit} booking attempts a minute for this patient`, {
        retryAfter: timeToBlockExpire,
      });
  }

  digest(documentType: DocumentType, documentNo: string): string {
    const normalized = documentNo.replace(/[\s-]/g, '').toUpperCase();
    return createHmac('sha256', this.key).update(`${documentType}:${normalized}`).digest('base64url');
  }
}
