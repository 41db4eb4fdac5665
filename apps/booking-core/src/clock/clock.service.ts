import { Injectable } from '@nestjs/common';
import { addDays, localDate } from '@app/domain';
import { CoreConfig } from '../config/core-config';

/**
 * booking-core's clock: every procedure that depends on "now" gets it from here (DESIGN §2).
 * With ENABLE_TEST_CLOCK the time can be set (frozen, or running from the set instant).
 */
@Injectable()
export class ClockService {
  private fixed: { at: number; setAt: number; frozen: boolean } | null = null;

  constructor(private readonly config: CoreConfig) {}

  now(): Date {
    if (!this.fixed) return new Date();
    return new Date(this.fixed.frozen ? this.fixed.at : this.fixed.at + (Date.now() - this.fixed.setAt));
  }

  get timeZone(): string {
    return this.config.HOSPITAL_TZ;
  }

  /** Today's date in the hospital, YYYY-MM-DD. */
  today(): string {
    return localDate(this.now(), this.config.HOSPITAL_TZ);
  }

  /** The booking horizon: today … today + release days (R2). */
  horizon(releaseDays: number): { from: string; to: string } {
    const from = this.today();
    return { from, to: addDays(from, releaseDays) };
  }

  set(at: Date, frozen: boolean): void {
    if (!this.config.ENABLE_TEST_CLOCK) throw new Error('test clock disabled');
    this.fixed = { at: at.getTime(), setAt: Date.now(), frozen };
  }

  reset(): void {
    this.fixed = null;
  }

  get isSet(): boolean {
    return this.fixed !== null;
  }
}
