import { Injectable } from '@nestjs/common';
import { DomainError } from '@app/common';
import {
  isErrorCode,
  type ExamAppointmentView,
  type ExamOrderView,
  type ExamSessionView,
  type SlotView,
} from '@app/contracts';
import { channelsOf, newAppointmentCode, newVerificationCode, partnerScopeOf } from '../appointments';
import type { Caller } from '../auth/auth.guard';
import { ClockService } from '../clock/clock.service';
import type {
  ExamAppointmentResultViewRow,
  ExamAppointmentViewRow,
  ExamOrderViewRow,
} from '../database/sql-types.generated';
import { PatientIdentityService } from '../patients';
import { actorOf } from '../shared/actor';
import { at, atOrNull } from '../shared/view-mappers';
import type {
  BookExaminationRequest,
  ExamOrderLookupRequest,
  ExamPresentedDocumentDto,
  ExamSessionQuery,
  ExamVisitRequest,
  PlaceExamOrderRequest,
} from './dto/examination.dto';
import { type ExamSessionRow, ExaminationsRepository } from './examinations.repository';

const IN_PERSON = new Set(['COUNTER', 'KIOSK', 'ON_SITE']);

/**
 * R19 医技预约 (decision 031): orders, booking a time for an order, and the examination's visit
 * day. The caller rules are booking's (R7 channels, R20 partner scope); every booking rule is in
 * the database (700_examinations.sql).
 */
@Injectable()
export class ExaminationsService {
  constructor(
    private readonly exams: ExaminationsRepository,
    private readonly identity: PatientIdentityService,
    private readonly clock: ClockService,
  ) {}

  async placeOrder(req: PlaceExamOrderRequest, caller: Caller): Promise<ExamOrderView> {
    const row = await this.exams.placeOrder(
      {
        orderNo: req.orderNo,
        examTypeId: req.examTypeId,
        orderedBy: req.orderedBy ?? null,
        identity: this.identity.protect(req.patient),
      },
      actorOf(caller, this.clock.now()),
    );
    return this.orderView(row);
  }

  /** An order is read only with its patient's name and document: a partner cannot browse orders. */
  async lookupOrder(req: ExamOrderLookupRequest, caller: Caller): Promise<ExamOrderView> {
    partnerScopeOf(caller, req.partnerId);
    const row = await this.exams.orderOf(req.orderNo, this.presented(req.patient));
    if (!row || row.patient_name !== this.identity.normalizedName(req.patient.name))
      throw new DomainError('EXAM_ORDER_NOT_FOUND');
    return this.orderView(row);
  }

  async sessions(q: ExamSessionQuery): Promise<ExamSessionView[]> {
    const now = this.clock.now();
    const from = q.dateFrom ?? this.clock.today();
    const to = q.dateTo ?? addDays(from, 14);
    if (to < from) throw new DomainError('VALIDATION_FAILED', 'dateTo is before dateFrom');
    const rows = await this.exams.sessions({ examTypeId: q.examTypeId, dateFrom: from, dateTo: to }, now);
    return rows.map((r) => this.sessionView(r, now, q.channel !== undefined && IN_PERSON.has(q.channel)));
  }

  async slots(sessionId: number, channel: string | undefined): Promise<SlotView[]> {
    const now = this.clock.now();
    const session = await this.exams.session(sessionId, now);
    if (!session) throw new DomainError('SESSION_NOT_FOUND');
    const tz = this.clock.timeZone;
    const open = session.status === 'OPEN' && now.getTime() >= new Date(session.release_at).getTime();
    const inPerson =
      channel !== undefined && IN_PERSON.has(channel) && session.session_day === this.clock.today();
    return (await this.exams.slots(sessionId)).map((s) => {
      const free =
        s.appointment_id === null &&
        (s.held_until === null || new Date(s.held_until).getTime() <= now.getTime());
      return {
        id: s.id,
        sessionId,
        visitNo: Number(s.seq_no),
        startsAt: at(s.starts_at, tz),
        endsAt: at(s.ends_at, tz),
        reserve: s.reserve,
        free,
        bookable:
          free && open && new Date(s.starts_at).getTime() > now.getTime() && (s.reserve === null || inPerson),
      };
    });
  }

  async book(req: BookExaminationRequest, caller: Caller): Promise<ExamAppointmentView> {
    if (!channelsOf(caller).has(req.channel))
      throw new DomainError('CHANNEL_NOT_ALLOWED', `${caller.name} may not book for channel ${req.channel}`);
    const partnerId = partnerScopeOf(caller, req.partnerId);
    if (
      partnerId === null &&
      (req.notifyTo !== undefined || req.requestKey !== undefined || req.partnerCallback !== undefined)
    )
      throw new DomainError('FORBIDDEN', "notifyTo, requestKey and partnerCallback are the gateway's");
    const row = await this.exams.book(
      {
        orderNo: req.orderNo,
        slotId: req.slotId,
        channel: req.channel,
        partnerId,
        identity: this.identity.protect(req.patient),
        code: newAppointmentCode(),
        verificationCode: newVerificationCode(),
        notifyTo: partnerId === null ? null : (req.notifyTo ?? null),
        requestKey: partnerId === null ? null : (req.requestKey ?? null),
        partnerCallback: partnerId !== null && req.partnerCallback === true,
        tz: this.clock.timeZone,
      },
      actorOf(caller, this.clock.now()),
    );
    return this.view(row, true);
  }

