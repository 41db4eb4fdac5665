/** Where a booking came from (DESIGN §4). Every appointment records one. */
export const CHANNELS = [
  'PHONE', // 电话预约中心
  'COUNTER', // 现场预约中心
  'CLINIC', // 诊间预约: the doctor books the next visit
  'WARD', // 出院复诊预约: ward doctor / nurse station
  'KIOSK', // 自助机
  'WEB',
  'APP',
  'WECHAT',
  'THIRD_PARTY', // 健康之路, 12320, …
  'COMMUNITY', // provincial community-health platform (two-way referral)
  'ON_SITE', // walk-in registration (R13)
] as const;
export type Channel = (typeof CHANNELS)[number];

/** Channels that reach the platform only through the gateway. */
export const EXTERNAL_CHANNELS: readonly Channel[] = ['WEB', 'APP', 'WECHAT', 'THIRD_PARTY', 'COMMUNITY'];

/** Roles of booking-core's internal clients (bearer tokens from CORE_TOKENS_FILE). */
export const ROLES = [
  'SCHEDULER',
  'AGENT',
  'CALL_CENTRE', // 电话预约中心: may read full mobile numbers to ring patients (audited)
  'CLINICIAN',
  'NURSE',
  'REGISTRAR',
  'ADMIN',
  'GATEWAY',
  'STATISTICS', // R17: reads reports and the dashboard, changes nothing but policy-event markers
] as const;
export type Role = (typeof ROLES)[number];

/** A role may only book for its own channels. */
export const ROLE_CHANNELS: Readonly<Record<Role, readonly Channel[]>> = {
  SCHEDULER: [],
  AGENT: ['PHONE', 'COUNTER', 'KIOSK'],
  CALL_CENTRE: ['PHONE'],
  CLINICIAN: ['CLINIC', 'WARD'],
  NURSE: [],
  REGISTRAR: ['ON_SITE'],
  ADMIN: [],
  GATEWAY: EXTERNAL_CHANNELS,
  STATISTICS: [],
};

export const DOCUMENT_TYPES = ['NATIONAL_ID', 'HOSPITAL_CARD', 'SOCIAL_SECURITY_CARD'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** Doctor titles: the "level" used for fees and for same-level substitution (R14). */
export const DOCTOR_TITLES = ['CHIEF', 'ASSOCIATE_CHIEF', 'ATTENDING', 'RESIDENT'] as const;
export type DoctorTitle = (typeof DOCTOR_TITLES)[number];

export const PERIODS = ['AM', 'PM', 'EVENING'] as const;
export type Period = (typeof PERIODS)[number];

export const SESSION_STATUSES = ['OPEN', 'SUSPENDED', 'CLOSED'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const APPOINTMENT_STATUSES = [
  'BOOKED',
  'CHECKED_IN',
  'CALLED',
  'REGISTERED',
  'CANCELLED',
  'CANCELLED_BY_HOSPITAL',
  'VOIDED_LATE',
  'NO_SHOW',
] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/** R5: a hold reserves a number for a few minutes; HELD past its time reads EXPIRED (decision 023). */
export const HOLD_STATUSES = ['HELD', 'CONFIRMED', 'RELEASED', 'EXPIRED'] as const;
export type HoldStatus = (typeof HOLD_STATUSES)[number];

/** R5: a place in a full session's line; OFFERED holds a freed number for them (decision 029). */
export const WAITLIST_STATUSES = [
  'WAITING',
  'OFFERED',
  'BOOKED',
  'DECLINED',
  'EXPIRED',
  'LEFT',
  'CLOSED',
] as const;
export type WaitlistStatus = (typeof WAITLIST_STATUSES)[number];

/** R8 / R14: what a patient is told. */
export const NOTIFICATION_KINDS = [
  'BOOKING_CONFIRMED',
  'REMINDER',
  'CANCELLED',
  'VOIDED_LATE',
  'SUBSTITUTED',
  'SUSPENDED',
  'BLACKLISTED',
  /** R5: a freed number offered to a waiting patient (decision 029). */
  'WAITLIST_OFFER',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** How it reaches them: SMS, or the channel they booked through. */
export const DELIVERY_CHANNELS = ['SMS', 'WECHAT', 'APP_PUSH', 'PARTNER_CALLBACK'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

export const NOTIFICATION_STATUSES = ['PENDING', 'SENDING', 'SENT', 'DEAD', 'WITHDRAWN'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];
