import { Injectable } from '@nestjs/common';
import type { AppointmentView } from '@app/contracts';
import { DomainError } from '@app/common';
import { maskName } from '@app/domain';
import type { Caller } from '../auth/auth.guard';
import { ClockService } from '../clock/clock.service';
import { SessionsService } from '../sessions';
import { actorOf } from '../shared/actor';
import { atOrNull, toAppointmentView } from '../shared/view-mappers';
import type { QueueStateResponse } from './dto/queue.dto';
import { QueueEvents } from './queue-events';
import { QueueRepository } from './queue.repository';

/** How long before its start and after its end a session is a room's current queue. */
const ROOM_WINDOW_MS = 60 * 60_000;

@Injectable()
export class QueueService {
  constructor(
    private readonly queue: QueueRepository,
    private readonly sessions: SessionsService,
    private readonly clock: ClockService,
    private readonly events: QueueEvents,
  ) {}

  async callNext(sessionId: number, caller: Caller): Promise<AppointmentView> {
    const view = this.view(await this.queue.callNext(sessionId, actorOf(caller, this.clock.now())));
    this.events.changed(view.sessionId);
    return view;
  }

  async recallOrPass(
    appointmentId: number,
    kind: 'RECALL' | 'PASS',
    caller: Caller,
  ): Promise<AppointmentView> {
    const view = this.view(
      await this.queue.recallOrPass(appointmentId, kind, actorOf(caller, this.clock.now())),
    );
    // A recall changes no order but is shown again (the display re-announces the number).
    this.events.changed(view.sessionId);
    return view;
  }

  /** The session a room's queue means now: today's open session nearest in time. */
  async sessionOfRoom(roomId: number): Promise<number> {
    const today = await this.queue.sessionsInRoom(roomId, this.clock.today());
    const current = today.find((s) => this.isCurrent(s));
    if (!current) throw new DomainError('SESSION_NOT_FOUND', 'No session in this room now');
    return current.id;
  }

  /** The sessions a department's board means now: in each room, the one sessionOfRoom would give. */
  async sessionsOfDepartment(departmentId: number): Promise<number[]> {
    const today = await this.queue.sessionsInDepartment(departmentId, this.clock.today());
    const byRoom = new Map<number, number>();
    for (const s of today)
      if (!byRoom.has(Number(s.room_id)) && this.isCurrent(s)) byRoom.set(Number(s.room_id), s.id);
    return [...byRoom.values()];
  }

  private isCurrent(s: { starts_at: Date; ends_at: Date }): boolean {
    const now = this.clock.now().getTime();
    return (
      new Date(s.starts_at).getTime() - ROOM_WINDOW_MS <= now &&
      now <= new Date(s.ends_at).getTime() + ROOM_WINDOW_MS
    );
  }

  async state(sessionId: number): Promise<QueueStateResponse> {
    const session = await this.sessions.get(sessionId);
    const rows = await this.queue.queue(sessionId);
    const tz = this.clock.timeZone;
    const entry = (r: (typeof rows)[number]) => ({
      visitNo: Number(r.visit_no),
      name: maskName(r.patient_name),
      status: r.status,
      calledAt: atOrNull(r.called_at, tz),
    });
    const waiting = rows.filter((r) => r.status === 'CHECKED_IN');
    const calling = rows
      .filter((r) => r.status === 'CALLED')
      .sort((a, b) => new Date(b.called_at ?? 0).getTime() - new Date(a.called_at ?? 0).getTime());
    return {
      sessionId: session.id,
      date: session.date,
      period: session.period,
      room: session.room,
      actingDoctor: session.actingDoctor,
      startsAt: session.startsAt,
      firstCallAt: session.firstCallAt,
      calling: calling.map(entry),
      next: waiting.slice(0, 10).map(entry),
      waiting: waiting.length,
    };
  }

  private view(row: Parameters<typeof toAppointmentView>[0]): AppointmentView {
    return toAppointmentView(row, this.clock.timeZone);
  }
}
