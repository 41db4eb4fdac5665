import { writeSync } from 'node:fs';
import type { LoggerService, LogLevel } from '@nestjs/common';
import { scrubPersonalData } from '@app/domain';
import { currentRequestId } from './request-context';

const BOOT_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory']);

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

export type LogSink = (line: string) => void;

/**
 * Lines are written to stdout in batches: one write per turn of the event loop instead of one per
 * line (under load every request logs a line, and system calls are the expensive part). Whatever
 * is pending is written synchronously when the process exits.
 */
class BatchedStdout {
  private pending: string[] = [];
  private scheduled = false;

  constructor() {
    process.on('exit', () => this.flushSync());
  }

  write(line: string): void {
    this.pending.push(line);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  private flush(): void {
    this.scheduled = false;
    if (!this.pending.length) return;
    const chunk = this.pending.join('\n') + '\n';
    this.pending = [];
    process.stdout.write(chunk);
  }

  private flushSync(): void {
    if (!this.pending.length) return;
    const chunk = this.pending.join('\n') + '\n';
    this.pending = [];
    try {
      writeSync(1, chunk);
    } catch {
      /* stdout closed */
    }
  }
}

let stdout: BatchedStdout | undefined;
const toStdout: LogSink = (line) => (stdout ??= new BatchedStdout()).write(line);

/**
 * One JSON object per line, with the request id. Every line passes through
 * scrubPersonalData: a national ID or mobile number never reaches a log (STYLE 10).
 */
export class JsonLogger implements LoggerService {
  private static sinks: LogSink[] = [];
  private readonly enabled: Set<LogLevel>;

  constructor(
    private readonly app: string,
    level: LogLevel = 'log',
    private readonly write: LogSink = toStdout,
  ) {
    this.enabled = new Set(LEVELS.slice(0, LEVELS.indexOf(level) + 1));
  }

  /** Tests capture every line written by any logger. */
  static addSink(sink: LogSink): () => void {
    JsonLogger.sinks.push(sink);
    return () => {
      JsonLogger.sinks = JsonLogger.sinks.filter((s) => s !== sink);
    };
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

  /** Structured entry: `logger.event('info', 'request', { status: 200 })`. */
  event(level: LogLevel, msg: string, fields: Record<string, unknown>): void {
    if (!this.enabled.has(level)) return;
    this.output({ level, msg, ...fields });
  }

  private emit(requested: LogLevel, message: unknown, rest: unknown[]): void {
    // Nest passes the context as the last string argument, and a stack before it for errors.
    const args = [...rest];
    const context = typeof args[args.length - 1] === 'string' ? (args.pop() as string) : undefined;
    // Nest's start-up chatter (every module and route) is debug detail, not an operator's concern.
    const level = requested === 'log' && context && BOOT_CONTEXTS.has(context) ? 'debug' : requested;
    if (!this.enabled.has(level)) return;
    const entry: Record<string, unknown> = { level, context };
    if (message instanceof Error) {
      entry.msg = message.message;
      entry.stack = message.stack;
    } else if (typeof message === 'object' && message !== null) {
      Object.assign(entry, message);
    } else {
      entry.msg = String(message);
    }
    if (args.length && typeof args[0] === 'string' && level === 'error') entry.stack = args[0];
    this.output(entry);
  }

  private output(entry: Record<string, unknown>): void {
    const line = scrubPersonalData(
      JSON.stringify({
        time: new Date().toISOString(),
        app: this.app,
        requestId: currentRequestId(),
        ...entry,
      }),
    );
    this.write(line);
    for (const sink of JsonLogger.sinks) sink(line);
  }
}
