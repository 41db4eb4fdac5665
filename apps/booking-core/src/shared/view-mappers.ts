import {
  appointmentFieldsOf,
  type APPOINTMENT_FIELDS,
  type AppointmentFieldName,
  type AppointmentView,
  type SessionView,
} from '@app/contracts';
import { formatLocalInstant } from '@app/domain';
import type { AppointmentViewRow, ProcedureParams, SessionViewRow } from '../database/sql-types.generated';

/** Row of appointment_view (db/<dialect>/procedures/020_views.sql), generated from the SQL. */
export type AppointmentRow = AppointmentViewRow;

type FieldColumn = (typeof APPOINTMENT_FIELDS)[AppointmentFieldName]['column'];
/**
 * Decision 028: the compiler checks every simple appointment field against the SQL — its column
 * in appointment_view and its parameter of book_appointment (the generated types).
 */
export const SIMPLE_FIELDS_MATCH_SQL: [FieldColumn] extends [
  keyof AppointmentViewRow & keyof ProcedureParams['book_appointment'],
]
  ? true
  : never = true;

/** Row of session_view plus the availability counts of the listing query. */
export type SessionRow = SessionViewRow & { total: number; free_public: number; free_reserve: number };

export const at = (d: Date, tz: string): string => formatLocalInstant(new Date(d), tz);
export const atOrNull = (d: Date | null, tz: string): string | null => (d ? at(d, tz) : null);

export function toAppointmentView(
  r: AppointmentRow,
  tz: string,
  withVerificationCode = false,
): AppointmentView {
  const view: AppointmentView = {
    id: r.id,
    code: r.code,
    status: r.status,
    visitNo: Number(r.visit_no),
    sessionId: r.session_id,
    slotId: r.slot_id,
    date: r.session_day,
    period: r.period,
    startsAt: at(r.starts_at, tz),
    endsAt: at(r.ends_at, tz),
    department: { id: r.department_id, name: r.department_name },
    doctor: { id: r.doctor_id, name: r.doctor_name, title: r.doctor_title },
    actingDoctor: { id: r.acting_doctor_id, name: r.acting_doctor_name, title: r.acting_doctor_title },
    room: { id: r.room_id, name: r.room_name, location: r.room_location },
    feeCents: r.fee_cents,
    channel: r.channel,
    partnerId: r.partner_id,
    patient: {
      name: r.patient_name,
      documentType: r.document_type,
      documentMasked: r.document_masked,
      mobileMasked: r.mobile_masked,
    },
    bookedAt: at(r.booked_at, tz),
    cancelledAt: atOrNull(r.cancelled_at, tz),
    cancelReason: r.cancel_reason,
    checkedInAt: atOrNull(r.checked_in_at, tz),
    calledAt: atOrNull(r.called_at, tz),
    registeredAt: atOrNull(r.registered_at, tz),
    closedAt: atOrNull(r.closed_at, tz),
    queuePosition: r.queue_position === null ? null : Number(r.queue_position),
    ...appointmentFieldsOf(r, 'column'),
  };
  if (withVerificationCode) view.verificationCode = r.verification_code;
  return view;
}

export function toSessionView(r: SessionRow, tz: string, now: Date, inPerson: boolean): SessionView {
  const released = now.getTime() >= new Date(r.release_at).getTime();
  const free = Number(r.free_public) + (inPerson ? Number(r.free_reserve) : 0);
  return {
    id: r.id,
    date: r.session_day,
    period: r.period,
    status: r.status,
    statusReason: r.status_reason,
    startsAt: at(r.starts_at, tz),
    endsAt: at(r.ends_at, tz),
    releaseAt: at(r.release_at, tz),
    released,
    firstCallAt: atOrNull(r.first_call_at, tz),
    feeCents: r.fee_cents,
    department: { id: r.department_id, name: r.department_name },
    doctor: { id: r.doctor_id, name: r.doctor_name, title: r.doctor_title },
    actingDoctor: { id: r.acting_doctor_id, name: r.acting_doctor_name, title: r.acting_doctor_title },
    room: { id: r.room_id, name: r.room_name, location: r.room_location },
    total: Number(r.total),
    available: r.status === 'OPEN' && released ? free : 0,
    reserveAvailable: r.status === 'OPEN' && released ? Number(r.free_reserve) : 0,
  };
}
