import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnApp, type AppProcess } from './app-process';
import type { CoreHarness } from './core-harness';
import type { PartnerFileEntry } from './gateway-harness';
import { freePort } from './ports';

export type GatewayProcess = AppProcess;

/** The gateway as a real child process, for tests that must signal or kill it. */
export async function spawnGateway(
  core: Pick<CoreHarness, 'url' | 'tokens'>,
  partners: PartnerFileEntry[],
  env: Record<string, string> = {},
): Promise<GatewayProcess> {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gateway-proc-'));
  const partnersFile = path.join(dir, 'partners.json');
  fs.writeFileSync(partnersFile, JSON.stringify(partners), { mode: 0o600 });
  return spawnApp('apps/gateway/src/main.ts', port, {
    CORE_URL: core.url,
    CORE_TOKEN: core.tokens.gateway,
    GATEWAY_PARTNERS_FILE: partnersFile,
    GATEWAY_PORT: String(port),
    GATEWAY_HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    ...env,
  });
}
