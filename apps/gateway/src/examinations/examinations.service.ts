import { Injectable } from '@nestjs/common';
import type { ExamAppointmentView } from '@app/contracts';
import { maskName } from '@app/domain';
import type { ExamAppointment, ExamOrder, ExamSession, ExamType, Slot } from '@app/partner-client';
import { requestKeyOf } from '../appointments/appointments.service';
import { CoreClient } from '../core/core-client';
import type { Partner } from '../partners/partner';
import { PatientThrottle } from '../throttling/patient-throttle.service';
import type { BookExaminationRequest, ExamOrderLookupRequest, ExamSessionQuery } from './dto/examination.dto';

/** A value that should already be masked by the core; if it is not, only its last 4 characters show. */
function masked(value: string): string {
  return value.includes('*') ? value : '*'.repeat(Math.max(0, value.length - 4)) + value.slice(-4);
}

/**
 * R19 医技预约 for a partner: the patient picks a time for an order the hospital already issued.
 * The channel and partner id are the verified partner's (R7); booking-core refuses an order that
 * does not exist or is not this patient's (EXAM_ORDER_NOT_FOUND) — a partner cannot invent one.
 */
@Injectable()
export class ExaminationsService {
  constructor(
    private readonly core: CoreClient,
    private readonly patientThrottle: PatientThrottle,
  ) {}

  async types(): Promise<ExamType[]> {
    return (await this.core.examTypes())
      .filter((t) => t.active)
      .map((t) => ({
        id: t.id,
        code: t.code,
        name: t.name,
        modality: t.modality,
        minutesPerNumber: t.minutesPerNumber,
        preparation: t.preparation,
        contraindications: t.contraindications,
      }));
  }

  async lookup(req: ExamOrderLookupRequest, partner: Partner): Promise<ExamOrder> {
    await this.patientThrottle.attempt(req.patient.documentType, req.patient.documentNo);
    const o = await this.core.lookupExamOrder({
      orderNo: req.orderNo,
      patient: req.patient,
      partnerId: partner.appId,
    });
    return { orderNo: o.orderNo, status: o.status, examType: o.examType, appointmentId: o.appointmentId };
  }

  async sessions(q: ExamSessionQuery, partner: Partner): Promise<ExamSession[]> {
    return (await this.core.examSessions(q, partner.channel)).map((s) => ({
      id: s.id,
      date: s.date,
      period: s.period,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      resource: { id: s.resource.id, name: s.resource.name, device: s.resource.device },
      department: s.department,
      room: s.room,
      available: s.available,
    }));
  }

  async slots(sessionId: number, partner: Partner): Promise<Slot[]> {
    return this.core.examSlots(sessionId, partner.channel);
  }

  async book(
    req: BookExaminationRequest,
    partner: Partner,
    idempotencyKey?: string,
  ): Promise<ExamAppointment> {
    await this.patientThrottle.attempt(req.patient.documentType, req.patient.documentNo);
    const booked = await this.core.bookExamination({
      channel: partner.channel,
      partnerId: partner.appId,
      orderNo: req.orderNo,
      slotId: req.slotId,
      patient: {
        name: req.patient.name,
        documentType: req.patient.documentType,
        documentNo: req.patient.documentNo,
        mobile: req.patient.mobile,
      },
      ...(req.notifyTo !== undefined ? { notifyTo: req.notifyTo } : {}),
      ...(idempotencyKey !== undefined ? { requestKey: requestKeyOf(idempotencyKey) } : {}),
      partnerCallback: partner.callbackUrl !== null,
    });
    return toPartnerExamination(booked, true);
  }

  async get(id: number, partner: Partner): Promise<ExamAppointment> {
    return toPartnerExamination(await this.core.examination(id, partner.appId));
  }

  async cancel(id: number, partner: Partner, reason?: string): Promise<ExamAppointment> {
    return toPartnerExamination(await this.core.cancelExamination(id, partner.appId, reason));
  }
}

/** The examination for partners: the patient's name masked, document and mobile masked only. */
export function toPartnerExamination(v: ExamAppointmentView, withVerificationCode = false): ExamAppointment {
  const view: ExamAppointment = {
    id: v.id,
    code: v.code,
    status: v.status,
    visitNo: v.visitNo,
    sessionId: v.sessionId,
    slotId: v.slotId,
    startsAt: v.startsAt,
    endsAt: v.endsAt,
    orderNo: v.order.orderNo,
    examType: { id: v.examType.id, name: v.examType.name, preparation: v.examType.preparation },
    resource: { id: v.resource.id, name: v.resource.name },
    room: { id: v.room.id, name: v.room.name, location: v.room.location },
    channel: v.channel,
    patient: {
      name: maskName(v.patient.name),
      documentType: v.patient.documentType,
      documentMasked: masked(v.patient.documentMasked),
      mobileMasked: v.patient.mobileMasked === null ? null : masked(v.patient.mobileMasked),
    },
  };
  if (withVerificationCode && v.verificationCode !== undefined) view.verificationCode = v.verificationCode;
  return view;
}
