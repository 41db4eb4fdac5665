import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/**
 * Stand-ins for the outside services the gateway delivers through (R8, R14): an SMS gateway, the
 * WeChat template-message API, an app push service, and partners' callback endpoints. It speaks
 * to the gateway's adapters exactly as the real providers would (HTTP, credentials, their reply
 * shapes), records every message, and can be told to fail — so delivery, retries and recovery
 * run here for real, over HTTP.
 */
export type SimulatedChannel = 'sms' | 'wechat' | 'push' | 'callback';

export interface RecordedMessage {
  seq: number;
  channel: SimulatedChannel;
  /** The sender's id for the message (notification id): duplicates show up as repeats. */
  outId: string | null;
  to: string | null;
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
  at: string;
}

export interface SimulatorOptions {
  smsApiKey?: string;
  wechatAccessToken?: string;
  pushApiKey?: string;
  /** Milliseconds each provider takes to answer. */
  latencyMs?: number;
}

interface FailurePlan {
  /** Fail this many requests (Infinity: until told otherwise). */
  remaining: number;
  status: number;
}

export class ProviderSimulator {
  readonly messages: RecordedMessage[] = [];
  private readonly failures = new Map<SimulatedChannel, FailurePlan>();
  private server?: Server;
  private seq = 0;
  private readonly options: Required<SimulatorOptions>;

  constructor(options: SimulatorOptions = {}) {
    this.options = {
      smsApiKey: options.smsApiKey ?? 'sim-sms-key',
      wechatAccessToken: options.wechatAccessToken ?? 'sim-wechat-token',
      pushApiKey: options.pushApiKey ?? 'sim-push-key',
      latencyMs: options.latencyMs ?? 0,
    };
  }

  get credentials() {
    return {
      smsApiKey: this.options.smsApiKey,
      wechatAccessToken: this.options.wechatAccessToken,
      pushApiKey: this.options.pushApiKey,
    };
  }

  async listen(port = 0, host = '127.0.0.1'): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(port, host, resolve));
    const address = this.server.address();
    return `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
  }

  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  /** Make a channel fail: the next `count` requests (default: until healed) get `status`. */
  fail(channel: SimulatedChannel | 'all', count = Infinity, status = 503): void {
    for (const c of channel === 'all' ? (['sms', 'wechat', 'push', 'callback'] as const) : [channel])
      this.failures.set(c, { remaining: count, status });
  }

  heal(channel: SimulatedChannel | 'all' = 'all'): void {
    if (channel === 'all') this.failures.clear();
    else this.failures.delete(channel);
  }

  clear(): void {
    this.messages.length = 0;
  }

  of(channel: SimulatedChannel): RecordedMessage[] {
    return this.messages.filter((m) => m.channel === channel);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sim');
    const raw = await readBody(req);
    let body: unknown = raw;
    try {
      body = raw ? JSON.parse(raw) : null;
    } catch {
      /* keep the text */
    }
    if (this.options.latencyMs) await new Promise((r) => setTimeout(r, this.options.latencyMs));

    // Control API for tests and operators.
    if (url.pathname === '/_sim/messages' && req.method === 'GET') {
      const channel = url.searchParams.get('channel');
      return json(res, 200, channel ? this.messages.filter((m) => m.channel === channel) : this.messages);
    }
    if (url.pathname === '/_sim/messages' && req.method === 'DELETE') {
      this.clear();
      return json(res, 200, { cleared: true });
    }
    if (url.pathname === '/_sim/failures' && req.method === 'PUT') {
      const b = (body ?? {}) as {
        channel?: SimulatedChannel | 'all';
        count?: number;
        status?: number;
        heal?: boolean;
      };
      if (b.heal) this.heal(b.channel ?? 'all');
      else this.fail(b.channel ?? 'all', b.count ?? Infinity, b.status ?? 503);
      return json(res, 200, { ok: true });
    }
    if (url.pathname === '/_sim/health') return json(res, 200, { status: 'ok' });

    const route = this.route(req.method ?? 'GET', url);
    if (!route) return json(res, 404, { error: 'no such endpoint' });
    if (!route.authorised(req, url)) return json(res, 401, route.unauthorised);
    const plan = this.failures.get(route.channel);
    if (plan && plan.remaining > 0) {
      plan.remaining--;
      return json(res, plan.status, { error: 'simulated failure' });
    }
    const b = (body ?? {}) as Record<string, unknown>;
    this.messages.push({
      seq: ++this.seq,
      channel: route.channel,
      outId: route.outId(b),
      to: route.to(b),
      body,
      headers: req.headers,
      at: new Date().toISOString(),
    });
    return json(res, 200, route.ok());
  }

  private route(method: string, url: URL) {
    const o = this.options;
    if (method !== 'POST') return null;
    if (url.pathname === '/sms/send')
      // A typical SMS gateway: bearer key, { phoneNumber, content, outId }.
      return {
        channel: 'sms' as const,
        authorised: (req: IncomingMessage) => req.headers.authorization === `Bearer ${o.smsApiKey}`,
        unauthorised: { code: 'InvalidApiKey' },
        outId: (b: Record<string, unknown>) => str(b.outId),
        to: (b: Record<string, unknown>) => str(b.phoneNumber),
        ok: () => ({ code: 'OK', messageId: randomUUID() }),
      };
    if (url.pathname === '/wechat/cgi-bin/message/template/send')
      // WeChat's template message API: ?access_token=, { touser, template_id, data }.
      return {
        channel: 'wechat' as const,
        authorised: (_req: IncomingMessage, u: URL) =>
          u.searchParams.get('access_token') === o.wechatAccessToken,
        unauthorised: { errcode: 40001, errmsg: 'invalid credential' },
        outId: (b: Record<string, unknown>) => str(b.client_msg_id ?? null),
        to: (b: Record<string, unknown>) => str(b.touser),
        ok: () => ({ errcode: 0, errmsg: 'ok', msgid: Date.now() }),
      };
    if (url.pathname === '/push/v1/messages')
      return {
        channel: 'push' as const,
        authorised: (req: IncomingMessage) => req.headers.authorization === `Bearer ${o.pushApiKey}`,
        unauthorised: { error: 'unauthorised' },
        outId: (b: Record<string, unknown>) => str(b.requestId),
        to: (b: Record<string, unknown>) => str(b.audience),
        ok: () => ({ id: randomUUID() }),
      };
    if (url.pathname.startsWith('/callbacks/'))
      // A partner's own endpoint: the gateway signs the request; the partner would verify it.
      return {
        channel: 'callback' as const,
        authorised: (req: IncomingMessage) => typeof req.headers['x-signature'] === 'string',
        unauthorised: { error: 'unsigned' },
        outId: (b: Record<string, unknown>) => str(b.eventId),
        to: () => url.pathname.slice('/callbacks/'.length),
        ok: () => ({ received: true }),
      };
    return null;
  }
}

function str(v: unknown): string | null {
  return typeof v === 'string' || typeof v === 'number' ? String(v) : null;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
