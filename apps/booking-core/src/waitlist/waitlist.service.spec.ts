import { DomainError } from '@app/common';
import { appointmentView, caller, testClock, testPatient } from '@test/support/unit-fakes';
import type { WaitlistViewRow } from '../database/sql-types.generated';
import type { HoldsService } from '../holds';
import { PatientIdentityService, PiiVault } from '../patients';
import type { JoinWaitlistRequest } from './dto/waitlist.dto';
import type { WaitlistRepository } from './waitlist.repository';
import { WaitlistService } from './waitlist.service';

/**
 * The caller rules of the waitlist (R7 channels, R20 partner scope), and how an entry reads by the
 * core's clock (decision 029), on the service alone: fakes record what would reach the procedures.
 */
const NOW = new Date('2030-01-06T02:00:00Z');

function entryRow(overrides: Partial<WaitlistViewRow> = {}): WaitlistViewRow {
  return {
    id: 9,
    status: 'WAITING',
    session_id: 10,
    session_date: new Date('2030-01-07T00:00:00Z'),
    session_day: '2030-01-07',
    period: 'AM',
    session_starts_at: new Date('2030-01-07T00:00:00Z'),
    department_id: 1,
    department_name: '心内科',
    doctor_id: 2,
    doctor_name: '王医生',
    doctor_title: 'CHIEF',
    patient_id: 4,
    patient_name: '张三',
    document_type: 'NATIONAL_ID',
    document_masked: '110***********002X',
    mobile_masked: '139****0001',
    channel: 'PHONE',
    partner_id: null,
    priority: 0,
    joined_at: NOW,
    ended_at: null,
    rebooked_from: null,
    position: 3,
    waiting: 5,
    offer_hold_id: null,
    offer_status: null,
    offer_slot_id: null,
    offer_visit_no: null,
    offer_starts_at: null,
    offer_expires_at: null,
    appointment_id: null,
    ...overrides,
  };
}

const OFFERED = {
  status: 'OFFERED' as const,
  position: null,
  offer_hold_id: 71,
  offer_status: 'HELD' as const,
  offer_slot_id: 100,
  offer_visit_no: 4,
  offer_starts_at: new Date('2030-01-07T00:30:00Z'),
  offer_expires_at: new Date(NOW.getTime() + 15 * 60_000),
};

function setup(row: WaitlistViewRow, at = NOW) {
  const clock = testClock(at);
  const identity = new PatientIdentityService(new PiiVault('ab'.repeat(32)), clock);
  const joined: Parameters<WaitlistRepository['join']>[] = [];
  const confirmed: [number, string | undefined][] = [];
  const released: number[] = [];
  const repo = {
    join: (...args: Parameters<WaitlistRepository['join']>) => (joined.push(args), Promise.resolve(row)),
    find: () => Promise.resolve(row),
    leave: () => Promise.resolve({ ...row, status: 'LEFT' }),
  };
  const holds = {
    confirm: (id: number, partnerId: string | undefined) => (
      confirmed.push([id, partnerId]),
      Promise.resolve(appointmentView())
    ),
    release: (id: number) => (released.push(id), Promise.resolve(null)),
  };
  const service = new WaitlistService(
    repo as unknown as WaitlistRepository,
    holds as unknown as HoldsService,
    identity,
    clock,
  );
  return { service, joined, confirmed, released };
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
  return 'none';
}

const request = (extra: Partial<JoinWaitlistRequest> = {}): JoinWaitlistRequest => ({
  channel: 'PHONE',
  sessionId: 10,
  patient: testPatient(7),
  ...extra,
});

describe('WaitlistService (R5, R7, R20; decision 029)', () => {
  it("joins only on the caller's channels; the partner fields are the gateway's; no document reaches the procedure in clear", async () => {
    const { service, joined } = setup(entryRow());
    expect(await refusal(service.join(request({ channel: 'WECHAT' }), caller('agent', 'AGENT')))).toBe(
      'CHANNEL_NOT_ALLOWED',
    );
    expect(await refusal(service.join(request({ notifyTo: 'x' }), caller('agent', 'AGENT')))).toBe(
      'FORBIDDEN',
    );
    expect(joined).toEqual([]);
    const view = await service.join(
      request({ channel: 'WECHAT', partnerId: 'p1', notifyTo: 'oUser' }),
      caller('gw', 'GATEWAY'),
    );
    expect(joined[0][0]).toMatchObject({
      partnerId: 'p1',
      notifyTo: 'oUser',
      channel: 'WECHAT',
      sessionId: 10,
    });
    expect(JSON.stringify(joined[0][0])).not.toContain(testPatient(7).documentNo);
    expect(view).toMatchObject({ status: 'WAITING', position: 3, waiting: 5, offer: null });
  });

  it("keeps a partner to its own entries, and accepts or declines only a live offer, through the offer's hold", async () => {
    const mine = setup(entryRow({ ...OFFERED, partner_id: 'p1' }));
    expect(await refusal(mine.service.get(9, 'p2', caller('gw', 'GATEWAY')))).toBe(
      'WAITLIST_ENTRY_NOT_FOUND',
    );
    expect(await refusal(mine.service.accept(9, 'p2', caller('gw', 'GATEWAY')))).toBe(
      'WAITLIST_ENTRY_NOT_FOUND',
    );
    await mine.service.accept(9, 'p1', caller('gw', 'GATEWAY'));
    expect(mine.confirmed).toEqual([[71, 'p1']]);
    await mine.service.decline(9, 'p1', caller('gw', 'GATEWAY'));
    expect(mine.released).toEqual([71]);

    const waiting = setup(entryRow());
    expect(await refusal(waiting.service.accept(9, undefined, caller('agent', 'AGENT')))).toBe(
      'WAITLIST_NO_OFFER',
    );
    expect(await refusal(waiting.service.decline(9, undefined, caller('agent', 'AGENT')))).toBe(
      'WAITLIST_NO_OFFER',
    );
    expect(waiting.confirmed).toEqual([]);
  });

  it("reads an offer past its time as EXPIRED by the core's clock, sweeper or not", async () => {
    const live = await setup(entryRow(OFFERED)).service.get(9, undefined, caller('agent', 'AGENT'));
    expect(live).toMatchObject({
      status: 'OFFERED',
      offer: { holdId: 71, status: 'HELD', visitNo: 4, expiresAt: '2030-01-06T10:15:00+08:00' },
      endedAt: null,
    });
    const later = new Date(NOW.getTime() + 15 * 60_000);
    const lapsed = await setup(entryRow(OFFERED), later).service.get(9, undefined, caller('agent', 'AGENT'));
    expect(lapsed).toMatchObject({
      status: 'EXPIRED',
      offer: { status: 'EXPIRED' },
      endedAt: '2030-01-06T10:15:00+08:00',
    });
  });
});
