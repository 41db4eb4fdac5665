import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CoreHarness } from './core-harness';
import type { PartnerFileEntry } from './gateway-harness';

const ROOT = path.resolve(__dirname, '..', '..', '..');

export interface GatewayProcess {
  url: string;
  child: ChildProcess;
  /** Every line the process wrote to stdout and stderr. */
  output: string[];
  /** SIGKILL: no shutdown hooks, no acknowledgement of what is in flight. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      srv.close(() => (typeof a === 'object' && a ? resolve(a.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * The gateway as a real child process (from the TypeScript sources, no build needed), for tests
 * that must kill it the hard way.
 */
export async function spawnGateway(
  core: Pick<CoreHarness, 'url' | 'tokens'>,
  partners: PartnerFileEntry[],
  env: Record<string, string> = {},
): Promise<GatewayProcess> {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gateway-proc-'));
  const partnersFile = path.join(dir, 'partners.json');
  fs.writeFileSync(partnersFile, JSON.stringify(partners), { mode: 0o600 });
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', path.join(ROOT, 'apps/gateway/src/main.ts')],
    {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        TS_NODE_TRANSPILE_ONLY: 'true',
        TS_NODE_PROJECT: path.join(ROOT, 'tsconfig.json'),
        CORE_URL: core.url,
        CORE_TOKEN: core.tokens.gateway,
        GATEWAY_PARTNERS_FILE: partnersFile,
        GATEWAY_PORT: String(port),
        GATEWAY_HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const output: string[] = [];
  child.stdout?.on('data', (d: Buffer) => output.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => output.push(d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  const until = Date.now() + 60_000;
  for (;;) {
    if (exited()) throw new Error(`gateway process exited: ${output.join('')}`);
    try {
      if ((await fetch(`${url}/v1/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > until) throw new Error('gateway process did not start in 60 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  const waitExit = () =>
    exited() ? Promise.resolve() : new Promise<void>((r) => child.once('exit', () => r()));
  return {
    url,
    child,
    output,
    kill: async () => {
      child.kill('SIGKILL');
      await waitExit();
    },
    stop: async () => {
      child.kill('SIGTERM');
      await waitExit();
    },
  };
}
