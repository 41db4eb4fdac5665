import { appointmentFieldsOf, type AppointmentFields, type AppointmentView } from '@app/contracts';
import { maskName } from '@app/domain';
import type { Appointment } from '@app/partner-client';

/** A value that should already be masked by the core; if it is not, only its last 4 characters show. */
function masked(value: string): string {
  return value.includes('*') ? value : '*'.repeat(Math.max(0, value.length - 4)) + value.slice(-4);
}

/**
 * The appointment view for partners (DESIGN §5): the patient's name masked with maskName, the
 * document and mobile only in masked form (STYLE 10), the check-in code only in the response
 * to the booking itself.
 */
export function toPartnerAppointment(
  v: AppointmentView,
  withVerificationCode = false,
): Appointment & AppointmentFields {
  const view: Appointment & AppointmentFields = {
    id: v.id,
    code: v.code,
    status: v.status,
    visitNo: v.visitNo,
    sessionId: v.sessionId,
    slotId: v.slotId,
    startsAt: v.startsAt,
    endsAt: v.endsAt,
    department: { id: v.department.id, name: v.department.name },
    doctor: { id: v.doctor.id, name: v.doctor.name, title: v.doctor.title },
    actingDoctor: { id: v.actingDoctor.id, name: v.actingDoctor.name, title: v.actingDoctor.title },
    room: { id: v.room.id, name: v.room.name, location: v.room.location },
    channel: v.channel,
    patient: {
      name: maskName(v.patient.name),
      documentType: v.patient.documentType,
      documentMasked: masked(v.patient.documentMasked),
      mobileMasked: v.patient.mobileMasked === null ? null : masked(v.patient.mobileMasked),
    },
    queuePosition: v.queuePosition,
    ...appointmentFieldsOf(v, 'name'),
  };
  if (withVerificationCode && v.verificationCode !== undefined) view.verificationCode = v.verificationCode;
  if (v.notifications) view.notifications = v.notifications.map((n) => ({ ...n }));
  return view;
}
