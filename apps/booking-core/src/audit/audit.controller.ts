import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@app/common';
import { maskDigitRuns, maskName, scrubPersonalData } from '@app/domain';
import { Roles } from '../auth/roles.decorator';
import { ClockService } from '../clock/clock.service';
import { SessionsService } from '../sessions';
import { IdParam } from '../shared/params';
import { at } from '../shared/view-mappers';
import { type AuditRow, AuditRepository } from './audit.repository';
import {
  AuditEntryResponse,
  AuditPageResponse,
  AuditQuery,
  QueueCallResponse,
  VisitResponse,
} from './dto/audit.dto';
import { ApiProblems } from '../openapi/api-problems';

/**
 * The audit trail, readable (R12, R14, R15, R20): refused registrations (suspected transfers),
 * reads of full mobiles, blacklist lifts, contact changes, every booking step; and a session's
 * call log and visits. ADMIN only; personal data masked.
 */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('v1')
@Roles('ADMIN')
export class AuditController {
  constructor(
    private readonly audit: AuditRepository,
    private readonly sessions: SessionsService,
    private readonly clock: ClockService,
  ) {}

  @Get('audit')
  @ApiOperation({
    summary: 'Audit entries, newest first, filtered and paged',
    description:
      'Refused registrations: `action=REGISTER&outcome=REFUSED`; reads of full mobiles: `action=READ_MOBILE`; ' +
      'one record: `entity=appointment&entityId=9001`. Pass `next` as `before` for the following page.',
  })
  @ApiOkResponse({ type: AuditPageResponse })
  async list(@Query() q: AuditQuery): Promise<AuditPageResponse> {
    const from = q.from === undefined ? undefined : new Date(q.from);
    const to = q.to === undefined ? undefined : new Date(q.to);
    if (from && to && to <= from) throw new DomainError('VALIDATION_FAILED', '`to` must be after `from`');
    const limit = q.limit ?? 50;
    const rows = await this.audit.entries({ ...q, from, to, limit });
    return {
      entries: rows.map((r) => this.entry(r)),
      next: rows.length === limit ? String(rows[rows.length - 1].id) : null,
    };
  }

  @Get('sessions/:id/calls')
  @ApiOperation({ summary: "A session's call log: every call, recall and pass, with who called (R12, R16)" })
  @ApiOkResponse({ type: [QueueCallResponse] })
  @ApiProblems({ 404: 'SESSION_NOT_FOUND' })
  async calls(@Param() p: IdParam): Promise<QueueCallResponse[]> {
    await this.sessions.get(p.id); // 404 for an unknown session
    const tz = this.clock.timeZone;
    return (await this.audit.calls(p.id)).map((r) => ({
      id: String(r.id),
      appointmentId: r.appointment_id,
      visitNo: Number(r.visit_no),
      kind: r.kind,
      roomId: r.room_id,
      roomName: r.room_name,
      calledBy: r.called_by,
      at: at(r.at, tz),
    }));
  }

  @Get('sessions/:id/visits')
  @ApiOperation({ summary: "A session's visits (挂号记录), booked and walk-in, patients masked (R12, R13)" })
  @ApiOkResponse({ type: [VisitResponse] })
  @ApiProblems({ 404: 'SESSION_NOT_FOUND' })
  async visits(@Param() p: IdParam): Promise<VisitResponse[]> {
    await this.sessions.get(p.id);
    const tz = this.clock.timeZone;
    return (await this.audit.visits(p.id)).map((r) => ({
      id: r.id,
      appointmentId: r.appointment_id,
      appointmentCode: r.code,
      visitNo: Number(r.visit_no),
      channel: r.channel,
      feeCents: r.fee_cents,
      registeredAt: at(r.registered_at, tz),
      registeredBy: r.registered_by,
      patientName: maskName(r.patient_name),
      documentType: r.document_type,
      documentMasked: r.document_masked,
    }));
  }

  private entry(r: AuditRow): AuditEntryResponse {
    return {
      id: String(r.id),
      at: at(r.at, this.clock.timeZone),
      actor: r.actor,
      operator: r.operator,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      outcome: r.outcome,
      detail: detailOf(r.detail),
    };
  }
}

/** The stored JSON, with anything shaped like a mobile or an ID number masked (entries older than the masking of reasons may hold one). */
function detailOf(text: string | null): Record<string, unknown> | null {
  if (text === null) return null;
  const masked = scrubPersonalData(maskDigitRuns(text));
  try {
    const parsed: unknown = JSON.parse(masked);
    return typeof parsed === 'object' && parsed !== null
      ? (parsed as Record<string, unknown>)
      : { value: parsed };
  } catch {
    return { text: masked };
  }
}
