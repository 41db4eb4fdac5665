import { EventEmitter } from 'node:events';
import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import type { DatabaseTarget } from './database-target';

/** Channels are fixed names (never built from input): they are written into LISTEN statements. */
export type SqlEventChannel = 'queue_changed';

export type SqlEventListener = (payload: string) => void;

/** First and longest wait before the listening connection is opened again. */
const RECONNECT_MIN_MS = 500;
const RECONNECT_MAX_MS = 10_000;

/**
 * Decision 030: small signals between booking-core's workers ("session 17's queue changed"),
 * never data. A signal is always delivered in this process at once (an in-process emitter: the
 * embedded database has one process, and a local display must not wait on the network). On a
 * PostgreSQL server it is also sent with pg_notify (delivered on commit, to every worker and
 * every instance listening on the database) and received on one dedicated connection per worker,
 * outside the pool, with its own `error` listener: when it drops (a restart, a failover, a
 * network cut) it is opened again with backoff, and `onReconnect` listeners are told, since
 * signals sent meanwhile were lost. SQL Server has no equivalent: there, signals stay in-process
 * and the display's periodic resynchronisation covers the other workers.
 */
export class SqlEvents implements OnApplicationShutdown {
  private readonly logger = new Logger('SqlEvents');
  private readonly local = new EventEmitter();
  private listenerClient: Client | null = null;
  private connecting: Promise<void> | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private retryMs = RECONNECT_MIN_MS;
  private closed = false;
  private everConnected = false;
  /** What this worker listens to on the server (LISTEN is issued again on every new connection). */
  private readonly channels = new Set<SqlEventChannel>();

  constructor(
    private readonly target: DatabaseTarget,
    /** Sends one NOTIFY through the pool (SqlClient.query); absent when signals stay in-process. */
    private readonly notify?: (channel: SqlEventChannel, payload: string) => Promise<unknown>,
  ) {
    this.local.setMaxListeners(0);
  }

  /** Whether signals cross processes (a PostgreSQL server). */
  get shared(): boolean {
    return this.target.kind === 'postgres';
  }

  /** Sends a signal after the change it announces has committed. Never throws. */
  async publish(channel: SqlEventChannel, payload: string): Promise<void> {
    if (this.shared && this.notify) {
      try {
        await this.notify(channel, payload);
        // The listening connection delivers it here too; when that connection is down, deliver locally.
        if (this.listenerClient) return;
      } catch (error) {
        this.logger.warn(`NOTIFY ${channel} failed: ${(error as Error).message}`);
      }
    }
    this.local.emit(channel, payload);
  }

  /** Listens to a channel: in-process at once, and on the server's connection when there is one. */
  subscribe(channel: SqlEventChannel, listener: SqlEventListener): () => void {
    this.local.on(channel, listener);
    if (this.shared && !this.channels.has(channel)) {
      this.channels.add(channel);
      if (this.listenerClient) void this.listen(this.listenerClient, channel);
      else void this.connect();
    }
    return () => this.local.off(channel, listener);
  }

  /** Called after the listening connection came back: signals may have been missed meanwhile. */
  onReconnect(listener: () => void): () => void {
    this.local.on('reconnect', listener);
    return () => this.local.off('reconnect', listener);
  }

  /** For tests and health: whether the server connection is listening now. */
  get listening(): boolean {
    return this.listenerClient !== null;
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    await this.connecting?.catch(() => undefined);
    const client = this.listenerClient;
    this.listenerClient = null;
    await client?.end().catch(() => undefined);
    this.local.removeAllListeners();
  }

  private connect(): Promise<void> {
    if (this.closed || this.connecting || this.listenerClient || this.target.kind !== 'postgres')
      return this.connecting ?? Promise.resolve();
    const url = this.target.url;
    this.connecting = (async () => {
      const client = new Client({ connectionString: url, keepAlive: true, connectionTimeoutMillis: 5000 });
      // Without this listener a dropped connection would be an uncaught 'error' event: a crash.
      client.on('error', (error) => this.lost(client, error));
      client.on('end', () => this.lost(client));
      client.on('notification', (m) => {
        if (m.payload !== undefined && this.channels.has(m.channel as SqlEventChannel))
          this.local.emit(m.channel, m.payload);
      });
      try {
        await client.connect();
        for (const channel of this.channels) await client.query(`LISTEN ${channel}`);
      } catch (error) {
        await client.end().catch(() => undefined);
        throw error;
      }
      if (this.closed) {
        await client.end().catch(() => undefined);
        return;
      }
      this.listenerClient = client;
      this.retryMs = RECONNECT_MIN_MS;
      if (this.everConnected) {
        this.logger.log('listening again for queue signals');
        this.local.emit('reconnect');
      }
      this.everConnected = true;
    })()
      .catch((error: unknown) => {
        this.logger.warn(`cannot listen for signals (${(error as Error).message}); retrying`);
        this.scheduleReconnect();
      })
      .finally(() => {
        this.connecting = null;
      });
    return this.connecting;
  }

  private async listen(client: Client, channel: SqlEventChannel): Promise<void> {
    try {
      await client.query(`LISTEN ${channel}`);
    } catch (error) {
      this.lost(client, error as Error);
    }
  }

  private lost(client: Client, error?: Error): void {
    if (this.listenerClient !== client) return;
    this.listenerClient = null;
    if (this.closed) return;
    this.logger.warn(`the signal connection dropped${error ? ` (${error.message})` : ''}; reconnecting`);
    void client.end().catch(() => undefined);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closed || this.retryTimer) return;
    const wait = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, RECONNECT_MAX_MS);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.connect();
    }, wait);
    this.retryTimer.unref();
  }
}
