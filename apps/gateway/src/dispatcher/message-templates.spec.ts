import type { NotificationJob } from '@app/contracts';
import { renderMessage } from './message-templates';

// Decision 029: the Chinese texts of a waitlist offer, and of a suspension carrying the priority offer (R14).
const offer = {
  offerHoldId: 71,
  offerEntryId: 9,
  offerVisitNo: 4,
  offerStartsAt: '2026-12-11T08:30:00+08:00',
  offerExpiresAt: '2026-12-01T09:15:00+08:00',
  offerDepartment: '心内科',
  offerDoctor: '王医生',
  offerDoctorTitle: 'CHIEF',
};
const job = (
  kind: NotificationJob['kind'],
  data: Record<string, unknown>,
  withAppointment: boolean,
): NotificationJob => ({
  id: '1',
  kind,
  channel: 'SMS',
  partnerId: null,
  attempt: 1,
  recipient: '13900000000',
  patientName: '张三',
  appointment: withAppointment
    ? {
        id: 5,
        code: 'K7P2QX9M4A',
        status: 'CANCELLED_BY_HOSPITAL',
        department: '心内科',
        doctor: '王医生',
        doctorTitle: 'CHIEF',
        actingDoctor: '王医生',
        actingDoctorTitle: 'CHIEF',
        room: '诊室1',
        roomLocation: null,
        date: '2026-12-04',
        startsAt: '2026-12-04T08:00:00+08:00',
        visitNo: 2,
      }
    : null,
  data,
});

describe('offer messages (decision 029)', () => {
  it('a waitlist offer names the number, its time and the deadline to confirm', () => {
    const m = renderMessage(job('WAITLIST_OFFER', offer, false), '某医院');
    expect(m.title).toBe('候补号源');
    expect(m.text).toBe(
      '【某医院】张三您好，您候补的号源已释放，已为您保留2026-12-11 08:30 心内科 王医生(主任医师)就诊序号4号，' +
        '请于2026-12-01 09:15前确认，逾期自动释放。',
    );
  });

  it('a suspension with a priority offer says so in its one message; without one it asks to rebook', () => {
    const withOffer = renderMessage(job('SUSPENDED', { reason: '医生因病', ...offer }, true), '某医院').text;
    expect(withOffer).toContain('停诊，您的预约已由医院取消，不计爽约。已为您保留2026-12-11 08:30');
    expect(withOffer).not.toContain('改约其他医生');
    const without = renderMessage(job('SUSPENDED', { reason: '医生因病' }, true), '某医院').text;
    expect(without).toContain('请通过各预约渠道改约其他医生，给您带来不便敬请谅解。');
  });
});
