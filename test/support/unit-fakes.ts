import { noAppointmentFields, type AppointmentView, type Role } from '@app/contracts';
import type { Caller } from '../../apps/booking-core/src/auth/auth.guard';
import { ClockService } from '../../apps/booking-core/src/clock/clock.service';
import { CoreConfig } from '../../apps/booking-core/src/config/core-config';
import type { AppointmentViewRow } from '../../apps/booking-core/src/database/sql-types.generated';

/**
 * Building blocks for service-level unit tests (STYLE 12): a real booking-core clock set to a
 * chosen instant, callers with given roles, and a well-formed row of appointment_view for fake
 * repositories to answer with. No database, no HTTP.
 */
export function testClock(at: Date, timeZone = 'Asia/Shanghai'): ClockService {
  const config = Object.assign(new CoreConfig(), { ENABLE_TEST_CLOCK: true, HOSPITAL_TZ: timeZone });
  const clock = new ClockService(config);
  clock.set(at, true);
  return clock;
}

export function caller(name: string, ...roles: Role[]): Caller {
  return { name, roles, operator: null };
}

export function appointmentRow(overrides: Partial<AppointmentViewRow> = {}): AppointmentViewRow {
  const starts = new Date('2030-01-07T01:00:00Z');
  return {
    ...noAppointmentFields('column'),
    id: 1,
    code: 'A1B2C3D4',
    status: 'BOOKED',
    visit_no: 1,
    channel: 'WEB',
    partner_id: null,
    verification_code: '123456',
    notify_to: null,
    session_id: 10,
    session_date: new Date('2030-01-07T00:00:00Z'),
    session_day: '2030-01-07',
    period: 'AM',
    slot_id: 100,
    starts_at: starts,
    ends_at: new Date(starts.getTime() + 15 * 60_000),
    department_id: 1,
    department_name: '心内科',
    doctor_id: 2,
    doctor_name: '王医生',
    doctor_title: 'CHIEF',
    acting_doctor_id: 2,
    acting_doctor_name: '王医生',
    acting_doctor_title: 'CHIEF',
    room_id: 3,
    room_name: '101',
    room_location: null,
    patient_id: 4,
    patient_name: '张三',
    document_type: 'NATIONAL_ID',
    document_masked: '110***********002X',
    mobile_masked: null,
    fee_cents: 5000,
    booked_at: new Date(starts.getTime() - 86_400_000),
    booked_by: 'test',
    cancelled_at: null,
    cancel_reason: null,
    checked_in_at: null,
    called_at: null,
    registered_at: null,
    closed_at: null,
    call_count: 0,
    pass_count: 0,
    queue_position: null,
    ...overrides,
  };
}
export { testPatient } from './identities';

/** A booking-core appointment view as the gateway receives it (a WeChat booking, verification code included). */
export function appointmentView(overrides: Partial<AppointmentView> = {}): AppointmentView {
  return {
    ...noAppointmentFields('name'),
    id: 9001,
    code: 'K7P2QX9M4A',
    status: 'BOOKED',
    visitNo: 4,
    sessionId: 101,
    slotId: 5004,
    date: '2026-11-27',
    period: 'AM',
    startsAt: '2026-11-27T08:30:00+08:00',
    endsAt: '2026-11-27T08:40:00+08:00',
    department: { id: 1, name: '心血管内科' },
    doctor: { id: 7, name: '王建国', title: 'CHIEF' },
    actingDoctor: { id: 8, name: '李明', title: 'CHIEF' },
    room: { id: 3, name: '312诊室', location: '门诊楼3层' },
    feeCents: 5000,
    channel: 'WECHAT',
    partnerId: 'wechat-official',
    patient: {
      name: '欧阳娜娜',
      documentType: 'NATIONAL_ID',
      documentMasked: '110***********002X',
      mobileMasked: '138****5678',
    },
    bookedAt: '2026-11-20T09:12:44+08:00',
    cancelledAt: null,
    cancelReason: null,
    checkedInAt: null,
    calledAt: null,
    registeredAt: null,
    closedAt: null,
    queuePosition: null,
    verificationCode: '482913',

    ...overrides,
  };
}
