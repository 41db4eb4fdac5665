import { createTestDatabase, http, startCore, type CoreHarness } from '@test/support';
import { openDatabase } from '../../apps/booking-core/src/database/data-source.factory';
import { parseDatabaseUrl } from '../../apps/booking-core/src/database/database-target';
import { migrate } from '../../apps/booking-core/src/database/migrator';
import { SqlClient } from '../../apps/booking-core/src/database/sql-client';

describe('booking-core platform behaviour', () => {
  let core: CoreHarness;
  beforeAll(async () => {
    core = await startCore();
  });
  afterAll(async () => core?.close());

  it('answers liveness and readiness without a token, everything else with one', async () => {
    expect((await http(core.url, 'GET', '/v1/health/live')).body).toEqual({ status: 'live' });
    for (const path of ['/v1/health/ready', '/v1/health']) {
      const health = await http(core.url, 'GET', path);
      expect(health.status).toBe(200);
      expect(health.body).toMatchObject({
        status: 'ready',
        database: core.database.kind === 'mssql' ? 'mssql' : 'postgres',
      });
    }
    const noToken = await http(core.url, 'GET', '/v1/departments');
    expect(noToken.status).toBe(401);
    const badToken = await http(core.url, 'GET', '/v1/departments', {
      auth: 'Bearer nope-nope-nope-nope-nope-nope',
    });
    expect(badToken.status).toBe(401);
  });

  it('refuses a malformed deadline, and a deadline too short to start the work, as problems (decision 012)', async () => {
    const bad = await http(core.url, 'GET', '/v1/departments', {
      auth: core.auth('agent'),
      headers: { 'x-deadline-ms': 'soon' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      detail: expect.stringMatching(/X-Deadline-Ms/),
    });
    const tooShort = await http(core.url, 'GET', '/v1/departments', {
      auth: core.auth('agent'),
      headers: { 'x-deadline-ms': '1' },
    });
    expect(tooShort.status).toBe(503);
    expect(tooShort.body).toMatchObject({ code: 'DEADLINE_EXCEEDED', outcome: 'NOT_APPLIED' });
  });

  it('speaks problem+json with the request id for every error, without stack traces', async () => {
    const unknown = await http(core.url, 'GET', '/v1/nowhere', {
      auth: core.auth('agent'),
      headers: { 'x-request-id': 'trace-abc-12345' },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    expect(unknown.headers.get('x-request-id')).toBe('trace-abc-12345');
    expect(unknown.body).toMatchObject({ status: 404, code: 'NOT_FOUND', requestId: 'trace-abc-12345' });

    const badJson = await fetch(`${core.url}/v1/appointments`, {
      method: 'POST',
      headers: { authorization: core.auth('agent'), 'content-type': 'application/json' },
      body: '{"channel":',
    });
    expect(badJson.status).toBe(400);
    const problem = (await badJson.json()) as Record<string, unknown>;
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(problem)).not.toMatch(/at .*\.js:\d+/);

    const huge = await http(core.url, 'POST', '/v1/appointments', {
      auth: core.auth('agent'),
      body: { channel: 'PHONE', padding: 'x'.repeat(70 * 1024) },
    });
    expect(huge.status).toBe(413);
    expect(huge.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('serves its OpenAPI document at /docs', async () => {
    const doc = await http(core.url, 'GET', '/docs/openapi.json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/v1/appointments', '/v1/sessions', '/v1/schedule-templates']),
    );
  });

  it('records the operator of a change in the audit log', async () => {
    const res = await http(core.url, 'PUT', '/v1/departments/AUDIT1', {
      auth: core.auth('admin'),
      headers: { 'x-operator-id': 'nurse.li' },
      body: { name: '审计科' },
    });
    expect(res.status).toBe(200);
    const rows = await core.app
      .get(SqlClient)
      .query<{ actor: string; operator: string; action: string }>(
        `SELECT actor, operator, action FROM audit_log WHERE entity = 'department' AND entity_id = :id`,
        { id: String(res.body.id) },
      );
    expect(rows).toEqual([{ actor: 'test-admin', operator: 'nurse.li', action: 'SAVE_DEPARTMENT' }]);
    const bad = await http(core.url, 'PUT', '/v1/departments/AUDIT1', {
      auth: core.auth('admin'),
      headers: { 'x-operator-id': 'no spaces allowed' },
      body: { name: '审计科' },
    });
    expect(bad.status).toBe(400);
  });

  it('lets ADMIN change settings within their ranges, audited', async () => {
    const ok = await http(core.url, 'PUT', '/v1/settings/release_days', {
      auth: core.auth('admin'),
      body: { value: '7' },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ key: 'release_days', value: '7' });
    const outOfRange = await http(core.url, 'PUT', '/v1/settings/release_days', {
      auth: core.auth('admin'),
      body: { value: '0' },
    });
    expect(outOfRange.status).toBe(400);
    expect(outOfRange.body.code).toBe('INVALID_SETTING');
    const unknown = await http(core.url, 'PUT', '/v1/settings/nope', {
      auth: core.auth('admin'),
      body: { value: '1' },
    });
    expect(unknown.status).toBe(404);
    const notAdmin = await http(core.url, 'PUT', '/v1/settings/release_days', {
      auth: core.auth('scheduler'),
      body: { value: '9' },
    });
    expect(notAdmin.status).toBe(403);
    await http(core.url, 'PUT', '/v1/settings/release_days', {
      auth: core.auth('admin'),
      body: { value: '10' },
    });
  });

  it('has a settable clock only when ENABLE_TEST_CLOCK is on', async () => {
    const set = await http(core.url, 'PUT', '/v1/test/clock', {
      auth: core.auth('admin'),
      body: { now: '2026-12-01T09:00:00+08:00' },
    });
    expect(set.status).toBe(200);
    expect(set.body.now).toBe('2026-12-01T09:00:00+08:00');
    const plain = await startCore({ ENABLE_TEST_CLOCK: 'false' }, await createTestDatabase());
    try {
      const refused = await http(plain.url, 'PUT', '/v1/test/clock', {
        auth: plain.auth('admin'),
        body: { now: '2026-12-01T09:00:00+08:00' },
      });
      expect(refused.status).toBe(404);
    } finally {
      await plain.close();
      await plain.database.drop();
    }
  });

  it('migrates once: a second boot on the same database applies nothing', async () => {
    if (core.database.kind === 'postgres') {
      const db = await openDatabase(parseDatabaseUrl(core.database.url), 2);
      try {
        expect(await migrate(db.dataSource, 'postgres')).toEqual({ applied: [], proceduresApplied: false });
      } finally {
        await db.close();
      }
    } else {
      // The embedded database lives in this process: check through the core's own connection.
      const rows = await core.app
        .get(SqlClient)
        .query<{ n: number }>(`SELECT CAST(COUNT(*) AS integer) AS n FROM schema_migration`);
      expect(rows[0].n).toBeGreaterThan(1);
    }
  });
});
