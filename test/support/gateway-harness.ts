import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import type { Server } from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PartnerClient } from '@app/partner-client';
import { createGatewayApp } from '../../apps/gateway/src/app';
import type { CoreHarness } from './core-harness';

/** One row of the partners file, as `npm start` writes it. */
export interface PartnerFileEntry {
  appId: string;
  name: string;
  channel: 'WEB' | 'APP' | 'WECHAT' | 'THIRD_PARTY' | 'COMMUNITY';
  secret: string;
  ratePerMinute: number;
  ipAllowlist: string[];
  callbackUrl: string | null;
  /** Decision 024: the public JWK of the partner's SMART client key (FHIR façade). */
  fhirJwk?: Record<string, unknown>;
  /** Decision 032: the partner of a sandbox gateway (SANDBOX=true) that may set its clock. */
  sandbox?: boolean;
}

/** Partners with fresh secrets; pass the same list to several gateways that must agree. */
export function testPartners(specs: (Partial<PartnerFileEntry> & { appId: string })[]): PartnerFileEntry[] {
  return specs.map((s) => ({
    name: s.appId,
    channel: 'WEB',
    secret: randomBytes(32).toString('base64url'),
    ratePerMinute: 10_000,
    ipAllowlist: [],
    callbackUrl: null,
    ...s,
  }));
}

export interface GatewayHarness {
  app: NestFastifyApplication;
  /** http://127.0.0.1:port */
  url: string;
  partners: PartnerFileEntry[];
  /**
   * A signing client for a partner (default: the first); `secret` signs with another secret
   * (bad-signature tests), `timeoutMs` waits longer than the default 10 s (load tests).
   */
  client(appId?: string, options?: { secret?: string; timeoutMs?: number }): PartnerClient;
  /** Every response body the clients of this harness received. */
  responses: string[];
  close(): Promise<void>;
}

/**
 * The gateway in-process, listening on a free port, in front of `core` with the core's gateway
 * token and a temporary partners file. Log lines are not printed (AppLogger.addSink still sees
 * them all).
 */
export async function startGateway(
  core: Pick<CoreHarness, 'url' | 'tokens'>,
  options: { partners?: PartnerFileEntry[]; env?: Record<string, string>; printLogs?: boolean } = {},
): Promise<GatewayHarness> {
  const partners = options.partners ?? testPartners([{ appId: 'web-test' }]);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gateway-test-'));
  const partnersFile = path.join(dir, 'partners.json');
  fs.writeFileSync(partnersFile, JSON.stringify(partners), { mode: 0o600 });
  const { app } = await createGatewayApp(
    {
      CORE_URL: core.url,
      CORE_TOKEN: core.tokens.gateway,
      GATEWAY_PARTNERS_FILE: partnersFile,
      LOG_LEVEL: 'log',
      // Tests that want deliveries turn the dispatcher on and point it at a ProviderSimulator.
      DISPATCHER: 'false',
      ...options.env,
    },
    { logWrite: options.printLogs ? undefined : () => undefined },
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  const server: Server = app.getHttpServer();
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const responses: string[] = [];
  return {
    app,
    url,
    partners,
    responses,
    client: (appId, clientOptions = {}) => {
      const partner = appId ? partners.find((p) => p.appId === appId) : partners[0];
      if (!partner) throw new Error(`no test partner ${appId}`);
      return new PartnerClient({
        baseUrl: url,
        appId: partner.appId,
        secret: clientOptions.secret ?? partner.secret,
        timeoutMs: clientOptions.timeoutMs,
        onResponse: (r) => responses.push(r.text),
      });
    },
    close: async () => {
      // Teardown must not wait on a client's keep-alive socket.
      app.getHttpServer().closeAllConnections();
      await app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Takes booking-core off the network (as if its process had stopped: connections refused) and
 * back, keeping its database and tokens, so the same gateway can be seen to recover.
 */
export async function stopCoreListening(core: CoreHarness): Promise<() => Promise<void>> {
  const server: Server = core.app.getHttpServer();
  const port = new URL(core.url).port;
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
  return () => new Promise<void>((resolve) => server.listen(Number(port), '127.0.0.1', () => resolve()));
}
