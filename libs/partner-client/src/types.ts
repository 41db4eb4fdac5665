/**
 * The JSON shapes of the partner API (DESIGN §5), as partners see them. The gateway's response
 * DTOs implement these interfaces, so the client and the server cannot drift apart silently.
 * Instants are ISO 8601 with the hospital's offset; dates are YYYY-MM-DD; money is in fen.
 */
export type PartnerChannel = 'WEB' | 'APP' | 'WECHAT' | 'THIRD_PARTY' | 'COMMUNITY';
export type DocumentType = 'NATIONAL_ID' | 'HOSPITAL_CARD' | 'SOCIAL_SECURITY_CARD';
export type DoctorTitle = 'CHIEF' | 'ASSOCIATE_CHIEF' | 'ATTENDING' | 'RESIDENT';
export type Period = 'AM' | 'PM' | 'EVENING';
export type AppointmentStatus =
  | 'BOOKED'
  | 'CHECKED_IN'
  | 'CALLED'
  | 'REGISTERED'
  | 'CANCELLED'
  | 'CANCELLED_BY_HOSPITAL'
  | 'VOIDED_LATE'
  | 'NO_SHOW';

export interface Department {
  id: number;
  code: string;
  name: string;
  description: string | null;
}

export interface Doctor {
  id: number;
  name: string;
  title: DoctorTitle;
  departmentId: number;
  departmentName: string;
  specialties: string[];
}

export interface NamedRef {
  id: number;
  name: string;
}

export interface DoctorRef extends NamedRef {
  title: DoctorTitle;
}

export interface RoomRef extends NamedRef {
  location: string | null;
}

export interface ClinicSession {
  id: number;
  date: string;
  period: Period;
  startsAt: string;
  endsAt: string;
  releaseAt: string;
  released: boolean;
  feeCents: number;
  department: NamedRef;
  doctor: DoctorRef;
  actingDoctor: DoctorRef;
  room: RoomRef;
  total: number;
  available: number;
}

export interface Slot {
  id: number;
  sessionId: number;
  visitNo: number;
  startsAt: string;
  endsAt: string;
  bookable: boolean;
}

export interface SessionQuery {
  departmentId?: number;
  doctorId?: number;
  dateFrom?: string;
  dateTo?: string;
}

export interface PatientIdentity {
  name: string;
  documentType: DocumentType;
  documentNo: string;
}

export interface BookingPatient extends PatientIdentity {
  mobile: string;
}

export type BookAppointment = (
  | { sessionId: number; slotId?: undefined; patient: BookingPatient }
  | { slotId: number; sessionId?: undefined; patient: BookingPatient }
) & {
  /** WECHAT / APP partners: the user (openid, app user id) your channel's messages go to. */
  notifyTo?: string;
  /** R18: the self-triage assessment whose suggestion this booking follows. */
  triageAssessmentId?: number;
};

/** R5: hold a number for a few minutes — the same request as a booking. */
export type HoldNumber = BookAppointment;

/**
 * R5: a number held for the patient until `expiresAt` (the hospital's clock); confirm it into an
 * appointment, or release it. Once expired its number is back in the pool and confirm answers
 * HOLD_EXPIRED.
 */
export interface Hold {
  id: number;
  status: 'HELD' | 'CONFIRMED' | 'RELEASED' | 'EXPIRED';
  visitNo: number;
  sessionId: number;
  slotId: number;
  startsAt: string;
  endsAt: string;
  department: NamedRef;
  doctor: DoctorRef;
  channel: string;
  patient: MaskedPatient;
  expiresAt: string;
  /** The appointment, once confirmed. */
  appointmentId: number | null;
}

/** R5: join the waitlist of a full session (decision 029), by real name. */
export interface JoinWaitlist {
  sessionId: number;
  patient: BookingPatient;
  /** WECHAT / APP partners: the user the offer message goes to. */
  notifyTo?: string;
}

/**
 * R5: a patient's place in a full session's line. A freed number is offered to the first in
 * line as a hold until `offer.expiresAt`: accept it (an appointment) or decline it (it passes on).
 */
