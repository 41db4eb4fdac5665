import { CHANNELS, ROLE_CHANNELS, type Channel, type Role } from '@app/contracts';
import { DomainError } from '@app/common';
import { appointmentRow, caller, testClock, testPatient } from '@test/support/unit-fakes';
import type { Caller } from '../auth/auth.guard';
import type { NotificationsService } from '../notifications';
import { PatientIdentityService, PiiVault } from '../patients';
import type { AppointmentRow } from '../shared/view-mappers';
import type { AppointmentsRepository } from './appointments.repository';
import { AppointmentsService } from './appointments.service';
import type { BookAppointmentRequest } from './dto/appointment.dto';

/**
 * The channel (R7) and partner-scope (R20) rules of booking, on the service alone: a fake
 * repository records what would reach the procedures; no database, no HTTP.
 */
class FakeAppointments {
  booked: Parameters<AppointmentsRepository['book']>[] = [];
  cancelled: Parameters<AppointmentsRepository['cancel']>[] = [];
  rows = new Map<number, AppointmentRow>();

  book(...args: Parameters<AppointmentsRepository['book']>): Promise<AppointmentRow> {
    this.booked.push(args);
    const [input] = args;
    return Promise.resolve(appointmentRow({ channel: input.channel, partner_id: input.partnerId }));
  }

  cancel(...args: Parameters<AppointmentsRepository['cancel']>): Promise<AppointmentRow> {
    this.cancelled.push(args);
    return Promise.resolve(appointmentRow({ id: args[0], status: 'CANCELLED' }));
  }

  find(id: number): Promise<AppointmentRow | null> {
    return Promise.resolve(this.rows.get(id) ?? null);
  }
}

const clock = testClock(new Date('2030-01-06T02:00:00Z'));
const identity = new PatientIdentityService(new PiiVault('ab'.repeat(32)), clock);
const notifications = { summaries: () => Promise.resolve([]) } as unknown as NotificationsService;

function setup(): { repo: FakeAppointments; service: AppointmentsService } {
  const repo = new FakeAppointments();
  const service = new AppointmentsService(
    repo as unknown as AppointmentsRepository,
    identity,
    clock,
    notifications,
  );
  return { repo, service };
}

function request(channel: Channel, extra: Partial<BookAppointmentRequest> = {}): BookAppointmentRequest {
  const patient = testPatient(7);
  return { channel, sessionId: 10, patient, ...extra };
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
  return 'ACCEPTED';
}

const ROLES = Object.keys(ROLE_CHANNELS) as Role[];

describe('AppointmentsService: who may book for which channel (R7)', () => {
  it.each(ROLES)('%s books exactly for its own channels and no other', async (role) => {
    const { repo, service } = setup();
    const who: Caller = caller(`a-${role}`, role);
    for (const channel of CHANNELS) {
      const partnerId = role === 'GATEWAY' ? { partnerId: 'partner-a' } : {};
      const outcome = await refusal(service.book(request(channel, partnerId), who));
      expect([channel, outcome]).toEqual([
        channel,
        ROLE_CHANNELS[role].includes(channel) ? 'ACCEPTED' : 'CHANNEL_NOT_ALLOWED',
      ]);
    }
    expect(repo.booked.map(([input]) => input.channel)).toEqual(
      CHANNELS.filter((c) => ROLE_CHANNELS[role].includes(c)),
    );
  });

  it('a caller with two roles books for the union of their channels', async () => {
    const { repo, service } = setup();
    const both = caller('clinic-and-counter', 'CLINICIAN', 'AGENT');
    await service.book(request('WARD'), both);
    await service.book(request('COUNTER'), both);
    expect(await refusal(service.book(request('WEB'), both))).toBe('CHANNEL_NOT_ALLOWED');
    expect(repo.booked.map(([input]) => input.channel)).toEqual(['WARD', 'COUNTER']);
  });

  it('hands the procedures a protected identity: no document number or mobile in clear (R6)', async () => {
    const { repo, service } = setup();
    await service.book(request('COUNTER'), caller('counter', 'AGENT'));
    const sent = JSON.stringify(repo.booked);
    const patient = testPatient(7);
    expect(sent).not.toContain(patient.documentNo);
    expect(sent).not.toContain(patient.mobile);
    expect(repo.booked[0][0].identity.documentMasked).toMatch(/^\d{3}\*+\w{4}$/);
  });
});

describe('AppointmentsService: a partner acts only on what it booked (R20)', () => {
  const gateway = caller('gateway', 'GATEWAY');
  const counter = caller('counter', 'AGENT');

  it('the gateway must name the partner; an intranet caller may not', async () => {
    const { repo, service } = setup();
    expect(await refusal(service.book(request('WEB'), gateway))).toBe('VALIDATION_FAILED');
    expect(await refusal(service.book(request('COUNTER', { partnerId: 'partner-a' }), counter))).toBe(
      'FORBIDDEN',
    );
    expect(repo.booked).toHaveLength(0);
  });

  it.each([{ notifyTo: 'wx-openid' }, { requestKey: 'k'.repeat(43) }, { partnerCallback: true }])(
    "an intranet caller may not set the gateway's field %j",
    async (extra) => {
      const { repo, service } = setup();
      expect(await refusal(service.book(request('COUNTER', extra), counter))).toBe('FORBIDDEN');
      expect(repo.booked).toHaveLength(0);
    },
  );

  it("the gateway's booking carries the partner, its notifyTo and request key to the procedure", async () => {
    const { repo, service } = setup();
    await service.book(
      request('WECHAT', { partnerId: 'partner-a', notifyTo: 'wx-openid', requestKey: 'k'.repeat(43) }),
      gateway,
    );
    expect(repo.booked[0][0]).toMatchObject({
      partnerId: 'partner-a',
      notifyTo: 'wx-openid',
      requestKey: 'k'.repeat(43),
      sessionId: 10,
      slotId: null,
    });
  });

  it("reads another partner's appointment as not found, and the intranet reads any", async () => {
    const { repo, service } = setup();
    repo.rows.set(5, appointmentRow({ id: 5, channel: 'WECHAT', partner_id: 'partner-a' }));
    expect((await service.get(5, 'partner-a', gateway)).id).toBe(5);
    expect(await refusal(service.get(5, 'partner-b', gateway))).toBe('APPOINTMENT_NOT_FOUND');
    expect(await refusal(service.get(5, undefined, gateway))).toBe('VALIDATION_FAILED');
    expect((await service.get(5, undefined, counter)).id).toBe(5);
  });

  it('cancels within the partner scope (the procedure refuses another partner)', async () => {
    const { repo, service } = setup();
    await service.cancel(5, 'moved', 'partner-b', gateway);
    await service.cancel(6, undefined, undefined, counter);
    expect(repo.cancelled.map(([id, scope, reason]) => [id, scope, reason])).toEqual([
      [5, 'partner-b', 'moved'],
      [6, null, null],
    ]);
  });
});
