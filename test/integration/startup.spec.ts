import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startCore } from '@test/support';
import { SqlClient } from '../../apps/booking-core/src/database/sql-client';
import { createCoreApp } from '../../apps/booking-core/src/app';

/** The first hour: a process that cannot start says which file or variable to fix. */
describe('booking-core names what keeps it from starting', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'core-startup-'));
  const env = (extra: Record<string, string>) => ({
    PII_KEY: randomBytes(32).toString('base64'),
    DATABASE_URL: 'pglite://memory',
    LOG_LEVEL: 'error',
    CORE_JOBS: 'false',
    ...extra,
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a corrupt or wrong tokens file: CORE_TOKENS_FILE and the file', async () => {
    const corrupt = path.join(dir, 'corrupt.json');
    fs.writeFileSync(corrupt, '[{"name": "counter", "roles": ["AGENT"], "token": ');
    await expect(createCoreApp(env({ CORE_TOKENS_FILE: corrupt }))).rejects.toThrow(
      new RegExp(`^CORE_TOKENS_FILE ${corrupt} is not valid JSON`),
    );
    const wrong = path.join(dir, 'wrong.json');
    fs.writeFileSync(wrong, JSON.stringify([{ name: 'counter', roles: ['CASHIER'], token: 'x'.repeat(30) }]));
    await expect(createCoreApp(env({ CORE_TOKENS_FILE: wrong }))).rejects.toThrow(
      new RegExp(`^CORE_TOKENS_FILE ${wrong}: token counter: roles must be`),
    );
    await expect(createCoreApp(env({ CORE_TOKENS_FILE: path.join(dir, 'missing.json') }))).rejects.toThrow(
      /^CORE_TOKENS_FILE .*missing\.json cannot be read/,
    );
  });

  it('an unreachable database: DATABASE_URL and where it points, without the password', async () => {
    const tokens = path.join(dir, 'tokens.json');
    fs.writeFileSync(tokens, JSON.stringify([{ name: 'admin', roles: ['ADMIN'], token: 'a'.repeat(30) }]));
    const failure = createCoreApp(
      env({ CORE_TOKENS_FILE: tokens, DATABASE_URL: 'postgres://app:secret-pw@127.0.0.1:1/outpatient' }),
    );
    await expect(failure).rejects.toThrow(
      /^DATABASE_URL \(postgres 127\.0\.0\.1:1\/outpatient\) cannot be reached: /,
    );
    await expect(failure).rejects.not.toThrow(/secret-pw/);
  });
});

// Decision 027, on a PostgreSQL server only (the embedded database has one connection).
if (process.env.TEST_DATABASE_URL)
  describe('booking-core on a PostgreSQL server starts warm', () => {
    it('has opened its whole pool before it listens', async () => {
      const core = await startCore();
      try {
        const [row] = await core.app
          .get(SqlClient)
          .query<{ n: number }>(
            'SELECT CAST(count(*) AS integer) AS n FROM pg_stat_activity WHERE datname = current_database()',
          );
        expect(row.n).toBeGreaterThanOrEqual(20);
      } finally {
        await core.close();
      }
    });
  });
