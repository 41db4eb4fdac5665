import { Injectable } from '@nestjs/common';
import type { Appointment, Hold } from '@app/partner-client';
import { toPartnerAppointment } from '../appointments/appointment-views';
import { bookingCommandOf } from '../appointments/appointments.service';
import { CoreClient } from '../core/core-client';
import type { Partner } from '../partners/partner';
import { PatientThrottle } from '../throttling/patient-throttle.service';
import type { HoldNumberRequest } from './dto/hold.dto';
import { toPartnerHold } from './hold-views';

/**
 * R5 holds for a partner: a number held for a few minutes, then confirmed or released. The
 * channel and partner id are the verified partner's (R7); a partner confirms, releases and reads
 * only its own holds (booking-core scopes by partnerId and answers HOLD_NOT_FOUND otherwise).
 */
@Injectable()
export class HoldsService {
  constructor(
    private readonly core: CoreClient,
    private readonly patientThrottle: PatientThrottle,
  ) {}

  /** A hold is a booking attempt: it counts against the patient like one. */
  async hold(request: HoldNumberRequest, partner: Partner, idempotencyKey?: string): Promise<Hold> {
    const command = bookingCommandOf(request, partner, idempotencyKey);
    await this.patientThrottle.attempt(request.patient.documentType, request.patient.documentNo);
    return toPartnerHold(await this.core.hold(command));
  }

  async get(id: number, partner: Partner): Promise<Hold> {
    return toPartnerHold(await this.core.holdById(id, partner.appId));
  }

  /** The appointment, with its check-in code (as the booking's own response). */
  async confirm(id: number, partner: Partner): Promise<Appointment> {
    return toPartnerAppointment(await this.core.confirmHold(id, partner.appId), true);
  }

  async release(id: number, partner: Partner): Promise<Hold> {
    return toPartnerHold(await this.core.releaseHold(id, partner.appId));
  }
}
