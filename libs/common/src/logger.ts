import type { LoggerService, LogLevel } from '@nestjs/common';
import pino, { type DestinationStream, type Logger as Pino } from 'pino';
import { scrubPersonalData } from '@app/domain';
import { currentRequestId } from './request-context';

/** Nest's start-up chatter (every module and route): debug detail, not an operator's concern. */
const BOOT_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory']);

/** LOG_LEVEL speaks Nest's names; pino has its own. */
const PINO_LEVEL: Record<LogLevel, pino.Level> = {
  fatal: 'fatal',
  error: 'error',
  warn: 'warn',
  log: 'info',
  debug: 'debug',
  verbose: 'trace',
};

/** Where a finished line goes besides stdout (tests capture lines; `npm start` prints them). */
export type LogSink = (line: string) => void;

const sinks = new Set<LogSink>();

/**
 * stdout through sonic-boom, pino's own writer: asynchronous, and lines logged while a write is
 * in flight go out together in the next one (under load every request logs a line; system
 * calls are the expensive part). Nothing waits for a size threshold, so a quiet process still
 * shows its lines at once, and a process killed by a signal loses none. One per process.
 */
let stdout: pino.DestinationStream | undefined;
function stdoutStream(): DestinationStream {
  if (!stdout) {
    const boom = pino.destination({ dest: 1, sync: false });
    process.on('exit', () => {
      try {
        boom.flushSync();
      } catch {
        /* stdout closed */
      }
    });
    stdout = boom;
  }
  return stdout;
}

/**
 * The apps' logger: pino (Fastify's own logger), one JSON object per line with the time, the
 * app and the request id. Every line passes through scrubPersonalData just before it is
 * written, whatever field it sits in: a national ID or mobile number never reaches a log
 * (STYLE 10). Also Nest's LoggerService, so Nest's own messages take the same road.
 */
export class AppLogger implements LoggerService {
  readonly pino: Pino;

  constructor(app: string, level: LogLevel = 'log', write?: LogSink) {
    const out = write ? undefined : stdoutStream();
    const destination: DestinationStream = {
      write: (line: string) => {
        if (write) write(line.endsWith('\n') ? line.slice(0, -1) : line);
        else out!.write(line);
        for (const sink of sinks) sink(line.endsWith('\n') ? line.slice(0, -1) : line);
      },
    };
    this.pino = pino(
      {
        level: PINO_LEVEL[level],
        base: { app },
        messageKey: 'msg',
        timestamp: pino.stdTimeFunctions.isoTime,
        formatters: { level: (label) => ({ level: label }) },
        mixin: () => {
          const requestId = currentRequestId();
          return requestId ? { requestId } : {};
        },
        hooks: { streamWrite: scrubPersonalData },
      },
      destination,
    );
  }

  /** Tests capture every line written by any logger. */
  static addSink(sink: LogSink): () => void {
    sinks.add(sink);
    return () => sinks.delete(sink);
  }

  log(message: unknown, ...rest: unknown[]): void {
    this.emit('log', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.emit('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.emit('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.emit('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.emit('verbose', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.emit('fatal', message, rest);
  }

  /** Structured entry: `logger.event('log', 'request', { status: 200 })`. */
  event(level: LogLevel, msg: string, fields: Record<string, unknown>): void {
    this.pino[PINO_LEVEL[level]](fields, msg);
  }

  private emit(requested: LogLevel, message: unknown, rest: unknown[]): void {
    // Nest passes the context as the last string argument, and a stack before it for errors.
    const args = [...rest];
    const context = typeof args[args.length - 1] === 'string' ? (args.pop() as string) : undefined;
    const level = requested === 'log' && context && BOOT_CONTEXTS.has(context) ? 'debug' : requested;
    const target = this.pino[PINO_LEVEL[level]].bind(this.pino);
    if (!this.pino.isLevelEnabled(PINO_LEVEL[level])) return;
    const fields: Record<string, unknown> = context ? { context } : {};
    if (message instanceof Error) {
      target({ ...fields, stack: message.stack }, message.message);
    } else if (typeof message === 'object' && message !== null) {
      const { msg, ...rest } = message as Record<string, unknown>;
      target({ ...fields, ...rest }, typeof msg === 'string' ? msg : undefined);
    } else {
      const stack = level === 'error' && typeof args[0] === 'string' ? { stack: args[0] } : {};
      target({ ...fields, ...stack }, String(message));
    }
  }
}
