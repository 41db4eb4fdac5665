import { Controller, Get, Header, Param, Query, Req, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { DomainError } from '@app/common';
import type { SlotView } from '@app/contracts';
import { partnerOf, type GatewayRequest } from '../auth/gateway-request';
import { CoreClient } from '../core/core-client';
import { FhirRoute, FhirScope } from './fhir-scope.decorator';
import { FHIR_JSON, OperationOutcomeFilter } from './operation-outcome';

/** FHIR ids here: a Slot is `<sessionId>-<slotId>` (decision 024), so it can be read on its own. */
const SLOT_ID = /^([1-9][0-9]{0,15})-([1-9][0-9]{0,15})$/;
const SCHEDULE_REF = /^(?:Schedule\/)?([1-9][0-9]{0,15})$/;

function badSearch(detail: string): DomainError {
  return new DomainError('VALIDATION_FAILED', detail);
}

/**
 * The FHIR R4 façade (decision 024), read side of what is implemented: the CapabilityStatement
 * and Slot. Every route needs a SMART bearer token with its scope (PartnerAuthGuard); the
 * partner's channel decides which numbers are free to it (R4, R7), as on the partner API.
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
  metadata(): Record<string, unknown> {
    return {
      resourceType: 'CapabilityStatement',
      status: 'active',
      date: '2026-12-02',
      kind: 'instance',
      fhirVersion: '4.0.1',
      format: ['application/fhir+json'],
      implementation: { description: 'Outpatient booking — FHIR R4 façade (decision 024)' },
      rest: [
        {
          mode: 'server',
          security: {
            service: [
              {
                coding: [
                  {
                    system: 'http://terminology.hl7.org/CodeSystem/restful-security-service',
                    code: 'SMART-on-FHIR',
                  },
                ],
              },
            ],
            description:
              'SMART Backend Services: POST auth/token (client_credentials, RS384/ES384 client assertion); ' +
              'scopes system/Slot.read, system/*.read',
          },
          resource: [
            {
              type: 'Slot',
              interaction: [{ code: 'read' }, { code: 'search-type' }],
              searchParam: [
                { name: 'schedule', type: 'reference', documentation: 'Required: Schedule/<session id>' },
                { name: 'status', type: 'token', documentation: 'free or busy' },
                { name: 'start', type: 'date', documentation: 'ge/gt/le/lt prefixes' },
              ],
            },
          ],
        },
      ],
    };
  }

  @Get('Slot/:id')
  @FhirScope({ resource: 'Slot', action: 'read' })
  @Header('content-type', FHIR_JSON)
  async readSlot(@Param('id') id: string, @Req() request: GatewayRequest): Promise<Record<string, unknown>> {
    const m = SLOT_ID.exec(id);
    if (!m) throw new DomainError('SLOT_NOT_FOUND', 'No such Slot');
    const slots = await this.core.slots(Number(m[1]), partnerOf(request).channel);
    const slot = slots.find((s) => s.id === Number(m[2]));
    if (!slot) throw new DomainError('SLOT_NOT_FOUND', 'No such Slot');
    return toFhirSlot(slot);
  }

  @Get('Slot')
  @FhirScope({ resource: 'Slot', action: 'read' })
  @Header('content-type', FHIR_JSON)
  async searchSlots(
    @Query() query: Record<string, string | string[] | undefined>,
    @Req() request: GatewayRequest,
  ): Promise<Record<string, unknown>> {
    const known = new Set(['schedule', 'status', 'start']);
    const unknown = Object.keys(query).filter((k) => !known.has(k));
    if (unknown.length) throw badSearch(`Unsupported search parameter: ${unknown.join(', ').slice(0, 80)}`);
    const schedule = single(query.schedule, 'schedule');
    const ref = schedule === undefined ? null : SCHEDULE_REF.exec(schedule);
    if (!ref) throw badSearch('schedule=Schedule/<id> is required');
    const status = single(query.status, 'status');
    if (status !== undefined && status !== 'free' && status !== 'busy')
      throw badSearch('status must be free or busy');
    const starts = [query.start ?? []].flat().map(startFilter);
    const slots = await this.core.slots(Number(ref[1]), partnerOf(request).channel);
    const chosen = slots
      .filter((s) => status === undefined || (status === 'free') === s.bookable)
      .filter((s) => starts.every((keep) => keep(Date.parse(s.startsAt))));
    return searchset(chosen.map(toFhirSlot));
  }
}

function single(value: string | string[] | undefined, name: string): string | undefined {
  if (Array.isArray(value)) throw badSearch(`${name} may be given once`);
  return value;
}

/** `start=ge2026-12-04T08:00:00+08:00` (ge, gt, le, lt; eq when no prefix). */
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

/**
 * A number as a FHIR Slot: free when this partner's channel could book it now (bookable), else
 * busy — a held, booked, started or on-site reserve number reads busy (R4, R5).
 */
export function toFhirSlot(s: SlotView): Record<string, unknown> {
  return {
    resourceType: 'Slot',
    id: `${s.sessionId}-${s.id}`,
    identifier: [{ system: 'urn:outpatient-booking:slot', value: String(s.id) }],
    schedule: { reference: `Schedule/${s.sessionId}` },
    status: s.bookable ? 'free' : 'busy',
    start: s.startsAt,
    end: s.endsAt,
    comment: `Visit number ${s.visitNo}`,
  };
}

function searchset(resources: Record<string, unknown>[]): Record<string, unknown> {
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: resources.length,
    entry: resources.map((resource) => ({
      fullUrl: `${String(resource.resourceType)}/${String(resource.id)}`,
      resource,
      search: { mode: 'match' },
    })),
  };
}
