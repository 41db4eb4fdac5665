import type { Server } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';
import type { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * The HTTP side of a graceful stop. While serving it counts the requests in flight; once
 * draining, a request that still arrives on a kept-alive connection is answered 503
 * SHUTTING_DOWN (problem+json, by the hook in createHttpApp) and every response carries
 * `Connection: close`, so clients move to another instance without a reset connection.
 */
export class HttpDrain {
  private inFlight = 0;
  private idleWaiters: (() => void)[] = [];
  private readonly sockets = new Set<Socket>();
  private closedWaiters: (() => void)[] = [];
  private drainingListeners: (() => void)[] = [];
  draining = false;

  /**
   * Called once when the stop begins, before waiting for requests in flight: long-lived responses
   * (the waiting-room displays' event streams, decision 030) end themselves here, or the stop would
   * wait the whole grace period for them.
   */
  onDraining(listener: () => void): void {
    this.drainingListeners.push(listener);
  }

  /** Enters draining and tells the listeners (once). */
  startDraining(): void {
    if (this.draining) return;
    this.draining = true;
    for (const listener of this.drainingListeners.splice(0)) listener();
  }

  /** Counts the server's open connections (kept-alive ones included). */
  track(server: Server): void {
    server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.once('close', () => {
        this.sockets.delete(socket);
        if (this.sockets.size === 0) for (const wake of this.closedWaiters.splice(0)) wake();
      });
    });
  }

  get connections(): number {
    return this.sockets.size;
  }

  /** Resolves when every connection has closed, or after `ms`. */
  allClosed(ms: number): Promise<void> {
    if (this.sockets.size === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.closedWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  started(): void {
    this.inFlight++;
  }

  finished(): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
    if (this.inFlight === 0) for (const wake of this.idleWaiters.splice(0)) wake();
  }

  get active(): number {
    return this.inFlight;
  }

  /** Resolves when no request is in flight, or after `ms` (false then). */
  idle(ms: number): Promise<boolean> {
    if (this.inFlight === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), ms);
      this.idleWaiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}

export interface GracefulShutdownOptions {
  /** How long requests in flight may take to finish before their connections are cut. */
  graceMs: number;
  /**
   * After the last request: how long kept-alive connections may still deliver a request already
   * on its way (answered 503 SHUTTING_DOWN, Connection: close) before idle ones are closed.
   */
  lingerMs?: number;
  logger: Logger;
  /** Called once the process may exit (tests replace process.exit). */
  exit?: (code: number) => void;
}

/**
 * SIGTERM / SIGINT: stop accepting connections, let the requests in flight finish (bounded by
 * `graceMs`), then close the application — Nest's hooks run in their phases: features stop their
 * background work in `beforeApplicationShutdown` (the dispatcher finishes and acknowledges its
 * batch), and clients (core client, store, database) close last, in `onApplicationShutdown`.
 */
export function installGracefulShutdown(
  app: NestFastifyApplication,
  drain: HttpDrain,
  options: GracefulShutdownOptions,
): (signal: string) => Promise<void> {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let stopping: Promise<void> | undefined;
  const stop = (signal: string): Promise<void> =>
    (stopping ??= (async () => {
      const server: Server = app.getHttpServer();
      options.logger.log(`${signal}: stopping (${drain.active} request(s) in flight)`);
      drain.startDraining();
      // Hard bound: whatever hangs, the process ends (an orchestrator would SIGKILL it anyway).
      const hard = setTimeout(() => {
        options.logger.error('shutdown did not finish in time; exiting');
        exit(1);
      }, options.graceMs * 2);
      hard.unref();
      // The kernel resets every connection still in the listen queue when the listener closes,
      // and a client that already sent its request there reads ECONNRESET. Under load the queue
      // fills while the event loop is busy: let the loop poll once more, without blocking (an
      // immediate is pending), and accept what is queued before closing it — those requests are
      // answered 503 SHUTTING_DOWN. Only a connection that arrives after that poll can still be
      // reset, and the application never saw its request.
      for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
      // Stop accepting connections, but leave kept-alive ones open: a request already on its way
      // over one is answered (503 SHUTTING_DOWN, Connection: close) rather than reset.
      // (http.Server#close would also cut the idle ones at once, and with them such requests.)
      NetServer.prototype.close.call(server);
      const finished = await drain.idle(options.graceMs);
      if (finished) {
        // Every response now closes its connection; give what is already sent a moment to arrive.
        await drain.allClosed(options.lingerMs ?? 1_000);
        await drain.idle(options.graceMs);
        server.closeIdleConnections();
      } else {
        options.logger.warn(
          `${drain.active} request(s) still in flight after ${options.graceMs} ms; closing`,
        );
      }
      server.closeAllConnections();
      try {
        await app.close();
        clearTimeout(hard);
        options.logger.log('stopped');
        exit(0);
      } catch (error) {
        options.logger.error(`shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
        exit(1);
      }
    })());
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  return stop;
}
