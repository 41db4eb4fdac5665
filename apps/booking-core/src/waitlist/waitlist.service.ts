import { Injectable } from '@nestjs/common';
import type { AppointmentView, WaitlistEntryView } from '@app/contracts';
import { DomainError } from '@app/common';
import { channelsOf, partnerScopeOf } from '../appointments';
import type { Caller } from '../auth/auth.guard';
import { ClockService } from '../clock/clock.service';
import type { WaitlistViewRow } from '../database/sql-types.generated';
import { HoldsService } from '../holds';
import { PatientIdentityService } from '../patients';
import { actorOf } from '../shared/actor';
import { at, atOrNull } from '../shared/view-mappers';
import type { JoinWaitlistRequest } from './dto/waitlist.dto';
import { WaitlistRepository } from './waitlist.repository';

/**
 * R5 waitlist (decision 029): a patient waits for a full session; a freed number is offered to
 * the first in line as a hold (decision 023), which they accept (confirm_hold) or decline
 * (release_hold, passed to the next). The caller rules are booking's (R7 channels, R20 partner
 * scope); the booking rules are checked in the database, at joining and again at accepting.
 */
@Injectable()
export class WaitlistService {
  constructor(
    private readonly waitlist: WaitlistRepository,
    private readonly holds: HoldsService,
    private readonly identity: PatientIdentityService,
    private readonly clock: ClockService,
  ) {}

  async join(req: JoinWaitlistRequest, caller: Caller): Promise<WaitlistEntryView> {
    if (!channelsOf(caller).has(req.channel))
      throw new DomainError('CHANNEL_NOT_ALLOWED', `${caller.name} may not join for channel ${req.channel}`);
    const partnerId = partnerScopeOf(caller, req.partnerId);
    if (partnerId === null && (req.notifyTo !== undefined || req.partnerCallback !== undefined))
      throw new DomainError('FORBIDDEN', "notifyTo and partnerCallback are the gateway's");
    const now = this.clock.now();
    const row = await this.waitlist.join(
      {
        sessionId: req.sessionId,
        channel: req.channel,
        partnerId,
        identity: this.identity.protect(req.patient),
        notifyTo: partnerId === null ? null : (req.notifyTo ?? null),
        partnerCallback: partnerId !== null && req.partnerCallback === true,
        tz: this.clock.timeZone,
      },
      actorOf(caller, now),
    );
    return this.view(row, now);
  }

  async get(id: number, partnerId: string | undefined, caller: Caller): Promise<WaitlistEntryView> {
    return this.view(await this.entry(id, partnerScopeOf(caller, partnerId)), this.clock.now());
  }

  async leave(id: number, partnerId: string | undefined, caller: Caller): Promise<WaitlistEntryView> {
    const now = this.clock.now();
    const row = await this.waitlist.leave(id, partnerScopeOf(caller, partnerId), actorOf(caller, now));
    return this.view(row, now);
  }

  /** Accepting the offer is confirming its hold: the appointment, every booking rule checked again. */
  async accept(id: number, partnerId: string | undefined, caller: Caller): Promise<AppointmentView> {
    const row = await this.entry(id, partnerScopeOf(caller, partnerId));
    // An ended offer answers as its hold does: HOLD_EXPIRED (lapsed), HOLD_NOT_ACTIVE (declined, left).
    if (row.offer_hold_id === null || row.status === 'WAITING' || row.status === 'CLOSED')
      throw new DomainError('WAITLIST_NO_OFFER', `the entry is ${row.status}`);
    return this.holds.confirm(row.offer_hold_id, partnerId, caller);
  }

  /** Declining releases the offer's hold: its number goes to the next patient waiting. */
  async decline(id: number, partnerId: string | undefined, caller: Caller): Promise<WaitlistEntryView> {
    const scope = partnerScopeOf(caller, partnerId);
    const row = await this.entry(id, scope);
    if (row.status === 'DECLINED') return this.view(row, this.clock.now());
    if (row.offer_hold_id === null || row.status !== 'OFFERED')
      throw new DomainError('WAITLIST_NO_OFFER', `the entry is ${row.status}`);
    await this.holds.release(row.offer_hold_id, partnerId, caller);
    return this.view(await this.entry(id, scope), this.clock.now());
  }

  private async entry(id: number, scope: string | null): Promise<WaitlistViewRow> {
    const row = await this.waitlist.find(id);
    if (!row || (scope !== null && row.partner_id !== scope))
      throw new DomainError('WAITLIST_ENTRY_NOT_FOUND');
    return row;
  }

  private view(r: WaitlistViewRow, now: Date): WaitlistEntryView {
    const tz = this.clock.timeZone;
    // An offer past its time has lapsed already (by the core's clock), sweeper or not.
    const lapsed =
      r.status === 'OFFERED' &&
      r.offer_expires_at !== null &&
      new Date(r.offer_expires_at).getTime() <= now.getTime();
    const offer =
      r.offer_hold_id !== null &&
      r.offer_status !== null &&
      r.offer_slot_id !== null &&
      r.offer_expires_at !== null
        ? {
            holdId: r.offer_hold_id,
            status: lapsed ? ('EXPIRED' as const) : r.offer_status,
            slotId: r.offer_slot_id,
            visitNo: Number(r.offer_visit_no),
            startsAt: at(r.offer_starts_at ?? r.session_starts_at, tz),
            expiresAt: at(r.offer_expires_at, tz),
          }
        : null;
    return {
      id: r.id,
      status: lapsed ? 'EXPIRED' : r.status,
      sessionId: r.session_id,
      date: r.session_day,
      period: r.period,
      sessionStartsAt: at(r.session_starts_at, tz),
      department: { id: r.department_id, name: r.department_name },
      doctor: { id: r.doctor_id, name: r.doctor_name, title: r.doctor_title },
      channel: r.channel,
      partnerId: r.partner_id,
      patient: {
        name: r.patient_name,
        documentType: r.document_type,
        documentMasked: r.document_masked,
        mobileMasked: r.mobile_masked,
      },
      position: r.position === null ? null : Number(r.position),
      waiting: Number(r.waiting),
      priority: Number(r.priority),
      joinedAt: at(r.joined_at, tz),
      endedAt: lapsed && offer ? offer.expiresAt : atOrNull(r.ended_at, tz),
      offer,
      appointmentId: r.appointment_id,
    };
  }
}
