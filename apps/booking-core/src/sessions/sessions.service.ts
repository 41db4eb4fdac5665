import { Injectable } from '@nestjs/common';
import type { Channel, SessionView, SlotView } from '@app/contracts';
import { IN_PERSON_CHANNELS } from '../database/sql-types.generated';
import { DomainError } from '@app/common';
import { addDays } from '@app/domain';
import { ClockService } from '../clock/clock.service';
import { SettingsService } from '../settings';
import { at, toSessionView } from '../shared/view-mappers';
import { SessionsRepository } from './sessions.repository';

const MAX_RANGE_DAYS = 62;

@Injectable()
export class SessionsService {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly settings: SettingsService,
    private readonly clock: ClockService,
  ) {}

  async list(q: {
    departmentId?: number;
    doctorId?: number;
    dateFrom?: string;
    dateTo?: string;
    channel?: Channel;
  }): Promise<SessionView[]> {
    const now = this.clock.now();
    const dateFrom = q.dateFrom ?? this.clock.today();
    const releaseDays = await this.settings.number('release_days');
    const dateTo = q.dateTo ?? addDays(dateFrom, releaseDays);
    if (dateTo < dateFrom) throw new DomainError('VALIDATION_FAILED', 'dateTo is before dateFrom');
    if (dateTo > addDays(dateFrom, MAX_RANGE_DAYS))
      throw new DomainError('VALIDATION_FAILED', `At most ${MAX_RANGE_DAYS} days at a time`);
    const rows = await this.sessions.list(
      { dateFrom, dateTo, departmentId: q.departmentId, doctorId: q.doctorId },
      now,
    );
    const today = this.clock.today();
    return rows.map((r) =>
      toSessionView(r, this.clock.timeZone, now, this.reserveOpenTo(q.channel, r.session_day, today)),
    );
  }

  /** R4: the on-site reserve is for patients there in person, on the visit day itself. */
  private reserveOpenTo(channel: Channel | undefined, sessionDay: string, today: string): boolean {
    return channel !== undefined && IN_PERSON_CHANNELS.includes(channel) && sessionDay === today;
  }

  async get(id: number, channel?: Channel): Promise<SessionView> {
    const now = this.clock.now();
    const row = await this.sessions.find(id, now);
    if (!row) throw new DomainError('SESSION_NOT_FOUND');
    return toSessionView(
      row,
      this.clock.timeZone,
      now,
      this.reserveOpenTo(channel, row.session_day, this.clock.today()),
    );
  }

  async slots(sessionId: number, channel?: Channel): Promise<SlotView[]> {
    const session = await this.get(sessionId, channel);
    const now = this.clock.now();
    const inPerson = this.reserveOpenTo(channel, session.date, this.clock.today());
    const open = session.status === 'OPEN' && session.released;
    const rows = await this.sessions.slots(sessionId);
    return rows.map((r) => {
      // A number held by a live hold is not free; one whose hold has expired is (decision 023).
      const free = r.appointment_id === null && (r.held_until === null || new Date(r.held_until) <= now);
      return {
        id: r.id,
        sessionId: r.session_id,
        visitNo: Number(r.seq_no),
        startsAt: at(r.starts_at, this.clock.timeZone),
        endsAt: at(r.ends_at, this.clock.timeZone),
        reserve: r.reserve,
        free,
        bookable: open && free && new Date(r.starts_at) > now && (r.reserve === null || inPerson),
      };
    });
  }
}
