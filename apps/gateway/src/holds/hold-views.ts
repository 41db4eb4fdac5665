import type { HoldView } from '@app/contracts';
import { maskName } from '@app/domain';
import type { Hold } from '@app/partner-client';

/** A value that should already be masked by the core; if it is not, only its last 4 characters show. */
function masked(value: string): string {
  return value.includes('*') ? value : '*'.repeat(Math.max(0, value.length - 4)) + value.slice(-4);
}

/** The hold for partners (DESIGN §5): the patient's name masked, document and mobile masked only. */
export function toPartnerHold(v: HoldView): Hold {
  return {
    id: v.id,
    status: v.status,
    visitNo: v.visitNo,
    sessionId: v.sessionId,
    slotId: v.slotId,
    startsAt: v.startsAt,
    endsAt: v.endsAt,
    department: { id: v.department.id, name: v.department.name },
    doctor: { id: v.doctor.id, name: v.doctor.name, title: v.doctor.title },
    channel: v.channel,
    patient: {
      name: maskName(v.patient.name),
      documentType: v.patient.documentType,
      documentMasked: masked(v.patient.documentMasked),
      mobileMasked: v.patient.mobileMasked === null ? null : masked(v.patient.mobileMasked),
    },
    expiresAt: v.expiresAt,
    appointmentId: v.appointmentId,
  };
}
