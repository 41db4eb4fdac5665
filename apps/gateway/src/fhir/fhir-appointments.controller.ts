import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  Req,
  Res,
  UseFilters,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DomainError } from '@app/common';
import { partnerOf, type GatewayRequest } from '../auth/gateway-request';
import { AppointmentsService } from '../appointments/appointments.service';
import { CoreClient } from '../core/core-client';
import { HoldsService } from '../holds/holds.service';
import { IDEMPOTENCY_HEADER } from '@app/partner-client';
import {
  APPOINTMENT_ID,
  appointmentOf,
  appointmentSearchOf,
  findFilterOf,
  MAX_FIND_SESSIONS,
  proposedAppointment,
  bookingInputOf,
  HOLD_ID,
  holdAsAppointment,
  toFhirAppointment,
} from './fhir-appointments';
import { type FhirResource, searchset } from './fhir-resources';
import { FhirRoute, FhirScope } from './fhir-scope.decorator';
import { FHIR_JSON, OperationOutcomeFilter } from './operation-outcome';

const WRITE = { resource: 'Appointment', action: 'write' } as const;
const READ = { resource: 'Appointment', action: 'read' } as const;

/**
 * Decision 024: booking through FHIR, on the partner API's own services — the same booking
 * command (channel and partner id of the verified partner, R7), patient throttle, sold-out memo
 * (decision 026) and holds (decision 023). Idempotent by the Idempotency-Key header, else by
 * Appointment.identifier: either travels to booking-core as the booking's request key, so a
 * retry returns the appointment already made.
 */
@ApiExcludeController()
@FhirRoute()
@Controller('fhir/r4/Appointment')
@UseFilters(OperationOutcomeFilter)
export class FhirAppointmentsController {
  constructor(
    private readonly appointments: AppointmentsService,
    private readonly holds: HoldsService,
    private readonly core: CoreClient,
  ) {}

