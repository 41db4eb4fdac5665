import type { DepartmentView, DoctorView, SessionView, SlotView } from '@app/contracts';
import type { ClinicSession, Department, Doctor, Slot } from '@app/partner-client';

/**
 * What partners see of the core's views: the fields of DESIGN §5, nothing internal (staff
 * codes, on-site reserve counts, status reasons). Built field by field, so a field added to
 * the core's views never leaks out by accident.
 */
export function toPartnerDepartment(d: DepartmentView): Department {
  return { id: d.id, code: d.code, name: d.name, description: d.description };
}

export function toPartnerDoctor(d: DoctorView): Doctor {
  return {
    id: d.id,
    name: d.name,
    title: d.title,
    departmentId: d.departmentId,
    departmentName: d.departmentName,
    specialties: d.specialties,
  };
}

export function toPartnerSession(s: SessionView): ClinicSession {
  return {
    id: s.id,
    date: s.date,
    period: s.period,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    releaseAt: s.releaseAt,
    released: s.released,
    feeCents: s.feeCents,
    department: { id: s.department.id, name: s.department.name },
    doctor: { id: s.doctor.id, name: s.doctor.name, title: s.doctor.title },
    actingDoctor: { id: s.actingDoctor.id, name: s.actingDoctor.name, title: s.actingDoctor.title },
    room: { id: s.room.id, name: s.room.name, location: s.room.location },
    total: s.total,
    available: s.available,
  };
}

export function toPartnerSlot(s: SlotView): Slot {
  return {
    id: s.id,
    sessionId: s.sessionId,
    visitNo: s.visitNo,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    bookable: s.bookable,
  };
}
