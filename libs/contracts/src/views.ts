import type { AppointmentFields, AppointmentFieldsInput } from './appointment-fields';
import type {
  AppointmentStatus,
  Channel,
  DeliveryChannel,
  DocumentType,
  DoctorTitle,
  HoldStatus,
  WaitlistStatus,
  NotificationKind,
  NotificationStatus,
  Period,
  SessionStatus,
} from './enums';

/**
 * JSON shapes of booking-core's internal API. The gateway's core client is typed with these;
 * booking-core's response DTOs implement them. Instants are ISO 8601 with the hospital's
 * offset; dates are YYYY-MM-DD in the hospital's calendar; money is in fen (1/100 CNY).
 */
export interface DepartmentView {
  id: number;
  code: string;
  name: string;
  description: string | null;
}

export interface DoctorView {
  id: number;
  code: string;
  name: string;
  title: DoctorTitle;
  departmentId: number;
  departmentName: string;
  specialties: string[];
}

export interface RoomView {
  id: number;
  code: string;
  name: string;
  departmentId: number | null;
  location: string | null;
}

export interface DoctorRef {
  id: number;
  name: string;
  title: DoctorTitle;
}

export interface NamedRef {
  id: number;
  name: string;
}

export interface RoomRef extends NamedRef {
  location: string | null;
}

export interface SessionView {
  id: number;
  date: string;
  period: Period;
  status: SessionStatus;
  statusReason: string | null;
  startsAt: string;
  endsAt: string;
  releaseAt: string;
  released: boolean;
  /** R16: when the doctor called the first patient. */
  firstCallAt: string | null;
  feeCents: number;
  department: NamedRef;
  doctor: DoctorRef;
  actingDoctor: DoctorRef;
  room: RoomRef;
  /** Numbers in the session. */
  total: number;
  /** Free numbers the asking channel could book now. */
  available: number;
  /** Free on-site reserve numbers (R4). */
  reserveAvailable: number;
}

export interface SlotView {
  id: number;
  sessionId: number;
  visitNo: number;
  startsAt: string;
  endsAt: string;
  reserve: 'ON_SITE' | null;
  free: boolean;
  /** Free, not started, and open to the asking channel. */
  bookable: boolean;
}

export interface PatientSummary {
  name: string;
  documentType: DocumentType;
  documentMasked: string;
  mobileMasked: string | null;
}

export interface AppointmentView extends AppointmentFields {
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
  department: NamedRef;
  doctor: DoctorRef;
  actingDoctor: DoctorRef;
  room: RoomRef;
  feeCents: number;
  channel: Channel;
  partnerId: string | null;
  patient: PatientSummary;
  bookedAt: string;
  cancelledAt: string | null;
  cancelReason: string | null;
  checkedInAt: string | null;
  calledAt: string | null;
  registeredAt: string | null;
  /** When it became NO_SHOW or VOIDED_LATE. */
  closedAt: string | null;
  /** While checked in: the place in the session's queue (1 = next). */
  queuePosition: number | null;
  /** Only in the response to the booking itself. */
  verificationCode?: string;
  /** R8: what the patient was told about this appointment, and whether it arrived (single reads). */
  notifications?: NotificationSummary[];
}

/**
 * R5: a number held for a patient until `expiresAt` (booking-core's clock), then confirmed into an
 * appointment (`appointmentId`), released, or expired — its number back in the pool at once.
 */
export interface HoldView {
  id: number;
  status: HoldStatus;
  visitNo: number;
  sessionId: number;
  slotId: number;
  date: string;
  period: Period;
  startsAt: string;
  endsAt: string;
  department: NamedRef;
  doctor: DoctorRef;
  feeCents: number;
  channel: Channel;
  partnerId: string | null;
  patient: PatientSummary;
  heldAt: string;
  expiresAt: string;
  endedAt: string | null;
  appointmentId: number | null;
}

/** R5: a patient's place in a full session's line, and the offer they hold, if any (decision 029). */
export interface WaitlistEntryView {
  id: number;
  status: WaitlistStatus;
  sessionId: number;
  date: string;
  period: Period;
  sessionStartsAt: string;
  department: NamedRef;
  doctor: DoctorRef;
  channel: Channel;
  partnerId: string | null;
  patient: PatientSummary;
  /** 1 = the next freed number is theirs; null once no longer waiting. */
  position: number | null;
  /** How many wait for this session now. */
  waiting: number;
  /** R14: 1 for a patient whose appointment a suspension cancelled (the head of the line). */
  priority: number;
  joinedAt: string;
  endedAt: string | null;
  offer: {
    holdId: number;
    status: HoldStatus;
    slotId: number;
    visitNo: number;
    startsAt: string;
    expiresAt: string;
  } | null;
  appointmentId: number | null;
}

/** R5: join a full session's waitlist (booking-core's POST /v1/waitlist). */
export interface JoinWaitlistCommand {
  channel: Channel;
  sessionId: number;
  partnerId?: string;
  patient: { name: string; documentType: DocumentType; documentNo: string; mobile?: string };
  notifyTo?: string;
  partnerCallback?: boolean;
}

/** R17: where the numbers freed on one day went (decision 029). */
export interface FreedNumbersRow {
  day: string;
  freed: number;
  toWaitlist: number;
  toPool: number;
  toOnSite: number;
  /** Still being offered down the line. */
  offered: number;
}

export interface NotificationSummary {
  kind: NotificationKind;
  channel: DeliveryChannel;
  status: NotificationStatus;
  attempts: number;
  createdAt: string;
  sentAt: string | null;
}

/**
 * One delivery the gateway's dispatcher must make (claimed with a lease). SMS jobs carry the
 * full mobile in `recipient`: this is the only place it leaves booking-core, over the intranet,
 * to be handed to the SMS provider — never logged, never shown to a partner.
 */
export interface NotificationJob {
  id: string;
  kind: NotificationKind;
  channel: DeliveryChannel;
  partnerId: string | null;
  attempt: number;
  recipient: string | null;
  patientName: string;
  appointment: {
    id: number;
    code: string;
    status: AppointmentStatus;
    department: string;
    doctor: string;
    doctorTitle: DoctorTitle;
    actingDoctor: string;
    actingDoctorTitle: DoctorTitle;
    room: string;
    roomLocation: string | null;
    date: string;
    startsAt: string;
    visitNo: number;
    verificationCode?: string;
  } | null;
  /** What the event adds: the reason of a suspension, the end of a ban, … */
  data: Record<string, unknown>;
}

export interface BookAppointmentCommand extends AppointmentFieldsInput {
  channel: Channel;
  sessionId?: number;
  slotId?: number;
  partnerId?: string;
  patient: { name: string; documentType: DocumentType; documentNo: string; mobile?: string };
  /** Gateway only: the WeChat openid / app user id the channel's own messages go to. */
  notifyTo?: string;
  /** Gateway only: the partner's Idempotency-Key, so a retry finds the booking already made. */
  requestKey?: string;
  /** R18: the triage assessment whose suggestions this booking follows (counted by R17). */
  triageAssessmentId?: number;
  /** Gateway only: the partner has a callback URL, so PARTNER_CALLBACK messages are queued (R8). */
  partnerCallback?: boolean;
}

export interface GenerationResult {
  from: string;
  to: string;
  createdSessions: number;
  createdSlots: number;
  updatedSessions: number;
  withdrawnSlots: number;
  closedSessions: number;
  sessionsNeedingAttention: number;
}