  async get(id: number, partnerId: string | undefined, caller: Caller): Promise<ExamAppointmentView> {
    const scope = partnerScopeOf(caller, partnerId);
    const row = await this.exams.find(id);
    if (!row || (scope !== null && row.partner_id !== scope)) throw new DomainError('APPOINTMENT_NOT_FOUND');
    return this.view(row);
  }

  async cancel(id: number, partnerId: string | undefined, reason: string | undefined, caller: Caller) {
    const scope = partnerScopeOf(caller, partnerId);
    const row = await this.exams.cancel(id, scope, reason ?? null, actorOf(caller, this.clock.now()));
    return this.view(row);
  }

  /** R10/R11 check-in: a late arrival voids the number (recorded, then refused with its code). */
  async checkIn(req: ExamVisitRequest, caller: Caller): Promise<ExamAppointmentView> {
    const row = await this.exams.checkIn(
      req.appointmentCode,
      this.presented(req.document),
      this.clock.timeZone,
      actorOf(caller, this.clock.now()),
    );
    return this.outcome(row);
  }

  /** R12: the resource's next waiting patient. */
  async callNext(sessionId: number, caller: Caller): Promise<ExamAppointmentView> {
    return this.view(await this.exams.callNext(sessionId, actorOf(caller, this.clock.now())));
  }

  /** Completion in place of registration. */
  async complete(req: ExamVisitRequest, caller: Caller): Promise<ExamAppointmentView> {
    const row = await this.exams.complete(
      req.appointmentCode,
      this.presented(req.document),
      actorOf(caller, this.clock.now()),
    );
    return this.outcome(row);
  }

  private presented(d: Pick<ExamPresentedDocumentDto, 'documentType' | 'documentNo'>) {
    return { type: d.documentType, digest: this.identity.documentDigest(d.documentType, d.documentNo) };
  }

  private outcome(row: ExamAppointmentResultViewRow): ExamAppointmentView {
    const view = this.view(row);
    if (row.outcome === 'OK') return view;
    const code = isErrorCode(row.outcome) ? row.outcome : 'CONFLICT';
    throw new DomainError(code, undefined, { appointmentStatus: view.status });
  }

  private orderView(r: ExamOrderViewRow): ExamOrderView {
    const tz = this.clock.timeZone;
    return {
      id: r.id,
      orderNo: r.order_no,
      status: r.status,
      examType: {
        id: r.exam_type_id,
        code: r.exam_type_code,
        name: r.exam_type_name,
        preparation: r.preparation,
      },
      orderedBy: r.ordered_by === null ? null : { id: r.ordered_by, name: r.ordered_by_name ?? '' },
      createdAt: at(r.created_at, tz),
      completedAt: atOrNull(r.completed_at, tz),
      appointmentId: r.appointment_id,
    };
  }

  private sessionView(r: ExamSessionRow, now: Date, inPerson: boolean): ExamSessionView {
    const tz = this.clock.timeZone;
    const released = now.getTime() >= new Date(r.release_at).getTime();
    const free =
      Number(r.free_public) + (inPerson && r.session_day === this.clock.today() ? Number(r.free_reserve) : 0);
    return {
      id: r.id,
      date: r.session_day,
      period: r.period,
      status: r.status,
      startsAt: at(r.starts_at, tz),
      endsAt: at(r.ends_at, tz),
      releaseAt: at(r.release_at, tz),
      feeCents: r.fee_cents,
      resource: {
        id: r.exam_resource_id,
        code: r.exam_resource_code,
        name: r.exam_resource_name,
        device: r.device,
      },
      department: { id: r.department_id, name: r.department_name },
      room: { id: r.room_id, name: r.room_name, location: r.room_location },
      available: r.status === 'OPEN' && released ? free : 0,
    };
  }

  view(r: ExamAppointmentViewRow, withVerificationCode = false): ExamAppointmentView {
    const tz = this.clock.timeZone;
    const v: ExamAppointmentView = {
      id: r.id,
      code: r.code,
      status: r.status,
      visitNo: Number(r.visit_no),
      sessionId: r.session_id,
      slotId: r.slot_id,
      date: r.session_day,
      period: r.period,
      startsAt: at(r.starts_at, tz),
      endsAt: at(r.ends_at, tz),
      order: {
        id: r.order_id,
        orderNo: r.order_no,
        status: r.order_status,
        completedAt: atOrNull(r.completed_at, tz),
      },
      examType: {
        id: r.exam_type_id,
        code: r.exam_type_code,
        name: r.exam_type_name,
        modality: r.modality,
        preparation: r.preparation,
      },
      resource: { id: r.exam_resource_id, name: r.exam_resource_name, device: r.device },
      department: { id: r.department_id, name: r.department_name },
      room: { id: r.room_id, name: r.room_name, location: r.room_location },
      feeCents: r.fee_cents,
      channel: r.channel,
      partnerId: r.partner_id,
      patient: {
        name: r.patient_name,
        documentType: r.document_type,
        documentMasked: r.document_masked,
        mobileMasked: r.mobile_masked,
      },
      bookedAt: at(r.booked_at, tz),
      cancelledAt: atOrNull(r.cancelled_at, tz),
      checkedInAt: atOrNull(r.checked_in_at, tz),
      calledAt: atOrNull(r.called_at, tz),
      completedAt: r.status === 'REGISTERED' ? atOrNull(r.registered_at, tz) : null,
      closedAt: atOrNull(r.closed_at, tz),
      queuePosition: r.queue_position === null ? null : Number(r.queue_position),
    };
    if (withVerificationCode) v.verificationCode = r.verification_code;
    return v;
  }
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
