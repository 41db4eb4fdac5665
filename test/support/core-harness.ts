import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Role } from '@app/contracts';
import { createCoreApp } from '../../apps/booking-core/src/app';
import { TokenStore } from '../../apps/booking-core/src/auth/token-store';
import { createTestDatabase, type TestDatabase } from './test-database';

export type TokenName =
  | 'scheduler'
  | 'agent'
  | 'callcentre'
  | 'clinician'
  | 'nurse'
  | 'registrar'
  | 'admin'
  | 'gateway'
  | 'statistics';

export const ROLES_BY_NAME: Record<TokenName, Role[]> = {
  scheduler: ['SCHEDULER'],
  agent: ['AGENT'],
  callcentre: ['AGENT', 'CALL_CENTRE'],
  clinician: ['CLINICIAN'],
  nurse: ['NURSE'],
  registrar: ['REGISTRAR'],
  admin: ['ADMIN'],
  gateway: ['GATEWAY'],
  statistics: ['STATISTICS'],
};

/** What a test needs to call booking-core over HTTP, in-process or as a child process. */
export interface CoreEndpoint {
  /** http://127.0.0.1:port */
  url: string;
  tokens: Record<TokenName, string>;
  /** Authorization header value for a token. */
  auth(name: TokenName): string;
}

/** A fresh bearer token for each test role. */
export function testTokens(): Record<TokenName, string> {
  return Object.fromEntries(
    (Object.keys(ROLES_BY_NAME) as TokenName[]).map((n) => [n, `${n}-${randomBytes(18).toString('hex')}`]),
  ) as Record<TokenName, string>;
}

export interface CoreHarness {
  app: NestFastifyApplication;
  /** http://127.0.0.1:port */
  url: string;
  database: TestDatabase;
  tokens: Record<TokenName, string>;
  /** Authorization header value for a token. */
  auth(name: TokenName): string;
  close(): Promise<void>;
}

/**
 * booking-core in-process on a fresh database, listening on a free port, with the test clock
 * on and the background jobs off (tests run them on demand).
 */
export async function startCore(
  env: Record<string, string> = {},
  database?: TestDatabase,
  options: { port?: number } = {},
): Promise<CoreHarness> {
  const db = database ?? (await createTestDatabase());
  const tokens = testTokens();
  const store = new TokenStore(
    (Object.keys(ROLES_BY_NAME) as TokenName[]).map((n) => ({
      name: `test-${n}`,
      token: tokens[n],
      roles: ROLES_BY_NAME[n],
    })),
  );
  const { app } = await createCoreApp(
    {
      DATABASE_URL: db.url,
      PII_KEY: randomBytes(32).toString('base64'),
      HOSPITAL_TZ: 'Asia/Shanghai',
      ENABLE_TEST_CLOCK: 'true',
      CORE_JOBS: 'false',
      LOG_LEVEL: 'warn',
      CORE_TOKENS_FILE: '/nonexistent',
      ...env,
    },
    { tokens: store },
  );
  await app.listen({ port: options.port ?? 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    database: db,
    tokens,
    auth: (name) => `Bearer ${tokens[name]}`,
    close: async () => {
      // Teardown must not wait on a client's keep-alive socket.
      app.getHttpServer().closeAllConnections();
      await app.close();
      if (!database) await db.drop();
    },
  };
}
