import { createHash } from 'node:crypto';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DomainError } from '@app/common';
import type { SessionView, SlotView } from '@app/contracts';
import type { Appointment, Hold } from '@app/partner-client';
import type { SessionFilter } from '../core/core-client';
import { BookAppointmentRequest, PatientSearchRequest } from '../appointments/dto/appointment.dto';
import { type FhirResource, SYSTEMS } from './fhir-resources';

/** A hold is an Appointment with status pending and id `hold-<hold id>` (decision 024). */
export const HOLD_ID = /^hold-([1-9][0-9]{0,15})$/;
export const APPOINTMENT_ID = /^[1-9][0-9]{0,15}$/;

const STATUS: Record<Appointment['status'], string> = {
  BOOKED: 'booked',
  CHECKED_IN: 'checked-in',
  CALLED: 'arrived',
  REGISTERED: 'fulfilled',
  CANCELLED: 'cancelled',
  CANCELLED_BY_HOSPITAL: 'cancelled',
  VOIDED_LATE: 'noshow',
  NO_SHOW: 'noshow',
};

const HOLD_STATUS: Record<Hold['status'], string> = {
  HELD: 'pending',
  CONFIRMED: 'booked',
  RELEASED: 'cancelled',
  EXPIRED: 'cancelled',
};

function invalid(detail: string): DomainError {
  return new DomainError('VALIDATION_FAILED', detail);
}

type Booked = Pick<Hold, 'sessionId' | 'slotId' | 'startsAt' | 'endsAt' | 'department' | 'doctor'> & {
  patient: { name: string };
  room?: { id: number; name: string };
};

/** The parts an Appointment and a held number share; the patient only by masked name. */
function common(v: Booked, doctor: { id: number; name: string }): Record<string, unknown> {
  return {
    serviceType: [{ text: v.department.name }],
    start: v.startsAt,
    end: v.endsAt,
    slot: [{ reference: `Slot/${v.sessionId}-${v.slotId}` }],
    contained: [{ resourceType: 'Patient', id: 'patient', name: [{ text: v.patient.name }] }],
    participant: [
      { actor: { reference: '#patient', display: v.patient.name }, status: 'accepted' },
      { actor: { reference: `Practitioner/${doctor.id}`, display: doctor.name }, status: 'accepted' },
      ...(v.room
        ? [{ actor: { reference: `Location/${v.room.id}`, display: v.room.name }, status: 'accepted' }]
        : []),
    ],
  };
}

/** The partner API's appointment as a FHIR Appointment (masked patient, as the partner API shows it). */
export function toFhirAppointment(a: Appointment, cancelReason?: string): FhirResource {
  return {
    resourceType: 'Appointment',
    id: String(a.id),
    identifier: [
      { system: SYSTEMS.appointmentCode, value: a.code },
      // Only in the answer to the booking itself, as on the partner API.
      ...(a.verificationCode
        ? [{ use: 'secondary', system: SYSTEMS.checkInCode, value: a.verificationCode }]
        : []),
    ],
    status: STATUS[a.status],
    ...(STATUS[a.status] === 'cancelled' && cancelReason
      ? { cancelationReason: { text: cancelReason } }
      : {}),
    comment: `Visit number ${a.visitNo}`,
    ...common(a, a.actingDoctor),
  };
}

export function holdAsAppointment(h: Hold): FhirResource {
  return {
    resourceType: 'Appointment',
    id: `hold-${h.id}`,
    status: HOLD_STATUS[h.status],
    comment: `Visit number ${h.visitNo}; held until ${h.expiresAt}${h.appointmentId ? `; Appointment/${h.appointmentId}` : ''}`,
    ...common(h, h.doctor),
  };
}

export interface BookingInput {
  request: BookAppointmentRequest;
  /** Appointment.id when it names a hold: $book confirms it. */
  holdId?: number;
  /** From Appointment.identifier, when given: the booking's idempotency key. */
  identifierKey?: string;
}

/** `$book`/`$hold` take Parameters with an `appointment` resource (IHE ITI Scheduling), or the Appointment itself. */
export function appointmentOf(body: unknown): Record<string, unknown> {
  const b = body as Record<string, unknown> | undefined;
  if (b?.resourceType === 'Parameters') {
    const params = Array.isArray(b.parameter) ? (b.parameter as Record<string, unknown>[]) : [];
    const found = params.filter((p) => p?.name === 'appointment');
    if (found.length !== 1) throw invalid('Parameters must hold exactly one parameter "appointment"');
    return found[0].resource as Record<string, unknown>;
  }
  return b as Record<string, unknown>;
}

