import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export interface TestDatabase {
  /** DATABASE_URL for booking-core. */
  url: string;
  kind: 'pglite' | 'postgres';
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one test file: a new PostgreSQL database on the server in
 * TEST_DATABASE_URL (dropped afterwards), or an in-memory PGlite. Refuses a server database
 * whose name does not contain "test".
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const server = process.env.TEST_DATABASE_URL;
  if (!server) {
    // A copy of the migrated snapshot made by test/global-setup.ts, when there is one.
    const template = process.env.PGLITE_TEMPLATE;
    const url = template ? `pglite://memory?template=${encodeURIComponent(template)}` : 'pglite://memory';
    return { url, kind: 'pglite', drop: () => Promise.resolve() };
  }
  const base = new URL(server);
  if (!/test/i.test(base.pathname))
    throw new Error(`TEST_DATABASE_URL must name a database containing "test"`);
  const name = `test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: 'postgres',
    drop: async () => {
      const c = new Client({ connectionString: server });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
