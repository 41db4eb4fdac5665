import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { bookingTargetOf } from '@app/common';
import type { BookAppointmentCommand } from '@app/contracts';
import type { Appointment } from '@app/partner-client';
import { CoreClient } from '../core/core-client';
import type { Partner } from '../partners/partner';
import { PatientThrottle } from '../throttling/patient-throttle.service';
import { toPartnerAppointment } from './appointment-views';
import type { BookAppointmentRequest, PatientSearchRequest } from './dto/appointment.dto';

/**
 * Booking, reading and cancelling for a partner. The channel and partner id come from the
 * verified partner (R7), never from the request; a partner sees and cancels only what it
 * booked (booking-core scopes by partnerId and answers 404 otherwise).
 */
@Injectable()
export class AppointmentsService {
  constructor(
    private readonly core: CoreClient,
    private readonly patientThrottle: PatientThrottle,
  ) {}

  async book(
    request: BookAppointmentRequest,
    partner: Partner,
    idempotencyKey?: string,
  ): Promise<Appointment> {
    const command = bookingCommandOf(request, partner, idempotencyKey);
    await this.patientThrottle.attempt(request.patient.documentType, request.patient.documentNo);
    const booked = await this.core.book(command);
    return toPartnerAppointment(booked, true);
  }

  async get(id: number, partner: Partner): Promise<Appointment> {
    return toPartnerAppointment(await this.core.appointment(id, partner.appId));
  }

  /** R9: the number returns to the pool at once. */
  async cancel(id: number, reason: string | undefined, partner: Partner): Promise<Appointment> {
    return toPartnerAppointment(await this.core.cancel(id, partner.appId, reason));
  }

  /** A patient's appointments from every channel, by real name and document (R5, R6). */
  async search(identity: PatientSearchRequest): Promise<Appointment[]> {
    const found = await this.core.searchPatientAppointments({
      name: identity.name,
      documentType: identity.documentType,
      documentNo: identity.documentNo,
    });
    return found.map((v) => toPartnerAppointment(v));
  }
}

/**
 * The core's booking command for a partner's booking or hold (R5, R7): the channel and partner id
 * are the verified partner's, never the request's; the Idempotency-Key travels as the request key,
 * so a retry after a lost answer finds what was already made.
 */
export function bookingCommandOf(
  request: BookAppointmentRequest,
  partner: Partner,
  idempotencyKey?: string,
): BookAppointmentCommand {
  const target = bookingTargetOf(request);
  const { patient } = request;
  return {
    channel: partner.channel,
    partnerId: partner.appId,
    ...target,
    patient: {
      name: patient.name,
      documentType: patient.documentType,
      documentNo: patient.documentNo,
      mobile: patient.mobile,
    },
    ...(request.notifyTo !== undefined ? { notifyTo: request.notifyTo } : {}),
    ...(request.triageAssessmentId !== undefined ? { triageAssessmentId: request.triageAssessmentId } : {}),
    ...(idempotencyKey !== undefined ? { requestKey: requestKeyOf(idempotencyKey) } : {}),
    // R8: callbacks are queued only for a partner that can receive them.
    partnerCallback: partner.callbackUrl !== null,
  };
}

/** The core keeps up to 100 characters; a longer key is sent as its digest (never a prefix). */
function requestKeyOf(key: string): string {
  return key.length <= 100 ? key : `sha256:${createHash('sha256').update(key).digest('base64url')}`;
}
