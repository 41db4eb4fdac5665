import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnApp, type AppProcess } from './app-process';
import { ROLES_BY_NAME, testTokens, type CoreEndpoint, type TokenName } from './core-harness';
import { freePort } from './ports';

export type CoreProcess = AppProcess & CoreEndpoint;

/**
 * booking-core as a real child process on `databaseUrl` (with CORE_WORKERS > 1, a primary and
 * its workers), for tests of faults that a process must survive: it is alive or it is not.
 * Jobs are off and the test clock is off: tests that use it take dates from the real date.
 */
export async function spawnCore(databaseUrl: string, env: Record<string, string> = {}): Promise<CoreProcess> {
  const port = await freePort();
  const tokens = testTokens();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'core-proc-'));
  const tokensFile = path.join(dir, 'tokens.json');
  fs.writeFileSync(
    tokensFile,
    JSON.stringify(
      (Object.keys(tokens) as TokenName[]).map((n) => ({
        name: `test-${n}`,
        token: tokens[n],
        roles: ROLES_BY_NAME[n],
      })),
    ),
    { mode: 0o600 },
  );
  const proc = await spawnApp(
    'apps/booking-core/src/main.ts',
    port,
    {
      DATABASE_URL: databaseUrl,
      CORE_PORT: String(port),
      CORE_HOST: '127.0.0.1',
      CORE_TOKENS_FILE: tokensFile,
      PII_KEY: randomBytes(32).toString('base64'),
      CORE_JOBS: 'false',
      LOG_LEVEL: 'warn',
      ...env,
    },
    '/v1/health/ready',
  );
  return { ...proc, tokens, auth: (name) => `Bearer ${tokens[name]}` };
}
