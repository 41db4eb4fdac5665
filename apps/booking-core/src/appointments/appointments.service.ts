import { Injectable } from '@nestjs/common';
import { pickAppointmentFields, ROLE_CHANNELS, type AppointmentView, type Channel } from '@app/contracts';
import { bookingTargetOf, DomainError } from '@app/common';
import type { Caller } from '../auth/auth.guard';
import { ClockService } from '../clock/clock.service';
import { PatientIdentityService } from '../patients';
import { actorOf } from '../shared/actor';
import { toAppointmentView, type AppointmentRow } from '../shared/view-mappers';
import { newAppointmentCode, newVerificationCode } from './appointment-codes';
import { NotificationsService } from '../notifications';
import { AppointmentsRepository } from './appointments.repository';
import type { BookAppointmentRequest, PatientSearchRequest } from './dto/appointment.dto';

const channelCache = new Map<string, ReadonlySet<Channel>>();

/** The channels a caller may book for: the union over its roles (R7, DESIGN §4). */
export function channelsOf(caller: Caller): ReadonlySet<Channel> {
  const key = caller.roles.join(',');
  let channels = channelCache.get(key);
  if (!channels) {
    channels = new Set(caller.roles.flatMap((r) => ROLE_CHANNELS[r]));
    channelCache.set(key, channels);
  }
  return channels;
}

/**
 * The gateway acts for many partners and must name the one asking; a partner sees only what it
 * booked (or held). Intranet callers are not scoped and may not pretend to be a partner (R20).
 */
export function partnerScopeOf(caller: Caller, partnerId: string | undefined): string | null {
  if (caller.roles.includes('GATEWAY')) {
    if (!partnerId) throw new DomainError('VALIDATION_FAILED', 'partnerId is required for the gateway');
    return partnerId;
  }
  if (partnerId !== undefined) throw new DomainError('FORBIDDEN', 'Only the gateway acts for partners');
  return null;
}

@Injectable()
export class AppointmentsService {
  constructor(
    private readonly appointments: AppointmentsRepository,
    private readonly identity: PatientIdentityService,
    private readonly clock: ClockService,
    private readonly notifications: NotificationsService,
  ) {}

  async book(req: BookAppointmentRequest, caller: Caller): Promise<AppointmentView> {
    if (!channelsOf(caller).has(req.channel))
      throw new DomainError('CHANNEL_NOT_ALLOWED', `${caller.name} may not book for channel ${req.channel}`);
    const target = bookingTargetOf(req);
    const partnerId = this.partnerScope(caller, req.partnerId);
    if (
      partnerId === null &&
      (req.notifyTo !== undefined || req.requestKey !== undefined || req.partnerCallback !== undefined)
    )
      throw new DomainError('FORBIDDEN', "notifyTo, requestKey and partnerCallback are the gateway's");
    const identity = this.identity.protect(req.patient);
    const row = await this.appointments.book(
      {
        sessionId: 'sessionId' in target ? target.sessionId : null,
        slotId: 'slotId' in target ? target.slotId : null,
        channel: req.channel,
        partnerId,
        identity,
        code: newAppointmentCode(),
        verificationCode: newVerificationCode(),
        notifyTo: partnerId === null ? null : (req.notifyTo ?? null),
        requestKey: partnerId === null ? null : (req.requestKey ?? null),
        triageAssessmentId: req.triageAssessmentId ?? null,
        partnerCallback: partnerId !== null && req.partnerCallback === true,
        fields: pickAppointmentFields(req),
        tz: this.clock.timeZone,
      },
      actorOf(caller, this.clock.now()),
    );
    return toAppointmentView(row, this.clock.timeZone, true);
  }

  async cancel(id: number, reason: string | undefined, partnerId: string | undefined, caller: Caller) {
    const scope = this.partnerScope(caller, partnerId);
    const row = await this.appointments.cancel(id, scope, reason ?? null, actorOf(caller, this.clock.now()));
    return this.view(row);
  }

  async get(id: number, partnerId: string | undefined, caller: Caller): Promise<AppointmentView> {
    const scope = this.partnerScope(caller, partnerId);
    const row = await this.appointments.find(id);
    if (!row || (scope !== null && row.partner_id !== scope)) throw new DomainError('APPOINTMENT_NOT_FOUND');
    // R8: a single read shows what the patient was told and whether it arrived.
    return { ...this.view(row), notifications: await this.notifications.summaries(id) };
  }

  async getByCode(code: string): Promise<AppointmentView> {
    const row = await this.appointments.findByCode(code);
    if (!row) throw new DomainError('APPOINTMENT_NOT_FOUND');
    return this.view(row);
  }

  /** A patient's appointments from every channel, found by real name and document (R6). */
  async search(req: PatientSearchRequest): Promise<AppointmentView[]> {
    const name = this.identity.normalizedName(req.name);
    const digest = this.identity.documentDigest(req.documentType, req.documentNo);
    const rows = await this.appointments.forPatient(req.documentType, digest, name);
    return rows.map((r) => this.view(r));
  }

  private view(row: AppointmentRow): AppointmentView {
    return toAppointmentView(row, this.clock.timeZone);
  }

  private partnerScope(caller: Caller, partnerId: string | undefined): string | null {
    return partnerScopeOf(caller, partnerId);
  }
}
