import { Injectable } from '@nestjs/common';
import type { Period } from '@app/contracts';
import { DomainError } from '@app/common';
import { formatLocalInstant } from '@app/domain';
import { ClockService } from '../clock';
import { QueueService, type QueueStateResponse } from '../queue';
import { DisplayRepository } from './display.repository';

/** One patient on a screen: the visit number and the masked name, nothing else (R12, decision 030). */
export interface DisplayEntry {
  visitNo: number;
  /** Masked by the queue (maskName): 张*三, 张*. */
  name: string;
}

/** One room's queue on a screen. */
export interface DisplayRoom {
  roomId: number;
  roomName: string;
  location: string | null;
  doctorName: string;
  period: Period;
  /** Called and not yet registered, the latest call first. */
  calling: DisplayEntry[];
  /** When the latest call was made (a recall moves it): lets the screen flash a repeated call. */
  latestCallAt: string | null;
  next: DisplayEntry[];
  waiting: number;
}

/** What a waiting-room screen shows: a room, or every room of a department with a session now. */
export interface DisplayBoard {
  kind: 'room' | 'department';
  id: number;
  title: string;
  subtitle: string;
  /** Hospital time of the snapshot, HH:mm. */
  at: string;
  rooms: DisplayRoom[];
}

/** How many waiting patients a screen names after the one called. */
export const NEXT_ON_ROOM_SCREEN = 5;
export const NEXT_ON_DEPARTMENT_SCREEN = 2;

/**
 * R10, R12: the waiting-room screens' snapshot, read from the queue (the same state as
 * GET /v1/queues/rooms/{roomId}) and cut down to what a public screen may show.
 */
@Injectable()
export class DisplayService {
  constructor(
    private readonly queue: QueueService,
    private readonly display: DisplayRepository,
    private readonly clock: ClockService,
  ) {}

  async roomBoard(roomId: number): Promise<DisplayBoard> {
    const room = await this.display.room(roomId);
    if (!room) throw new DomainError('ROOM_NOT_FOUND', 'No such room');
    let sessionId: number | null = null;
    try {
      sessionId = await this.queue.sessionOfRoom(roomId);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'SESSION_NOT_FOUND') throw error;
    }
    const rooms = sessionId === null ? [] : [toRoom(await this.queue.state(sessionId), NEXT_ON_ROOM_SCREEN)];
    return {
      kind: 'room',
      id: roomId,
      title: room.name,
      subtitle: room.department_name ?? '',
      at: this.at(),
      rooms,
    };
  }

  async departmentBoard(departmentId: number): Promise<DisplayBoard> {
    const department = await this.display.department(departmentId);
    if (!department) throw new DomainError('DEPARTMENT_NOT_FOUND', 'No such department');
    const sessions = await this.queue.sessionsOfDepartment(departmentId);
    const states = await Promise.all(sessions.map((id) => this.queue.state(id)));
    return {
      kind: 'department',
      id: departmentId,
      title: department.name,
      subtitle: '候诊叫号',
      at: this.at(),
      rooms: states
        .map((s) => toRoom(s, NEXT_ON_DEPARTMENT_SCREEN))
        .sort((a, b) => a.roomName.localeCompare(b.roomName, 'zh-CN') || a.roomId - b.roomId),
    };
  }

  private at(): string {
    return formatLocalInstant(this.clock.now(), this.clock.timeZone).slice(11, 16);
  }
}

/** Only the visit number and the masked name of each patient leave this function. */
export function toRoom(state: QueueStateResponse, nextCount: number): DisplayRoom {
  const entry = (e: { visitNo: number; name: string }): DisplayEntry => ({
    visitNo: e.visitNo,
    name: e.name,
  });
  return {
    roomId: state.room.id,
    roomName: state.room.name,
    location: state.room.location,
    doctorName: state.actingDoctor.name,
    period: state.period,
    calling: state.calling.map(entry),
    latestCallAt: state.calling[0]?.calledAt ?? null,
    next: state.next.slice(0, nextCount).map(entry),
    waiting: state.waiting,
  };
}
