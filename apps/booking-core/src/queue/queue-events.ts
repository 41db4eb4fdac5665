import { Injectable, Logger } from '@nestjs/common';
import { SqlEvents } from '../database/sql-events';

/**
 * R12, decision 030: "this session's queue changed" — said after a call, a recall, a pass, a
 * check-in, a registration or a walk-in has committed, heard by the waiting-room displays of every
 * worker. The signal carries the session id only: a display reads the queue again itself, so
 * nothing personal ever travels through the database's notifications.
 */
@Injectable()
export class QueueEvents {
  private readonly logger = new Logger('QueueEvents');

  constructor(private readonly events: SqlEvents) {}

  /** Never fails the change it follows: a lost signal is caught up by the displays' resync. */
  changed(sessionId: number): void {
    this.events.publish('queue_changed', String(sessionId)).catch((error: unknown) => {
      this.logger.warn(`queue signal for session ${sessionId} lost: ${(error as Error).message}`);
    });
  }

  /** Listens for changes (the session id), in this worker and, on PostgreSQL, in every other one. */
  onChange(listener: (sessionId: number) => void): () => void {
    return this.events.subscribe('queue_changed', (payload) => {
      const id = Number(payload);
      if (Number.isInteger(id) && id > 0) listener(id);
    });
  }

  /** Called when signals may have been missed (the listening connection was re-opened). */
  onMissed(listener: () => void): () => void {
    return this.events.onReconnect(listener);
  }
}