export interface WaitlistEntry {
  id: number;
  status: 'WAITING' | 'OFFERED' | 'BOOKED' | 'DECLINED' | 'EXPIRED' | 'LEFT' | 'CLOSED';
  sessionId: number;
  sessionStartsAt: string;
  department: NamedRef;
  doctor: DoctorRef;
  channel: string;
  patient: MaskedPatient;
  /** 1 = the next freed number is theirs; null once not waiting. */
  position: number | null;
  waiting: number;
  /** R14: 1 for a patient a suspension cancelled (the head of the line). */
  priority: number;
  joinedAt: string;
  offer: {
    holdId: number;
    status: 'HELD' | 'CONFIRMED' | 'RELEASED' | 'EXPIRED';
    visitNo: number;
    startsAt: string;
    expiresAt: string;
  } | null;
  appointmentId: number | null;
}

export interface MaskedPatient {
  name: string;
  documentType: DocumentType;
  documentMasked: string;
  mobileMasked: string | null;
}

export interface Appointment {
  id: number;
  code: string;
  status: AppointmentStatus;
  visitNo: number;
  sessionId: number;
  slotId: number;
  startsAt: string;
  endsAt: string;
  department: NamedRef;
  doctor: DoctorRef;
  actingDoctor: DoctorRef;
  room: RoomRef;
  channel: string;
  patient: MaskedPatient;
  /** While checked in on the visit day: the place in the queue (1 = next to be called). */
  queuePosition: number | null;
  /** Only in the response to the booking itself. */
  verificationCode?: string;
  /** In a single read: what the patient was told about this appointment, and whether it arrived. */
  notifications?: NotificationState[];
}

/** One message to the patient (R8): SMS, or this channel's own message. */
export interface NotificationState {
  kind:
    | 'BOOKING_CONFIRMED'
    | 'REMINDER'
    | 'CANCELLED'
    | 'VOIDED_LATE'
    | 'SUBSTITUTED'
    | 'SUSPENDED'
    | 'BLACKLISTED'
    | 'WAITLIST_OFFER';
  channel: 'SMS' | 'WECHAT' | 'APP_PUSH' | 'PARTNER_CALLBACK';
  status: 'PENDING' | 'SENDING' | 'SENT' | 'DEAD' | 'WITHDRAWN';
  attempts: number;
  createdAt: string;
  sentAt: string | null;
}

/** RFC 9457 problem details with the stable `code`. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  requestId: string;
  [extra: string]: unknown;
}

/** R19 医技预约: an exam type of the hospital's catalogue, with its preparation (检查前准备). */
export interface ExamType {
  id: number;
  code: string;
  name: string;
  modality: string;
  minutesPerNumber: number;
  preparation: string;
  contraindications: string[];
}

/** An order (申请单) the hospital issued; a partner reads it with its patient's name and document. */
export interface ExamOrder {
  orderNo: string;
  status: 'OPEN' | 'COMPLETED' | 'CANCELLED';
  examType: { id: number; code: string; name: string; preparation: string };
  appointmentId: number | null;
}

export interface ExamSession {
  id: number;
  date: string;
  period: string;
  startsAt: string;
  endsAt: string;
  resource: { id: number; name: string; device: string };
  department: { id: number; name: string };
  room: { id: number; name: string; location: string | null };
  available: number;
}

/** A booked examination: patient masked, the check-in code only in the booking response. */
export interface ExamAppointment {
  id: number;
  code: string;
  status: string;
  visitNo: number;
  sessionId: number;
  slotId: number;
  startsAt: string;
  endsAt: string;
  orderNo: string;
  examType: { id: number; name: string; preparation: string };
  resource: { id: number; name: string };
  room: { id: number; name: string; location: string | null };
  channel: string;
  patient: MaskedPatient;
  verificationCode?: string;
}

export interface BookExamination {
  orderNo: string;
  slotId: number;
  patient: BookingPatient;
  notifyTo?: string;
}
