import { Injectable } from '@nestjs/common';
import type { AppointmentView } from '@app/contracts';
import { DomainError } from '@app/common';
import { isErrorCode } from '@app/contracts';
import { newAppointmentCode, newVerificationCode } from '../appointments';
import type { Caller } from '../auth/auth.guard';
import { ClockService } from '../clock/clock.service';
import { PatientIdentityService } from '../patients';
import { QueueEvents } from '../queue';
import { actorOf } from '../shared/actor';
import { toAppointmentView } from '../shared/view-mappers';
import type { CheckInRequest, RegisterRequest, WalkInRequest } from './dto/visit-day.dto';
import { type AppointmentResultRow, VisitDayRepository } from './visit-day.repository';

@Injectable()
export class VisitDayService {
  constructor(
    private readonly visitDay: VisitDayRepository,
    private readonly identity: PatientIdentityService,
    private readonly clock: ClockService,
    private readonly queueEvents: QueueEvents,
  ) {}

  /** R10 取号 (and R11: a late arrival voids the number). */
  async checkIn(req: CheckInRequest, caller: Caller): Promise<AppointmentView> {
    if ((req.appointmentCode === undefined) === (req.verificationCode === undefined))
      throw new DomainError('VALIDATION_FAILED', 'Give exactly one of appointmentCode and verificationCode', {
        errors: [
          { field: 'appointmentCode', messages: ['exactly one of appointmentCode and verificationCode'] },
        ],
      });
    const row = await this.visitDay.checkIn(
      { appointmentCode: req.appointmentCode ?? null, verificationCode: req.verificationCode ?? null },
      this.presented(req.document),
      this.clock.timeZone,
      actorOf(caller, this.clock.now()),
    );
    return this.outcome(row);
  }

  /** R12 挂号: ticket, call and appointment must carry the same number. */
  async register(req: RegisterRequest, caller: Caller): Promise<AppointmentView> {
    const row = await this.visitDay.register(
      req.appointmentCode,
      req.ticketVisitNo,
      this.presented(req.document),
      actorOf(caller, this.clock.now()),
    );
    return this.outcome(row);
  }

  /** R13: on-site registration of a patient without an appointment. */
  async walkIn(req: WalkInRequest, caller: Caller): Promise<AppointmentView> {
    const row = await this.visitDay.walkIn(
      req.sessionId,
      this.identity.protect(req.patient),
      { code: newAppointmentCode(), verificationCode: newVerificationCode() },
      this.clock.timeZone,
      actorOf(caller, this.clock.now()),
    );
    const view = toAppointmentView(row, this.clock.timeZone, true);
    this.queueEvents.changed(view.sessionId);
    return view;
  }

  private presented(d: { documentType: CheckInRequest['document']['documentType']; documentNo: string }) {
    return { type: d.documentType, digest: this.identity.documentDigest(d.documentType, d.documentNo) };
  }

  /** A refusal the procedure recorded (audit, a voided number) becomes an error after commit. */
  private outcome(row: AppointmentResultRow): AppointmentView {
    const view = toAppointmentView(row, this.clock.timeZone);
    if (row.outcome === 'OK') {
      // R12: the waiting-room displays show a check-in (the count) and a registration (off the call list).
      this.queueEvents.changed(view.sessionId);
      return view;
    }
    const code = isErrorCode(row.outcome) ? row.outcome : 'CONFLICT';
    throw new DomainError(code, undefined, { appointmentStatus: view.status });
  }
}
