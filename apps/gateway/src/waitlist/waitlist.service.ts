import { Injectable } from '@nestjs/common';
import type { WaitlistEntryView } from '@app/contracts';
import { maskName } from '@app/domain';
import type { Appointment, WaitlistEntry } from '@app/partner-client';
import { toPartnerAppointment } from '../appointments/appointment-views';
import { CoreClient } from '../core/core-client';
import type { Partner } from '../partners/partner';
import { PatientThrottle } from '../throttling/patient-throttle.service';
import type { JoinWaitlistRequest } from './dto/waitlist.dto';

/** A value that should already be masked by the core; if it is not, only its last 4 characters show. */
function masked(value: string): string {
  return value.includes('*') ? value : '*'.repeat(Math.max(0, value.length - 4)) + value.slice(-4);
}

/** The entry for partners (DESIGN §5): the patient's name masked, document and mobile masked only. */
export function toPartnerWaitlistEntry(v: WaitlistEntryView): WaitlistEntry {
  return {
    id: v.id,
    status: v.status,
    sessionId: v.sessionId,
    sessionStartsAt: v.sessionStartsAt,
    department: { id: v.department.id, name: v.department.name },
    doctor: { id: v.doctor.id, name: v.doctor.name, title: v.doctor.title },
    channel: v.channel,
    patient: {
      name: maskName(v.patient.name),
      documentType: v.patient.documentType,
      documentMasked: masked(v.patient.documentMasked),
      mobileMasked: v.patient.mobileMasked === null ? null : masked(v.patient.mobileMasked),
    },
    position: v.position,
    waiting: v.waiting,
    priority: v.priority,
    joinedAt: v.joinedAt,
    offer: v.offer && {
      holdId: v.offer.holdId,
      status: v.offer.status,
      visitNo: v.offer.visitNo,
      startsAt: v.offer.startsAt,
      expiresAt: v.offer.expiresAt,
    },
    appointmentId: v.appointmentId,
  };
}

/**
 * R5 waitlist for a partner (decision 029). The channel and partner id are the verified
 * partner's (R7); a partner reads, leaves, accepts and declines only its own entries.
 */
@Injectable()
export class WaitlistService {
  constructor(
    private readonly core: CoreClient,
    private readonly patientThrottle: PatientThrottle,
  ) {}

  /** Joining is a booking attempt: it counts against the patient like one. */
  async join(request: JoinWaitlistRequest, partner: Partner): Promise<WaitlistEntry> {
    await this.patientThrottle.attempt(request.patient.documentType, request.patient.documentNo);
    const { patient } = request;
    return toPartnerWaitlistEntry(
      await this.core.joinWaitlist({
        channel: partner.channel,
        partnerId: partner.appId,
        sessionId: request.sessionId,
        patient: {
          name: patient.name,
          documentType: patient.documentType,
          documentNo: patient.documentNo,
          mobile: patient.mobile,
        },
        ...(request.notifyTo !== undefined ? { notifyTo: request.notifyTo } : {}),
        partnerCallback: partner.callbackUrl !== null,
      }),
    );
  }

  async get(id: number, partner: Partner): Promise<WaitlistEntry> {
    return toPartnerWaitlistEntry(await this.core.waitlistEntry(id, partner.appId));
  }

  async leave(id: number, partner: Partner): Promise<WaitlistEntry> {
    return toPartnerWaitlistEntry(await this.core.waitlistAction(id, 'leave', partner.appId));
  }

  async decline(id: number, partner: Partner): Promise<WaitlistEntry> {
    return toPartnerWaitlistEntry(await this.core.waitlistAction(id, 'decline', partner.appId));
  }

  /** The appointment, with its check-in code (as the booking's own response). */
  async accept(id: number, partner: Partner): Promise<Appointment> {
    return toPartnerAppointment(await this.core.acceptOffer(id, partner.appId), true);
  }
}
