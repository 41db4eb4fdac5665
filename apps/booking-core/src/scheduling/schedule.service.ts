import { Injectable } from '@nestjs/common';
import type { DoctorTitle, GenerationResult } from '@app/contracts';
import { DomainError } from '@app/common';
import { addDays } from '@app/domain';
import { CatalogService } from '../catalog';
import { ClockService } from '../clock/clock.service';
import { SettingsService } from '../settings';
import type { Actor } from '../shared/actor';
import type { SaveTemplateRequest, TemplateResponse } from './dto/schedule.dto';
import { ScheduleRepository } from './schedule.repository';

/** Default registration fee by title, in fen, when a template does not set one. */
export const DEFAULT_FEE_CENTS: Record<DoctorTitle, number> = {
  CHIEF: 5000,
  ASSOCIATE_CHIEF: 3000,
  ATTENDING: 1500,
  RESIDENT: 800,
};

@Injectable()
export class ScheduleService {
  constructor(
    private readonly schedule: ScheduleRepository,
    private readonly catalog: CatalogService,
    private readonly settings: SettingsService,
    private readonly clock: ClockService,
  ) {}

  async save(id: number | null, body: SaveTemplateRequest, by: Actor): Promise<TemplateResponse> {
    if (body.reserveCount > body.numberCount)
      throw new DomainError('VALIDATION_FAILED', 'reserveCount cannot exceed numberCount', {
        errors: [{ field: 'reserveCount', messages: ['reserveCount cannot exceed numberCount'] }],
      });
    if (body.effectiveTo && body.effectiveTo < body.effectiveFrom)
      throw new DomainError('VALIDATION_FAILED', 'effectiveTo is before effectiveFrom', {
        errors: [{ field: 'effectiveTo', messages: ['effectiveTo must not be before effectiveFrom'] }],
      });
    let fee = body.feeCents;
    if (fee === undefined) {
      const doctor = await this.catalog.findDoctor(body.doctorId);
      if (!doctor) throw new DomainError('DOCTOR_NOT_FOUND');
      fee = DEFAULT_FEE_CENTS[doctor.title];
    }
    return this.schedule.save(
      {
        id,
        doctorId: body.doctorId,
        weekday: body.weekday,
        period: body.period,
        roomId: body.roomId,
        firstStart: body.firstStart,
        minutesPerNumber: body.minutesPerNumber,
        numberCount: body.numberCount,
        reserveCount: body.reserveCount,
        feeCents: fee,
        effectiveFrom: body.effectiveFrom,
        effectiveTo: body.effectiveTo ?? null,
        active: body.active ?? true,
      },
      by,
    );
  }

  /** R2: sessions from today to today + release_days (or the range asked for). */
  async generate(by: Actor, range: { from?: string; to?: string } = {}): Promise<GenerationResult> {
    const releaseDays = await this.settings.number('release_days');
    const horizon = this.clock.horizon(releaseDays);
    const from = range.from ?? horizon.from;
    const to = range.to ?? (range.from ? addDays(range.from, releaseDays) : horizon.to);
    if (to < from) throw new DomainError('VALIDATION_FAILED', '`to` is before `from`');
    if (to > addDays(from, 366)) throw new DomainError('VALIDATION_FAILED', 'At most one year at a time');
    return this.schedule.generate(from, to, this.clock.timeZone, by);
  }
}
