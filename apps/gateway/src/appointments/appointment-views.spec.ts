import { noAppointmentFields, type AppointmentView } from '@app/contracts';
import { appointmentView } from '@test/support/unit-fakes';
import { toPartnerAppointment } from './appointment-views';

const view: AppointmentView = appointmentView();

describe('the appointment view for partners (DESIGN §5)', () => {
  it('has exactly the fields of the contract, the name masked, and no internal fields', () => {
    const out = toPartnerAppointment(view);
    expect(out).toEqual({
      // Decision 028: the simple appointment fields, null when not given.
      ...noAppointmentFields('name'),
      id: 9001,
      code: 'K7P2QX9M4A',
      status: 'BOOKED',
      visitNo: 4,
      sessionId: 101,
      slotId: 5004,
      startsAt: '2026-11-27T08:30:00+08:00',
      endsAt: '2026-11-27T08:40:00+08:00',
      department: { id: 1, name: '心血管内科' },
      doctor: { id: 7, name: '王建国', title: 'CHIEF' },
      actingDoctor: { id: 8, name: '李明', title: 'CHIEF' },
      room: { id: 3, name: '312诊室', location: '门诊楼3层' },
      channel: 'WECHAT',
      patient: {
        name: '欧**娜',
        documentType: 'NATIONAL_ID',
        documentMasked: '110***********002X',
        mobileMasked: '138****5678',
      },
      queuePosition: null,
    });
  });

  it('shows the check-in code only when asked (the booking response)', () => {
    expect(toPartnerAppointment(view, true).verificationCode).toBe('482913');
  });

  it('masks a document or mobile the core did not mask', () => {
    const leaky = {
      ...view,
      patient: { ...view.patient, documentMasked: '11010519491231002X', mobileMasked: '13812345678' },
    };
    const out = toPartnerAppointment(leaky);
    expect(out.patient.documentMasked).toBe('**************002X');
    expect(out.patient.mobileMasked).toBe('*******5678');
  });
});
