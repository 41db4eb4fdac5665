import type { DepartmentView, DoctorView, RoomView, SessionView, SlotView } from '@app/contracts';

/** Decision 024: identifier systems of the façade (the hospital's own codes). */
export const SYSTEMS = {
  errorCode: 'urn:outpatient-booking:error-code',
  doctorCode: 'urn:outpatient-booking:doctor-code',
  departmentCode: 'urn:outpatient-booking:department-code',
  roomCode: 'urn:outpatient-booking:room-code',
  slot: 'urn:outpatient-booking:slot',
  session: 'urn:outpatient-booking:session',
  appointmentCode: 'urn:outpatient-booking:appointment-code',
  checkInCode: 'urn:outpatient-booking:check-in-code',
  /** PRC resident identity card number (GB 11643), the OID China's health standards use. */
  prcResidentId: 'urn:oid:2.16.156.10011.1.5',
} as const;

export type FhirResource = Record<string, unknown> & { resourceType: string; id?: string };

export function toPractitioner(d: DoctorView): FhirResource {
  return {
    resourceType: 'Practitioner',
    id: String(d.id),
    identifier: [{ system: SYSTEMS.doctorCode, value: d.code }],
    active: true,
    name: [{ text: d.name }],
    qualification: [{ code: { text: d.title } }],
  };
}

export function toHealthcareService(d: DepartmentView): FhirResource {
  return {
    resourceType: 'HealthcareService',
    id: String(d.id),
    identifier: [{ system: SYSTEMS.departmentCode, value: d.code }],
    active: true,
    name: d.name,
    ...(d.description ? { comment: d.description } : {}),
  };
}

export function toLocation(r: RoomView): FhirResource {
  return {
    resourceType: 'Location',
    id: String(r.id),
    identifier: [{ system: SYSTEMS.roomCode, value: r.code }],
    status: 'active',
    name: r.name,
    ...(r.location ? { description: r.location } : {}),
    mode: 'instance',
  };
}

/**
 * A session (出诊: one doctor, one room, one half-day) is one Schedule: its planning horizon is
 * the session's time, its actors the doctor, the department and the room; active while OPEN
 * (a SUSPENDED or CLOSED session is inactive).
 */
export function toSchedule(s: SessionView): FhirResource {
  return {
    resourceType: 'Schedule',
    id: String(s.id),
    identifier: [{ system: SYSTEMS.session, value: String(s.id) }],
    active: s.status === 'OPEN',
    actor: [
      { reference: `Practitioner/${s.actingDoctor.id}`, display: s.actingDoctor.name },
      { reference: `HealthcareService/${s.department.id}`, display: s.department.name },
      { reference: `Location/${s.room.id}`, display: s.room.name },
    ],
    planningHorizon: { start: s.startsAt, end: s.endsAt },
    comment: `${s.status}; ${s.available} of ${s.total} numbers free to this channel`,
  };
}

/**
 * A number as a FHIR Slot, id `<sessionId>-<slotId>`: free when this partner's channel could book
 * it now (bookable), else busy — a held, booked, started or on-site reserve number reads busy.
 */
export function toFhirSlot(s: SlotView): FhirResource {
  return {
    resourceType: 'Slot',
    id: `${s.sessionId}-${s.id}`,
    identifier: [{ system: SYSTEMS.slot, value: String(s.id) }],
    schedule: { reference: `Schedule/${s.sessionId}` },
    status: s.bookable ? 'free' : 'busy',
    start: s.startsAt,
    end: s.endsAt,
    comment: `Visit number ${s.visitNo}`,
  };
}

export function searchset(resources: FhirResource[]): FhirResource {
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: resources.length,
    entry: resources.map((resource) => ({
      fullUrl: `${resource.resourceType}/${String(resource.id)}`,
      resource,
      search: { mode: 'match' },
    })),
  };
}
