import { DomainError } from '@app/common';
import { appointmentRow, caller, testClock, testPatient } from '@test/support/unit-fakes';
import type { HoldViewRow } from '../database/sql-types.generated';
import { PatientIdentityService, PiiVault } from '../patients';
import type { HoldNumberRequest } from './dto/hold.dto';
import type { HoldsRepository } from './holds.repository';
import { HoldsService } from './holds.service';

/**
 * The caller rules of holds (R7 channels, R20 partner scope) and how a hold reads by the core's
 * clock (decision 023), on the service alone: a fake repository records what would reach the
 * procedures; no database, no HTTP.
 */
const NOW = new Date('2030-01-06T02:00:00Z');

function holdRow(overrides: Partial<HoldViewRow> = {}): HoldViewRow {
  const starts = new Date('2030-01-07T01:00:00Z');
  return {
    id: 7,
    status: 'HELD',
    channel: 'PHONE',
    partner_id: null,
    notify_to: null,
    session_id: 10,
    session_date: new Date('2030-01-07T00:00:00Z'),
    session_day: '2030-01-07',
    period: 'AM',
    slot_id: 100,
    visit_no: 2,
    starts_at: starts,
    ends_at: new Date(starts.getTime() + 15 * 60_000),
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
    fee_cents: 5000,
    held_at: NOW,
    held_by: 'agent',
    expires_at: new Date(NOW.getTime() + 5 * 60_000),
    ended_at: null,
    appointment_id: null,
    ...overrides,
  };
}

class FakeHolds {
  held: Parameters<HoldsRepository['hold']>[] = [];
  confirmed: Parameters<HoldsRepository['confirm']>[] = [];
  row = holdRow();

  hold(...args: Parameters<HoldsRepository['hold']>): Promise<HoldViewRow> {
    this.held.push(args);
    return Promise.resolve(this.row);
  }

  confirm(...args: Parameters<HoldsRepository['confirm']>) {
    this.confirmed.push(args);
    return Promise.resolve(appointmentRow({ partner_id: args[1] }));
  }

  release(id: number): Promise<HoldViewRow> {
    return Promise.resolve({ ...this.row, id, status: 'RELEASED', ended_at: NOW });
  }

  find(): Promise<HoldViewRow | null> {
    return Promise.resolve(this.row);
  }
}

function setup(at = NOW) {
  const clock = testClock(at);
  const identity = new PatientIdentityService(new PiiVault('ab'.repeat(32)), clock);
  const repo = new FakeHolds();
  const service = new HoldsService(repo as unknown as HoldsRepository, identity, clock);
  return { repo, service };
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

const request = (extra: Partial<HoldNumberRequest> = {}): HoldNumberRequest => ({
  channel: 'PHONE',
  sessionId: 10,
  patient: testPatient(7),
  ...extra,
});

describe('HoldsService (R5, R7, R20; decision 023)', () => {
  it("holds only on the caller's channels, before anything reaches the database", async () => {
    const { repo, service } = setup();
    expect(await refusal(service.hold(request({ channel: 'WECHAT' }), caller('agent', 'AGENT')))).toBe(
      'CHANNEL_NOT_ALLOWED',
    );
    expect(repo.held).toEqual([]);
  });

  it("scopes a partner's holds: the gateway names one, an intranet caller may not, and the partner fields are the gateway's", async () => {
    const { repo, service } = setup();
    expect(await refusal(service.hold(request({ channel: 'WEB' }), caller('gw', 'GATEWAY')))).toBe(
      'VALIDATION_FAILED',
    );
    expect(await refusal(service.hold(request({ requestKey: 'k' }), caller('agent', 'AGENT')))).toBe(
      'FORBIDDEN',
    );
    expect(await refusal(service.confirm(7, 'p1', caller('agent', 'AGENT')))).toBe('FORBIDDEN');

    await service.hold(
      request({ channel: 'WEB', partnerId: 'p1', requestKey: 'k1' }),
      caller('gw', 'GATEWAY'),
    );
    expect(repo.held[0][0]).toMatchObject({
      partnerId: 'p1',
      requestKey: 'k1',
      channel: 'WEB',
      slotId: null,
    });
    expect(JSON.stringify(repo.held[0][0])).not.toContain(testPatient(7).documentNo);

    const a = await service.confirm(7, 'p1', caller('gw', 'GATEWAY'));
    expect(repo.confirmed[0][1]).toBe('p1');
    expect(repo.confirmed[0][2].code).toMatch(/^[A-Z2-9]{10}$/);
    expect(a.verificationCode).toBe('123456');
  });

  it("reads a live hold as HELD and one past its time as EXPIRED, by the core's clock, sweeper or not", async () => {
    const live = await setup().service.get(7, undefined, caller('agent', 'AGENT'));
    expect(live).toMatchObject({ status: 'HELD', expiresAt: '2030-01-06T10:05:00+08:00', endedAt: null });

    const later = new Date(NOW.getTime() + 5 * 60_000);
    const expired = await setup(later).service.get(7, undefined, caller('agent', 'AGENT'));
    expect(expired).toMatchObject({ status: 'EXPIRED', endedAt: '2030-01-06T10:05:00+08:00' });
  });

  it("hides another partner's hold as HOLD_NOT_FOUND", async () => {
    const { repo, service } = setup();
    repo.row = holdRow({ partner_id: 'p2' });
    expect(await refusal(service.get(7, 'p1', caller('gw', 'GATEWAY')))).toBe('HOLD_NOT_FOUND');
    expect((await service.get(7, 'p2', caller('gw', 'GATEWAY'))).partnerId).toBe('p2');
  });
});