/**
 * What a FHIR client sends to book: an Appointment with one `slot` reference (Slot/<session>-<slot>)
 * and a contained Patient (a participant's actor `#id`) identified by the PRC resident ID
 * (system urn:oid:2.16.156.10011.1.5), with a name and a mobile (telecom phone). Checked with the
 * partner API's own validation (R6), the error text never quoting the ID.
 */
export async function bookingInputOf(raw: unknown, allowHold = false): Promise<BookingInput> {
  if (
    typeof raw !== 'object' ||
    raw === null ||
    (raw as { resourceType?: unknown }).resourceType !== 'Appointment'
  )
    throw invalid('The body must be an Appointment');
  const a = raw as Record<string, unknown>;
  const hold = typeof a.id === 'string' ? HOLD_ID.exec(a.id) : null;
  if (hold && allowHold) return { request: new BookAppointmentRequest(), holdId: Number(hold[1]) };

  const slots = Array.isArray(a.slot) ? (a.slot as { reference?: unknown }[]) : [];
  const slotRef =
    slots.length === 1
      ? /^Slot\/[1-9][0-9]{0,15}-([1-9][0-9]{0,15})$/.exec(String(slots[0]?.reference))
      : null;
  if (!slotRef) throw invalid('Appointment.slot must hold exactly one reference Slot/<id>');

  const participants = Array.isArray(a.participant)
    ? (a.participant as { actor?: { reference?: unknown } }[])
    : [];
  const localRefs = participants
    .map((p) => p?.actor?.reference)
    .filter((r): r is string => typeof r === 'string' && r.startsWith('#'));
  const contained = Array.isArray(a.contained) ? (a.contained as Record<string, unknown>[]) : [];
  const patients = contained.filter(
    (c) => c?.resourceType === 'Patient' && localRefs.includes(`#${String(c.id)}`),
  );
  if (patients.length !== 1)
    throw invalid('One participant must be a contained Patient (actor.reference "#<id>")');
  const patient = patients[0];

  const ids = (Array.isArray(patient.identifier) ? patient.identifier : []) as {
    system?: unknown;
    value?: unknown;
  }[];
  const national = ids.filter((i) => i?.system === SYSTEMS.prcResidentId);
  if (national.length !== 1 || typeof national[0].value !== 'string')
    throw invalid(`The Patient needs one identifier with system ${SYSTEMS.prcResidentId} (PRC resident ID)`);
  const names = (Array.isArray(patient.name) ? patient.name : []) as {
    text?: unknown;
    family?: unknown;
    given?: unknown;
  }[];
  const n = names[0];
  const name =
    typeof n?.text === 'string'
      ? n.text
      : `${typeof n?.family === 'string' ? n.family : ''}${Array.isArray(n?.given) ? n.given.filter((g) => typeof g === 'string').join('') : ''}`;
  const telecom = (Array.isArray(patient.telecom) ? patient.telecom : []) as {
    system?: unknown;
    value?: unknown;
  }[];
  const phone = telecom.find((t) => t?.system === 'phone' && typeof t.value === 'string');

  const request = plainToInstance(BookAppointmentRequest, {
    slotId: Number(slotRef[1]),
    patient: { name, documentType: 'NATIONAL_ID', documentNo: national[0].value, mobile: phone?.value },
  });
  const errors = await validate(request, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length) {
    const fields = errors.flatMap((e) =>
      e.children?.length ? e.children.map((c) => `patient.${c.property}`) : [e.property],
    );
    throw invalid(
      `Patient data refused: ${[...new Set(fields)].join(', ')} (name text, PRC resident ID, telecom phone)`,
    );
  }

  let identifierKey: string | undefined;
  const identifiers = (Array.isArray(a.identifier) ? a.identifier : []) as {
    system?: unknown;
    value?: unknown;
  }[];
  if (identifiers.length) {
    const i = identifiers[0];
    if (typeof i?.system !== 'string' || typeof i.value !== 'string' || !i.value || i.value.length > 200)
      throw invalid('Appointment.identifier needs a system and a value');
    identifierKey = `fhir-id:${createHash('sha256').update(`${i.system}|${i.value}`).digest('base64url')}`;
  }
  return { request, ...(identifierKey ? { identifierKey } : {}) };
}

