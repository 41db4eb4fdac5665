import { Injectable } from '@nestjs/common';
import type { AppointmentView, HoldView } from '@app/contracts';
import { bookingTargetOf, DomainError } from '@app/common';
import { channelsOf, newAppointmentCode, newVerificationCode, partnerScopeOf } from '../appointments';
import type { Caller } from '../auth/auth.guard';
import { ClockService } from '../clock/clock.service';
import type { HoldViewRow } from '../database/sql-types.generated';
import { PatientIdentityService } from '../patients';
import { actorOf } from '../shared/actor';
import { at, atOrNull, toAppointmentView } from '../shared/view-mappers';
import type { HoldNumberRequest } from './dto/hold.dto';
import { HoldsRepository } from './holds.repository';

/**
 * R5 holds: a number reserved for a few minutes (setting hold_minutes), then confirmed into an
 * appointment, released, or expired. The caller rules are booking's (R7 channels, R20 partner
 * scope); the booking rules are checked in the database, at hold and again at confirm.
 */
@Injectable()
export class HoldsService {
  constructor(
    private readonly holds: HoldsRepository,
    private readonly identity: PatientIdentityService,
    private readonly clock: ClockService,
  ) {}

  async hold(req: HoldNumberRequest, caller: Caller): Promise<HoldView> {
    if (!channelsOf(caller).has(req.channel))
      throw new DomainError('CHANNEL_NOT_ALLOWED', `${caller.name} may not hold for channel ${req.channel}`);
    const target = bookingTargetOf(req);
    const partnerId = partnerScopeOf(caller, req.partnerId);
    if (
      partnerId === null &&
      (req.notifyTo !== undefined || req.requestKey !== undefined || req.partnerCallback !== undefined)
    )
      throw new DomainError('FORBIDDEN', "notifyTo, requestKey and partnerCallback are the gateway's");
    const identity = this.identity.protect(req.patient);
    const now = this.clock.now();
    const row = await this.holds.hold(
      {
        sessionId: 'sessionId' in target ? target.sessionId : null,
        slotId: 'slotId' in target ? target.slotId : null,
        channel: req.channel,
        partnerId,
        identity,
        notifyTo: partnerId === null ? null : (req.notifyTo ?? null),
        requestKey: partnerId === null ? null : (req.requestKey ?? null),
        triageAssessmentId: req.triageAssessmentId ?? null,
        partnerCallback: partnerId !== null && req.partnerCallback === true,
        tz: this.clock.timeZone,
      },
      actorOf(caller, now),
    );
    return this.view(row, now);
  }

  /** The appointment, with its verification code (as the booking's own response). */
  async confirm(id: number, partnerId: string | undefined, caller: Caller): Promise<AppointmentView> {
    const scope = partnerScopeOf(caller, partnerId);
    const row = await this.holds.confirm(
      id,
      scope,
      { code: newAppointmentCode(), verificationCode: newVerificationCode() },
      this.clock.timeZone,
      actorOf(caller, this.clock.now()),
    );
    return toAppointmentView(row, this.clock.timeZone, true);
  }

  async release(id: number, partnerId: string | undefined, caller: Caller): Promise<HoldView> {
    const scope = partnerScopeOf(caller, partnerId);
    const now = this.clock.now();
    const row = await this.holds.release(id, scope, actorOf(caller, now));
    return this.view(row, now);
  }

  async get(id: number, partnerId: string | undefined, caller: Caller): Promise<HoldView> {
    const scope = partnerScopeOf(caller, partnerId);
    const row = await this.holds.find(id);
    if (!row || (scope !== null && row.partner_id !== scope)) throw new DomainError('HOLD_NOT_FOUND');
    return this.view(row, this.clock.now());
  }

  private view(r: HoldViewRow, now: Date): HoldView {
    const tz = this.clock.timeZone;
    // A live hold past its time is expired already (by the core's clock), sweeper or not.
    const expired = r.status === 'HELD' && new Date(r.expires_at).getTime() <= now.getTime();
    return {
      id: r.id,
      status: expired ? 'EXPIRED' : r.status,
      visitNo: Number(r.visit_no),
      sessionId: r.session_id,
      slotId: r.slot_id,
      date: r.session_day,
      period: r.period,
      startsAt: at(r.starts_at, tz),
      endsAt: at(r.ends_at, tz),
      department: { id: r.department_id, name: r.department_name },
      doctor: { id: r.doctor_id, name: r.doctor_name, title: r.doctor_title },
      feeCents: r.fee_cents,
      channel: r.channel,
      partnerId: r.partner_id,
      patient: {
        name: r.patient_name,
        documentType: r.document_type,
        documentMasked: r.document_masked,
        mobileMasked: r.mobile_masked,
      },
      heldAt: at(r.held_at, tz),
      expiresAt: at(r.expires_at, tz),
      endedAt: expired ? at(r.expires_at, tz) : atOrNull(r.ended_at, tz),
      appointmentId: r.appointment_id,
    };
  }
}