  /** Create: an Appointment with a Slot reference and a contained Patient. 201 with Location. */
  @Post()
  @FhirScope(WRITE)
  @Header('content-type', FHIR_JSON)
  async create(
    @Body() body: unknown,
    @Req() request: GatewayRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<FhirResource> {
    const booked = await this.book(body, request, false);
    void reply.status(201).header('location', `/fhir/r4/Appointment/${String(booked.id)}`);
    return booked;
  }

  /** IHE ITI Scheduling $book: books the Slot, or confirms the hold the Appointment's id names (hold-<id>). */
  @Post('$book')
  @HttpCode(200)
  @FhirScope(WRITE)
  @Header('content-type', FHIR_JSON)
  bookOperation(@Body() body: unknown, @Req() request: GatewayRequest): Promise<FhirResource> {
    return this.book(appointmentOf(body), request, true);
  }

  /** IHE ITI Scheduling $hold: the number is held (Appointment pending, id hold-<id>) until confirmed by $book. */
  @Post('$hold')
  @HttpCode(200)
  @FhirScope(WRITE)
  @Header('content-type', FHIR_JSON)
  async holdOperation(@Body() body: unknown, @Req() request: GatewayRequest): Promise<FhirResource> {
    const input = await bookingInputOf(appointmentOf(body));
    const key = this.keyOf(request) ?? input.identifierKey;
    return holdAsAppointment(await this.holds.hold(input.request, partnerOf(request), key));
  }

  /**
   * Search by the patient (R6: real name and PRC resident ID together), by POST with a form body
   * so that the identity never appears in a URL or a log line: `patient.identifier=
   * urn:oid:2.16.156.10011.1.5|<ID>`, `patient.name=<name>`, optional `status` (FHIR status) and
   * `date` (YYYY-MM-DD, the visit day). The patient's appointments from every channel, as the
   * partner API's patient search (R5).
   */
  @Post('_search')
  @HttpCode(200)
  @FhirScope(READ)
  @Header('content-type', FHIR_JSON)
  async search(@Body() body: unknown): Promise<FhirResource> {
    const form = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const criteria = await appointmentSearchOf(form);
    const found = await this.appointments.search(criteria.identity);
    return searchset(
      found
        .map((a) => toFhirAppointment(a))
        .filter((a) => criteria.status === undefined || a.status === criteria.status)
        .filter((a) => criteria.date === undefined || String(a.start).startsWith(criteria.date)),
    );
  }

  /**
   * IHE ITI Scheduling $find: the free numbers of one doctor as proposed Appointments, to book
   * with $book. `practitioner=Practitioner/<id>` (required: one doctor's sessions, a bounded
   * answer), `start` and `end` (YYYY-MM-DD, at most 14 days apart; default the booking window).
   */
  @Get('$find')
  @FhirScope({ resource: 'Slot', action: 'read' })
  @Header('content-type', FHIR_JSON)
  async find(
    @Query() query: Record<string, string | string[] | undefined>,
    @Req() request: GatewayRequest,
  ): Promise<FhirResource> {
    const filter = findFilterOf(query);
    const channel = partnerOf(request).channel;
    const sessions = (await this.core.sessions(filter, channel)).filter((s) => s.status === 'OPEN');
    const proposed: FhirResource[] = [];
    for (const session of sessions.slice(0, MAX_FIND_SESSIONS)) {
      const slots = await this.core.slots(session.id, channel);
      for (const slot of slots.filter((s) => s.bookable)) proposed.push(proposedAppointment(session, slot));
    }
    return searchset(proposed);
  }

  @Get(':id')
  @FhirScope(READ)
  @Header('content-type', FHIR_JSON)
  async read(@Param('id') id: string, @Req() request: GatewayRequest): Promise<FhirResource> {
    const partner = partnerOf(request);
    const hold = HOLD_ID.exec(id);
    if (hold) return holdAsAppointment(await this.holds.get(Number(hold[1]), partner));
    if (!APPOINTMENT_ID.test(id)) throw new DomainError('APPOINTMENT_NOT_FOUND', 'No such Appointment');
    return toFhirAppointment(await this.appointments.get(Number(id), partner));
  }

  /**
   * Cancel (R9): PUT the Appointment with status `cancelled` and an optional cancelationReason.text;
   * no other change is accepted. On a hold (hold-<id>) it releases the number.
   */
  @Put(':id')
  @FhirScope(WRITE)
  @Header('content-type', FHIR_JSON)
  async update(
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: GatewayRequest,
  ): Promise<FhirResource> {
    const b = body as
      | { resourceType?: unknown; id?: unknown; status?: unknown; cancelationReason?: { text?: unknown } }
      | undefined;
    if (b?.resourceType !== 'Appointment' || b.id !== id)
      throw new DomainError('VALIDATION_FAILED', 'The body must be this Appointment (same id)');
    if (b.status !== 'cancelled')
      throw new DomainError('VALIDATION_FAILED', 'Only cancellation is supported: status must be cancelled');
    const reason = b.cancelationReason?.text;
    if (reason !== undefined && (typeof reason !== 'string' || reason.length > 200))
      throw new DomainError(
        'VALIDATION_FAILED',
        'cancelationReason.text must be text of at most 200 characters',
      );
    const partner = partnerOf(request);
    const hold = HOLD_ID.exec(id);
    if (hold) return holdAsAppointment(await this.holds.release(Number(hold[1]), partner));
    if (!APPOINTMENT_ID.test(id)) throw new DomainError('APPOINTMENT_NOT_FOUND', 'No such Appointment');
    return toFhirAppointment(await this.appointments.cancel(Number(id), reason, partner), reason);
  }

  private async book(body: unknown, request: GatewayRequest, allowHold: boolean): Promise<FhirResource> {
    const partner = partnerOf(request);
    const input = await bookingInputOf(body, allowHold);
    if (input.holdId !== undefined) return toFhirAppointment(await this.holds.confirm(input.holdId, partner));
    const key = this.keyOf(request) ?? input.identifierKey;
    return toFhirAppointment(await this.appointments.book(input.request, partner, key));
  }

  private keyOf(request: GatewayRequest): string | undefined {
    const key = request.headers[IDEMPOTENCY_HEADER];
    if (key === undefined) return undefined;
    if (typeof key !== 'string' || !/^[\x21-\x7e]{1,200}$/.test(key))
      throw new DomainError('VALIDATION_FAILED', 'Idempotency-Key must be 1–200 visible ASCII characters');
    return key;
  }
}
