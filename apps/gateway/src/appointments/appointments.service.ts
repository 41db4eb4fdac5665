import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { bookingTargetOf, DomainError } from '@app/common';
import { pickAppointmentFields, type BookAppointmentCommand } from '@app/contracts';
import type { Appointment } from '@app/partner-client';
import { CoreClient } from '../core/core-client';
import type { Partner } from '../partners/partner';
import { PatientThrottle } from '../throttling/patient-throttle.service';
import { IdempotencyService } from '../idempotency/idempotency.service';
import { toPartnerAppointment } from './appointment-views';
import { SoldOutMemo } from './sold-out-memo';
import { soldOutRefusal } from './sold-out.guard';
import type { BookingRequestBase, PatientSearchRequest } from './dto/appointment.dto';

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
    private readonly soldOut: SoldOutMemo,
    private readonly idempotency: IdempotencyService,
  ) {}

  async book(request: BookingRequestBase, partner: Partner, idempotencyKey?: string): Promise<Appointment> {
    const command = bookingCommandOf(request, partner, idempotencyKey);
    const sessionId = command.sessionId ?? null;
    // Asked on arrival, and again when the call's turn comes: a burst that queued behind the
    // first SESSION_FULL is answered then, without reaching booking-core.
    let answeredHere = false;
    const soldOut = async (): Promise<DomainError | null> => {
      if (sessionId === null || !(await this.refusedAsSoldOut(sessionId, partner, idempotencyKey)))
        return null;
      answeredHere = true;
      return soldOutRefusal();
    };
    const early = await soldOut();
    if (early) throw early;
    await this.patientThrottle.attempt(request.patient.documentType, request.patient.documentNo);
    const booked = await this.core.book(command, soldOut).catch((error: unknown) => {
      // Only booking-core's own answer starts the bound again, never the memo's.
      if (
        sessionId !== null &&
        !answeredHere &&
        error instanceof DomainError &&
        error.code === 'SESSION_FULL'
      )
        this.soldOut.remember(sessionId);
      throw error;
    });
    return toPartnerAppointment(booked, true);
  }

  /**
   * Decision 026: a session booking-core called full a moment ago is refused here, before the
   * work only a booking needs (the patient's attempt count, the core call) — unless this is the
   * retry of an attempt whose outcome is unknown: that one must reach booking-core, which returns
   * the appointment if the first attempt made it.
   */
  private async refusedAsSoldOut(
    sessionId: number,
    partner: Partner,
    key: string | undefined,
  ): Promise<boolean> {
    if (!this.soldOut.isSoldOut(sessionId)) return false;
    return key === undefined || !(await this.idempotency.wasInDoubt(partner.appId, key));
  }

  async get(id: number, partner: Partner): Promise<Appointment> {
    return toPartnerAppointment(await this.core.appointment(id, partner.appId));
  }

  /** R9: cancelled at once; the number goes to the waitlist, else back to the pool after a random delay (decision 029). */
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
  request: BookingRequestBase,
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
    ...pickAppointmentFields(request),
    ...(idempotencyKey !== undefined ? { requestKey: requestKeyOf(idempotencyKey) } : {}),
    // R8: callbacks are queued only for a partner that can receive them.
    partnerCallback: partner.callbackUrl !== null,
  };
}

/** The core keeps up to 100 characters; a longer key is sent as its digest (never a prefix). */
export function requestKeyOf(key: string): string {
  return key.length <= 100 ? key : `sha256:${createHash('sha256').update(key).digest('base64url')}`;
}