const FHIR_STATUSES = new Set([...Object.values(STATUS), ...Object.values(HOLD_STATUS)]);

/** The form of `POST Appointment/_search` (see the controller), checked; unknown parameters are 400. */
export async function appointmentSearchOf(form: Record<string, unknown>): Promise<{
  identity: PatientSearchRequest;
  status?: string;
  date?: string;
}> {
  const known = new Set(['patient.identifier', 'patient.name', 'status', 'date']);
  const unknown = Object.keys(form).filter((k) => !known.has(k));
  if (unknown.length) throw invalid(`Unsupported search parameter: ${unknown.join(', ').slice(0, 80)}`);
  const identifier = form['patient.identifier'];
  const prefix = `${SYSTEMS.prcResidentId}|`;
  if (typeof identifier !== 'string' || !identifier.startsWith(prefix))
    throw invalid(`patient.identifier=${prefix}<PRC resident ID> is required`);
  const identity = plainToInstance(PatientSearchRequest, {
    name: form['patient.name'],
    documentType: 'NATIONAL_ID',
    documentNo: identifier.slice(prefix.length),
  });
  const errors = await validate(identity, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length)
    throw invalid(
      `Patient refused: ${errors.map((e) => e.property).join(', ')} (patient.name and patient.identifier)`,
    );
  const status = form.status;
  if (status !== undefined && (typeof status !== 'string' || !FHIR_STATUSES.has(status)))
    throw invalid(`status must be one of ${[...FHIR_STATUSES].join(', ')}`);
  const date = form.date;
  if (date !== undefined && (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)))
    throw invalid('date must be YYYY-MM-DD');
  return { identity, ...(status !== undefined ? { status } : {}), ...(date !== undefined ? { date } : {}) };
}

/** $find reads at most this many sessions (one doctor: two a day over 14 days). */
export const MAX_FIND_SESSIONS = 28;
const FIND_DAYS = 14;

export function findFilterOf(query: Record<string, string | string[] | undefined>): SessionFilter {
  const known = new Set(['practitioner', 'start', 'end']);
  const unknown = Object.keys(query).filter((k) => !known.has(k));
  if (unknown.length) throw invalid(`Unsupported parameter: ${unknown.join(', ').slice(0, 80)}`);
  for (const [name, value] of Object.entries(query))
    if (Array.isArray(value)) throw invalid(`${name} may be given once`);
  const practitioner = /^Practitioner\/([1-9][0-9]{0,15})$/.exec(String(query.practitioner ?? ''));
  if (!practitioner) throw invalid('practitioner=Practitioner/<id> is required');
  const filter: SessionFilter = { doctorId: Number(practitioner[1]) };
  for (const name of ['start', 'end'] as const) {
    const value = query[name] as string | undefined;
    if (value === undefined) continue;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
      throw invalid(`${name} must be YYYY-MM-DD`);
    if (name === 'start') filter.dateFrom = value;
    else filter.dateTo = value;
  }
  if (filter.dateFrom && filter.dateTo) {
    const days = (Date.parse(filter.dateTo) - Date.parse(filter.dateFrom)) / 86_400_000;
    if (days < 0 || days > FIND_DAYS) throw invalid(`end must be 0–${FIND_DAYS} days after start`);
  }
  return filter;
}

/** A free number offered by $find: book it by sending this Appointment (with the Patient) to $book. */
export function proposedAppointment(session: SessionView, slot: SlotView): FhirResource {
  return {
    resourceType: 'Appointment',
    status: 'proposed',
    serviceType: [{ text: session.department.name }],
    start: slot.startsAt,
    end: slot.endsAt,
    slot: [{ reference: `Slot/${slot.sessionId}-${slot.id}` }],
    comment: `Visit number ${slot.visitNo}`,
    participant: [
      {
        actor: { reference: `Practitioner/${session.actingDoctor.id}`, display: session.actingDoctor.name },
        status: 'accepted',
      },
      { actor: { reference: `Location/${session.room.id}`, display: session.room.name }, status: 'accepted' },
    ],
  };
}
