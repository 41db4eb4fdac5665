import type { AppointmentStatus, Channel, Period } from './enums';
import type { NamedRef, PatientSummary, RoomRef } from './views';

/** R19 医技预约 (decision 031): the kinds of examination device. */
export const EXAM_MODALITIES = ['ULTRASOUND', 'CT', 'MRI', 'ENDOSCOPY', 'XRAY', 'OTHER'] as const;
export type ExamModality = (typeof EXAM_MODALITIES)[number];

export const EXAM_ORDER_STATUSES = ['OPEN', 'COMPLETED', 'CANCELLED'] as const;
export type ExamOrderStatus = (typeof EXAM_ORDER_STATUSES)[number];

/** An exam type of the catalogue, with what the patient must do beforehand. */
export interface ExamTypeView {
  id: number;
  code: string;
  name: string;
  modality: ExamModality;
  departmentId: number;
  minutesPerNumber: number;
  /** 检查前准备, in Chinese (空腹, 憋尿, …): sent with the confirmation and the reminder. */
  preparation: string;
  /** Questions asked before booking (禁忌症), in Chinese. */
  contraindications: string[];
  active: boolean;
}

/** A device in a room, with its technicians, and the exam types it performs. */
export interface ExamResourceView {
  id: number;
  code: string;
  name: string;
  device: string;
  roomId: number;
  departmentId: number;
  technicians: string | null;
  examTypeIds: number[];
  active: boolean;
}

/** A rule between two examinations of one patient (data, checked at booking). */
export interface ExamRuleView {
  id: number;
  code: string;
  earlierTypeId: number;
  laterTypeId: number;
  minGapMinutes: number;
  description: string;
  active: boolean;
}

/** 申请单: an examination a clinician ordered for a patient. */
export interface ExamOrderView {
  id: number;
  orderNo: string;
  status: ExamOrderStatus;
  examType: { id: number; code: string; name: string; preparation: string };
  orderedBy: NamedRef | null;
  createdAt: string;
  completedAt: string | null;
  /** The live booking of the order, if any (one at most). */
  appointmentId: number | null;
}

/** A session of an examination resource, with its availability. */
export interface ExamSessionView {
  id: number;
  date: string;
  period: Period;
  status: 'OPEN' | 'SUSPENDED' | 'CLOSED';
  startsAt: string;
  endsAt: string;
  releaseAt: string;
  feeCents: number;
  resource: { id: number; code: string; name: string; device: string };
  department: NamedRef;
  room: RoomRef;
  /** Free numbers this caller's channel may book now. */
  available: number;
}

/** A booked examination: an appointment of a resource's session, for an order. */
export interface ExamAppointmentView {
  id: number;
  code: string;
  status: AppointmentStatus;
  visitNo: number;
  sessionId: number;
  slotId: number;
  date: string;
  period: Period;
  startsAt: string;
  endsAt: string;
  order: { id: number; orderNo: string; status: ExamOrderStatus; completedAt: string | null };
  examType: { id: number; code: string; name: string; modality: ExamModality; preparation: string };
  resource: { id: number; name: string; device: string };
  department: NamedRef;
  room: RoomRef;
  feeCents: number;
  channel: Channel;
  partnerId: string | null;
  patient: PatientSummary;
  bookedAt: string;
  cancelledAt: string | null;
  checkedInAt: string | null;
  calledAt: string | null;
  /** When the examination was completed (the appointment reads REGISTERED). */
  completedAt: string | null;
  closedAt: string | null;
  queuePosition: number | null;
  /** Only in the response to the booking itself. */
  verificationCode?: string;
}
