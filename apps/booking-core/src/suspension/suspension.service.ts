import { Injectable } from '@nestjs/common';
import { DomainError } from '@app/common';
import type { Caller } from '../auth/auth.guard';
import { ClockService } from '../clock/clock.service';
import { PiiVault } from '../patients';
import { SessionsService } from '../sessions';
import { actorOf } from '../shared/actor';
import { at } from '../shared/view-mappers';
import type { CallListEntry, SubstituteCandidate, SuspensionResult } from './dto/suspension.dto';
import { SuspensionRepository } from './suspension.repository';

@Injectable()
export class SuspensionService {
  constructor(
    private readonly suspension: SuspensionRepository,
    private readonly sessions: SessionsService,
    private readonly vault: PiiVault,
    private readonly clock: ClockService,
  ) {}

  async candidates(sessionId: number): Promise<SubstituteCandidate[]> {
    await this.sessions.get(sessionId); // 404 for an unknown session
    return (await this.suspension.candidates(sessionId)).map((r) => ({
      id: r.id,
      name: r.name,
      title: r.title,
      departmentId: r.department_id,
      departmentName: r.department_name,
      sameDepartment: Number(r.same_department) === 1 || r.same_department === true,
    }));
  }

  async substitute(
    sessionId: number,
    doctorId: number,
    reason: string,
    caller: Caller,
  ): Promise<SuspensionResult> {
    const { notified } = await this.suspension.substitute(
      sessionId,
      doctorId,
      reason,
      actorOf(caller, this.clock.now()),
    );
    return { session: await this.sessions.get(sessionId), cancelled: 0, notified };
  }

  async suspend(sessionId: number, reason: string, caller: Caller): Promise<SuspensionResult> {
    const result = await this.suspension.suspend(sessionId, reason, actorOf(caller, this.clock.now()));
    return { session: await this.sessions.get(sessionId), ...result };
  }

  /** The phone centre's list: full mobiles, decrypted here for the CALL_CENTRE role only; each row read is audited. */
  async callList(sessionId: number, caller: Caller): Promise<CallListEntry[]> {
    if (!caller.roles.includes('CALL_CENTRE')) throw new DomainError('FORBIDDEN');
    const rows = await this.suspension.callList(sessionId, actorOf(caller, this.clock.now()));
    return rows.map((r) => ({
      appointmentId: r.appointment_id,
      visitNo: Number(r.visit_no),
      startsAt: at(r.starts_at, this.clock.timeZone),
      channel: r.channel,
      patientName: r.patient_name,
      mobile: r.mobile_cipher ? this.vault.decrypt(r.mobile_cipher) : null,
    }));
  }
}
