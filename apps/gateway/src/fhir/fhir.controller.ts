import { Controller, Get, Header, Param, Query, Req, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { DomainError } from '@app/common';
import type { ErrorCode } from '@app/contracts';
import { partnerOf, type GatewayRequest } from '../auth/gateway-request';
import { CoreClient, type SessionFilter } from '../core/core-client';
import { capabilityStatement } from './capability-statement';
import { FhirRoute, FhirScope } from './fhir-scope.decorator';
import {
  type FhirResource,
  searchset,
  toFhirSlot,
  toHealthcareService,
  toLocation,
  toPractitioner,
  toSchedule,
} from './fhir-resources';
import { FHIR_JSON, OperationOutcomeFilter } from './operation-outcome';

type SearchQuery = Record<string, string | string[] | undefined>;

const NUMERIC_ID = /^[1-9][0-9]{0,15}$/;
/** A Slot's id is `<sessionId>-<slotId>` (decision 024), so it can be read on its own. */
const SLOT_ID = /^([1-9][0-9]{0,15})-([1-9][0-9]{0,15})$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function badSearch(detail: string): DomainError {
  return new DomainError('VALIDATION_FAILED', detail);
}

/** One numeric id, else the resource's not-found code (an id that cannot exist is not 400). */
function idOf(value: string, notFound: ErrorCode): number {
  if (!NUMERIC_ID.test(value)) throw new DomainError(notFound, 'No such resource');
  return Number(value);
}

/** Refuses search parameters this server does not implement (FHIR lets a server ignore them; here they are errors). */
function only(query: SearchQuery, ...names: string[]): void {
  const unknown = Object.keys(query).filter((k) => !names.includes(k));
  if (unknown.length) throw badSearch(`Unsupported search parameter: ${unknown.join(', ').slice(0, 80)}`);
  for (const name of names)
    if (name !== 'start' && name !== 'date' && Array.isArray(query[name]))
      throw badSearch(`${name} may be given once`);
}

function referenceId(value: string | string[] | undefined, type: string): number | undefined {
  if (value === undefined) return undefined;
  const m = new RegExp(`^(?:${type}/)?([1-9][0-9]{0,15})$`).exec(String(value));
  if (!m) throw badSearch(`must be ${type}/<id>`);
  return Number(m[1]);
}

/**
 * The FHIR R4 façade's read side (decision 024). Every route needs a SMART bearer token with its
 * scope (PartnerAuthGuard); the partner's channel decides which numbers are free to it (R4, R7),
 * as on the partner API. Mapping: Practitioner = doctor, HealthcareService = department,
 * Location = consulting room, Schedule = session, Slot = number.
 */
@ApiExcludeController()
@FhirRoute()
@Controller('fhir/r4')
@UseFilters(OperationOutcomeFilter)
export class FhirController {
  constructor(private readonly core: CoreClient) {}

  @Get('metadata')
  @FhirScope('any')
  @Header('content-type', FHIR_JSON)
  metadata(): FhirResource {
    return capabilityStatement();
  }

  @Get('Practitioner')
  @FhirScope({ resource: 'Practitioner', action: 'read' })
  @Header('content-type', FHIR_JSON)
  async searchPractitioners(@Query() query: SearchQuery): Promise<FhirResource> {
    only(query);
    return searchset((await this.core.doctors()).map(toPractitioner));
  }

  @Get('Practitioner/:id')
  @FhirScope({ resource: 'Practitioner', action: 'read' })
  @Header('content-type', FHIR_JSON)
  async readPractitioner(@Param('id') id: string): Promise<FhirResource> {
    const wanted = idOf(id, 'DOCTOR_NOT_FOUND');
    const doctor = (await this.core.doctors()).find((d) => d.id === wanted);
    if (!doctor) throw new DomainError('DOCTOR_NOT_FOUND', 'No such Practitioner');
    return toPractitioner(doctor);
  }

  @Get('HealthcareService')
  @FhirScope({ resource: 'HealthcareService', action: 'read' })
  @Header('content-type', FHIR_JSON)
  async searchHealthcareServices(@Query() query: SearchQuery): Promise<FhirResource> {
    only(query);
    return searchset((await this.core.departments()).map(toHealthcareService));
  }

  @Get('HealthcareService/:id')
  @FhirScope({ resource: 'HealthcareService', action: 'read' })
  @Header('content-type', FHIR_JSON)
  async readHealthcareService(@Param('id') id: string): Promise<FhirResource> {
    const wanted = idOf(id, 'DEPARTMENT_NOT_FOUND');
    const department = (await this.core.departments()).find((d) => d.id === wanted);
    if (!department) throw new DomainError('DEPARTMENT_NOT_FOUND', 'No such HealthcareService');
    return toHealthcareService(department);
  }

  @Get('Location')
  @FhirScope({ resource: 'Location', action: 'read' })
  @Header('content-type', FHIR_JSON)
  async searchLocations(@Query() query: SearchQuery): Promise<FhirResource> {
    only(query);
    return searchset((await this.core.rooms()).map(toLocation));
  }

  @Get('Location/:id')
  @FhirScope({ resource: 'Location', action: 'read' })
  @Header('content-type', FHIR_JSON)
  async readLocation(@Param('id') id: string): Promise<FhirResource> {
    const wanted = idOf(id, 'ROOM_NOT_FOUND');
    const room = (await this.core.rooms()).find((r) => r.id === wanted);
    if (!room) throw new DomainError('ROOM_NOT_FOUND', 'No such Location');
    return toLocation(room);
  }

  /** `actor=Practitioner/<id>` or `HealthcareService/<id>`; `date=[ge|le]YYYY-MM-DD` (at most one of each). */
  @Get('Schedule')
  @FhirScope({ resource: 'Schedule', action: 'read' })
  @Header('content-type', FHIR_JSON)
  async searchSchedules(@Query() query: SearchQuery, @Req() request: GatewayRequest): Promise<FhirResource> {
    only(query, 'actor', 'date');
    const filter: SessionFilter = {};
    const actor = query.actor as string | undefined;
    if (actor !== undefined) {
      if (actor.startsWith('HealthcareService/'))
        filter.departmentId = referenceId(actor, 'HealthcareService');
      else filter.doctorId = referenceId(actor, 'Practitioner');
    }
    for (const value of [query.date ?? []].flat()) {
      const m = /^(ge|le|eq)?(.*)$/.exec(value)!;
      if (!DAY.test(m[2]) || Number.isNaN(Date.parse(m[2])))
        throw badSearch('date must be [ge|le]YYYY-MM-DD');
      if (m[1] !== 'le') filter.dateFrom = m[2];
      if (m[1] !== 'ge') filter.dateTo = m[2];
    }
    const sessions = await this.core.sessions(filter, partnerOf(request).channel);
    // An actor=Practitioner search matches the doctor who sees the patients (a substitute too).
    return searchset(sessions.map(toSchedule));
  }

  @Get('Schedule/:id')
  @FhirScope({ resource: 'Schedule', action: 'read' })
  @Header('content-type', FHIR_JSON)
  async readSchedule(@Param('id') id: string, @Req() request: GatewayRequest): Promise<FhirResource> {
    return toSchedule(await this.core.session(idOf(id, 'SESSION_NOT_FOUND'), partnerOf(request).channel));
  }

  @Get('Slot/:id')
  @FhirScope({ resource: 'Slot', action: 'read' })
  @Header('content-type', FHIR_JSON)
  async readSlot(@Param('id') id: string, @Req() request: GatewayRequest): Promise<FhirResource> {
    const m = SLOT_ID.exec(id);
    if (!m) throw new DomainError('SLOT_NOT_FOUND', 'No such Slot');
    const slots = await this.core.slots(Number(m[1]), partnerOf(request).channel);
    const slot = slots.find((s) => s.id === Number(m[2]));
    if (!slot) throw new DomainError('SLOT_NOT_FOUND', 'No such Slot');
    return toFhirSlot(slot);
  }

  /** `schedule=Schedule/<id>` (required), `status=free|busy`, `start=[ge|gt|le|lt]<dateTime>` (repeatable). */
  @Get('Slot')
  @FhirScope({ resource: 'Slot', action: 'read' })
  @Header('content-type', FHIR_JSON)
  async searchSlots(@Query() query: SearchQuery, @Req() request: GatewayRequest): Promise<FhirResource> {
    only(query, 'schedule', 'status', 'start');
    if (query.schedule === undefined) throw badSearch('schedule=Schedule/<id> is required');
    const scheduleId = referenceId(query.schedule, 'Schedule')!;
    const status = query.status as string | undefined;
    if (status !== undefined && status !== 'free' && status !== 'busy')
      throw badSearch('status must be free or busy');
    const starts = [query.start ?? []].flat().map(startFilter);
    const slots = await this.core.slots(scheduleId, partnerOf(request).channel);
    const chosen = slots
      .filter((s) => status === undefined || (status === 'free') === s.bookable)
      .filter((s) => starts.every((keep) => keep(Date.parse(s.startsAt))));
    return searchset(chosen.map(toFhirSlot));
  }
}

/** `start=ge2026-12-04T08:00:00+08:00` (ge, gt, le, lt; eq when no prefix; a bare day is 00:00 +08:00). */
function startFilter(value: string): (ms: number) => boolean {
  const m = /^(ge|gt|le|lt|eq)?(\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2}))?)$/.exec(
    value,
  );
  const at = m ? Date.parse(m[2].length === 10 ? `${m[2]}T00:00:00+08:00` : m[2]) : NaN;
  if (!m || Number.isNaN(at)) throw badSearch('start must be [ge|gt|le|lt]<date or dateTime with offset>');
  switch (m[1]) {
    case 'ge':
      return (ms) => ms >= at;
    case 'gt':
      return (ms) => ms > at;
    case 'le':
      return (ms) => ms <= at;
    case 'lt':
      return (ms) => ms < at;
    default:
      return (ms) => ms === at;
  }
}
