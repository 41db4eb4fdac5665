import type { ServerResponse } from 'node:http';
import {
  type BeforeApplicationShutdown,
  Injectable,
  Logger,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { requestContext } from '@app/common';
import { QueueEvents } from '../queue';
import { boardHtml } from './display-page';
import type { DisplayBoard } from './display.service';

/** At most this many screens stream from one worker; more are refused 503 (decision 015). */
export const MAX_DISPLAY_STREAMS = 200;
/** EventSource's reconnection delay after a dropped stream (the `retry:` field). */
export const RETRY_MS = 2000;
/** A comment line this often keeps proxies and NAT from closing a quiet stream. */
export const HEARTBEAT_MS = 15_000;
/**
 * Every stream's board is read again this often even without a signal: it catches what sends no
 * signal (the no-show sweep, the clock moving a room on to its next session, a signal lost while
 * the listening connection was down, other workers on SQL Server).
 */
export const RESYNC_MS = 10_000;
/** Signals arriving within this window are served by one read per board. */
const COALESCE_MS = 25;
/** The budget of one board read made for the streams (outside any request). */
const READ_BUDGET_MS = 5_000;

type BoardLoader = () => Promise<DisplayBoard>;

interface Stream {
  key: string;
  load: BoardLoader;
  res: ServerResponse;
  /** The board html this screen shows now: a snapshot is sent only when it differs. */
  shown: string;
  eventId: number;
}

/**
 * R12, decision 030: the waiting-room screens' event streams (server-sent events). On every queue
 * signal (this worker's or, on PostgreSQL, any worker's: QueueEvents) each board watched here is
 * read once and sent to the screens whose board changed. A screen that connects — first time or
 * after a drop — gets the full board at once, so no event needs replaying. Streams are bounded,
 * kept open by heartbeats, and ended at the start of a graceful stop (decision 012): the screens
 * reconnect to another worker or to the restarted process.
 */
@Injectable()
export class DisplayHub implements OnModuleInit, OnModuleDestroy, BeforeApplicationShutdown {
  private readonly logger = new Logger('DisplayHub');
  private readonly streams = new Set<Stream>();
  private unsubscribe: (() => void)[] = [];
  private heartbeat: NodeJS.Timeout | null = null;
  private resync: NodeJS.Timeout | null = null;
  private pending: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private closing = false;

  constructor(private readonly events: QueueEvents) {}

  onModuleInit(): void {
    this.unsubscribe = [
      this.events.onChange(() => this.refreshSoon()),
      this.events.onMissed(() => this.refreshSoon()),
    ];
  }

  get size(): number {
    return this.streams.size;
  }

  get full(): boolean {
    return this.streams.size >= MAX_DISPLAY_STREAMS;
  }

  /**
   * Takes over a response as an event stream and sends the board already read for it. `load`
   * reads the board again on later signals.
   */
  open(key: string, res: ServerResponse, first: DisplayBoard, load: BoardLoader): void {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      // nginx and similar proxies would otherwise buffer the stream.
      'x-accel-buffering': 'no',
    });
    const stream: Stream = { key, load, res, shown: '', eventId: 0 };
    this.streams.add(stream);
    res.on('close', () => this.streams.delete(stream));
    res.write(`retry: ${RETRY_MS}\n\n`);
    this.send(stream, boardHtml(first), first.at);
    this.startTimers();
  }

  /** Ends every stream (a stop is beginning); screens reconnect with their `retry:` delay. */
  closeAll(): void {
    this.closing = true;
    for (const stream of this.streams) stream.res.end();
    this.streams.clear();
    this.stopTimers();
  }

  beforeApplicationShutdown(): void {
    this.closeAll();
  }

  onModuleDestroy(): void {
    for (const off of this.unsubscribe) off();
    this.closeAll();
  }

  /** Reads each watched board once (soon: signals close together are served together). */
  refreshSoon(): void {
    if (this.closing || this.streams.size === 0 || this.pending) return;
    this.pending = setTimeout(() => {
      this.pending = null;
      void this.refresh();
    }, COALESCE_MS);
  }

  /** One pass over the boards watched here; a signal during a pass causes one more pass. */
  refresh(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    // Outside the request that made the signal: its own budget, not the caller's deadline.
    this.running = requestContext
      .run({ requestId: 'display-hub', deadlineAt: performance.now() + READ_BUDGET_MS }, () => this.pass())
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          void this.refresh();
        }
      });
    return this.running;
  }

  private async pass(): Promise<void> {
    const byKey = new Map<string, Stream[]>();
    for (const s of this.streams) byKey.set(s.key, [...(byKey.get(s.key) ?? []), s]);
    for (const [key, streams] of byKey) {
      try {
        const board = await streams[0].load();
        const html = boardHtml(board);
        for (const s of streams) if (s.shown !== html && this.streams.has(s)) this.send(s, html, board.at);
      } catch (error) {
        // The screens keep their last board; the next signal or resync tries again.
        this.logger.warn(`board ${key} not refreshed: ${(error as Error).message}`);
      }
    }
  }

  private send(stream: Stream, html: string, at: string): void {
    stream.shown = html;
    stream.eventId++;
    stream.res.write(`id: ${stream.eventId}\nevent: board\ndata: ${JSON.stringify({ html, at })}\n\n`);
  }

  private startTimers(): void {
    this.closing = false;
    this.heartbeat ??= setInterval(() => {
      for (const s of this.streams) s.res.write(': keep-alive\n\n');
      if (this.streams.size === 0) this.stopTimers();
    }, HEARTBEAT_MS);
    this.resync ??= setInterval(() => this.refreshSoon(), RESYNC_MS);
    this.heartbeat.unref();
    this.resync.unref();
  }

  private stopTimers(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    if (this.resync) clearInterval(this.resync);
    if (this.pending) clearTimeout(this.pending);
    this.heartbeat = this.resync = this.pending = null;
  }
}
